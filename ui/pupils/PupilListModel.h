#pragma once

#include "records/Pupil.h"
#include "records/PupilRanking.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace lantern {

// The school roll for the Pupils list: the name the child is known by, their legal name when different, UPN,
// date of birth, year and flags. Keys for sorting (en_GB collation) and searching (case- and
// accent-insensitive) are computed once when the list is set, so sorting and filtering as the person types
// never touch the vault.
class PupilListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        LegalNameColumn,
        UpnColumn,
        DateOfBirthColumn,
        YearColumn,
        FlagsColumn,
        ColumnCount
    };
    // The raw value behind a cell, for sorting by data rather than display text: a collation key for names,
    // the ISO date, the year group as a number.
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int PupilIdRole = Qt::UserRole + 2;
    // Every searchable word of the row (names as known and legal, UPN) as searchKey()s, space-separated.
    static constexpr int SearchKeyRole = Qt::UserRole + 3;
    // The names that rank the row in a search (rankedNamesOf): a QStringList.
    static constexpr int RankedNamesRole = Qt::UserRole + 4;

    explicit PupilListModel(QObject* parent = nullptr);

    void setPupils(QList<Pupil> pupils);
    const Pupil& pupilAt(int row) const { return m_rows.at(row).pupil; }
    int rowOf(qint64 pupilId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Pupil pupil;
        QString knownAs;
        QString legalIfDifferent;
        QByteArray nameKey;  // surname, then forename, as known
        QByteArray legalKey; // legal surname, then forename
        QString searchKey;
    };
    QList<Row> m_rows;
};

// Filters the roll as the person types: every word typed must begin a word of the pupil's names (as known or
// legal) or their UPN, ignoring case and accents ("zoe" finds Zoë). While something is typed the best
// matches come first, as in every finder (PupilRanking: a forename or surname typed in full, then one begun,
// then a middle name or UPN), so Enter opens the child meant; within each kind, and with nothing typed, rows
// sort by the chosen column's PupilListModel::RawRole.
class PupilFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PupilFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setSourceModel(QAbstractItemModel* source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    NameMatch matchOf(const QModelIndex& sourceIndex) const;

    QStringList m_words;
    QString m_typed;
    // Each row's match for m_typed, by source row, worked out once per search (cleared when either changes).
    mutable QHash<int, NameMatch> m_matches;
};

} // namespace lantern
