#include "text/PlainText.h"

#include "text/TextServices.h"

namespace lantern {

QString tidy(const QString& text)
{
    return TextServices::normalizeForStorage(text).trimmed();
}

QString excerpt(const QString& text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), length);
    if (cut < length / 2)
        cut = length;
    return simple.left(cut) + QStringLiteral("…");
}

} // namespace lantern
