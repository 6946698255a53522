#pragma once

#include "calendar/PartialDate.h"
#include "core/Error.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <utility>

namespace lantern {

// Amendments, not overwrites: the one mechanism every amendable record uses (concerns, decisions, voice
// entries, manual chronology entries, adults' details and low-level concerns about adults).
//
// The rules, for every record alike:
//  - an amendment needs a reason (AmendmentRules::reasonRequiredMessage otherwise);
//  - an amendment that would leave the content as it is — nothing given, or everything given as it already
//    was — is refused (AmendmentRules::nothingChangedMessage);
//  - each version records who made it, when (UTC) and why (version 1 has no reason);
//  - history is read oldest first, numbered from 1; the last version is the current one.
//
// A record type describes its storage once (VersionedRecord<Version>::Description) and the repository calls
// create / history / amend inside its own transaction, after its permission checks; what follows an
// amendment (chronology, search index, audit entry) stays the repository's.

// The field an amendment's reason is given in, whatever the record: every form maps it to its reason box.
namespace AmendmentField {
inline constexpr QLatin1String reason{"amendment.reason"};
inline constexpr QLatin1String changes{"amendment.changes"};
} // namespace AmendmentField

namespace AmendmentRules {

QString reasonRequiredMessage();
QString nothingChangedMessage();
// The reason normalised for storage (NFC, trimmed); Error(InvalidInput, reasonRequiredMessage()) if empty.
QString requireReason(const QString& reason);
// Error(InvalidInput, nothingChangedMessage()) when the new version would equal the current one.
void requireChange(bool changed);

} // namespace AmendmentRules

// Where a record's versions are stored.
struct VersionTable {
    enum class Layout {
        // One row per version in `table`, keyed by (`recordColumn`, version), each with amended_at,
        // amended_by and amend_reason (empty for version 1). The current version is the highest.
        Numbered,
        // Each version is its own row of `table` (its id is the version's id), written by the record's own
        // writer with recorded_at and recorded_by; the row it replaces gets superseded_by (the new row's id)
        // and amend_reason. The current version is the row nothing supersedes.
        Chain,
    };
    Layout layout = Layout::Numbered;
    QByteArray table;
    QByteArray recordColumn;   // Numbered: the column naming the record ("concern_id")
    QList<QByteArray> columns; // the content columns, in the order Description::values gives them
};

namespace versioning {

// The SQL of the two layouts, over plain values (QString, qint64, bool or a null QVariant for NULL).
// Callers hold the transaction.
struct StoredStamp {
    int version = 0;
    QString at;
    QString by;
    QString reason;
    qint64 rowId = 0;        // Chain: the row's id
    qint64 supersededBy = 0; // Chain: 0 while current
};

void insertNumbered(Database& db, const VersionTable& table, qint64 recordId, const StoredStamp& stamp,
                    const QVariantList& values);
// Numbered: every version of the record, oldest first; `each` reads the content from column `first` on.
void readNumbered(Database& db, const VersionTable& table, qint64 recordId,
                  const std::function<void(const StoredStamp&, const Statement&, int first)>& each);
// Chain: the rows from the first version to `rowId`, oldest first.
void readChain(Database& db, const VersionTable& table, qint64 rowId,
               const std::function<void(const StoredStamp&, const Statement&, int first)>& each);
// Chain: marks `oldRowId` superseded by `newRowId` with `reason`.
void markSuperseded(Database& db, const VersionTable& table, qint64 oldRowId, qint64 newRowId,
                    const QString& reason);

} // namespace versioning

// `Version` is the record's version type: its content plus the members version, amendedAt, amendedBy and
// amendReason (ConcernVersion, DecisionVersion, VoiceVersion, AdultDetailsVersion, AdultConcernVersion,
// ManualChronologyVersion).
template <typename Version> class VersionedRecord {
public:
    struct Description {
        VersionTable table;
        // The content as stored, one value per column of table.columns. Two versions with the same values
        // (and, when given, the same `sameRows`) are the same: that is what "nothing changed" means.
        std::function<QVariantList(const Version&)> values;
        // Reads the content from the statement's columns, the first content column at `first`.
        std::function<void(const Statement&, int first, Version&)> read;
        // Optional, Numbered: rows kept beside each version in other tables (a concern's children and
        // categories), written after the version's row and read after it, and compared.
        std::function<void(Database&, qint64 recordId, const Version&)> writeRows = {};
        std::function<void(Database&, qint64 recordId, Version&)> readRows = {};
        std::function<bool(const Version&, const Version&)> sameRows = {};
        // Chain: writes the new version's row (its content, recorded_at and recorded_by) and returns its id.
        std::function<qint64(const Version&)> insertRow = {};
        // Error(Damaged) message for a record without versions, with %1 for its id.
        QString noContent;
    };

    struct Amended {
        Version previous;
        Version current;  // its amendReason is the reason, normalised
        qint64 rowId = 0; // Chain: the new row's id
    };

    VersionedRecord(Database& db, Description description)
        : m_db(db)
        , m_description(std::move(description))
    {}

    // Writes version 1 of a new record, made by `by` at `atUtc` (Numbered; a Chain's first row is the
    // record's own). Returns it stamped.
    Version create(qint64 recordId, Version first, const QString& by, const QString& atUtc)
    {
        first.version = 1;
        first.amendedAt = fromIsoUtc(atUtc);
        first.amendedBy = by;
        first.amendReason.clear();
        write(recordId, first, {1, atUtc, by, QString()});
        return first;
    }

    // Every version, oldest first, numbered from 1 (for a Chain, `recordId` is the row of the newest version
    // wanted). Error(Damaged) when there is none.
    QList<Version> history(qint64 recordId) const
    {
        QList<Version> versions;
        const auto each = [&](const versioning::StoredStamp& stamp, const Statement& row, int first) {
            Version version;
            m_description.read(row, first, version);
            version.version = stamp.version;
            version.amendedAt = fromIsoUtc(stamp.at);
            version.amendedBy = stamp.by;
            version.amendReason = stamp.reason;
            versions.append(std::move(version));
        };
        if (m_description.table.layout == VersionTable::Layout::Numbered)
            versioning::readNumbered(m_db, m_description.table, recordId, each);
        else
            versioning::readChain(m_db, m_description.table, recordId, each);
        if (versions.isEmpty())
            throw Error(ErrorKind::Damaged, m_description.noContent.arg(recordId));
        if (m_description.readRows) {
            for (Version& version : versions)
                m_description.readRows(m_db, recordId, version);
        }
        return versions;
    }

    Version current(qint64 recordId) const { return history(recordId).last(); }

    // Adds the next version: `change` builds it from the current one (applying what was given and checking
    // it, throwing as the record's validation does). Refuses a missing reason (checked first) and a version
    // the same as the current one. Made by `by` at `atUtc`.
    Amended amend(qint64 recordId, const QString& reason,
                  const std::function<Version(const Version&)>& change, const QString& by,
                  const QString& atUtc)
    {
        const QString why = AmendmentRules::requireReason(reason);
        Amended result;
        result.previous = current(recordId);
        Version next = change(result.previous);
        AmendmentRules::requireChange(!same(result.previous, next));
        next.version = result.previous.version + 1;
        next.amendedAt = fromIsoUtc(atUtc);
        next.amendedBy = by;
        next.amendReason = why;
        if (m_description.table.layout == VersionTable::Layout::Numbered) {
            write(recordId, next, {next.version, atUtc, by, why});
        } else {
            result.rowId = m_description.insertRow(next);
            versioning::markSuperseded(m_db, m_description.table, recordId, result.rowId, why);
        }
        result.current = std::move(next);
        return result;
    }

private:
    bool same(const Version& a, const Version& b) const
    {
        return m_description.values(a) == m_description.values(b) &&
               (!m_description.sameRows || m_description.sameRows(a, b));
    }

    void write(qint64 recordId, const Version& version, const versioning::StoredStamp& stamp)
    {
        versioning::insertNumbered(m_db, m_description.table, recordId, stamp, m_description.values(version));
        if (m_description.writeRows)
            m_description.writeRows(m_db, recordId, version);
    }

    Database& m_db;
    Description m_description;
};

} // namespace lantern
