#pragma once

#include <QString>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QWidget>

namespace lantern {

// The small markers a DSL reads at a glance ("CP", "CIN", "CLA", "FH", "SEN", "EHCP"; Pupil::flags()).
// The short text is what is drawn; the long text is the tooltip and what a screen reader says.
QString flagDescription(const QString& flag); // "Child protection plan"
// "Child protection plan, Child in need" — or "No flags" — for tooltips and accessible text.
QString flagsDescription(const QStringList& flags);

// Draws a cell's flags (Qt::DisplayRole holding a QStringList) as small rounded badges. The model gives the
// tooltip and the accessible text, so the delegate only paints.
class FlagsDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// The same badges as labels, for a record's header.
class FlagBadges : public QWidget {
    Q_OBJECT
public:
    explicit FlagBadges(const QStringList& flags, QWidget* parent = nullptr);
};

} // namespace lantern
