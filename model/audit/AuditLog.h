#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

class Clock;
class Database;

struct AuditEntry {
    qint64 seq = 0;
    QDateTime atUtc;
    QString actor;      // username, or "recovery" for the recovery key
    QString action;     // dotted verb, e.g. "vault.unlock", "pupil.view", "concern.amend"
    QString objectType; // e.g. "vault", "user", "pupil"
    QString objectId;
    QString details;
    QByteArray prevHash;
    QByteArray hash;
    // The store whose chain holds the entry ("directory", "cases", "adults", "headteacher"); empty for a
    // chain read on its own (AuditLog on "main").
    QString chain;
};

struct AuditVerification {
    qint64 entriesChecked = 0;
    std::optional<qint64> firstBrokenSeq; // empty when the chain is whole
    QString problem;                      // what is wrong at firstBrokenSeq, in words
    QString chain;                        // which chain is broken (AuditChains), when one is

    bool intact() const { return !firstBrokenSeq.has_value(); }
};

struct AuditFilter {
    QString actor;
    QString actionPrefix;
    QString objectType;
    QString objectId;
    std::optional<QDateTime> fromUtc;
    std::optional<QDateTime> toUtc;
    int limit = 0; // 0: no limit
};

// The append-only audit chain. Each entry stores SHA-256(previous entry's hash ‖ its own canonical bytes), so
// an edited, deleted or reordered entry breaks the chain at a place verify() can name. The table also refuses
// UPDATE and DELETE by trigger; the chain is what catches someone who removes the triggers.
class AuditLog {
public:
    // The chain in `schema`.audit_log: "main" (a store opened on its own) or the name a store is attached
    // under (AuditChains).
    AuditLog(Database& db, const Clock& clock, const QString& schema = QStringLiteral("main"));

    // Appends one entry. Call inside the transaction of the change it records, so both land or neither does.
    qint64 append(const QString& actor, const QString& action, const QString& objectType,
                  const QString& objectId, const QString& details = {});

    AuditVerification verify() const;
    QList<AuditEntry> entries(const AuditFilter& filter = {}) const;

    // The canonical bytes an entry's hash covers (length-prefixed UTF-8 fields; documented in
    // ARCHITECTURE.md).
    static QByteArray canonicalBytes(const AuditEntry& entry);
    static QByteArray chainHash(const QByteArray& prevHash, const AuditEntry& entry);
    static QByteArray genesisHash();

private:
    QByteArray selectColumns() const;

    Database& m_db;
    const Clock& m_clock;
    QByteArray m_table;
    QString m_chain;
};

} // namespace lantern
