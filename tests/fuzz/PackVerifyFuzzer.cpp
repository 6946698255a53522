// libFuzzer target: `pack verify` (PackVerifier::verify) on arbitrary bytes as a referral pack file (libzip
// reads it from a path: the bytes go to a file in the fuzzer's own temporary folder). A pack that asks for a
// passphrase is verified again with the one the encrypted seed pack was made with (FuzzKeys.h), so the
// encrypted entries are read too. Problems with the pack's content are returned, never thrown.
//
// A mutation inside a pack's manifest.json almost always breaks the entry's CRC-32 first, so the manifest
// would hardly be fuzzed: bytes that do not start like a ZIP ("PK") are taken as a manifest.json instead and
// stored in a pack with a small referral.json and referral.pdf, its CRC right, then verified.
#include "FuzzKeys.h"
#include "FuzzSupport.h"
#include "export/PackVerifier.h"

#include <cstring>
#include <zip.h>

namespace {

using namespace lantern;

// Writes a stored (uncompressed) pack to `path` holding `manifest` as manifest.json.
void writePackAround(const QString& path, const QByteArray& manifest)
{
    static const QByteArray referral("{\"schema_version\":\"1.1.0\",\"child\":{},\"referrer\":{}}");
    static const QByteArray pdf("%PDF-1.4\n%%EOF\n");
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        std::abort();
    const auto add = [archive](const char* name, const QByteArray& bytes) {
        zip_source_t* source =
            zip_source_buffer(archive, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0 ||
            zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) != 0)
            std::abort();
    };
    add("manifest.json", manifest);
    add("referral.json", referral);
    add("referral.pdf", pdf);
    if (zip_close(archive) != 0)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QString path = fuzz::writeScratch(QStringLiteral("pack.zip"), QByteArray());
    const QByteArray bytes = fuzz::bytesOf(data, size);
    if (bytes.startsWith("PK"))
        fuzz::writeScratch(QStringLiteral("pack.zip"), bytes);
    else
        writePackAround(path, bytes);
    bool askedForPassphrase = false;
    fuzz::refusing([&] {
        try {
            static_cast<void>(PackVerifier::verify(path));
        } catch (const Error& error) {
            askedForPassphrase = error.kind() == ErrorKind::AuthenticationFailed;
            throw;
        }
    });
    if (askedForPassphrase) {
        const char* passphrase = fuzz::fuzzPackPassphrase();
        fuzz::refusing([&] {
            static_cast<void>(
                PackVerifier::verify(path, SecureBytes(reinterpret_cast<const unsigned char*>(passphrase),
                                                       std::strlen(passphrase))));
        });
    }
    return 0;
}
