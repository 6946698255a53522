#pragma once

#include "records/ChronologyEntry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>

namespace lantern {

// One entry in full, as plain text for reading: when, type, what happened, the child's words (quoted,
// verbatim), why it matters, the effect on the child, its source, who recorded it and when, and, once
// amended away, the reason.
QString chronologyEntryText(const ChronologyEntry& entry);

// A child's chronology as a table: significance, when, type, what happened, its source and who recorded it.
// Read once when the tab opens (one "chronology.view" audit entry); the filters work on these rows.
class ChronologyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SignificantColumn,
        DateColumn,
        TypeColumn,
        SummaryColumn,
        SourceColumn,
        RecordedByColumn,
        ColumnCount
    };
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int EntryIdRole = Qt::UserRole + 2;

    explicit ChronologyModel(QObject* parent = nullptr);

    void setEntries(QList<ChronologyEntry> entries);
    const QList<ChronologyEntry>& entries() const { return m_entries; }
    const ChronologyEntry& entryAt(int row) const { return m_entries.at(row); }
    // The types that occur, in first-seen order, for the type filter.
    QStringList typesPresent() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChronologyEntry> m_entries;
};

// What part of the chronology to show. Superseded (amended-away) entries are hidden unless asked for; a date
// range keeps an entry whose span can fall inside it ("March 2026" is inside "from 15 March").
class ChronologyFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ChronologyFilterModel(QObject* parent = nullptr);

    void setType(const QString& type); // empty: every type
    void setFrom(std::optional<QDate> from);
    void setTo(std::optional<QDate> to);
    void setSignificantOnly(bool on);
    void setShowSuperseded(bool on);

    // The entries shown, in the order shown.
    QList<ChronologyEntry> visibleEntries() const;
    // The entry behind a row of this model; nullptr for an invalid index.
    const ChronologyEntry* entryAt(const QModelIndex& index) const;
    // "Significant only; type Concern; from 1 March 2026; newest first" — for a printed chronology's
    // subtitle (the order is named when it is not oldest first).
    QString describe() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_type;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    bool m_significantOnly = false;
    bool m_showSuperseded = false;
};

} // namespace lantern
