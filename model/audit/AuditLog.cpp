#include "audit/AuditLog.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "storage/Database.h"

#include <QtEndian>
#include <sodium.h>

namespace lantern {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

void appendField(QByteArray& out, const QByteArray& field)
{
    char length[4];
    qToBigEndian(static_cast<quint32>(field.size()), length);
    out.append(length, 4);
    out.append(field);
}

AuditEntry readEntry(const Statement& row)
{
    AuditEntry entry;
    entry.seq = row.integer(0);
    entry.atUtc = fromIsoUtc(row.text(1));
    entry.actor = row.text(2);
    entry.action = row.text(3);
    entry.objectType = row.text(4);
    entry.objectId = row.text(5);
    entry.details = row.text(6);
    entry.prevHash = row.blob(7);
    entry.hash = row.blob(8);
    return entry;
}

} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock, const QString& schema)
    : m_db(db)
    , m_clock(clock)
    , m_table(schema.toLatin1() + ".audit_log")
    , m_chain(schema == QLatin1String("main") ? QString() : schema)
{}

QByteArray AuditLog::selectColumns() const
{
    return "SELECT seq, at_utc, actor, action, object_type, object_id, details, prev_hash, hash FROM " +
           m_table + " ";
}

QByteArray AuditLog::genesisHash()
{
    return QByteArray(crypto_hash_sha256_BYTES, '\0');
}

QByteArray AuditLog::canonicalBytes(const AuditEntry& entry)
{
    QByteArray bytes("lantern-audit-v1");
    appendField(bytes, QByteArray::number(entry.seq));
    appendField(bytes, entry.atUtc.toUTC().toString(timeFormat).toUtf8());
    appendField(bytes, entry.actor.toUtf8());
    appendField(bytes, entry.action.toUtf8());
    appendField(bytes, entry.objectType.toUtf8());
    appendField(bytes, entry.objectId.toUtf8());
    appendField(bytes, entry.details.toUtf8());
    return bytes;
}

QByteArray AuditLog::chainHash(const QByteArray& prevHash, const AuditEntry& entry)
{
    const QByteArray input = QByteArray(prevHash + canonicalBytes(entry));
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()));
    return digest;
}

qint64 AuditLog::append(const QString& actor, const QString& action, const QString& objectType,
                        const QString& objectId, const QString& details)
{
    AuditEntry entry;
    entry.prevHash = genesisHash();
    entry.seq = 1;
    {
        const QByteArray sql = "SELECT seq, hash FROM " + m_table + " ORDER BY seq DESC LIMIT 1;";
        Statement last(m_db, sql.constData());
        if (last.step()) {
            entry.seq = last.integer(0) + 1;
            entry.prevHash = last.blob(1);
        }
    }
    // Millisecond precision is what the canonical form stores; truncate now so the hash matches on
    // re-reading.
    const QDateTime now = m_clock.nowUtc().toUTC();
    entry.atUtc = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    entry.actor = actor;
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.details = details;
    entry.hash = chainHash(entry.prevHash, entry);

    const QByteArray sql = "INSERT INTO " + m_table +
                           " (seq, at_utc, actor, action, object_type, object_id, details, prev_hash, hash) "
                           "VALUES (:seq, :at, :actor, :action, :type, :id, :details, :prev, :hash);";
    Statement insert(m_db, sql.constData());
    insert.bind(":seq", entry.seq)
        .bind(":at", entry.atUtc.toString(timeFormat))
        .bind(":actor", entry.actor)
        .bind(":action", entry.action)
        .bind(":type", entry.objectType)
        .bind(":id", entry.objectId)
        .bind(":details", entry.details)
        .bindBlob(":prev", entry.prevHash)
        .bindBlob(":hash", entry.hash);
    insert.run();
    return entry.seq;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    const QByteArray sql = selectColumns() + "ORDER BY seq;";
    Statement rows(m_db, sql.constData());
    while (rows.step()) {
        const AuditEntry entry = readEntry(rows);
        auto broken = [&](qint64 seq, const QString& problem) {
            result.firstBrokenSeq = seq;
            result.problem = problem;
            return result;
        };
        if (entry.seq != expectedSeq)
            return broken(expectedSeq,
                          QStringLiteral("entry %1 is missing: the next entry found is %2 (an entry "
                                         "was deleted)")
                              .arg(expectedSeq)
                              .arg(entry.seq));
        if (entry.prevHash != expectedPrev)
            return broken(entry.seq,
                          QStringLiteral("entry %1 does not follow entry %2 (an entry before it was "
                                         "removed, replaced or moved)")
                              .arg(entry.seq)
                              .arg(entry.seq - 1));
        if (chainHash(entry.prevHash, entry) != entry.hash)
            return broken(entry.seq,
                          QStringLiteral("entry %1 has been changed since it was written").arg(entry.seq));
        expectedPrev = entry.hash;
        ++expectedSeq;
        ++result.entriesChecked;
    }
    return result;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter& filter) const
{
    QByteArray sql = selectColumns();
    sql += "WHERE (:actor = '' OR actor = :actor) AND (:action = '' OR substr(action, 1, length(:action)) = "
           ":action)"
           " AND (:type = '' OR object_type = :type) AND (:id = '' OR object_id = :id)"
           " AND (:from IS NULL OR at_utc >= :from) AND (:to IS NULL OR at_utc <= :to)"
           " ORDER BY seq";
    if (filter.limit > 0)
        sql += " LIMIT " + QByteArray::number(filter.limit);
    sql += ";";
    Statement rows(m_db, sql.constData());
    rows.bind(":actor", filter.actor)
        .bind(":action", filter.actionPrefix)
        .bind(":type", filter.objectType)
        .bind(":id", filter.objectId);
    rows.bind(":from", filter.fromUtc ? std::optional<QString>(filter.fromUtc->toUTC().toString(timeFormat))
                                      : std::nullopt);
    rows.bind(":to", filter.toUtc ? std::optional<QString>(filter.toUtc->toUTC().toString(timeFormat))
                                  : std::nullopt);
    QList<AuditEntry> result;
    while (rows.step()) {
        result.append(readEntry(rows));
        result.last().chain = m_chain;
    }
    return result;
}

} // namespace lantern
