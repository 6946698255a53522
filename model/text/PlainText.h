#pragma once

#include <QLatin1String>
#include <QString>

namespace lantern {

// Stored text without the whitespace people leave around a typed field (and in Unicode NFC, as all stored
// text).
QString tidy(const QString& text);
// Free text a person typed, as it is to be stored: `text` as given (tidied by the caller as the field wants),
// refused with Error(InvalidInput, field, "LABEL: …") when it is longer than `maxLength` characters or holds
// an invisible text-direction control (U+202A–U+202E, U+2066–U+2069), which can make stored text display as
// something other than what it says — a name or an account shown reversed. Arabic, Hebrew and every other
// script are written as they are; only the hidden controls are refused.
QString checkedText(const QString& text, QLatin1String field, const QString& label, int maxLength);

// The first words of `text`, cut at a word, for a chronology line or a list.
QString excerpt(const QString& text, int length = 100);

} // namespace lantern
