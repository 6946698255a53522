#pragma once

#include <QChar>
#include <QString>

namespace lantern {

// Character tests and message text shared by the identifier rules (UPN, NHS number): identifiers are ASCII,
// whatever digits Unicode knows.
inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A value as a message quotes it: long pasted text is cut short so the message stays readable.
inline QString shownInMessage(const QString& value)
{
    constexpr qsizetype kMax = 20;
    return value.size() <= kMax ? value : value.left(kMax - 1) + QChar(0x2026);
}

} // namespace lantern
