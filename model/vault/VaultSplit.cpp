#include "vault/VaultSplit.h"

#include "audit/AuditLog.h"
#include "audit/SignerRegistry.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "core/TestHooks.h"
#include "crypto/SigningKey.h"
#include "storage/Database.h"
#include "users/Role.h"
#include "vault/VaultStores.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace lantern {

namespace vaultSplit {

namespace {

// The stores in the order they are moved into place: directory.db last, because its presence is what says
// the split is complete.
const QList<Compartment> moveOrder{Compartment::Cases, Compartment::Adults, Compartment::Headteacher,
                                   Compartment::Directory};

QByteArray schemaOf(Compartment compartment)
{
    return "split_" + compartmentName(compartment).toLatin1();
}

bool anyGrant(const KeySlotFile& slotFile)
{
    for (const KeySlot& slot : slotFile.keySlots) {
        if (!slot.compartmentKeys.empty())
            return true;
    }
    return false;
}

void removeSplitting(const VaultPaths& paths)
{
    for (Compartment each : allCompartments()) {
        QFile::remove(paths.splitting(each));
        QFile::remove(paths.splitting(each) + QStringLiteral("-journal"));
    }
}

void finish(const VaultPaths& paths)
{
    for (Compartment each : moveOrder) {
        if (QFileInfo::exists(paths.splitting(each))) {
            moveFileDurably(paths.splitting(each), paths.store(each));
            crashPoint("split:store-moved");
        }
    }
    QFile::remove(paths.legacyRecords());
    QFile::remove(paths.legacyRecords() + QStringLiteral("-journal"));
}

// SQL that is 1 when the legacy adult row `a` is the headteacher's (adults/AdultsStore.h, as it was).
const char* const isHeadteacher = "(a.is_headteacher = 1 OR EXISTS (SELECT 1 FROM main.users u WHERE "
                                  "u.username = a.linked_username AND u.role = 'head'))";

// The WHERE clause that picks the rows of an adults-register table belonging to the headteacher (or, with
// `not`, to everyone else).
QByteArray adultsFilter(const QString& table, bool headteacher)
{
    const QByteArray test = QByteArray(headteacher ? "" : "NOT ") + isHeadteacher;
    const QByteArray byAdult = " WHERE adult_id IN (SELECT a.id FROM main.adults a WHERE " + test + ")";
    const QByteArray byConcern =
        " WHERE concern_id IN (SELECT c.id FROM main.adult_concerns c JOIN main.adults "
        "a ON a.id = c.adult_id WHERE " +
        test + ")";
    if (table == QLatin1String("adults"))
        return " WHERE id IN (SELECT a.id FROM main.adults a WHERE " + test + ")";
    if (table == QLatin1String("adult_versions") || table == QLatin1String("adult_concerns") ||
        table == QLatin1String("lado_consultations"))
        return byAdult;
    if (table == QLatin1String("adult_concern_versions") || table == QLatin1String("adult_concern_reviews"))
        return byConcern;
    if (table == QLatin1String("lado_consultation_concerns"))
        return " WHERE consultation_id IN (SELECT l.id FROM main.lado_consultations l JOIN main.adults a ON "
               "a.id = l.adult_id WHERE " +
               test + ")";
    return {}; // adults_register_settings: both registers keep the school's settings
}

void copyTable(Database& db, Compartment to, const QString& table, const QByteArray& where = {})
{
    const QByteArray name = table.toLatin1();
    QByteArray sql;
    if (table == QLatin1String("search_index"))
        sql = "INSERT INTO " + schemaOf(to) +
              ".search_index (docid, object_type, object_id, pupil_ids, keys) "
              "SELECT docid, object_type, object_id, pupil_ids, keys FROM main.search_index;";
    else
        sql = "INSERT INTO " + schemaOf(to) + "." + name + " SELECT * FROM main." + name + where + ";";
    db.exec(sql.constData());
}

struct LegacySigners {
    QList<std::pair<QString, QByteArray>> keys; // every key the old chain issued or registered, by user
    QStringList withoutKey;                     // users of the vault the old chain gives no key
};

LegacySigners legacySigners(Database& legacy)
{
    LegacySigners result;
    AuditLog chain(legacy, SystemClock::instance());
    QSet<QString> withKey;
    const auto add = [&result, &withKey](const QString& user, const QByteArray& key) {
        if (!result.keys.contains(std::pair<QString, QByteArray>(user, key)))
            result.keys.append({user, key});
        withKey.insert(user);
    };
    for (const auto& [user, key] : chain.issuedKeys())
        add(user, key);
    AuditFilter registered;
    registered.actionPrefix = QString::fromLatin1(SignerRegistry::keyRegistered);
    for (const AuditEntry& entry : chain.entries(registered)) {
        if (const std::optional<QByteArray> key = SignerRegistry::keyFromDetails(entry.details))
            add(entry.actor, *key);
    }
    Statement users(legacy, "SELECT username FROM main.users ORDER BY username;");
    while (users.step()) {
        if (!withKey.contains(users.text(0)))
            result.withoutKey.append(users.text(0));
    }
    if (!withKey.contains(QStringLiteral("recovery")))
        result.withoutKey.append(QStringLiteral("recovery"));
    return result;
}

bool hasHeadteacherHolder(const KeySlotFile& slotFile)
{
    for (const KeySlot& slot : slotFile.keySlots) {
        if (slot.role == roleName(Role::Chair) || slot.kind == KeySlot::Kind::Recovery)
            return true;
    }
    return false;
}

} // namespace

bool isSplit(const KeySlotFile& slotFile)
{
    return anyGrant(slotFile);
}

void resume(const VaultPaths& paths, const KeySlotFile& slotFile)
{
    if (QFileInfo::exists(paths.directory())) {
        // Split and in place; only the old store may be left.
        if (QFileInfo::exists(paths.legacyRecords()) && anyGrant(slotFile))
            finish(paths);
        return;
    }
    if (!QFileInfo::exists(paths.splitting(Compartment::Directory)))
        return;
    if (anyGrant(slotFile))
        finish(paths);
    else
        removeSplitting(paths);
}

Result split(const VaultPaths& paths, Database& legacy, KeySlotFile& slotFile, const SecureBytes& masterKey,
             const QString& actor, const SigningKey& signer, const Clock& clock)
{
    removeSplitting(paths);
    Result result;
    const bool headteacherStore = hasHeadteacherHolder(slotFile);
    QList<Compartment> made{Compartment::Directory, Compartment::Cases, Compartment::Adults};
    if (headteacherStore)
        made.append(Compartment::Headteacher);
    for (Compartment each : made) {
        if (each != Compartment::Directory)
            result.keys.emplace(each, SecureBytes::random(KeySlot::masterKeyBytes));
        const SecureBytes& key = each == Compartment::Directory ? masterKey : result.keys.at(each);
        vaultStores::create(paths.splitting(each), each, key, slotFile.vaultId);
    }

    // Every slot, granted the keys of what its role reads; the next generation, kept in the new directory.
    KeySlotFile next = slotFile.clone();
    next.version = KeySlotFile::formatVersion;
    for (KeySlot& slot : next.keySlots) {
        const std::optional<Role> role = roleOfSlot(slot);
        for (const auto& [compartment, key] : result.keys) {
            if (role && roleReads(*role, compartment, CompartmentPolicy{}))
                slot.grant(compartmentName(compartment), key, slotFile.vaultId);
        }
    }
    qint64 storedGeneration = 0;
    {
        // Finished before anything is attached: a statement left stepped keeps a read transaction open on
        // every store the copy below writes, so that they could not be detached and reopened to start their
        // chains ("in use by another process").
        Statement stored(legacy, "SELECT value FROM vault_meta WHERE key = 'keyslots_generation';");
        if (stored.step())
            storedGeneration = stored.text(0).toLongLong();
    }
    next.generation = std::max(slotFile.generation, storedGeneration) + 1;
    next.mac = next.macFor(masterKey);

    for (Compartment each : made) {
        const SecureBytes& key = each == Compartment::Directory ? masterKey : result.keys.at(each);
        legacy.attach(paths.splitting(each), schemaOf(each).constData(), key);
    }
    try {
        Transaction transaction(legacy);
        legacy.exec("INSERT OR REPLACE INTO split_directory.vault_meta SELECT * FROM main.vault_meta;");
        Statement generation(legacy, "INSERT OR REPLACE INTO split_directory.vault_meta (key, value) VALUES "
                                     "('keyslots_generation', :generation);");
        generation.bind(":generation", QString::number(next.generation)).run();
        if (headteacherStore) {
            Statement record(legacy, "INSERT OR REPLACE INTO split_directory.vault_meta (key, value) "
                                     "VALUES (:key, 'yes');");
            record.bind(":key", vaultStores::madeKey(Compartment::Headteacher)).run();
        }
        for (const QString& table : vaultStores::tablesOf(Compartment::Directory))
            copyTable(legacy, Compartment::Directory, table);
        for (const QString& table : vaultStores::tablesOf(Compartment::Cases))
            copyTable(legacy, Compartment::Cases, table);
        for (const QString& table : vaultStores::tablesOf(Compartment::Adults)) {
            const QByteArray adults = headteacherStore ? adultsFilter(table, false) : QByteArray();
            copyTable(legacy, Compartment::Adults, table, adults);
            if (headteacherStore)
                copyTable(legacy, Compartment::Headteacher, table, adultsFilter(table, true));
        }
        // The old chain names children: it continues in the cases store, where only the DSL team reads it.
        legacy.exec("INSERT INTO split_cases.audit_log SELECT * FROM main.audit_log;"
                    "INSERT INTO split_cases.audit_signing_keys SELECT * FROM main.audit_signing_keys;");
        transaction.commit();
    } catch (...) {
        for (Compartment each : made)
            legacy.detach(schemaOf(each).constData());
        removeSplitting(paths);
        throw;
    }
    for (Compartment each : made)
        legacy.detach(schemaOf(each).constData());

    // The first entry of each new chain, and the continuation of the old one.
    const QString summary =
        headteacherStore
            ? QStringLiteral("vault split into compartments: directory, cases, adults, headteacher")
            : QStringLiteral("vault split into compartments: directory, cases, adults (no chair of governors "
                             "or recovery key yet, so concerns about the headteacher stay in the adults "
                             "register, hidden from its keepers)");
    // Who may sign in the new chains: every signing key the old chain issued or registered, re-issued by the
    // user who splits (so each user's first entry in a new chain registers a key the chain knows); a user
    // with no key yet (a vault from before signing) is named first, unsigned, as the old chain's unsigned
    // entries named them, and registers on first use as before.
    const LegacySigners signers = legacySigners(legacy);
    for (Compartment each : made) {
        if (each == Compartment::Cases)
            continue; // the old chain continues there, with what it already says
        const SecureBytes& key = each == Compartment::Directory ? masterKey : result.keys.at(each);
        Database store = Database::open(paths.splitting(each), key, Database::Mode::OpenExisting);
        Transaction transaction(store);
        AuditLog chain(store, clock);
        for (const QString& user : signers.withoutKey)
            chain.append(actor, QStringLiteral("vault.split.user"), QStringLiteral("user"), user,
                         QStringLiteral("carried over from the vault before the split; no signing key yet"));
        chain.setSigner(actor, &signer);
        chain.append(actor, QStringLiteral("vault.split"), QStringLiteral("vault"), slotFile.vaultId,
                     summary);
        for (const auto& [user, publicKey] : signers.keys)
            chain.append(actor, QString::fromLatin1(SignerRegistry::keyIssued), QStringLiteral("user"), user,
                         SignerRegistry::keyDetails(publicKey));
        transaction.commit();
    }
    {
        Database store = Database::open(paths.splitting(Compartment::Cases),
                                        result.keys.at(Compartment::Cases), Database::Mode::OpenExisting);
        Transaction transaction(store);
        AuditLog chain(store, clock);
        chain.setSigner(actor, &signer);
        chain.append(actor, QStringLiteral("vault.split"), QStringLiteral("vault"), slotFile.vaultId,
                     summary);
        transaction.commit();
    }

    crashPoint("split:stores-written");
    next.save(paths.keySlots()); // the point of no return
    crashPoint("split:keyslots-written");
    slotFile = std::move(next);
    finish(paths);
    result.summary = summary;
    return result;
}

} // namespace vaultSplit

} // namespace lantern
