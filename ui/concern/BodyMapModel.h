#pragma once

#include "records/Concern.h"

#include <QAbstractListModel>
#include <QList>

namespace lantern {

// A named place on the outline, for placing a mark by keyboard and for describing where a click landed. The
// front view shows the child facing us, so their right side is on the left of the picture; the back view
// shows their back, so their left side is on the left.
struct BodyMapRegion {
    const char* name; // English, translated in the "BodyMap" context
    BodyMapMark::Side side;
    double x; // 0..1 across the outline
    double y; // 0..1 down the outline
};

// Every region of both views, front first, head to foot.
const QList<BodyMapRegion>& bodyMapRegions();
// What people read for a region: "Front: left arm", "Back: lower back".
QString bodyMapRegionLabel(const BodyMapRegion& region);
// The region nearest a point on one side of the outline.
const BodyMapRegion& nearestBodyMapRegion(BodyMapMark::Side side, double x, double y);

// The marks of one body map, in the order they were placed; the number people see is the row plus one.
// The note is the only thing edited after a mark is placed (EditRole / NoteRole).
class BodyMapModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { SideRole = Qt::UserRole + 1, XRole, YRole, NoteRole, PlaceRole };

    explicit BodyMapModel(QObject* parent = nullptr);

    const QList<BodyMapMark>& marks() const { return m_marks; }
    void setMarks(QList<BodyMapMark> marks);
    // Appends a mark and returns its row.
    int addMark(const BodyMapMark& mark);
    void removeMark(int row);
    void setNote(int row, const QString& note);
    // "Front, near the left arm".
    static QString placeOf(const BodyMapMark& mark);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<BodyMapMark> m_marks;
};

} // namespace lantern
