#pragma once

#include "calendar/PartialDate.h"
#include "records/ChronologyEntry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lantern {

class Vault;

// What part of a chronology to read.
struct ChronologyFilter {
    // An entry is in range when the span its date can mean overlaps [from, to]: "March 2026" is inside a
    // filter from 15 March, because the event may have happened after the 15th.
    std::optional<QDate> from;
    std::optional<QDate> to;
    QStringList types; // empty: every type
    bool significantOnly = false;
    bool includeSuperseded = false; // amended-away entries, with their reason
};

// What a DSL types for a manual chronology entry (a bereavement, a house move, an exclusion, …).
struct ManualChronologyEntry {
    PartialDate when;
    QString type; // one of ChronologyTypes::manual()
    QString summary;
    QString source; // who or what the information came from
    QString whyItMatters;
    QString effectOnChild;
    bool significant = false;
};

// An amendment to a manual entry: only the fields given change; the rest are carried over.
struct ManualChronologyChanges {
    std::optional<PartialDate> when;
    std::optional<QString> type;
    std::optional<QString> summary;
    std::optional<QString> source;
    std::optional<QString> whyItMatters;
    std::optional<QString> effectOnChild;
    std::optional<bool> significant;
};

// How many current entries (not amended away) one child's chronology holds.
struct ChronologySize {
    qint64 pupilId = 0;
    int currentEntries = 0;
};

// Reads a child's chronology and keeps its manual entries. Automatic entries are placed by the records they
// come from through ChronologyWriter; this class only reads those.
class ChronologyRepository {
public:
    explicit ChronologyRepository(Vault& vault);

    // The pupil's entries in event order (event_sort), ties in recording order. Audited "chronology.view".
    QList<ChronologyEntry> entries(qint64 pupilId, const ChronologyFilter& filter = {});
    // The child with the most current entries, the lowest pupil id on a tie: the heaviest chronology a DSL
    // opens (the benchmarks measure it). std::nullopt when no chronology has any. Only counts are read, no
    // entry, so nothing is audited; Permission::ReadPupilRecords.
    std::optional<ChronologySize> largest();
    // Throws Error(InvalidInput) naming the field: a date in the future, no summary, an unknown type.
    qint64 addManual(qint64 pupilId, const ManualChronologyEntry& entry);
    // Replaces a current manual entry with a new one carrying `changes`; the old entry stays readable,
    // superseded, with `reason` (required). Returns the new entry's id. Automatic entries are amended through
    // their source record (the concern, the voice entry…) instead.
    qint64 amendManual(qint64 entryId, const ManualChronologyChanges& changes, const QString& reason);

private:
    ManualChronologyEntry validated(const ManualChronologyEntry& entry) const;

    Vault& m_vault;
};

} // namespace lantern
