#pragma once

#include "records/Concern.h"
#include "records/PupilDirectory.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QList>

namespace lantern {

// What the directory found for the text typed, one row per child as pupilFinderRow() names them; rows of
// children who share a name are also in bold, so the mark is seen before it is read.
class PupilSearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int PupilIdRole = Qt::UserRole + 1;
    static constexpr int SameNameRole = Qt::UserRole + 2; // true when another child here has the name

    explicit PupilSearchModel(QObject* parent = nullptr);

    void setPupils(QList<DirectoryPupil> pupils);
    const QList<DirectoryPupil>& pupils() const { return m_pupils; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<DirectoryPupil> m_pupils;
};

// The children named in the concern being written, each with their part in it.
class ChosenChildrenModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, YearColumn, RoleColumn, ColumnCount };
    static constexpr int PupilIdRole = Qt::UserRole + 1;

    struct Chosen {
        DirectoryPupil pupil;
        ChildRole role = ChildRole::Subject;
    };

    explicit ChosenChildrenModel(QObject* parent = nullptr);

    // Adds the child, or changes their part if they are already named (a child has one part in a concern).
    // Returns the row.
    int add(const DirectoryPupil& pupil, ChildRole role);
    void remove(int row);
    const QList<Chosen>& chosen() const { return m_chosen; }
    QList<ConcernChild> children() const;
    bool hasSubject() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Chosen> m_chosen;
};

// One child in a finder, with what tells children apart to this person and nothing more. With the details
// only roles that may read pupil records get (DirectoryPupil::Details):
//     "Archie Smith (legal name Archibald James Smith) — born 12/03/2017 — Year 4, registration group 4B
//      — 2 children called Archie Smith"
// and for staff, name and year group only: "Archie Smith — Year 4 (2 children called Archie Smith in Year
// 4)".
QString pupilFinderRow(const DirectoryPupil& pupil);

// "Subject", "Alleged harmer", "Witness", for people.
QString childRoleTitle(ChildRole role);

} // namespace lantern
