#include "support/LegacyVault.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "crypto/PasswordKdf.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/AuditTampering.h"
#include "vault/KeySlotFile.h"
#include "vault/VaultPaths.h"
#include "vault/VaultStores.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <gtest/gtest.h>
#include <map>
#include <sodium.h>
#include <stdexcept>

namespace lantern::test {

namespace {

QByteArray associatedData(const KeySlot& slot, const QString& vaultId, bool v2)
{
    QByteArray data(v2 ? "lantern-keyslot-v2" : "lantern-keyslot-v1");
    QStringList fields{vaultId, slot.id};
    if (v2)
        fields << slot.user
               << (slot.kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery")
                                                        : QStringLiteral("password"));
    for (const QString& field : fields) {
        data.append('\0');
        data.append(field.toUtf8());
    }
    return data;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// Puts the compartments' stores back together as the one records.db under the master key that Lantern wrote
// before compartments. The directory's audit chain becomes the one chain (the others are left out: a chain
// must stay whole, and the directory's is).
void joinStores(const VaultPaths& paths, const SecureBytes& masterKey,
                const std::map<Compartment, SecureBytes>& keys)
{
    Database legacy = Database::open(paths.legacyRecords(), masterKey, Database::Mode::CreateNew);
    Migrations::apply(legacy);
    legacy.exec("PRAGMA foreign_keys = OFF;");
    legacy.attach(paths.directory(), "directory", masterKey);
    legacy.exec("INSERT INTO main.vault_meta SELECT * FROM directory.vault_meta WHERE key NOT IN ('store');"
                "INSERT INTO main.audit_log SELECT * FROM directory.audit_log;"
                "INSERT INTO main.audit_signing_keys SELECT * FROM directory.audit_signing_keys;");
    for (const QString& table : vaultStores::tablesOf(Compartment::Directory)) {
        const QByteArray sql =
            "INSERT INTO main." + table.toLatin1() + " SELECT * FROM directory." + table.toLatin1() + ";";
        legacy.exec(sql.constData());
    }
    legacy.detach("directory");
    for (const auto& [compartment, key] : keys) {
        const QByteArray schema = compartmentName(compartment).toLatin1();
        legacy.attach(paths.store(compartment), schema.constData(), key);
        for (const QString& table : vaultStores::tablesOf(compartment)) {
            const QByteArray name = table.toLatin1();
            QByteArray sql;
            if (table == QLatin1String("search_index"))
                sql = "INSERT INTO main.search_index (docid, object_type, object_id, pupil_ids, keys) SELECT "
                      "docid, object_type, object_id, pupil_ids, keys FROM " +
                      schema + ".search_index;";
            else if (table == QLatin1String("adults_register_settings"))
                sql = "INSERT OR IGNORE INTO main." + name + " SELECT * FROM " + schema + "." + name + ";";
            else
                sql = "INSERT INTO main." + name + " SELECT * FROM " + schema + "." + name + ";";
            legacy.exec(sql.constData());
        }
        legacy.detach(schema.constData());
    }
    legacy.close();
    for (Compartment each : allCompartments())
        QFile::remove(paths.store(each));
}

} // namespace

void makeLegacySlots(const QString& vaultFolder, const QMap<QString, QString>& secrets)
{
    const VaultPaths paths(vaultFolder);
    KeySlotFile file = KeySlotFile::load(paths.keySlots());
    SecureBytes masterKey;
    std::map<Compartment, SecureBytes> compartmentKeys;
    for (KeySlot& slot : file.keySlots) {
        if (!secrets.contains(slot.user))
            throw std::runtime_error("makeLegacySlots: no password for " + slot.user.toStdString());
        const SecureBytes password = SecureBytes::fromUtf8(secrets.value(slot.user).toUtf8());
        const auto keys = slot.open(password, file.vaultId);
        if (!keys)
            throw std::runtime_error("makeLegacySlots: wrong password for " + slot.user.toStdString());
        masterKey = keys->current.clone();
        for (const auto& [name, key] : keys->compartments)
            compartmentKeys.emplace(*compartmentFromName(name), key.clone());
        slot.compartmentKeys.clear();

        const SecureBytes kek = deriveKey(password, slot.kdf);
        const QByteArray adNew = associatedData(slot, file.vaultId, true);
        SecureBytes secretKey(KeySlot::secretKeyBytes);
        unsigned long long length = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                secretKey.data(), &length, nullptr, bytes(slot.wrappedSecretKey),
                static_cast<unsigned long long>(slot.wrappedSecretKey.size()), bytes(adNew),
                static_cast<unsigned long long>(adNew.size()), bytes(slot.nonce), kek.data()) != 0)
            throw std::runtime_error("makeLegacySlots: could not unwrap " + slot.user.toStdString());
        const QByteArray adOld = associatedData(slot, file.vaultId, false);
        randombytes_buf(slot.nonce.data(), static_cast<std::size_t>(slot.nonce.size()));
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(slot.wrappedSecretKey.data()), &length, secretKey.data(),
            secretKey.size(), bytes(adOld), static_cast<unsigned long long>(adOld.size()), nullptr,
            bytes(slot.nonce), kek.data());
        slot.wrapVersion = 1;
        slot.kekCheck.clear();
        slot.role.clear();
        slot.reseal(keys->current, nullptr, file.vaultId); // the version 1 binding, without the role
    }
    file.version = 1;
    file.generation = 0;
    file.mac.clear();
    file.save(paths.keySlots());

    joinStores(paths, masterKey, compartmentKeys);
    Database db = Database::open(paths.legacyRecords(), masterKey, Database::Mode::OpenExisting);
    db.exec("DELETE FROM vault_meta WHERE key = 'keyslots_generation';");
}

void makeLegacyAuditChain(const QString& vaultFolder, const SecureBytes& masterKey)
{
    Database db =
        Database::open(VaultPaths(vaultFolder).directory(), masterKey, Database::Mode::OpenExisting);
    QList<AuditEntry> kept;
    for (const AuditEntry& entry : AuditLog(db, SystemClock::instance()).entries())
        if (!entry.action.startsWith(QStringLiteral("audit.key-")))
            kept.append(entry);
    Transaction transaction(db);
    // The table as schema 4 made it: its CREATE statement as SQLite keeps it, less the two columns step 5
    // added; and its triggers as they are.
    QStringList schema; // the table first, then its triggers
    {
        Statement stored(db, "SELECT sql FROM sqlite_master WHERE tbl_name = 'audit_log' AND sql IS NOT NULL "
                             "ORDER BY type = 'trigger';");
        while (stored.step())
            schema.append(stored.text(0));
    }
    schema.first().remove(QRegularExpression(QStringLiteral(",\\s*(signer_key|signature) BLOB")));
    db.exec("DROP TABLE audit_signing_keys; DROP TABLE audit_log;");
    for (const QString& sql : schema)
        db.exec(sql.toUtf8().constData());
    QByteArray prev = AuditLog::genesisHash();
    qint64 seq = 0;
    for (AuditEntry entry : kept) {
        entry.seq = ++seq;
        entry.prevHash = prev;
        entry.hash = AuditLog::chainHash(prev, entry);
        prev = entry.hash;
        insertUnsignedEntry(db, entry);
    }
    db.setUserVersion(4);
    transaction.commit();
}

} // namespace lantern::test
