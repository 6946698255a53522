#include "pupils/Flags.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace lantern {

namespace {

constexpr int badgePadding = 4;
constexpr int badgeGap = 4;

// Badge colours: one quiet tint per kind of involvement, readable in light and dark palettes because the
// text is drawn in the badge's own dark colour on its pale fill.
QColor badgeColour(const QString& flag)
{
    if (flag == QLatin1String("CP"))
        return QColor(0xa3, 0x1d, 0x1d);
    if (flag == QLatin1String("CLA"))
        return QColor(0x6b, 0x2c, 0x91);
    if (flag == QLatin1String("CIN"))
        return QColor(0xb4, 0x5f, 0x06);
    if (flag == QLatin1String("FH"))
        return QColor(0x1f, 0x6f, 0x43);
    return QColor(0x1d, 0x4f, 0x91); // SEN, EHCP
}

QFont badgeFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setBold(true);
    return font;
}

} // namespace

QString flagDescription(const QString& flag)
{
    if (flag == QLatin1String("CP"))
        return QCoreApplication::translate("lantern::Flags", "Child protection plan");
    if (flag == QLatin1String("CIN"))
        return QCoreApplication::translate("lantern::Flags", "Child in need");
    if (flag == QLatin1String("CLA"))
        return QCoreApplication::translate("lantern::Flags", "Looked after");
    if (flag == QLatin1String("FH"))
        return QCoreApplication::translate("lantern::Flags", "Family help");
    if (flag == QLatin1String("SEN"))
        return QCoreApplication::translate("lantern::Flags", "SEN support");
    if (flag == QLatin1String("EHCP"))
        return QCoreApplication::translate("lantern::Flags", "Education, health and care plan");
    return flag;
}

QString flagsDescription(const QStringList& flags)
{
    if (flags.isEmpty())
        return QCoreApplication::translate("lantern::Flags", "No flags");
    QStringList described;
    for (const QString& flag : flags)
        described.append(flagDescription(flag));
    return described.join(QStringLiteral(", "));
}

void FlagsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QStringList flags = index.data(Qt::DisplayRole).toStringList();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = badgeFont(option.font);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    int x = option.rect.left() + badgePadding;
    const int height = metrics.height() + 2;
    const int y = option.rect.center().y() - height / 2;
    for (const QString& flag : flags) {
        const int width = metrics.horizontalAdvance(flag) + 2 * badgePadding;
        const QRect badge(x, y, width, height);
        const QColor colour = badgeColour(flag);
        QColor fill = colour;
        fill.setAlpha(28);
        painter->setPen(QPen(colour, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setPen(colour);
        painter->drawText(badge, Qt::AlignCenter, flag);
        x += width + badgeGap;
    }
    painter->restore();
}

QSize FlagsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(badgeFont(option.font));
    int width = badgePadding;
    for (const QString& flag : index.data(Qt::DisplayRole).toStringList())
        width += metrics.horizontalAdvance(flag) + 2 * badgePadding + badgeGap;
    return {qMax(width, 40), metrics.height() + 8};
}

FlagBadges::FlagBadges(const QStringList& flags, QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Flags"));
    setAccessibleDescription(flagsDescription(flags));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(badgeGap);
    for (const QString& flag : flags) {
        auto* badge = new QLabel(flag, this);
        badge->setObjectName(QStringLiteral("flag") + flag);
        badge->setProperty("lanternData", true);
        badge->setToolTip(flagDescription(flag));
        badge->setAccessibleName(flagDescription(flag));
        badge->setFont(badgeFont(font()));
        const QColor colour = badgeColour(flag);
        badge->setStyleSheet(QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 3px; "
                                            "padding: 1px 5px; background: rgba(%2, %3, %4, 28); }")
                                 .arg(colour.name())
                                 .arg(colour.red())
                                 .arg(colour.green())
                                 .arg(colour.blue()));
        layout->addWidget(badge);
    }
    layout->addStretch(1);
}

} // namespace lantern
