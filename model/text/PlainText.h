#pragma once

#include <QString>

namespace lantern {

// Stored text without the whitespace people leave around a typed field (and in Unicode NFC, as all stored
// text).
QString tidy(const QString& text);
// The first words of `text`, cut at a word, for a chronology line or a list.
QString excerpt(const QString& text, int length = 100);

} // namespace lantern
