#include "common/PrintSeam.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace lantern {

namespace {

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

QString printDocumentHtml(const PrintDocument& document)
{
    QString html = QStringLiteral("<html><body style=\"font-size:10pt\">");
    const QString marking =
        QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(escaped(document.protectiveMarking));
    html += marking;
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(document.title));
    if (!document.subtitle.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(document.subtitle));
    for (const PrintBlock& block : document.blocks) {
        std::visit(
            Overloaded{
                [&](const PrintHeading& heading) {
                    html += QStringLiteral("<h%1>%2</h%1>").arg(heading.level + 1).arg(escaped(heading.text));
                },
                [&](const PrintParagraph& paragraph) {
                    if (paragraph.style == PrintParagraph::Style::Quote)
                        html += QStringLiteral("<blockquote>%1</blockquote>").arg(escaped(paragraph.text));
                    else
                        html += QStringLiteral("<p>%1</p>").arg(escaped(paragraph.text));
                },
                [&](const PrintKeyValues& values) {
                    html += QStringLiteral("<table cellpadding=\"2\">");
                    for (const auto& [key, value] : values.rows)
                        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                    .arg(escaped(key), escaped(value));
                    html += QStringLiteral("</table>");
                },
                [&](const PrintTable& table) {
                    if (table.rows.empty()) {
                        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(table.emptyText));
                        return;
                    }
                    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                           "width=\"100%\"><thead><tr>");
                    for (const QString& header : table.headers)
                        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(header));
                    html += QStringLiteral("</tr></thead>");
                    for (const QStringList& row : table.rows) {
                        html += QStringLiteral("<tr>");
                        for (const QString& cell : row)
                            html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
                        html += QStringLiteral("</tr>");
                    }
                    html += QStringLiteral("</table>");
                },
                [&](const PrintBulletList& list) {
                    html += QStringLiteral("<ul>");
                    for (const QString& item : list.items)
                        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
                    html += QStringLiteral("</ul>");
                },
                [&](const PrintBodyMap& map) {
                    // Rich text has no outline to draw on; the numbered notes printed with it say where
                    // each mark is (front or back) and what was seen.
                    html += QStringLiteral("<p><i>Body map: %1 numbered marks on the front and back "
                                           "outline (the PDF shows the outline).</i></p>")
                                .arg(map.marks.size());
                },
                [&](const PrintPageBreak&) {
                    html += QStringLiteral("<p style=\"page-break-after:always\"></p>");
                },
            },
            block);
    }
    html += marking;
    if (!document.producedAt.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(document.producedAt));
    html += QStringLiteral("</body></html>");
    return html;
}

bool DialogPrinter::print(QWidget* parent, const PrintDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("lantern::PrintSeam", "Print %1").arg(document.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument text;
    text.setHtml(printDocumentHtml(document));
    text.print(&printer);
    return true;
}

} // namespace lantern
