#include "concern/BodyMapModel.h"

#include <QCoreApplication>
#include <limits>

namespace lantern {

namespace {

using Side = BodyMapMark::Side;

// Positions are fractions of the 200 × 480 outline in resources/ui/body-*.svg.
constexpr double across(double x)
{
    return x / 200.0;
}
constexpr double down(double y)
{
    return y / 480.0;
}

} // namespace

const QList<BodyMapRegion>& bodyMapRegions()
{
    static const QList<BodyMapRegion> regions{
        {QT_TRANSLATE_NOOP("BodyMap", "head and face"), Side::Front, across(100), down(38)},
        {QT_TRANSLATE_NOOP("BodyMap", "neck"), Side::Front, across(100), down(72)},
        {QT_TRANSLATE_NOOP("BodyMap", "right shoulder"), Side::Front, across(62), down(95)},
        {QT_TRANSLATE_NOOP("BodyMap", "left shoulder"), Side::Front, across(138), down(95)},
        {QT_TRANSLATE_NOOP("BodyMap", "chest"), Side::Front, across(100), down(125)},
        {QT_TRANSLATE_NOOP("BodyMap", "abdomen"), Side::Front, across(100), down(195)},
        {QT_TRANSLATE_NOOP("BodyMap", "right arm"), Side::Front, across(49), down(165)},
        {QT_TRANSLATE_NOOP("BodyMap", "left arm"), Side::Front, across(151), down(165)},
        {QT_TRANSLATE_NOOP("BodyMap", "right hand"), Side::Front, across(36), down(276)},
        {QT_TRANSLATE_NOOP("BodyMap", "left hand"), Side::Front, across(164), down(276)},
        {QT_TRANSLATE_NOOP("BodyMap", "groin"), Side::Front, across(100), down(255)},
        {QT_TRANSLATE_NOOP("BodyMap", "right thigh"), Side::Front, across(81), down(305)},
        {QT_TRANSLATE_NOOP("BodyMap", "left thigh"), Side::Front, across(119), down(305)},
        {QT_TRANSLATE_NOOP("BodyMap", "right lower leg"), Side::Front, across(84), down(395)},
        {QT_TRANSLATE_NOOP("BodyMap", "left lower leg"), Side::Front, across(116), down(395)},
        {QT_TRANSLATE_NOOP("BodyMap", "right foot"), Side::Front, across(84), down(456)},
        {QT_TRANSLATE_NOOP("BodyMap", "left foot"), Side::Front, across(116), down(456)},
        {QT_TRANSLATE_NOOP("BodyMap", "back of the head"), Side::Back, across(100), down(36)},
        {QT_TRANSLATE_NOOP("BodyMap", "back of the neck"), Side::Back, across(100), down(72)},
        {QT_TRANSLATE_NOOP("BodyMap", "left shoulder blade"), Side::Back, across(78), down(115)},
        {QT_TRANSLATE_NOOP("BodyMap", "right shoulder blade"), Side::Back, across(122), down(115)},
        {QT_TRANSLATE_NOOP("BodyMap", "upper back"), Side::Back, across(100), down(150)},
        {QT_TRANSLATE_NOOP("BodyMap", "lower back"), Side::Back, across(100), down(205)},
        {QT_TRANSLATE_NOOP("BodyMap", "back of the left arm"), Side::Back, across(49), down(165)},
        {QT_TRANSLATE_NOOP("BodyMap", "back of the right arm"), Side::Back, across(151), down(165)},
        {QT_TRANSLATE_NOOP("BodyMap", "back of the left hand"), Side::Back, across(36), down(276)},
        {QT_TRANSLATE_NOOP("BodyMap", "back of the right hand"), Side::Back, across(164), down(276)},
        {QT_TRANSLATE_NOOP("BodyMap", "buttocks"), Side::Back, across(100), down(250)},
        {QT_TRANSLATE_NOOP("BodyMap", "back of the left thigh"), Side::Back, across(81), down(310)},
        {QT_TRANSLATE_NOOP("BodyMap", "back of the right thigh"), Side::Back, across(119), down(310)},
        {QT_TRANSLATE_NOOP("BodyMap", "left calf"), Side::Back, across(84), down(395)},
        {QT_TRANSLATE_NOOP("BodyMap", "right calf"), Side::Back, across(116), down(395)},
        {QT_TRANSLATE_NOOP("BodyMap", "left heel"), Side::Back, across(84), down(456)},
        {QT_TRANSLATE_NOOP("BodyMap", "right heel"), Side::Back, across(116), down(456)},
    };
    return regions;
}

QString bodyMapRegionLabel(const BodyMapRegion& region)
{
    const QString place = QCoreApplication::translate("BodyMap", region.name);
    return region.side == Side::Front ? QCoreApplication::translate("BodyMap", "Front: %1").arg(place)
                                      : QCoreApplication::translate("BodyMap", "Back: %1").arg(place);
}

const BodyMapRegion& nearestBodyMapRegion(Side side, double x, double y)
{
    const BodyMapRegion* nearest = nullptr;
    double best = std::numeric_limits<double>::max();
    for (const BodyMapRegion& region : bodyMapRegions()) {
        if (region.side != side)
            continue;
        // Distances in the outline's own proportions (it is 2.4 times as tall as it is wide).
        const double dx = (region.x - x) * 200.0;
        const double dy = (region.y - y) * 480.0;
        const double distance = dx * dx + dy * dy;
        if (distance < best) {
            best = distance;
            nearest = &region;
        }
    }
    return *nearest;
}

BodyMapModel::BodyMapModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void BodyMapModel::setMarks(QList<BodyMapMark> marks)
{
    beginResetModel();
    m_marks = std::move(marks);
    endResetModel();
}

int BodyMapModel::addMark(const BodyMapMark& mark)
{
    const int row = static_cast<int>(m_marks.size());
    beginInsertRows(QModelIndex(), row, row);
    m_marks.append(mark);
    endInsertRows();
    return row;
}

void BodyMapModel::removeMark(int row)
{
    if (row < 0 || row >= m_marks.size())
        return;
    // A reset rather than a row removal: every later mark's number changes with it, and a removal promises
    // views that the rows after it are the same as before.
    beginResetModel();
    m_marks.removeAt(row);
    endResetModel();
}

void BodyMapModel::setNote(int row, const QString& note)
{
    setData(index(row), note, NoteRole);
}

QString BodyMapModel::placeOf(const BodyMapMark& mark)
{
    const BodyMapRegion& region = nearestBodyMapRegion(mark.side, mark.x, mark.y);
    const QString place = QCoreApplication::translate("BodyMap", region.name);
    return mark.side == Side::Front ? tr("Front, near the %1").arg(place)
                                    : tr("Back, near the %1").arg(place);
}

int BodyMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_marks.size());
}

QVariant BodyMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BodyMapMark& mark = m_marks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString heading = tr("%1. %2").arg(index.row() + 1).arg(placeOf(mark));
        return mark.note.isEmpty() ? tr("%1 — no note yet").arg(heading)
                                   : QString(heading + QStringLiteral(": ") + mark.note);
    }
    case Qt::EditRole:
    case NoteRole:
        return mark.note;
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case SideRole:
        return bodyMapSideName(mark.side);
    case XRole:
        return mark.x;
    case YRole:
        return mark.y;
    case PlaceRole:
        return placeOf(mark);
    default:
        return {};
    }
}

bool BodyMapModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::EditRole && role != NoteRole)
        return false;
    BodyMapMark& mark = m_marks[index.row()];
    const QString note = value.toString();
    if (mark.note == note)
        return true;
    mark.note = note;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, NoteRole, Qt::AccessibleTextRole});
    return true;
}

Qt::ItemFlags BodyMapModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace lantern
