// The encrypted vault: what reaches the disk, who can open it, and how it fails.
#include "vault/Vault.h"

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TestSupport.h"
#include "vault/KeySlotFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class VaultTest : public ::testing::Test {
protected:
    QString folder() const { return m_temp.path(QStringLiteral("school.lantern")); }

    std::unique_ptr<Vault> createVault()
    {
        return Vault::create(folder(), {QStringLiteral("dsl"), QStringLiteral("Amira Haddad"), Role::Dsl},
                             secret("correct horse battery"), m_clock);
    }

    std::unique_ptr<Vault> unlock(const char* user, const char* password)
    {
        return Vault::unlock(folder(), QString::fromLatin1(user), secret(password), m_clock);
    }

    ErrorKind unlockError(const char* user, const char* password)
    {
        try {
            unlock(user, password);
        } catch (const Error& error) {
            return error.kind();
        }
        ADD_FAILURE() << "unlock succeeded";
        return ErrorKind::Internal;
    }

    // Into the directory (the session's main store) and the case records.
    static void writeMarker(Vault& vault, const QString& marker)
    {
        vault.database().exec("CREATE TABLE IF NOT EXISTS main.probe (text TEXT);"
                              "CREATE TABLE IF NOT EXISTS cases.probe (text TEXT);");
        for (const char* sql : {"INSERT INTO main.probe (text) VALUES (:text);",
                                "INSERT INTO cases.probe (text) VALUES (:text);"}) {
            Statement insert(vault.database(), sql);
            insert.bind(":text", marker).run();
        }
    }

    static QString readMarker(Vault& vault)
    {
        Statement select(vault.database(), "SELECT text FROM probe;");
        return select.step() ? select.text(0) : QString();
    }

    static QStringList storeFiles()
    {
        return {QStringLiteral("directory.db"), QStringLiteral("cases.db"), QStringLiteral("adults.db")};
    }
    QStringList vaultFiles() const { return storeFiles() << QStringLiteral("keyslots.json"); }

    TempFolder m_temp;
    ManualClock m_clock{fixedNow()};
};

TEST_F(VaultTest, CaseTextNeverReachesTheDiskInPlaintext)
{
    const QString marker = QStringLiteral("MARKER-Zoë-disclosed-at-lunch-7f3a");
    {
        auto vault = createVault();
        // Keep a transaction open while checking the journal too.
        vault->database().exec("BEGIN;");
        writeMarker(*vault, marker);
        for (Compartment store : {Compartment::Directory, Compartment::Cases}) {
            const QByteArray journal = fileBytes(vault->paths().store(store) + QStringLiteral("-journal"));
            EXPECT_FALSE(journal.contains(marker.toUtf8())) << compartmentName(store).toStdString();
        }
        vault->database().exec("COMMIT;");
    }
    for (const QString& store : storeFiles()) {
        SCOPED_TRACE(store.toStdString());
        const QByteArray raw = fileBytes(folder() + QLatin1Char('/') + store);
        ASSERT_GT(raw.size(), 1024);
        EXPECT_FALSE(raw.contains(marker.toUtf8()));
        EXPECT_FALSE(raw.contains("Amira Haddad"));
        EXPECT_FALSE(raw.startsWith("SQLite format 3"));

        // Without the key, the file is not a database.
        sqlite3* handle = nullptr;
        ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(folder() + QLatin1Char('/') + store).constData(), &handle,
                                  SQLITE_OPEN_READONLY, nullptr),
                  SQLITE_OK);
        EXPECT_NE(sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(handle);
    }
    const QByteArray slotsJson = fileBytes(folder() + QStringLiteral("/keyslots.json"));
    EXPECT_FALSE(slotsJson.contains("Amira Haddad"));

    auto reopened = unlock("dsl", "correct horse battery");
    EXPECT_EQ(readMarker(*reopened), marker);
}

TEST_F(VaultTest, WrongPasswordIsItsOwnErrorAndChangesNothing)
{
    createVault();
    const auto before = snapshot(folder(), vaultFiles());
    EXPECT_EQ(unlockError("dsl", "not the password"), ErrorKind::AuthenticationFailed);
    EXPECT_EQ(snapshot(folder(), vaultFiles()), before);
    try {
        unlock("dsl", "not the password");
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("password"))) << error.message().toStdString();
    }
}

TEST_F(VaultTest, UnknownUserIsNamed)
{
    createVault();
    try {
        unlock("nobody", "correct horse battery");
        FAIL() << "an unknown user unlocked the vault";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::AuthenticationFailed);
        EXPECT_TRUE(error.message().contains(QStringLiteral("nobody")));
    }
}

TEST_F(VaultTest, FailedUnlocksAreRecordedInTheAuditChainAtTheNextUnlock)
{
    createVault();
    unlockError("dsl", "guess one");
    unlockError("dsl", "guess two");
    auto vault = unlock("dsl", "correct horse battery");
    const QList<AuditEntry> failed = auditEntries(*vault, QStringLiteral("vault.unlock-failed"));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().details.startsWith(QStringLiteral("2 failed attempt")));
    vault.reset();
    // Counted once: the next clean unlock records no failures.
    auto again = unlock("dsl", "correct horse battery");
    EXPECT_EQ(auditEntries(*again, QStringLiteral("vault.unlock-failed")).size(), 1);
}

TEST_F(VaultTest, LockWithAReasonRecordsItInTheAuditChain)
{
    auto vault = createVault();
    vault->lock(QStringLiteral("idle"));
    EXPECT_TRUE(vault->isLocked());
    EXPECT_FALSE(QFile::exists(VaultPaths(folder()).lock())) << "the lock file is released";
    vault->lock(QStringLiteral("manual")); // already locked: nothing more is written
    vault.reset();

    auto again = unlock("dsl", "correct horse battery");
    const QList<AuditEntry> locks = auditEntries(*again, QStringLiteral("vault.lock"));
    ASSERT_EQ(locks.size(), 1);
    EXPECT_EQ(locks.first().actor, QStringLiteral("dsl"));
    EXPECT_EQ(locks.first().details, QStringLiteral("reason=idle"));
    EXPECT_EQ(locks.first().objectType, QStringLiteral("vault"));
    EXPECT_EQ(locks.first().objectId, again->vaultId());
    EXPECT_TRUE(again->audit().verify().intact());
}

TEST_F(VaultTest, FlippedBytesAreReportedAsDamageAndChangeNothing)
{
    {
        auto vault = createVault();
        writeMarker(*vault, QStringLiteral("some text"));
        for (int i = 0; i < 200; ++i)
            writeMarker(*vault, QStringLiteral("padding row %1 so the file spans several pages").arg(i));
        // No free pages (the directory is made from the whole schema with the other stores' tables dropped):
        // a flipped byte in a page nothing uses would rightly go unnoticed.
        vault->database().exec("VACUUM main;");
    }
    const QString records = folder() + QStringLiteral("/directory.db");
    flipByte(records, fileBytes(records).size() - 700); // inside the last page, not page 1
    const auto before = snapshot(folder(), vaultFiles());
    EXPECT_EQ(unlockError("dsl", "correct horse battery"), ErrorKind::Damaged);
    EXPECT_EQ(snapshot(folder(), vaultFiles()), before);
}

TEST_F(VaultTest, DamagedFirstPageIsReportedAsDamage)
{
    createVault();
    // Whichever store it is in.
    for (const QString& store : storeFiles()) {
        const QString path = folder() + QLatin1Char('/') + store;
        const QByteArray before = fileBytes(path);
        flipByte(path, 100);
        EXPECT_EQ(unlockError("dsl", "correct horse battery"), ErrorKind::Damaged) << store.toStdString();
        writeFileAtomically(path, before);
    }
    EXPECT_NO_THROW(unlock("dsl", "correct horse battery"));
}

TEST_F(VaultTest, MissingOrMalformedKeySlotsAreDamage)
{
    createVault();
    const QString slotsPath = folder() + QStringLiteral("/keyslots.json");
    QFile file(slotsPath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ this is not json");
    file.close();
    EXPECT_EQ(unlockError("dsl", "correct horse battery"), ErrorKind::Damaged);
    QFile::remove(slotsPath);
    try {
        unlock("dsl", "correct horse battery");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("keyslots.json")));
    }
}

TEST_F(VaultTest, SecondOpenIsRefusedWhileTheVaultIsOpen)
{
    auto vault = createVault();
    EXPECT_EQ(unlockError("dsl", "correct horse battery"), ErrorKind::VaultLocked);
    vault.reset();
    EXPECT_NO_THROW(unlock("dsl", "correct horse battery"));
}

TEST_F(VaultTest, StaleLockIsDetectedAndCanBeCleared)
{
    createVault();
    QFile lock(folder() + QStringLiteral("/lantern.lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write("999999 " + QSysInfo::machineHostName().toUtf8() + "\n"); // no such process
    lock.close();
    try {
        unlock("dsl", "correct horse battery");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::VaultLocked);
        EXPECT_TRUE(error.message().contains(QStringLiteral("no longer running")));
    }
    ASSERT_TRUE(LockFile::isStale(lock.fileName()));
    LockFile::clearStale(lock.fileName());
    EXPECT_NO_THROW(unlock("dsl", "correct horse battery"));
}

TEST_F(VaultTest, EverySlotAndTheRecoveryKeyOpenTheSameVault)
{
    QString recoveryText;
    {
        auto vault = createVault();
        writeMarker(*vault, QStringLiteral("shared record"));
        vault->addUser({QStringLiteral("deputy"), QStringLiteral("Tomasz Wiśniewski"), Role::Deputy},
                       secret("deputy's long password"));
        recoveryText = vault->createRecoveryKey();
    }
    auto asDeputy = unlock("deputy", "deputy's long password");
    EXPECT_EQ(readMarker(*asDeputy), QStringLiteral("shared record"));
    EXPECT_EQ(asDeputy->user().role, Role::Deputy);
    asDeputy.reset();
    auto asRecovery = Vault::unlockWithRecoveryKey(folder(), recoveryText.toLower(), m_clock);
    EXPECT_EQ(readMarker(*asRecovery), QStringLiteral("shared record"));
    EXPECT_EQ(asRecovery->user().role, Role::Recovery);
}

TEST_F(VaultTest, RecoveryKeyResetsAForgottenPassword)
{
    QString recoveryText;
    {
        auto vault = createVault();
        recoveryText = vault->createRecoveryKey();
    }
    {
        auto recovery = Vault::unlockWithRecoveryKey(folder(), recoveryText, m_clock);
        recovery->changePassword(QStringLiteral("dsl"), secret("a brand new passphrase"));
    }
    EXPECT_EQ(unlockError("dsl", "correct horse battery"), ErrorKind::AuthenticationFailed);
    auto vault = unlock("dsl", "a brand new passphrase");
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("user.password-reset");
    ASSERT_EQ(vault->audit().entries(filter).size(), 1);
    EXPECT_EQ(vault->audit().entries(filter).first().actor, QStringLiteral("recovery"));
}

TEST_F(VaultTest, RemovedUsersOldSlotFileOpensNothingAfterRotation)
{
    {
        auto vault = createVault();
        writeMarker(*vault, QStringLiteral("before rotation"));
        vault->addUser({QStringLiteral("leaver"), QStringLiteral("Ciarán Ó Briain"), Role::Deputy},
                       secret("leaver's password 1"));
    }
    const QByteArray oldSlots = fileBytes(folder() + QStringLiteral("/keyslots.json"));
    {
        auto vault = unlock("dsl", "correct horse battery");
        vault->removeUser(QStringLiteral("leaver"));
        vault->rotateMasterKey();
        EXPECT_EQ(readMarker(*vault), QStringLiteral("before rotation"));
    }
    EXPECT_EQ(unlockError("leaver", "leaver's password 1"), ErrorKind::AuthenticationFailed);

    // The leaver puts back the copy of keyslots.json they kept: their slot unwraps, but the key it holds is
    // the old one, which no longer opens directory.db.
    const QByteArray current = fileBytes(folder() + QStringLiteral("/keyslots.json"));
    {
        QFile file(folder() + QStringLiteral("/keyslots.json"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(oldSlots);
    }
    EXPECT_NE(unlockError("leaver", "leaver's password 1"), ErrorKind::Internal);
    EXPECT_EQ(unlockError("dsl", "correct horse battery"), ErrorKind::Damaged);
    {
        QFile file(folder() + QStringLiteral("/keyslots.json"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(current);
    }
    auto vault = unlock("dsl", "correct horse battery");
    EXPECT_EQ(readMarker(*vault), QStringLiteral("before rotation"));
}

// A departed deputy who kept their keyslots.json can still unwrap, with their own code, every key their slot
// held then. After the rotation none of them opens the stores: not the case records, not the adults register.
TEST_F(VaultTest, ADepartedDeputysOldCompartmentKeysOpenNoStoreAfterRotation)
{
    {
        auto vault = createVault();
        vault->addUser({QStringLiteral("leaver"), QStringLiteral("Ciarán Ó Briain"), Role::Deputy},
                       secret("leaver's password 1"));
    }
    const KeySlotFile oldSlots = KeySlotFile::load(folder() + QStringLiteral("/keyslots.json"));
    const KeySlot* leaverSlot = oldSlots.findByUser(QStringLiteral("leaver"));
    ASSERT_NE(leaverSlot, nullptr);
    const std::optional<KeySlot::Keys> kept =
        leaverSlot->open(secret("leaver's password 1"), oldSlots.vaultId);
    ASSERT_TRUE(kept.has_value());
    ASSERT_EQ(kept->compartments.size(), 2u); // cases and adults
    // Before the rotation, those keys open the stores.
    for (const auto& [name, key] : kept->compartments)
        EXPECT_NO_THROW(Database::open(folder() + QLatin1Char('/') + name + QStringLiteral(".db"), key,
                                       Database::Mode::OpenExisting)
                            .checkIntegrity())
            << name.toStdString();
    {
        auto vault = unlock("dsl", "correct horse battery");
        vault->removeUser(QStringLiteral("leaver"));
        vault->rotateMasterKey();
    }
    for (const auto& [name, key] : kept->compartments) {
        try {
            Database::open(folder() + QLatin1Char('/') + name + QStringLiteral(".db"), key,
                           Database::Mode::OpenExisting)
                .checkIntegrity();
            ADD_FAILURE() << "the old " << name.toStdString() << " key still opens its store";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        }
    }
    // The DSL, who rotated, and the records are all there.
    auto vault = unlock("dsl", "correct horse battery");
    EXPECT_TRUE(vault->holds(Compartment::Cases));
    EXPECT_TRUE(vault->holds(Compartment::Adults));
    EXPECT_TRUE(vault->audit().verify().intact());
}

// Found by the kill harness: a rotation stopped by a full disk can leave its copy of the directory rolled
// back to nothing, and SQLite opens an empty file under any key. It must be discarded, not put in the
// directory's place (which lost every user).
TEST_F(VaultTest, AnEmptyCopyLeftByAnInterruptedRotationIsDiscarded)
{
    createVault()->addUser({QStringLiteral("deputy"), QStringLiteral("Li Wei"), Role::Deputy},
                           secret("deputy password 1"));
    {
        QFile copy(folder() + QStringLiteral("/directory.db.rotating"));
        ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    }
    {
        QFile journal(folder() + QStringLiteral("/directory.db.rotating-journal"));
        ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(512, 'j'));
    }
    auto vault = unlock("dsl", "correct horse battery");
    EXPECT_TRUE(vault->findUser(QStringLiteral("deputy")).has_value());
    EXPECT_FALSE(QFileInfo::exists(folder() + QStringLiteral("/directory.db.rotating")));
    EXPECT_FALSE(QFileInfo::exists(folder() + QStringLiteral("/directory.db.rotating-journal")));
    vault.reset();
    EXPECT_TRUE(unlock("deputy", "deputy password 1")->audit().verify().intact());
}

TEST_F(VaultTest, RotationRefusesASlotWhosePublicKeyWasSwapped)
{
    {
        auto vault = createVault();
        vault->addUser({QStringLiteral("deputy"), QStringLiteral("Li Wei"), Role::Deputy},
                       secret("deputy password 1"));
    }
    // Replace the deputy's public key in keyslots.json with the dsl's (any key the attacker controls).
    const QString path = folder() + QStringLiteral("/keyslots.json");
    QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
    QJsonObject dslSlot = slotArray.at(0).toObject();
    QJsonObject deputySlot = slotArray.at(1).toObject();
    deputySlot.insert(QStringLiteral("public_key"), dslSlot.value(QStringLiteral("public_key")));
    slotArray.replace(1, deputySlot);
    root.insert(QStringLiteral("slots"), slotArray);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    }
    const QByteArray before = fileBytes(path);
    auto vault = unlock("dsl", "correct horse battery");
    try {
        vault->rotateMasterKey();
        FAIL() << "rotation sealed the new key to a swapped public key";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("deputy"))) << error.message().toStdString();
    }
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(VaultTest, StaffAndAdministratorsCannotManageKeysUnlessPermitted)
{
    {
        auto vault = createVault();
        vault->addUser({QStringLiteral("teacher"), QStringLiteral("Nguyễn Thị Lan"), Role::Staff},
                       secret("teacher password"));
    }
    auto teacher = unlock("teacher", "teacher password");
    try {
        teacher->addUser({QStringLiteral("other"), QStringLiteral("Other"), Role::Staff},
                         secret("other password"));
        FAIL() << "staff added a user";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied);
    }
    EXPECT_THROW(teacher->rotateMasterKey(), Error);
    EXPECT_THROW(teacher->createRecoveryKey(), Error);
}

TEST_F(VaultTest, VaultFromANewerLanternIsRefused)
{
    {
        auto vault = createVault();
        vault->database().setUserVersion(Migrations::currentVersion() + 1);
    }
    try {
        unlock("dsl", "correct horse battery");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::NewerVersion);
        EXPECT_TRUE(error.message().contains(QStringLiteral("newer version")));
    }
}

TEST_F(VaultTest, NewVaultRejectsAShortPasswordAndAnExistingFolder)
{
    EXPECT_THROW(Vault::create(folder(), {QStringLiteral("dsl"), QStringLiteral("A"), Role::Dsl},
                               secret("short"), m_clock),
                 Error);
    EXPECT_FALSE(QFile::exists(folder()));
    createVault();
    EXPECT_THROW(createVault(), Error);
    EXPECT_NO_THROW(unlock("dsl", "correct horse battery"));
}

} // namespace
