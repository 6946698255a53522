#include "support/AuditTampering.h"

#include "audit/AuditLog.h"
#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "vault/KeySlotFile.h"
#include "vault/VaultPaths.h"

#include <stdexcept>

namespace lantern::test {

namespace {

void dropGuards(Database& db)
{
    db.exec("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
}

} // namespace

InsiderKeys insiderKeys(const QString& vaultFolder, const QString& user, const QString& password)
{
    const KeySlotFile file = KeySlotFile::load(VaultPaths(vaultFolder).keySlots());
    const KeySlot* slot = file.findByUser(user);
    if (!slot)
        throw std::runtime_error("insiderKeys: no slot for " + user.toStdString());
    std::optional<KeySlot::Keys> keys = slot->open(SecureBytes::fromUtf8(password.toUtf8()), file.vaultId);
    if (!keys)
        throw std::runtime_error("insiderKeys: wrong password for " + user.toStdString());
    return {std::move(keys->current), std::make_unique<SigningKey>(keys->signingSeed)};
}

Database openRecords(const QString& vaultFolder, const SecureBytes& masterKey)
{
    return Database::open(VaultPaths(vaultFolder).directory(), masterKey, Database::Mode::OpenExisting);
}

void truncateAuditAfter(Database& db, qint64 lastKept, const QByteArray& chain)
{
    if (chain == "main")
        dropGuards(db);
    else
        db.exec(QByteArray("DROP TRIGGER IF EXISTS " + chain + ".audit_log_no_delete;").constData());
    Statement remove(db, QByteArray("DELETE FROM " + chain + ".audit_log WHERE seq > :seq;").constData());
    remove.bind(":seq", lastKept).run();
}

void rewriteAuditEntry(Database& db, qint64 seq, const QString& details, const SigningKey& signer)
{
    dropGuards(db);
    QList<AuditEntry> entries = AuditLog(db, SystemClock::instance()).entries();
    QByteArray prev = seq == 1 ? AuditLog::genesisHash() : entries.at(seq - 2).hash;
    for (qsizetype i = seq - 1; i < entries.size(); ++i) {
        AuditEntry& entry = entries[i];
        if (entry.seq == seq)
            entry.details = details;
        entry.prevHash = prev;
        entry.hash = AuditLog::chainHash(prev, entry);
        prev = entry.hash;
        Statement update(db, "UPDATE audit_log SET details = :details, prev_hash = :prev, hash = :hash, "
                             "signer_key = :key, signature = :signature WHERE seq = :seq;");
        update.bind(":details", entry.details)
            .bindBlob(":prev", entry.prevHash)
            .bindBlob(":hash", entry.hash)
            .bindBlob(":key", signer.publicKey())
            .bindBlob(":signature", signer.sign(AuditLog::signedMessage(entry.hash)))
            .bind(":seq", entry.seq)
            .run();
    }
}

qint64 forgeAuditEntry(Database& db, const QString& actor, const SigningKey& key)
{
    AuditLog log(db, SystemClock::instance());
    log.setSigner(actor, &key);
    return log.append(actor, QStringLiteral("pupil.view"), QStringLiteral("pupil"), QStringLiteral("1"),
                      QStringLiteral("forged"));
}

qint64 appendUnsignedAuditEntry(Database& db, const QString& actor)
{
    const AuditHead head = AuditLog(db, SystemClock::instance()).head();
    AuditEntry entry;
    entry.seq = head.seq + 1;
    entry.atUtc = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    entry.actor = actor;
    entry.action = QStringLiteral("pupil.view");
    entry.objectType = QStringLiteral("pupil");
    entry.objectId = QStringLiteral("1");
    entry.prevHash = head.hash;
    entry.hash = AuditLog::chainHash(entry.prevHash, entry);
    insertUnsignedEntry(db, entry);
    return entry.seq;
}

void insertUnsignedEntry(Database& db, const AuditEntry& entry)
{
    Statement insert(db,
                     "INSERT INTO audit_log (seq, at_utc, actor, action, object_type, object_id, details, "
                     "prev_hash, hash) VALUES (:seq, :at, :actor, :action, :type, :id, :details, :prev, "
                     ":hash);");
    const std::pair<const char*, QString> texts[] = {
        {":at", isoUtc(entry.atUtc)}, {":actor", entry.actor}, {":action", entry.action},
        {":type", entry.objectType},  {":id", entry.objectId}, {":details", entry.details}};
    for (const auto& [name, value] : texts)
        insert.bind(name, value);
    insert.bind(":seq", entry.seq).bindBlob(":prev", entry.prevHash).bindBlob(":hash", entry.hash).run();
}

} // namespace lantern::test
