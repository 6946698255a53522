#pragma once

#include "records/Concern.h"
#include "records/PupilDirectory.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QList>

namespace lantern {

// What the directory found for the text typed: "Amy Lee — Year 7".
class PupilSearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int PupilIdRole = Qt::UserRole + 1;

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

// "Subject", "Alleged harmer", "Witness", for people.
QString childRoleTitle(ChildRole role);

} // namespace lantern
