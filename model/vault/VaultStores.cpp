#include "vault/VaultStores.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFileInfo>

namespace lantern {

namespace vaultStores {

namespace {

// Present in every store.
const QStringList everyStore{QStringLiteral("vault_meta"), QStringLiteral("audit_log"),
                             QStringLiteral("audit_signing_keys")};

QString metaValue(Database& db, const char* key)
{
    Statement query(db, "SELECT value FROM vault_meta WHERE key = :key;");
    query.bind(":key", QString::fromLatin1(key));
    return query.step() ? query.text(0) : QString();
}

// staff_keys refers to users(id), which lives in the directory store; SQLite cannot enforce a foreign key
// across files, and would refuse every insert, so the cases store keeps the column without the reference.
void dropReferenceToUsers(Database& db)
{
    db.exec("CREATE TABLE staff_keys_new ("
            " key_id TEXT PRIMARY KEY,"
            " user_id INTEGER NOT NULL,"
            " public_key BLOB NOT NULL UNIQUE,"
            " enrolled_at TEXT NOT NULL,"
            " enrolled_by TEXT NOT NULL);"
            "INSERT INTO staff_keys_new SELECT key_id, user_id, public_key, enrolled_at, enrolled_by "
            "FROM staff_keys;"
            "PRAGMA foreign_keys = OFF;");
    db.exec("DROP TABLE staff_keys;"
            "ALTER TABLE staff_keys_new RENAME TO staff_keys;"
            "CREATE INDEX staff_keys_user ON staff_keys (user_id);"
            "PRAGMA foreign_keys = ON;");
}

} // namespace

QStringList tablesOf(Compartment compartment)
{
    switch (compartment) {
    case Compartment::Directory:
        return {QStringLiteral("users"), QStringLiteral("school"), QStringLiteral("safeguarding_contacts")};
    case Compartment::Cases:
        return {QStringLiteral("pupils"),
                QStringLiteral("contacts"),
                QStringLiteral("pupil_links"),
                QStringLiteral("concerns"),
                QStringLiteral("concern_versions"),
                QStringLiteral("concern_children"),
                QStringLiteral("concern_categories"),
                QStringLiteral("concern_status_changes"),
                QStringLiteral("decisions"),
                QStringLiteral("decision_versions"),
                QStringLiteral("voice_entries"),
                QStringLiteral("voice_versions"),
                QStringLiteral("chronology_entries"),
                QStringLiteral("agencies"),
                QStringLiteral("involvements"),
                QStringLiteral("plans"),
                QStringLiteral("meetings"),
                QStringLiteral("referrals"),
                QStringLiteral("referral_updates"),
                QStringLiteral("information_sharing"),
                QStringLiteral("information_sharing_versions"),
                QStringLiteral("pack_disclosures"),
                QStringLiteral("pack_disclosure_entries"),
                QStringLiteral("attachments"),
                QStringLiteral("search_index"),
                QStringLiteral("submission_vault_key"),
                QStringLiteral("staff_keys"),
                QStringLiteral("staff_key_revocations"),
                QStringLiteral("imported_submissions"),
                QStringLiteral("household_members"),
                QStringLiteral("household_member_versions"),
                QStringLiteral("actions"),
                QStringLiteral("action_endings")};
    case Compartment::Adults:
    case Compartment::Headteacher:
        return {QStringLiteral("adults"),
                QStringLiteral("adult_versions"),
                QStringLiteral("adult_concerns"),
                QStringLiteral("adult_concern_versions"),
                QStringLiteral("adult_concern_reviews"),
                QStringLiteral("lado_consultations"),
                QStringLiteral("lado_consultation_concerns"),
                QStringLiteral("adults_register_settings")};
    }
    return {};
}

void create(const QString& path, Compartment compartment, const SecureBytes& key, const QString& vaultId)
{
    Database db = Database::open(path, key, Database::Mode::CreateNew);
    Migrations::apply(db);
    const QStringList keep = tablesOf(compartment) + everyStore;
    QStringList drop;
    {
        // The schema's own tables: SQLite's internal ones and FTS4's shadow tables (search_index_content,
        // …) go with their owners.
        Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table';");
        while (tables.step()) {
            const QString name = tables.text(0);
            if (name.startsWith(QLatin1String("sqlite_")) || name.startsWith(QLatin1String("search_index_")))
                continue;
            if (!keep.contains(name))
                drop.append(name);
        }
    }
    Transaction transaction(db);
    db.exec("PRAGMA defer_foreign_keys = ON;");
    for (const QString& table : drop) {
        const QByteArray sql = "DROP TABLE " + table.toLatin1() + ";";
        db.exec(sql.constData());
    }
    Statement meta(db, "INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('vault_id', :id), "
                       "('store', :store);");
    meta.bind(":id", vaultId).bind(":store", compartmentName(compartment)).run();
    transaction.commit();
    if (compartment == Compartment::Cases)
        dropReferenceToUsers(db);
    db.close();
}

void requirePresent(const QString& path, Compartment compartment)
{
    const QFileInfo file(path);
    if (!file.exists() || file.size() == 0)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("%1 (%2) is empty or missing; restore the vault from a backup. Nothing "
                                  "was opened.")
                        .arg(file.fileName(), compartmentTitle(compartment)));
}

QString madeKey(Compartment compartment)
{
    return compartmentName(compartment) + QStringLiteral("_store_made");
}

bool recordedAsMade(Database& directory, Compartment compartment)
{
    Statement query(directory, "SELECT 1 FROM main.vault_meta WHERE key = :key;");
    query.bind(":key", madeKey(compartment));
    return query.step();
}

void recordMade(Database& directory, Compartment compartment)
{
    Statement insert(directory, "INSERT OR REPLACE INTO main.vault_meta (key, value) VALUES (:key, 'yes');");
    insert.bind(":key", madeKey(compartment)).run();
}

void attach(Database& session, const QString& path, Compartment compartment, const SecureBytes& key,
            const QString& vaultId)
{
    requirePresent(path, compartment);
    const QFileInfo file(path);
    {
        Database store = Database::open(path, key, Database::Mode::OpenExisting);
        store.checkIntegrity();
        Migrations::apply(store);
        if (metaValue(store, "vault_id") != vaultId ||
            metaValue(store, "store") != compartmentName(compartment))
            throw Error(ErrorKind::Damaged,
                        ModelText::tr("%1 is not this vault's store of %2 (copied from another vault or "
                                      "put in place of another store). Nothing was opened.")
                            .arg(file.fileName(), compartmentTitle(compartment)));
    }
    const QByteArray schema = compartmentName(compartment).toLatin1();
    session.attach(path, schema.constData(), key);
}

} // namespace vaultStores

} // namespace lantern
