// libFuzzer target: JsonReader, under every Lantern file format above: the document parsed, then every field
// of it (and of each object inside, one level down) read as every type the formats ask for.
#include "FuzzSupport.h"
#include "core/JsonReader.h"

#include <optional>

namespace {

using namespace lantern;

void readEveryField(const JsonReader& reader, int depth)
{
    for (const QString& key : reader.object().keys()) {
        const QByteArray name = key.toUtf8();
        const char* field = name.constData();
        fuzz::refusing([&] { static_cast<void>(reader.string(field)); });
        fuzz::refusing([&] { static_cast<void>(reader.boolean(field)); });
        fuzz::refusing([&] { static_cast<void>(reader.integer(field)); });
        fuzz::refusing([&] { static_cast<void>(reader.number(field)); });
        fuzz::refusing([&] { static_cast<void>(reader.base64(field)); });
        fuzz::refusing([&] { static_cast<void>(reader.array(field)); });
        fuzz::refusing([&] {
            const JsonReader inner = reader.object(field, reader.where() + QStringLiteral(", ") + key);
            if (depth < 1)
                readEveryField(inner, depth + 1);
        });
    }
    fuzz::refusing([&] {
        static_cast<void>(reader.requireFormat(QStringLiteral("lantern-fuzz"), 3, QStringLiteral("not this."),
                                               QStringLiteral("try again")));
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::optional<JsonReader> reader;
    fuzz::refusing(
        [&] { reader = JsonReader::parse(fuzz::bytesOf(data, size), QStringLiteral("the file")); });
    if (reader)
        readEveryField(*reader, 0);
    return 0;
}
