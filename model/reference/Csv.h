#pragma once

#include <QByteArray>
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

// Writing CSV for a spreadsheet. One cell, quoted when needed (RFC 4180). A cell starting with = + - @ (or a
// tab or carriage return) gets a leading apostrophe, so a spreadsheet shows it as text instead of running it
// as a formula (CSV injection).
QString csvCell(const QString& value);
// A whole file: UTF-8 with a byte-order mark (so Excel reads accented names correctly), the header row, then
// one row per record, every line ending in CRLF.
QByteArray csvDocument(const QStringList& header, const QList<QStringList>& rows);

} // namespace lantern
