#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

// One record of a CSV file, with the line it starts on so that a complaint about it can say where to look.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Splits RFC 4180-style CSV: comma-separated, fields optionally in double quotes, "" for a quote inside a
// quoted field, commas and line breaks allowed inside quotes, LF or CRLF line ends, an optional UTF-8 byte
// order mark. Blank lines are skipped. `sourceName` only appears in error messages. Throws
// Error(InvalidInput) for an unterminated quote or text after a closing quote: a malformed file is refused
// rather than half read.
QList<CsvRecord> parseCsv(const QString& text, const QString& sourceName);

} // namespace lantern
