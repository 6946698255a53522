#pragma once

#include "export/PrintDocument.h"

#include <QByteArray>

class QIODevice;

namespace lantern {

// Renders a PrintDocument as an A4 portrait PDF, entirely in memory: case data never touches a temporary
// file. Every page has the protective marking centred at its top and bottom, and a footer with
// "Produced <date>" and "Page X of Y" (the document is laid out first to count the pages, then painted).
// Tables repeat their header row on each page and never split a row that fits on one page; paragraphs and
// lists flow across pages; a heading (or a section heading with its first subsection) always starts on the
// page where what follows it starts. Lines break between words only, and no table column is narrower than
// its longest word; a word too long for its line (an email address, a URL, a hash) breaks after "/" or "-"
// or before "." or "@" where it can, anywhere only when it has none of those.
//
// Text is drawn as real text in an embedded font (DejaVu Sans when installed, which covers Latin with all
// its diacritics, Vietnamese, Greek, Cyrillic and Arabic; otherwise the platform's default font), without
// ligatures, so it can be searched, copied exactly (an "ff" is two letters f, not U+FB00) and read aloud by
// a screen reader. The PDF is not tagged: Qt 6.4's QPdfWriter writes no structure tree (nor marked
// content), so assistive technology infers the reading order; everything is drawn in reading order (top to
// bottom, a table row by row and each row cell by cell) to help it. The PDF's metadata holds only the
// document's title and "Lantern" as creator: whoever builds the PrintDocument decides what the title reveals.
//
// Requires a QGuiApplication (fonts belong to Qt Gui). Programs without a display create it on the
// "offscreen" platform: qputenv("QT_QPA_PLATFORM", "offscreen") before constructing it, or run with
// QT_QPA_PLATFORM=offscreen. Throws Error(Internal) if there is none, Error(InvalidInput) if a table row's
// cell count does not match its headers or a heading level is not 1 or 2.
class PdfWriter final {
public:
    PdfWriter() = delete;

    // Writes the PDF to `out`, which must be writable (it is opened for writing if not open). Returns the
    // number of pages.
    static int write(const PrintDocument& document, QIODevice& out);

    // The PDF as bytes.
    static QByteArray toPdf(const PrintDocument& document);

    // The font family PdfWriter prints with on this system: "DejaVu Sans" when installed.
    static QString fontFamily();
};

} // namespace lantern
