#include "text/PlainText.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "text/TextServices.h"

namespace lantern {

QString tidy(const QString& text)
{
    return TextServices::normalizeForStorage(text).trimmed();
}

QString checkedText(const QString& text, QLatin1String field, const QString& label, int maxLength)
{
    if (text.size() > maxLength)
        throw Error(ErrorKind::InvalidInput, field,
                    ModelText::tr("%1: %2 characters is more than this can hold (at most %3); attach a long "
                                  "document instead.")
                        .arg(label)
                        .arg(text.size())
                        .arg(maxLength));
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char16_t unit = text.at(at).unicode();
        if ((unit >= 0x202A && unit <= 0x202E) || (unit >= 0x2066 && unit <= 0x2069))
            throw Error(
                ErrorKind::InvalidInput, field,
                ModelText::tr("%1: character %2 is a hidden text-direction control (U+%3), which can make "
                              "the text show as something other than what it says; remove it (it is "
                              "often pasted in with text copied from elsewhere).")
                    .arg(label)
                    .arg(at + 1)
                    .arg(QString::number(static_cast<int>(unit), 16).toUpper()));
    }
    return text;
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
