#include "concern/BodyMapWidget.h"

#include "concern/BodyMapModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace lantern {

namespace {

using Side = BodyMapMark::Side;

constexpr double outlineAspect = 200.0 / 480.0; // width / height of resources/ui/body-*.svg
constexpr double markRadius = 9.0;

} // namespace

// --- BodyMapCanvas ----------------------------------------------------------------------------------------

BodyMapCanvas::BodyMapCanvas(BodyMapModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_front(new QSvgRenderer(QStringLiteral(":/bodymap/body-front.svg"), this))
    , m_back(new QSvgRenderer(QStringLiteral(":/bodymap/body-back.svg"), this))
{
    setObjectName(QStringLiteral("bodyMapCanvas"));
    setAccessibleName(tr("Body outline, front and back"));
    setAccessibleDescription(tr("Click where a mark was seen to add it. Without a mouse, use Place and Add "
                                "mark beside the outline."));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    const auto repaint = [this]() { update(); };
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(&m_model, &QAbstractItemModel::modelReset, this, repaint);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, repaint);
}

QSize BodyMapCanvas::sizeHint() const
{
    return {340, 420};
}

QSize BodyMapCanvas::minimumSizeHint() const
{
    return {220, 280};
}

void BodyMapCanvas::setSelectedRow(int row)
{
    m_selected = row;
    update();
}

QRectF BodyMapCanvas::figureRect(Side side) const
{
    const double labelHeight = fontMetrics().height() + 8.0;
    const QRectF area = QRectF(rect()).adjusted(8, labelHeight, -8, -8);
    const double halfWidth = area.width() / 2.0;
    double height = area.height();
    double width = height * outlineAspect;
    if (width > halfWidth - 16) {
        width = halfWidth - 16;
        height = width / outlineAspect;
    }
    const double left = area.left() + (side == Side::Front ? 0.0 : halfWidth) + (halfWidth - width) / 2.0;
    return {left, area.top() + (area.height() - height) / 2.0, width, height};
}

QPointF BodyMapCanvas::pointFor(Side side, double x, double y) const
{
    const QRectF figure = figureRect(side);
    return {figure.left() + x * figure.width(), figure.top() + y * figure.height()};
}

void BodyMapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());

    for (const Side side : {Side::Front, Side::Back}) {
        const QRectF figure = figureRect(side);
        (side == Side::Front ? m_front : m_back)->render(&painter, figure);
        // Headings, and which of the child's sides is which: facing us, their right is on our left.
        painter.setPen(palette().color(QPalette::Text));
        const QRectF heading(figure.left() - 30, figure.top() - fontMetrics().height() - 6,
                             figure.width() + 60, fontMetrics().height() + 4);
        painter.drawText(heading, Qt::AlignCenter, side == Side::Front ? tr("Front") : tr("Back"));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QString leftSide =
            side == Side::Front ? tr("R", "the child's right") : tr("L", "the child's left");
        const QString rightSide =
            side == Side::Front ? tr("L", "the child's left") : tr("R", "the child's right");
        // In the empty corners beside the head, inside the outline's own box.
        const double y = figure.top() + figure.height() * 0.06;
        painter.drawText(QRectF(figure.left(), y, 20, 20), Qt::AlignCenter, leftSide);
        painter.drawText(QRectF(figure.right() - 20, y, 20, 20), Qt::AlignCenter, rightSide);
    }

    QFont numberFont = font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 0.8);
    painter.setFont(numberFont);
    const QList<BodyMapMark>& marks = m_model.marks();
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const BodyMapMark& mark = marks.at(i);
        const QPointF centre = pointFor(mark.side, mark.x, mark.y);
        if (i == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, markRadius + 4, markRadius + 4);
        }
        painter.setPen(QPen(QColor(0x7a, 0x1f, 0x14), 1));
        painter.setBrush(QColor(0xb3, 0x3a, 0x2a));
        painter.drawEllipse(centre, markRadius, markRadius);
        painter.setPen(Qt::white);
        painter.drawText(
            QRectF(centre.x() - markRadius, centre.y() - markRadius, 2 * markRadius, 2 * markRadius),
            Qt::AlignCenter, QString::number(i + 1));
    }
}

void BodyMapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !isEnabled())
        return QWidget::mousePressEvent(event);
    const QPointF at = event->position();
    for (const Side side : {Side::Front, Side::Back}) {
        const QRectF figure = figureRect(side);
        if (figure.contains(at)) {
            Q_EMIT markRequested(side, (at.x() - figure.left()) / figure.width(),
                                 (at.y() - figure.top()) / figure.height());
            return;
        }
    }
}

// --- BodyMapWidget ----------------------------------------------------------------------------------------

BodyMapWidget::BodyMapWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new BodyMapModel(this))
{
    setObjectName(QStringLiteral("bodyMap"));
    m_canvas = new BodyMapCanvas(*m_model, this);
    connect(m_canvas, &BodyMapCanvas::markRequested, this,
            [this](Side side, double x, double y) { addMark(side, x, y); });

    m_hint = new QLabel(tr("Click the outline where a mark was seen, or choose a place and add a mark. Give "
                           "each mark a note: "
                           "size, colour, shape, what the child said about it."),
                        this);
    m_hint->setWordWrap(true);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("bodyMapRegion"));
    m_region->setAccessibleName(tr("Place for a new mark"));
    for (qsizetype i = 0; i < bodyMapRegions().size(); ++i)
        m_region->addItem(bodyMapRegionLabel(bodyMapRegions().at(i)), static_cast<int>(i));
    m_regionLabel = new QLabel(tr("P&lace:"), this);
    m_regionLabel->setBuddy(m_region);
    m_add = new QPushButton(tr("&Add mark"), this);
    m_add->setObjectName(QStringLiteral("bodyMapAdd"));
    m_add->setAccessibleName(tr("Add a mark at the chosen place"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &BodyMapWidget::addMarkAtChosenRegion);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("bodyMapMarks"));
    m_list->setAccessibleName(tr("Marks on the body map"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(90);
    m_list->installEventFilter(this);
    auto* listLabel = new QLabel(tr("&Marks:"), this);
    listLabel->setBuddy(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this]() { showSelection(); });

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("bodyMapNote"));
    m_note->setAccessibleName(tr("Note for the selected mark"));
    m_note->setPlaceholderText(tr("e.g. bruise about 3 cm, yellow-green"));
    m_noteLabel = new QLabel(tr("&Note:"), this);
    m_noteLabel->setBuddy(m_note);
    connect(m_note, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int row = selectedRow();
        if (row >= 0) {
            m_model->setNote(row, text);
            Q_EMIT changed();
        }
    });

    m_remove = new QPushButton(tr("&Remove mark"), this);
    m_remove->setObjectName(QStringLiteral("bodyMapRemove"));
    m_remove->setAccessibleName(tr("Remove the selected mark"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &BodyMapWidget::removeSelectedMark);

    auto* side = new QGridLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_hint, 0, 0, 1, 3);
    side->addWidget(m_regionLabel, 1, 0);
    side->addWidget(m_region, 1, 1);
    side->addWidget(m_add, 1, 2);
    side->addWidget(listLabel, 2, 0, Qt::AlignTop);
    side->addWidget(m_list, 2, 1, 1, 2);
    side->addWidget(m_noteLabel, 3, 0);
    side->addWidget(m_note, 3, 1, 1, 2);
    side->addWidget(m_remove, 4, 2);
    side->setColumnStretch(1, 1);
    side->setRowStretch(2, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(side, 1);

    setTabOrder(m_region, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_note);
    setTabOrder(m_note, m_remove);
    showSelection();
}

QList<BodyMapMark> BodyMapWidget::marks() const
{
    return m_model->marks();
}

void BodyMapWidget::setMarks(const QList<BodyMapMark>& marks)
{
    m_model->setMarks(marks);
    showSelection();
}

void BodyMapWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // The canvas stays enabled so the outline is drawn in full colour; addMark ignores clicks instead.
    m_canvas->setCursor(readOnly ? Qt::ArrowCursor : Qt::CrossCursor);
    for (QWidget* editing : std::initializer_list<QWidget*>{m_hint, m_regionLabel, m_region, m_add,
                                                            m_noteLabel, m_note, m_remove})
        editing->setVisible(!readOnly);
    showSelection();
}

void BodyMapWidget::addMark(Side side, double x, double y)
{
    if (m_readOnly)
        return;
    BodyMapMark mark;
    mark.side = side;
    mark.x = qBound(0.0, x, 1.0);
    mark.y = qBound(0.0, y, 1.0);
    const int row = m_model->addMark(mark);
    selectRow(row);
    m_note->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void BodyMapWidget::addMarkAtChosenRegion()
{
    const int index = m_region->currentData().toInt();
    if (index < 0 || index >= bodyMapRegions().size())
        return;
    const BodyMapRegion& region = bodyMapRegions().at(index);
    // A second mark at the same place is nudged down a little so both stay visible.
    double y = region.y;
    for (const BodyMapMark& existing : m_model->marks()) {
        if (existing.side == region.side && qFuzzyCompare(existing.x, region.x) &&
            qFuzzyCompare(existing.y, y))
            y += 0.04;
    }
    addMark(region.side, region.x, qMin(y, 1.0));
}

void BodyMapWidget::removeSelectedMark()
{
    const int row = selectedRow();
    if (row < 0 || m_readOnly)
        return;
    m_model->removeMark(row);
    selectRow(qMin(row, m_model->rowCount() - 1));
    Q_EMIT changed();
}

int BodyMapWidget::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void BodyMapWidget::selectRow(int row)
{
    if (row < 0) {
        m_list->setCurrentIndex(QModelIndex());
        m_list->clearSelection();
    } else {
        m_list->setCurrentIndex(m_model->index(row));
    }
    showSelection();
}

void BodyMapWidget::showSelection()
{
    const int row = selectedRow();
    m_canvas->setSelectedRow(row);
    m_note->setEnabled(row >= 0 && !m_readOnly);
    m_remove->setEnabled(row >= 0 && !m_readOnly);
    const QString note = row >= 0 ? m_model->marks().at(row).note : QString();
    if (m_note->text() != note)
        m_note->setText(note);
}

bool BodyMapWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && !m_readOnly) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelectedMark();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lantern
