#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <variant>
#include <vector>

namespace lantern {

// A printable document as a list of blocks, independent of how it is drawn: the referral pack's
// referral.pdf, a printed chronology and governors' reports are all built as a PrintDocument and handed to
// PdfWriter. Keeping the model separate from the painting means callers say what to print, never where on
// the page, and every printed document from Lantern gets the same marking, footer and page breaking rules.
//
// All text is plain text (never HTML or markup, so nothing a user typed can change the layout); PdfWriter
// normalises it to NFC and keeps its line breaks.

// A section heading. Level 1 is a section, level 2 a subsection. A heading is never left alone at the
// bottom of a page.
struct PrintHeading {
    QString text;
    int level = 1;
};

// Running text that flows across pages. Quote style is for words recorded verbatim (a child's own words,
// what a parent said): indented with a bar at the side, so the reader sees at once they are not the
// writer's words.
struct PrintParagraph {
    enum class Style { Normal, Quote };
    QString text;
    Style style = Style::Normal;
};

// Label → value pairs, e.g. a pupil's details. A row is never split across pages unless it is taller than
// a page.
struct PrintKeyValues {
    std::vector<std::pair<QString, QString>> rows;
};

// A table with column headers. The header row is repeated on every page the table spans and a row is
// never split across pages unless it is taller than a page (then it breaks between lines).
struct PrintTable {
    QStringList headers;
    std::vector<QStringList> rows; // each row has exactly headers.size() cells
    // Relative column widths (e.g. {1, 1, 4} for date, author, entry). Empty: sized from the content.
    std::vector<double> columnWeights;
    // Shown in place of the rows when there are none.
    QString emptyText = QStringLiteral("None recorded.");
};

struct PrintBulletList {
    QStringList items;
};

// A body map: a body outline seen from the front and from the back (the outlines the concern form uses),
// with numbered marks where something was seen. The caller prints what each mark is beside it, by the
// same numbers (1 for the first mark), so the picture never has to hold the words.
struct PrintBodyMap {
    enum class Side { Front, Back };
    struct Mark {
        Side side = Side::Front;
        double x = 0; // 0..1 across the outline, as the child faces the reader
        double y = 0; // 0..1 down the outline
    };
    std::vector<Mark> marks;
};

// Starts a new page (e.g. before an appendix).
struct PrintPageBreak {};

using PrintBlock = std::variant<PrintHeading, PrintParagraph, PrintKeyValues, PrintTable, PrintBulletList,
                                PrintBodyMap, PrintPageBreak>;

struct PrintDocument {
    QString title;             // large on page 1; also the PDF's metadata title
    QString subtitle;          // optional, under the title
    QString protectiveMarking; // e.g. "OFFICIAL-SENSITIVE"; printed at the top and bottom of every page
    QString producedAt;        // shown in every page's footer as "Produced <producedAt>"
    std::vector<PrintBlock> blocks;

    // Builders, so that callers read like the document: doc.heading(…).paragraph(…).table(…).
    PrintDocument& heading(const QString& text, int level = 1)
    {
        blocks.emplace_back(PrintHeading{text, level});
        return *this;
    }
    PrintDocument& paragraph(const QString& text)
    {
        blocks.emplace_back(PrintParagraph{text, PrintParagraph::Style::Normal});
        return *this;
    }
    PrintDocument& quote(const QString& text)
    {
        blocks.emplace_back(PrintParagraph{text, PrintParagraph::Style::Quote});
        return *this;
    }
    PrintDocument& keyValues(std::vector<std::pair<QString, QString>> rows)
    {
        blocks.emplace_back(PrintKeyValues{std::move(rows)});
        return *this;
    }
    PrintDocument& table(PrintTable table)
    {
        blocks.emplace_back(std::move(table));
        return *this;
    }
    PrintDocument& table(const QStringList& headers, std::vector<QStringList> rows)
    {
        PrintTable t;
        t.headers = headers;
        t.rows = std::move(rows);
        blocks.emplace_back(std::move(t));
        return *this;
    }
    PrintDocument& bullets(const QStringList& items)
    {
        blocks.emplace_back(PrintBulletList{items});
        return *this;
    }
    PrintDocument& bodyMap(PrintBodyMap map)
    {
        blocks.emplace_back(std::move(map));
        return *this;
    }
    PrintDocument& pageBreak()
    {
        blocks.emplace_back(PrintPageBreak{});
        return *this;
    }
};

} // namespace lantern
