#include "export/PdfWriter.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "text/TextServices.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>
#include <tuple>
#include <type_traits>

namespace lantern {
namespace {

// Device units are 1/1200 inch (QPdfWriter's default resolution): fine enough that text metrics are not
// rounded to whole pixels, which would make line breaks depend on the resolution.
constexpr qreal kDpi = 1200.0;
constexpr qreal mm(qreal value)
{
    return value / 25.4 * kDpi;
}
constexpr qreal pt(qreal value)
{
    return value / 72.0 * kDpi;
}

constexpr qreal kPageWidth = mm(210.0);
constexpr qreal kPageHeight = mm(297.0);
constexpr qreal kMargin = mm(20.0);
constexpr qreal kContentWidth = kPageWidth - 2 * kMargin;
constexpr qreal kContentTop = kMargin;
constexpr qreal kContentBottom = kPageHeight - kMargin;
// Where the marking sits in the top and bottom margins (its vertical centre, from the paper's edge).
constexpr qreal kMarkingInset = mm(9.0);

// A restrained palette that still reads in black-and-white print: navy headings, grey furniture.
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x55, 0x5b, 0x63);
const QColor kRule(0xb8, 0xc2, 0xcc);
const QColor kHeaderFill(0xe3, 0xe9, 0xf0);
const QColor kStripe(0xf4, 0xf6, 0xf8);
const QColor kQuoteBar(0x7a, 0x8c, 0xa3);

void requireGuiApplication()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        throw Error(ErrorKind::Internal,
                    ModelText::tr("Printing needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen without a "
                                  "display)."));
    }
}

// Text as it is printed: NFC like everything Lantern stores, line breaks kept (as Unicode line separators,
// which QTextLayout breaks at), trailing blank lines dropped.
QString printable(const QString& text)
{
    QString result = TextServices::normalizeForStorage(text);
    while (result.endsWith(QLatin1Char('\n'))) {
        result.chop(1);
    }
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return result;
}

// Where a word may be broken without changing what it says: after "/" or "-", before "." or "@" (so an
// email address, URL or identifier that cannot fit on a line breaks at its punctuation, not mid-letter).
bool isAddressBreak(QChar before, QChar after)
{
    return before == QLatin1Char('/') || before == QLatin1Char('-') || after == QLatin1Char('.') ||
           after == QLatin1Char('@');
}

QFont makeFont(const QString& family, qreal points, bool bold = false)
{
    QFont font(family);
    font.setStyleHint(QFont::SansSerif);
    // Unhinted metrics are the font's design metrics, the same at any resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: DejaVu Sans draws "ff", "fi" and "ffi" as one glyph, which PDF readers copy as U+FB00…
    // (so a pasted pack id or email address no longer matches). Qt 6.4 has no QFont::setFeature, but its
    // HarfBuzz shaping turns the ligature features off whenever a letter spacing is set, for scripts where
    // they are cosmetic (Latin, Greek, Cyrillic; Arabic keeps its required joining). 100 % spacing is set
    // rather than left as default, so it disables ligatures while leaving every advance as it was.
    font.setLetterSpacing(QFont::PercentageSpacing, 100.0);
    return font;
}

struct Fonts {
    explicit Fonts(const QString& family)
        : title(makeFont(family, 19.0, true))
        , subtitle(makeFont(family, 11.0))
        , heading1(makeFont(family, 14.0, true))
        , heading2(makeFont(family, 11.5, true))
        , body(makeFont(family, 10.0))
        , label(makeFont(family, 9.5, true))
        , tableHeader(makeFont(family, 9.0, true))
        , tableBody(makeFont(family, 9.0))
        , marking(makeFont(family, 10.0, true))
        , footer(makeFont(family, 8.0))
    {}
    QFont title, subtitle, heading1, heading2, body, label, tableHeader, tableBody, marking, footer;
};

// Text wrapped to a width, with each line's position relative to the block's top. Shared (not copied) by
// the paint operations that draw its lines, possibly on several pages.
class TextBlock {
public:
    TextBlock(const QString& text, const QFont& font, qreal width, const QPaintDevice* device,
              QColor colour = kInk, qreal lineGapFactor = 0.2)
        : m_layout(std::make_shared<QTextLayout>(printable(text), font, device))
        , m_colour(colour)
    {
        QTextOption option;
        // Lines break between words only. A word wider than the line (an email address, a URL, a pack id
        // in a narrow column) is then broken by breakLongWord, at its punctuation where it can.
        option.setWrapMode(QTextOption::WordWrap);
        // The documents are in English, so lines run left to right; runs of Arabic or Hebrew inside them
        // (a parent's name) are still drawn right to left by the bidirectional algorithm. Guessing the
        // direction from the first letter would turn "محمد (uncle)" into "(uncle) محمد".
        option.setTextDirection(Qt::LeftToRight);
        m_layout->setTextOption(option);
        const qreal gap = QFontMetricsF(font, device).height() * lineGapFactor;
        qreal y = 0;
        m_layout->beginLayout();
        for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
            line.setLineWidth(width);
            if (line.naturalTextWidth() > width + 0.5) {
                // Qt clips cursorToX at the line's width when wrapping: the overflowing line is measured
                // unwrapped.
                QTextOption unwrapped = option;
                unwrapped.setWrapMode(QTextOption::NoWrap);
                m_layout->setTextOption(unwrapped);
                const int columns = breakLongWord(line, width);
                m_layout->setTextOption(option);
                setColumns(line, columns, option);
            } else if (const int columns = wholeWordColumns(line, width, font, device); columns > 0) {
                setColumns(line, columns, option);
            }
            // Half the gap above the line and half below, so padding around text looks even.
            line.setPosition(QPointF(0, y + gap / 2));
            m_tops.push_back(y);
            y += line.height() + gap;
            m_bottoms.push_back(y);
        }
        m_layout->endLayout();
    }

    int lineCount() const { return static_cast<int>(m_tops.size()); }
    qreal height() const { return m_bottoms.empty() ? 0 : m_bottoms.back(); }
    // The height of lines [first, last).
    qreal height(int first, int last) const
    {
        if (last <= first) {
            return 0;
        }
        return m_bottoms[static_cast<size_t>(last - 1)] - m_tops[static_cast<size_t>(first)];
    }
    qreal lineHeight(int index) const { return height(index, index + 1); }

    // Draws lines [first, last) with the top of line `first` at `topLeft`.
    void draw(QPainter& painter, int first, int last, QPointF topLeft) const
    {
        painter.setPen(m_colour);
        const QPointF origin = topLeft - QPointF(0, m_tops[static_cast<size_t>(first)]);
        for (int i = first; i < last; ++i) {
            m_layout->lineAt(i).draw(&painter, origin);
        }
    }

private:
    // Lays `line` out again with exactly `columns` characters. setNumColumns only ends a line at a break
    // opportunity of the wrap mode, so this is done in WrapAnywhere mode.
    void setColumns(QTextLine& line, int columns, const QTextOption& option)
    {
        QTextOption anywhere = option;
        anywhere.setWrapMode(QTextOption::WrapAnywhere);
        m_layout->setTextOption(anywhere);
        line.setNumColumns(columns);
        m_layout->setTextOption(option);
    }

    // Qt's line breaking (Unicode's) also breaks after a hyphen or a slash inside a word, which splits
    // "lantern-demo.example" in an email address or "one-bedroom" across lines. When `line` ends inside a
    // word that would fit on a line of its own, returns how many characters to keep so that the word moves
    // to the next line whole; 0 to keep the line as it is.
    int wholeWordColumns(const QTextLine& line, qreal width, const QFont& font,
                         const QPaintDevice* device) const
    {
        const QString text = m_layout->text();
        const int start = line.textStart();
        const int end = start + line.textLength();
        if (end >= text.size() || end <= start || text.at(end - 1).isSpace() || text.at(end).isSpace()) {
            return 0;
        }
        int wordStart = end;
        while (wordStart > start && !text.at(wordStart - 1).isSpace()) {
            --wordStart;
        }
        int wordEnd = end;
        while (wordEnd < text.size() && !text.at(wordEnd).isSpace()) {
            ++wordEnd;
        }
        if (wordStart == start ||
            QFontMetricsF(font, device).horizontalAdvance(text.mid(wordStart, wordEnd - wordStart)) > width) {
            return 0;
        }
        return wordStart - start;
    }

    // How many characters of an overflowing line (one word wider than `width`) to keep on it: up to the
    // last place that fits where an address or identifier can break without changing what it says — after
    // "/" or "-", before "." or "@" — or, for a word with none (a hash), the last character that fits.
    int breakLongWord(const QTextLine& line, qreal width) const
    {
        const QString text = m_layout->text();
        const int start = line.textStart();
        const int end = start + line.textLength();
        int fallback = 0;
        for (int p = end - 1; p > start; --p) {
            if (!m_layout->isValidCursorPosition(p) || line.cursorToX(p) > width + 0.5) {
                continue;
            }
            if (isAddressBreak(text.at(p - 1), text.at(p))) {
                return p - start;
            }
            fallback = std::max(fallback, p - start);
        }
        return std::max(fallback, 1);
    }

    std::shared_ptr<QTextLayout> m_layout;
    QColor m_colour;
    std::vector<qreal> m_tops;
    std::vector<qreal> m_bottoms;
};

using PaintOp = std::function<void(QPainter&)>;

void drawRule(QPainter& painter, qreal x1, qreal x2, qreal y, const QColor& colour, qreal widthPoints)
{
    painter.setPen(QPen(colour, pt(widthPoints)));
    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
}

// A table row (or key–value row) being placed: one text block per cell.
struct RowCell {
    TextBlock text;
    qreal x; // left edge of the cell's text, relative to the content area
};

// Pass 1: places blocks on pages, top to bottom, as paint operations. Knows nothing about the page
// furniture (marking, footer), which pass 2 paints once the page count is known.
class Composer {
public:
    Composer(const QPaintDevice* device, const Fonts& fonts)
        : m_device(device)
        , m_fonts(fonts)
        , m_bodyLine(TextBlock(QStringLiteral("X"), fonts.body, kContentWidth, device).height())
    {
        newPage();
    }

    std::vector<std::vector<PaintOp>> takePages() { return std::move(m_pages); }

    void titleBlock(const QString& title, const QString& subtitle)
    {
        if (!title.isEmpty()) {
            flow(TextBlock(title, m_fonts.title, kContentWidth, m_device, kAccent, 0.1), 0);
        }
        if (!subtitle.isEmpty()) {
            m_y += pt(2);
            flow(TextBlock(subtitle, m_fonts.subtitle, kContentWidth, m_device, kMuted), 0);
        }
        if (!title.isEmpty() || !subtitle.isEmpty()) {
            m_y += pt(4);
            const qreal y = m_y;
            add([y](QPainter& p) { drawRule(p, kMargin, kMargin + kContentWidth, y, kAccent, 1.5); });
            m_y += pt(14);
        }
    }

    void heading(const PrintHeading& heading)
    {
        const bool major = heading.level == 1;
        const TextBlock text(heading.text, major ? m_fonts.heading1 : m_fonts.heading2, kContentWidth,
                             m_device, kAccent, 0.1);
        space(major ? pt(14) : pt(9));
        const qreal after = major ? pt(8) : pt(4);
        // Keep the heading with about three lines of what follows it.
        ensure(text.height() + after + 3 * m_bodyLine);
        flow(text, 0);
        if (major) {
            const qreal y = m_y + pt(1);
            add([y](QPainter& p) { drawRule(p, kMargin, kMargin + kContentWidth, y, kRule, 0.75); });
        }
        m_y += after;
    }

    void paragraph(const PrintParagraph& paragraph)
    {
        if (paragraph.style == PrintParagraph::Style::Normal) {
            flow(TextBlock(paragraph.text, m_fonts.body, kContentWidth, m_device), 0);
            m_y += pt(7);
            return;
        }
        const qreal indent = mm(6);
        const TextBlock text(paragraph.text, m_fonts.body, kContentWidth - indent - mm(2), m_device);
        m_y += pt(1);
        flow(text, indent, [](QPainter& p, qreal top, qreal bottom) {
            p.fillRect(QRectF(kMargin + mm(1.5), top, pt(2.5), bottom - top), kQuoteBar);
        });
        m_y += pt(8);
    }

    void bullets(const PrintBulletList& list)
    {
        const qreal indent = mm(6);
        for (const QString& item : list.items) {
            const TextBlock text(item, m_fonts.body, kContentWidth - indent, m_device);
            const TextBlock bullet(QString(QChar(0x2022)), m_fonts.body, indent, m_device);
            ensure(text.height(0, std::min(2, text.lineCount())));
            const qreal y = m_y;
            add([bullet, y](QPainter& p) { bullet.draw(p, 0, 1, QPointF(kMargin + mm(1.5), y)); });
            flow(text, indent);
            m_y += pt(2.5);
        }
        m_y += pt(5);
    }

    void keyValues(const PrintKeyValues& block)
    {
        const qreal padV = pt(3.5);
        const qreal padH = mm(1.5);
        // The label column is as wide as the longest label needs, within a quarter to two-fifths of the page.
        const QFontMetricsF labelMetrics(m_fonts.label, m_device);
        qreal labelWidth = 0;
        for (const auto& [label, value] : block.rows) {
            for (const QString& line : printable(label).split(QChar::LineSeparator)) {
                labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(line));
            }
        }
        labelWidth = std::clamp(labelWidth + 2 * padH + mm(2), kContentWidth * 0.25, kContentWidth * 0.4);
        bool first = true;
        for (const auto& [label, value] : block.rows) {
            std::vector<RowCell> cells;
            cells.push_back({TextBlock(label, m_fonts.label, labelWidth - 2 * padH, m_device, kMuted), padH});
            cells.push_back({TextBlock(value, m_fonts.body, kContentWidth - labelWidth - 2 * padH, m_device),
                             labelWidth + padH});
            if (first) {
                ensure(rowHeight(cells, padV));
                // A rule above the first row, unless a heading's rule is just above it already.
                if (!m_afterHeading || atPageTop()) {
                    const qreal y = m_y;
                    add([y](QPainter& p) { drawRule(p, kMargin, kMargin + kContentWidth, y, kRule, 0.5); });
                }
                first = false;
            }
            placeRow(cells, padV, QColor(), {}, 0);
        }
        m_y += pt(10);
    }

    void table(const PrintTable& table)
    {
        const qreal padV = pt(3);
        const qreal padH = mm(1.5);
        const std::vector<qreal> widths = columnWidths(table, padH);
        auto makeRow = [&](const QStringList& texts, const QFont& font, QColor colour) {
            std::vector<RowCell> cells;
            qreal x = 0;
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const qreal width = widths[static_cast<size_t>(i)];
                cells.push_back(
                    {TextBlock(texts[i], font, width - 2 * padH, m_device, colour, 0.15), x + padH});
                x += width;
            }
            return cells;
        };
        const std::vector<RowCell> header = makeRow(table.headers, m_fonts.tableHeader, kAccent);
        const qreal headerHeight = rowHeight(header, padV);
        const std::function<void()> repeatHeader = [this, &header, padV] {
            placeRow(header, padV, kHeaderFill, {}, 0);
        };

        std::vector<RowCell> firstRow;
        if (table.rows.empty()) {
            firstRow.push_back(
                {TextBlock(table.emptyText, m_fonts.tableBody, kContentWidth - 2 * padH, m_device, kMuted),
                 padH});
        } else {
            firstRow = makeRow(table.rows.front(), m_fonts.tableBody, kInk);
        }
        // The header never sits alone at the bottom of a page.
        ensure(headerHeight + std::min(rowHeight(firstRow, padV), pageHeight() / 3));
        repeatHeader();
        for (size_t i = 0; i < std::max<size_t>(table.rows.size(), 1); ++i) {
            const std::vector<RowCell> cells =
                i == 0 ? firstRow : makeRow(table.rows[i], m_fonts.tableBody, kInk);
            placeRow(cells, padV, i % 2 == 1 ? kStripe : QColor(), repeatHeader, headerHeight);
        }
        m_y += pt(10);
    }

    // A point in the layout to come back to: headings are laid out with the block after them and laid out
    // again on a new page if that block did not start on the heading's page.
    struct Mark {
        size_t pages;
        size_t ops;
        qreal y;
        bool afterHeading;
        bool atPageTop;
    };
    Mark mark() const { return {m_pages.size(), m_pages.back().size(), m_y, m_afterHeading, atPageTop()}; }
    void rewind(const Mark& mark)
    {
        m_pages.resize(mark.pages);
        std::vector<PaintOp>& page = m_pages.back();
        page.erase(page.begin() + static_cast<std::ptrdiff_t>(mark.ops), page.end());
        m_y = mark.y;
        m_afterHeading = mark.afterHeading;
    }
    // The page (0-based) of the first thing drawn since `mark`; the current page if nothing was.
    size_t firstDrawnPage(const Mark& mark) const
    {
        if (m_pages[mark.pages - 1].size() > mark.ops) {
            return mark.pages - 1;
        }
        for (size_t page = mark.pages; page < m_pages.size(); ++page) {
            if (!m_pages[page].empty()) {
                return page;
            }
        }
        return m_pages.size() - 1;
    }

    // The front and back outlines side by side, each mark a numbered dot at its place. Kept on one page.
    void bodyMap(const PrintBodyMap& map)
    {
        const QString front = QStringLiteral(":/print/body-front.svg");
        const QString back = QStringLiteral(":/print/body-back.svg");
        if (!QSvgRenderer(front).isValid() || !QSvgRenderer(back).isValid()) {
            throw Error(ErrorKind::Internal,
                        ModelText::tr("The body outline for printing is missing from this build."));
        }
        const qreal figureHeight = mm(85);
        const qreal figureWidth = figureHeight * 200.0 / 480.0; // the outlines' view box is 200 × 480
        const TextBlock frontLabel(QStringLiteral("Front"), m_fonts.label, kContentWidth / 2, m_device,
                                   kMuted);
        const TextBlock backLabel(QStringLiteral("Back"), m_fonts.label, kContentWidth / 2, m_device, kMuted);
        const qreal labelHeight = frontLabel.height();
        space(pt(4));
        ensure(labelHeight + pt(3) + figureHeight);
        const qreal top = m_y;
        const qreal frontLeft = kMargin + kContentWidth / 4 - figureWidth / 2;
        const qreal backLeft = kMargin + 3 * kContentWidth / 4 - figureWidth / 2;
        const QRectF frontFigure(frontLeft, top + labelHeight + pt(3), figureWidth, figureHeight);
        const QRectF backFigure(backLeft, top + labelHeight + pt(3), figureWidth, figureHeight);
        const QFont numberFont = makeFont(m_fonts.label.family(), 7.0, true);
        const QFont sideFont = m_fonts.footer;
        const QFontMetricsF labelMetrics(m_fonts.label, m_device);
        const QPointF frontLabelAt(
            frontFigure.center().x() - labelMetrics.horizontalAdvance(QStringLiteral("Front")) / 2, top);
        const QPointF backLabelAt(
            backFigure.center().x() - labelMetrics.horizontalAdvance(QStringLiteral("Back")) / 2, top);
        add([front, back, frontLabel, backLabel, frontLabelAt, backLabelAt, frontFigure, backFigure,
             numberFont, sideFont, marks = map.marks](QPainter& p) {
            frontLabel.draw(p, 0, 1, frontLabelAt);
            backLabel.draw(p, 0, 1, backLabelAt);
            p.save();
            p.setRenderHint(QPainter::Antialiasing);
            QSvgRenderer(front).render(&p, frontFigure);
            QSvgRenderer(back).render(&p, backFigure);
            // Which of the child's sides is which: facing us, their right is on our left.
            p.setFont(sideFont);
            p.setPen(kMuted);
            const qreal corner = mm(5);
            for (const auto& [figure, left, right] :
                 {std::tuple{frontFigure, QStringLiteral("R"), QStringLiteral("L")},
                  std::tuple{backFigure, QStringLiteral("L"), QStringLiteral("R")}}) {
                const qreal y = figure.top() + figure.height() * 0.04;
                p.drawText(QRectF(figure.left() - corner, y, corner, corner), Qt::AlignCenter, left);
                p.drawText(QRectF(figure.right(), y, corner, corner), Qt::AlignCenter, right);
            }
            const qreal radius = mm(2.2);
            p.setFont(numberFont);
            for (size_t i = 0; i < marks.size(); ++i) {
                const PrintBodyMap::Mark& mark = marks[i];
                const QRectF& figure = mark.side == PrintBodyMap::Side::Front ? frontFigure : backFigure;
                const QPointF centre(figure.left() + std::clamp(mark.x, 0.0, 1.0) * figure.width(),
                                     figure.top() + std::clamp(mark.y, 0.0, 1.0) * figure.height());
                p.setPen(QPen(QColor(0x7a, 0x1f, 0x14), pt(0.75)));
                p.setBrush(QColor(0xb3, 0x3a, 0x2a));
                p.drawEllipse(centre, radius, radius);
                p.setPen(Qt::white);
                p.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                           Qt::AlignCenter, QString::number(i + 1));
            }
            p.restore();
        });
        m_y = frontFigure.bottom() + pt(8);
    }

    // Called after each block: whether it was a section heading, which has a rule under it.
    void setAfterHeading(bool afterHeading) { m_afterHeading = afterHeading; }

    void pageBreak()
    {
        if (!atPageTop()) {
            newPage();
        }
    }

private:
    static constexpr qreal pageHeight() { return kContentBottom - kContentTop; }
    qreal remaining() const { return kContentBottom - m_y; }
    bool atPageTop() const { return m_y <= kContentTop + 0.5; }
    void add(PaintOp op) { m_pages.back().push_back(std::move(op)); }

    void newPage()
    {
        m_pages.emplace_back();
        m_y = kContentTop;
    }

    // Vertical space before a block; none at the top of a page, so pages start flush with the margin.
    void space(qreal height)
    {
        if (!atPageTop()) {
            m_y += height;
        }
    }

    // Starts a new page unless `height` fits on this one (or this page is still empty).
    void ensure(qreal height)
    {
        if (height > remaining() && !atPageTop()) {
            newPage();
        }
    }

    // Places a text block line by line, continuing on the next page when the page is full. `decorate` draws
    // beside each page's part (the quote bar).
    void flow(const TextBlock& text, qreal x,
              const std::function<void(QPainter&, qreal top, qreal bottom)>& decorate = {})
    {
        // No single first line stranded at the bottom of a page.
        ensure(text.height(0, std::min(2, text.lineCount())));
        int first = 0;
        while (first < text.lineCount()) {
            int last = first;
            while (last < text.lineCount() && text.height(first, last + 1) <= remaining() + 0.5) {
                ++last;
            }
            if (last == first) {
                if (!atPageTop()) {
                    newPage();
                    continue;
                }
                last = first + 1; // a line taller than a page: print it anyway rather than loop
            }
            const qreal top = m_y;
            const qreal bottom = m_y + text.height(first, last);
            add([text, first, last, x, top, bottom, decorate](QPainter& p) {
                if (decorate) {
                    decorate(p, top, bottom);
                }
                text.draw(p, first, last, QPointF(kMargin + x, top));
            });
            m_y = bottom;
            first = last;
            if (first < text.lineCount()) {
                newPage();
            }
        }
    }

    static qreal rowHeight(const std::vector<RowCell>& cells, qreal padV)
    {
        qreal height = 0;
        for (const RowCell& cell : cells) {
            height = std::max(height, cell.text.height());
        }
        return height + 2 * padV;
    }

    // Places a row with a rule under it. A row that fits on a page is never split: it moves to the next page
    // (after `afterBreak`, which repeats a table's header, `afterBreakHeight` high). Only a row taller than
    // a whole page is split, between lines.
    void placeRow(const std::vector<RowCell>& cells, qreal padV, QColor background,
                  const std::function<void()>& afterBreak, qreal afterBreakHeight)
    {
        bool freshPage = atPageTop();
        auto breakPage = [&] {
            newPage();
            if (afterBreak) {
                afterBreak();
            }
            freshPage = true;
        };
        const qreal full = rowHeight(cells, padV);
        if (full > remaining() && !atPageTop() && full <= pageHeight() - afterBreakHeight) {
            breakPage();
        }
        std::vector<int> next(cells.size(), 0);
        auto done = [&] {
            for (size_t i = 0; i < cells.size(); ++i) {
                if (next[i] < cells[i].text.lineCount()) {
                    return false;
                }
            }
            return true;
        };
        bool firstPart = true;
        while (firstPart || !done()) {
            // How many lines of each cell fit on this page.
            std::vector<int> last(next);
            qreal partHeight = 0;
            bool anyProgress = false;
            for (size_t i = 0; i < cells.size(); ++i) {
                const TextBlock& text = cells[i].text;
                while (last[i] < text.lineCount() &&
                       text.height(next[i], last[i] + 1) + 2 * padV <= remaining()) {
                    ++last[i];
                }
                if (last[i] == next[i] && next[i] < text.lineCount() && freshPage) {
                    ++last[i]; // a line taller than a page: print it anyway rather than loop
                }
                anyProgress = anyProgress || last[i] > next[i];
                partHeight = std::max(partHeight, text.height(next[i], last[i]));
            }
            if (!anyProgress) {
                breakPage();
                continue;
            }
            partHeight += 2 * padV;
            const qreal top = m_y;
            std::vector<RowCell> partCells = cells;
            add([partCells, next, last, top, partHeight, padV, background](QPainter& p) {
                if (background.isValid()) {
                    p.fillRect(QRectF(kMargin, top, kContentWidth, partHeight), background);
                }
                for (size_t i = 0; i < partCells.size(); ++i) {
                    if (last[i] > next[i]) {
                        partCells[i].text.draw(p, next[i], last[i],
                                               QPointF(kMargin + partCells[i].x, top + padV));
                    }
                }
                drawRule(p, kMargin, kMargin + kContentWidth, top + partHeight, kRule, 0.5);
            });
            m_y += partHeight;
            next = last;
            firstPart = false;
            freshPage = false;
            if (!done()) {
                breakPage();
            }
        }
    }

    // Column widths for a table: the caller's weights, or sized much as a browser sizes an automatic table —
    // each column at least as wide as its longest word and the rest shared out in proportion to how much
    // wider each column's text would like to be. Short columns (dates, names, headers like "Recorded by")
    // are kept on one line when there is room, as a reader expects. Either way no column is narrower than
    // its longest word (an email address counts as one), so "responsibility" or "Bereavement" is never split
    // inside the word; only a word wider than 30 % of the page (a hash, a long URL) may be, by TextBlock.
    std::vector<qreal> columnWidths(const PrintTable& table, qreal padH) const
    {
        const size_t columns = static_cast<size_t>(table.headers.size());
        std::vector<qreal> minimum(columns, 0);
        std::vector<qreal> natural(columns, 0);
        const qreal longestWordCap = kContentWidth * 0.3;
        auto measure = [&](const QStringList& texts, const QFontMetricsF& metrics) {
            for (size_t i = 0; i < columns; ++i) {
                const QString text = printable(texts[static_cast<qsizetype>(i)]);
                for (const QString& line : text.split(QChar::LineSeparator)) {
                    natural[i] = std::max(natural[i], metrics.horizontalAdvance(line));
                }
                static const QRegularExpression space(QStringLiteral("\\s+"));
                for (const QString& word : text.split(space, Qt::SkipEmptyParts)) {
                    minimum[i] =
                        std::max(minimum[i], std::min(metrics.horizontalAdvance(word), longestWordCap));
                }
            }
        };
        measure(table.headers, QFontMetricsF(m_fonts.tableHeader, m_device));
        const QFontMetricsF bodyMetrics(m_fonts.tableBody, m_device);
        for (const QStringList& row : table.rows) {
            measure(row, bodyMetrics);
        }
        const qreal extra = 2 * padH + mm(0.5);
        if (!table.columnWeights.empty()) {
            for (qreal& width : minimum) {
                width += extra;
            }
            return weightedWidths(table.columnWeights, minimum);
        }
        std::vector<qreal> widths(columns, 0);
        qreal sumMin = 0;
        qreal sumNatural = 0;
        qreal sumShort = 0;
        std::vector<qreal> shortColumn(columns, 0);
        for (size_t i = 0; i < columns; ++i) {
            minimum[i] += extra;
            natural[i] = std::max(natural[i] + extra, minimum[i]);
            shortColumn[i] = std::max(minimum[i], std::min(natural[i], kContentWidth * 0.2));
            sumShort += shortColumn[i];
        }
        if (sumShort <= kContentWidth) {
            minimum = shortColumn;
        }
        for (size_t i = 0; i < columns; ++i) {
            sumMin += minimum[i];
            sumNatural += natural[i];
        }
        for (size_t i = 0; i < columns; ++i) {
            if (sumNatural <= kContentWidth) {
                // Everything fits on one line: spread the spare width in proportion.
                widths[i] = natural[i] * kContentWidth / sumNatural;
            } else if (sumMin >= kContentWidth) {
                widths[i] = minimum[i] * kContentWidth / sumMin;
            } else {
                widths[i] =
                    minimum[i] + (natural[i] - minimum[i]) * (kContentWidth - sumMin) / (sumNatural - sumMin);
            }
        }
        return widths;
    }

    // The caller's relative widths, except that a column is widened to its minimum (taking the width from
    // the others in proportion to their weights) when its share would be narrower.
    static std::vector<qreal> weightedWidths(const std::vector<double>& weights,
                                             const std::vector<qreal>& minimum)
    {
        const size_t columns = weights.size();
        std::vector<qreal> widths(columns, 0);
        const qreal sumMin = std::accumulate(minimum.begin(), minimum.end(), 0.0);
        if (sumMin >= kContentWidth) {
            for (size_t i = 0; i < columns; ++i) {
                widths[i] = minimum[i] * kContentWidth / sumMin;
            }
            return widths;
        }
        std::vector<bool> atMinimum(columns, false);
        for (bool changed = true; changed;) {
            changed = false;
            qreal free = kContentWidth;
            double weight = 0;
            for (size_t i = 0; i < columns; ++i) {
                if (atMinimum[i]) {
                    free -= minimum[i];
                } else {
                    weight += weights[i];
                }
            }
            for (size_t i = 0; i < columns; ++i) {
                if (atMinimum[i]) {
                    widths[i] = minimum[i];
                    continue;
                }
                widths[i] = free * weights[i] / weight;
                if (widths[i] < minimum[i]) {
                    atMinimum[i] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }

    const QPaintDevice* m_device;
    const Fonts& m_fonts;
    qreal m_bodyLine;
    std::vector<std::vector<PaintOp>> m_pages;
    qreal m_y = kContentTop;
    bool m_afterHeading = false; // the last block was a level 1 heading, which has a rule under it
};

void validate(const PrintDocument& document)
{
    for (size_t b = 0; b < document.blocks.size(); ++b) {
        const PrintBlock& block = document.blocks[b];
        const QString where = QStringLiteral("Print block %1").arg(b + 1);
        if (const auto* heading = std::get_if<PrintHeading>(&block)) {
            if (heading->level != 1 && heading->level != 2) {
                throw Error(ErrorKind::InvalidInput,
                            where +
                                ModelText::tr(": heading level must be 1 or 2, not %1.").arg(heading->level));
            }
        } else if (const auto* table = std::get_if<PrintTable>(&block)) {
            if (table->headers.isEmpty()) {
                throw Error(ErrorKind::InvalidInput,
                            where + ModelText::tr(": a table needs column headers."));
            }
            for (size_t r = 0; r < table->rows.size(); ++r) {
                if (table->rows[r].size() != table->headers.size()) {
                    throw Error(ErrorKind::InvalidInput,
                                where +
                                    ModelText::tr(": table row %1 has %2 cells but the table has %3 columns.")
                                        .arg(r + 1)
                                        .arg(table->rows[r].size())
                                        .arg(table->headers.size()));
                }
            }
            if (!table->columnWeights.empty()) {
                const bool positive = std::all_of(table->columnWeights.begin(), table->columnWeights.end(),
                                                  [](double w) { return w > 0; });
                if (table->columnWeights.size() != static_cast<size_t>(table->headers.size()) || !positive) {
                    throw Error(ErrorKind::InvalidInput,
                                where +
                                    ModelText::tr(": table column weights must be one positive number per "
                                                  "column."));
                }
            }
        }
    }
}

// Pass 2: the marking at the top and bottom of the page, and the footer line.
void paintFurniture(QPainter& painter, const PrintDocument& document, const Fonts& fonts, int page, int pages)
{
    const QString marking =
        printable(document.protectiveMarking).replace(QChar::LineSeparator, QLatin1Char(' '));
    if (!marking.isEmpty()) {
        painter.setFont(fonts.marking);
        painter.setPen(kInk);
        const qreal band = mm(6);
        painter.drawText(QRectF(kMargin, kMarkingInset - band / 2, kContentWidth, band),
                         Qt::AlignCenter | Qt::TextSingleLine, marking);
        painter.drawText(QRectF(kMargin, kPageHeight - kMarkingInset - band / 2, kContentWidth, band),
                         Qt::AlignCenter | Qt::TextSingleLine, marking);
    }

    const qreal ruleY = kContentBottom + mm(3);
    drawRule(painter, kMargin, kMargin + kContentWidth, ruleY, kRule, 0.5);
    painter.setFont(fonts.footer);
    painter.setPen(kMuted);
    const QRectF line(kMargin, ruleY + mm(1), kContentWidth, mm(4));
    const QString pageText = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, pageText);
    const QString produced =
        printable(document.producedAt).replace(QChar::LineSeparator, QLatin1Char(' ')).simplified();
    if (!produced.isEmpty()) {
        const QFontMetricsF metrics(fonts.footer, painter.device());
        const QString text =
            metrics.elidedText(QStringLiteral("Produced ") + produced, Qt::ElideRight, kContentWidth * 0.7);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
    }
}

} // namespace

QString PdfWriter::fontFamily()
{
    requireGuiApplication();
    const QString preferred = QStringLiteral("DejaVu Sans");
    if (QFontDatabase::families().contains(preferred)) {
        return preferred;
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

int PdfWriter::write(const PrintDocument& document, QIODevice& out)
{
    requireGuiApplication();
    validate(document);
    if (!out.isOpen() && !out.open(QIODevice::WriteOnly)) {
        throw Error(ErrorKind::Io,
                    ModelText::tr("Could not open the PDF for writing: %1").arg(out.errorString()));
    }
    if (!out.isWritable()) {
        throw Error(ErrorKind::Io, ModelText::tr("The PDF's destination is not writable."));
    }

    QPdfWriter writer(&out);
    writer.setResolution(static_cast<int>(kDpi));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(printable(document.title).replace(QChar::LineSeparator, QLatin1Char(' ')));
    writer.setCreator(QStringLiteral("Lantern " LANTERN_VERSION));

    const Fonts fonts(fontFamily());

    // Pass 1: lay out, to know the number of pages before painting "Page X of Y".
    Composer composer(&writer, fonts);
    composer.titleBlock(document.title, document.subtitle);
    const auto place = [&composer](const PrintBlock& block) {
        std::visit(
            [&composer](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, PrintHeading>) {
                    composer.heading(b);
                } else if constexpr (std::is_same_v<T, PrintParagraph>) {
                    composer.paragraph(b);
                } else if constexpr (std::is_same_v<T, PrintKeyValues>) {
                    composer.keyValues(b);
                } else if constexpr (std::is_same_v<T, PrintTable>) {
                    composer.table(b);
                } else if constexpr (std::is_same_v<T, PrintBulletList>) {
                    composer.bullets(b);
                } else if constexpr (std::is_same_v<T, PrintBodyMap>) {
                    composer.bodyMap(b);
                } else {
                    composer.pageBreak();
                }
            },
            block);
        const auto* heading = std::get_if<PrintHeading>(&block);
        composer.setAfterHeading(heading != nullptr && heading->level == 1);
    };
    const std::vector<PrintBlock>& blocks = document.blocks;
    const auto isHeading = [&blocks](size_t i) { return std::holds_alternative<PrintHeading>(blocks[i]); };
    for (size_t i = 0; i < blocks.size();) {
        if (!isHeading(i)) {
            place(blocks[i++]);
            continue;
        }
        // A run of headings (a section and its first subsection) is kept with the start of the block after
        // it: if that block begins on a later page, the whole run moves to that page.
        size_t next = i;
        while (next < blocks.size() && isHeading(next)) {
            ++next;
        }
        const size_t end =
            next < blocks.size() && !std::holds_alternative<PrintPageBreak>(blocks[next]) ? next + 1 : next;
        const Composer::Mark start = composer.mark();
        for (size_t k = i; k < next; ++k) {
            place(blocks[k]);
        }
        const Composer::Mark afterHeadings = composer.mark();
        for (size_t k = next; k < end; ++k) {
            place(blocks[k]);
        }
        if (!start.atPageTop && composer.firstDrawnPage(afterHeadings) != composer.firstDrawnPage(start)) {
            composer.rewind(start);
            composer.pageBreak();
            for (size_t k = i; k < end; ++k) {
                place(blocks[k]);
            }
        }
        i = end;
    }
    const std::vector<std::vector<PaintOp>> pages = composer.takePages();

    // Pass 2: paint.
    QPainter painter;
    if (!painter.begin(&writer)) {
        throw Error(ErrorKind::Io, ModelText::tr("Could not start writing the PDF."));
    }
    const int pageCount = static_cast<int>(pages.size());
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !writer.newPage()) {
            throw Error(ErrorKind::Io, ModelText::tr("Could not add page %1 to the PDF.").arg(i + 1));
        }
        paintFurniture(painter, document, fonts, i + 1, pageCount);
        for (const PaintOp& op : pages[static_cast<size_t>(i)]) {
            op(painter);
        }
    }
    if (!painter.end()) {
        throw Error(ErrorKind::Io, ModelText::tr("Could not finish writing the PDF."));
    }
    return pageCount;
}

QByteArray PdfWriter::toPdf(const PrintDocument& document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(document, buffer);
    buffer.close();
    return bytes;
}

} // namespace lantern
