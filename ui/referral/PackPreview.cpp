#include "referral/PackPreview.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextList>
#include <QTextTable>
#include <QTextTableFormat>
#include <QUrl>
#include <algorithm>
#include <variant>

namespace lantern {

namespace {

// The PDF's colours (PdfWriter), so the preview reads as the same document.
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x55, 0x5b, 0x63);
const QColor kHeaderFill(0xe3, 0xe9, 0xf0);
const QColor kQuoteBar(0x7a, 0x8c, 0xa3);

class Writer {
public:
    Writer(QTextDocument& document, qreal basePoints)
        : m_cursor(&document)
        , m_base(basePoints)
    {}

    void block(const QString& text, qreal scale, bool bold, const QColor& colour,
               Qt::Alignment align = Qt::AlignLeft, qreal topMargin = 0, qreal bottomMargin = 6,
               bool italic = false, int indent = 0)
    {
        QTextBlockFormat format;
        format.setAlignment(align);
        format.setTopMargin(topMargin);
        format.setBottomMargin(bottomMargin);
        format.setIndent(indent);
        QTextCharFormat chars = charFormat(scale, bold, colour);
        chars.setFontItalic(italic);
        startBlock(format, chars);
        m_cursor.insertText(text, chars);
    }

    void table(const QStringList& headers, const std::vector<QStringList>& rows, bool headerRow,
               const std::vector<double>& weights = {})
    {
        const int columns =
            static_cast<int>(headers.isEmpty() && !rows.empty() ? rows.front().size() : headers.size());
        if (columns == 0)
            return;
        startBlock(QTextBlockFormat(), charFormat(1.0, false, kInk));
        QTextTableFormat format;
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorder(0.5);
        format.setBorderBrush(QColor(0xb8, 0xc2, 0xcc));
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setBottomMargin(8);
        if (static_cast<int>(weights.size()) == columns) {
            double sum = 0;
            for (double w : weights)
                sum += w;
            QList<QTextLength> widths;
            for (double w : weights)
                widths.append(QTextLength(QTextLength::PercentageLength, sum > 0 ? 100.0 * w / sum : 0));
            format.setColumnWidthConstraints(widths);
        }
        const int headerRows = headerRow ? 1 : 0;
        if (headerRow)
            format.setHeaderRowCount(1);
        QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()) + headerRows, columns, format);
        if (headerRow) {
            for (int c = 0; c < columns; ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                QTextCharFormat fill = cell.format();
                fill.setBackground(kHeaderFill);
                cell.setFormat(fill);
                cell.firstCursorPosition().insertText(headers.value(c), charFormat(0.95, true, kAccent));
            }
        }
        for (size_t r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                const bool label = !headerRow && c == 0; // key–value lists: the key in bold
                table->cellAt(static_cast<int>(r) + headerRows, c)
                    .firstCursorPosition()
                    .insertText(rows[r].value(c), charFormat(0.95, label, label ? kMuted : kInk));
            }
        }
        // After the table the document already has an empty block: the next block uses it.
        m_cursor.movePosition(QTextCursor::End);
        m_justStarted = true;
    }

    void bullets(const QStringList& items)
    {
        QTextListFormat format;
        format.setStyle(QTextListFormat::ListDisc);
        QTextList* list = nullptr;
        for (const QString& item : items) {
            QTextBlockFormat block;
            block.setBottomMargin(2);
            startBlock(block, charFormat(1.0, false, kInk));
            if (list)
                list->add(m_cursor.block());
            else
                list = m_cursor.createList(format);
            m_cursor.insertText(item, charFormat(1.0, false, kInk));
        }
    }

    // The body outlines as the printed pack draws them, front and back, each mark a numbered dot, as an image
    // in the preview.
    void bodyMap(const PrintBodyMap& map, QTextDocument& document)
    {
        const QSize figure(150, 360); // the outlines' view box is 200 × 480
        QImage image(figure.width() * 2 + 40, figure.height(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF front(10, 0, figure.width(), figure.height());
        const QRectF back(front.right() + 20, 0, figure.width(), figure.height());
        QSvgRenderer(QStringLiteral(":/print/body-front.svg")).render(&painter, front);
        QSvgRenderer(QStringLiteral(":/print/body-back.svg")).render(&painter, back);
        QFont numbers = painter.font();
        numbers.setPixelSize(10);
        numbers.setBold(true);
        painter.setFont(numbers);
        for (size_t i = 0; i < map.marks.size(); ++i) {
            const PrintBodyMap::Mark& mark = map.marks[i];
            const QRectF& area = mark.side == PrintBodyMap::Side::Front ? front : back;
            const QPointF centre(area.left() + std::clamp(mark.x, 0.0, 1.0) * area.width(),
                                 area.top() + std::clamp(mark.y, 0.0, 1.0) * area.height());
            painter.setPen(QColor(0x7a, 0x1f, 0x14));
            painter.setBrush(QColor(0xb3, 0x3a, 0x2a));
            painter.drawEllipse(centre, 8, 8);
            painter.setPen(Qt::white);
            painter.drawText(QRectF(centre.x() - 8, centre.y() - 8, 16, 16), Qt::AlignCenter,
                             QString::number(i + 1));
        }
        painter.end();
        const QUrl name(QStringLiteral("lantern-body-map:%1").arg(++m_images));
        document.addResource(QTextDocument::ImageResource, name, image);
        QTextBlockFormat format;
        format.setAlignment(Qt::AlignHCenter);
        format.setBottomMargin(6);
        startBlock(format, charFormat(1.0, false, kInk));
        QTextImageFormat picture;
        picture.setName(name.toString());
        picture.setWidth(image.width());
        picture.setHeight(image.height());
        m_cursor.insertImage(picture);
    }

    void rule()
    {
        QTextBlockFormat format;
        format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                           QTextLength(QTextLength::PercentageLength, 100));
        startBlock(format, charFormat(0.5, false, kMuted));
    }

private:
    QTextCharFormat charFormat(qreal scale, bool bold, const QColor& colour) const
    {
        QTextCharFormat chars;
        chars.setFontPointSize(m_base * scale);
        chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        chars.setForeground(colour);
        return chars;
    }

    void startBlock(const QTextBlockFormat& format, const QTextCharFormat& chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else if (m_justStarted) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
        } else {
            m_cursor.insertBlock(format, chars);
        }
        m_justStarted = false;
    }

    QTextCursor m_cursor;
    qreal m_base;
    bool m_first = true;
    bool m_justStarted = false;
    int m_images = 0;
};

} // namespace

PackPreview::PackPreview(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("packPreview"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setAccessibleName(tr("Preview of the referral pack"));
}

void PackPreview::showDocument(const PrintDocument& document)
{
    m_headings.clear();
    auto* text = new QTextDocument(this);
    text->setDocumentMargin(18);
    const qreal base = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;
    Writer out(*text, base);

    // The marking first and last, as on every printed page.
    out.block(document.protectiveMarking, 0.9, true, kMuted, Qt::AlignHCenter, 0, 10);
    out.block(document.title, 1.7, true, kAccent, Qt::AlignLeft, 4, 2);
    if (!document.subtitle.isEmpty())
        out.block(document.subtitle, 1.05, false, kMuted, Qt::AlignLeft, 0, 8);
    for (const PrintBlock& block : document.blocks) {
        std::visit(
            [&out, text, this](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, PrintHeading>) {
                    if (b.level == 1) {
                        m_headings.append(b.text);
                        out.block(b.text, 1.3, true, kAccent, Qt::AlignLeft, 14, 4);
                    } else {
                        out.block(b.text, 1.1, true, kInk, Qt::AlignLeft, 8, 3);
                    }
                } else if constexpr (std::is_same_v<T, PrintParagraph>) {
                    const bool quote = b.style == PrintParagraph::Style::Quote;
                    out.block(b.text, 1.0, false, quote ? kQuoteBar.darker(140) : kInk, Qt::AlignLeft, 0, 6,
                              quote, quote ? 1 : 0);
                } else if constexpr (std::is_same_v<T, PrintKeyValues>) {
                    std::vector<QStringList> rows;
                    for (const auto& [key, value] : b.rows)
                        rows.push_back({key, value});
                    out.table({QString(), QString()}, rows, false, {1, 2.5});
                } else if constexpr (std::is_same_v<T, PrintTable>) {
                    if (b.rows.empty())
                        out.block(b.emptyText, 1.0, false, kMuted, Qt::AlignLeft, 0, 6, true);
                    else
                        out.table(b.headers, b.rows, true, b.columnWeights);
                } else if constexpr (std::is_same_v<T, PrintBulletList>) {
                    out.bullets(b.items);
                } else if constexpr (std::is_same_v<T, PrintBodyMap>) {
                    out.bodyMap(b, *text);
                } else {
                    out.rule();
                }
            },
            block);
    }
    out.block(document.protectiveMarking, 0.9, true, kMuted, Qt::AlignHCenter, 14, 0);
    if (!document.producedAt.isEmpty())
        out.block(tr("Produced %1").arg(document.producedAt), 0.85, false, kMuted, Qt::AlignHCenter, 2, 0);

    // QTextEdit deletes the document it made itself when another is set; one made here goes with the next.
    QTextDocument* old = this->document();
    const bool madeHere = old && old->parent() == this;
    setDocument(text);
    if (madeHere)
        delete old;
}

} // namespace lantern
