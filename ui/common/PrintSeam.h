#pragma once

#include "export/PrintDocument.h"

class QWidget;

namespace lantern {

// Printing behind an interface, so that GUI tests see what would be printed without a print dialog.
class PrintSeam {
public:
    virtual ~PrintSeam() = default;
    // Asks where and how to print, then prints. False when the person cancelled.
    virtual bool print(QWidget* parent, const PrintDocument& document) = 0;
};

// The real thing: Qt's print dialog, then the document laid out by QTextDocument onto the chosen printer
// (A4, protective marking at the top and bottom as in the PDF). Nothing is spooled through a file of ours.
class DialogPrinter final : public PrintSeam {
public:
    bool print(QWidget* parent, const PrintDocument& document) override;
};

// The document as HTML for QTextDocument, every user-typed string escaped (printing never interprets what
// someone typed as markup).
QString printDocumentHtml(const PrintDocument& document);

} // namespace lantern
