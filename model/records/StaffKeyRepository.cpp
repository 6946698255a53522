#include "records/StaffKeyRepository.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace {

// Every key with its user and, when it was revoked, when and why; each reader adds its WHERE and ORDER BY.
const char* const selectKeys =
    "SELECT k.key_id, u.username, u.enabled, k.public_key, k.enrolled_at, k.enrolled_by, r.revoked_at, "
    "COALESCE(r.reason, '') FROM staff_keys k JOIN users u ON u.id = k.user_id "
    "LEFT JOIN staff_key_revocations r ON r.key_id = k.key_id ";

EnrolledKey readKey(const Statement& row)
{
    EnrolledKey key;
    key.keyId = row.text(0);
    key.username = row.text(1);
    key.userEnabled = row.integer(2) != 0;
    key.publicKey = row.blob(3);
    key.enrolledAt = fromIsoUtc(row.text(4));
    key.enrolledBy = row.text(5);
    if (const std::optional<QString> revoked = row.optionalText(6))
        key.revokedAt = fromIsoUtc(*revoked);
    key.revokedReason = row.text(7);
    return key;
}

QList<EnrolledKey> readKeys(Vault& vault, const char* whereAndOrder)
{
    Statement query(vault.database(), QByteArray(QByteArray(selectKeys) + whereAndOrder).constData());
    QList<EnrolledKey> keys;
    while (query.step())
        keys.append(readKey(query));
    return keys;
}

} // namespace

StaffKeyRepository::StaffKeyRepository(Vault& vault)
    : m_vault(vault)
{}

QStringList StaffKeyRepository::enrol(qint64 userId, const QString& keyId, const QByteArray& publicKey)
{
    requireSubmissionManager(m_vault.user());
    const QString by = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    Database& db = m_vault.database();
    // The revocations and the new key land together even for a caller with no transaction of its own.
    Transaction transaction(db);
    Statement previous(db, "SELECT k.key_id FROM staff_keys k WHERE k.user_id = :user AND NOT EXISTS "
                           "(SELECT 1 FROM staff_key_revocations r WHERE r.key_id = k.key_id);");
    previous.bind(":user", userId);
    QStringList revoked;
    while (previous.step())
        revoked.append(previous.text(0));
    Statement revoke(db, "INSERT INTO staff_key_revocations (key_id, revoked_at, revoked_by, reason) "
                         "VALUES (:key, :at, :by, :reason);");
    for (const QString& old : revoked) {
        revoke.reset();
        revoke.bind(":key", old)
            .bind(":at", now)
            .bind(":by", by)
            .bind(":reason", QStringLiteral("replaced by key %1").arg(keyId));
        revoke.run();
    }
    Statement insert(db, "INSERT INTO staff_keys (key_id, user_id, public_key, enrolled_at, enrolled_by) "
                         "VALUES (:key, :user, :public, :at, :by);");
    insert.bind(":key", keyId)
        .bind(":user", userId)
        .bindBlob(":public", publicKey)
        .bind(":at", now)
        .bind(":by", by);
    insert.run();
    transaction.commit();
    return revoked;
}

std::optional<EnrolledKey> StaffKeyRepository::find(const QString& keyId)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Statement query(m_vault.database(),
                    QByteArray(QByteArray(selectKeys) + "WHERE k.key_id = :key;").constData());
    query.bind(":key", keyId);
    if (!query.step())
        return std::nullopt;
    return readKey(query);
}

QList<EnrolledKey> StaffKeyRepository::all()
{
    requireSubmissionManager(m_vault.user());
    return readKeys(m_vault, "ORDER BY k.enrolled_at DESC, k.rowid DESC;");
}

QList<EnrolledKey> StaffKeyRepository::inUse()
{
    requireSubmissionManager(m_vault.user());
    return readKeys(m_vault, "WHERE u.enabled = 1 AND r.key_id IS NULL ORDER BY k.enrolled_at, k.rowid;");
}

} // namespace lantern
