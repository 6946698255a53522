#pragma once

#include "export/PrintDocument.h"

#include <QTextBrowser>

namespace lantern {

// The referral pack's printable document shown on screen, read-only, before anything is exported.
//
// Qt 6.4 on Debian has no QtPdf to draw PDF pages, so the preview is built from the same PrintDocument that
// PdfWriter prints (headings, paragraphs, quotes, key–value lists, tables, bullets), with the protective
// marking at the top and bottom. Text is inserted through QTextCursor as plain text, never as HTML, so
// nothing a person typed into the record can change what the preview shows or make it load anything.
class PackPreview : public QTextBrowser {
    Q_OBJECT
public:
    explicit PackPreview(QWidget* parent = nullptr);

    void showDocument(const PrintDocument& document);
    // Level-1 headings of the document shown, in order (what a tester or a screen reader user checks first).
    QStringList headings() const { return m_headings; }

private:
    QStringList m_headings;
};

} // namespace lantern
