// A store's file as it may be found on disk: emptied, with any one page damaged, or made by a process with a
// permissive umask. Damage is always Error(Damaged) naming the file (lantern-cli's exit 3), never another
// kind, and never a new, empty store; what the store layer writes is readable by its owner only.
#include "core/Error.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "vault/LockFile.h"
#include "vault/VaultStores.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString vaultId = QStringLiteral("5f0b6f0e-0000-4000-8000-000000000001");

unsigned modeOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

class StoreDamageTest : public ::testing::TestWithParam<Compartment> {
protected:
    QString path(const QString& name) const { return m_temp.path(name); }
    TempFolder m_temp;
};

// Every page of every store, one at a time, as attaching it at unlock reads it (open, integrity check,
// migrations, vault_meta, ATTACH to a session: here a directory store of its own, session.db). Pages the
// store does not use (freed when the other compartments' tables were dropped) may be damaged without anything
// to report.
TEST_P(StoreDamageTest, AnyDamagedPageIsDamageNamingTheStore)
{
    const Compartment compartment = GetParam();
    const SecureBytes directoryKey = SecureBytes::random(32);
    const SecureBytes key = SecureBytes::random(32);
    vaultStores::create(path(QStringLiteral("session.db")), Compartment::Directory, directoryKey, vaultId);
    const QString name = compartmentName(compartment) + QStringLiteral(".db");
    const QString store = path(name);
    vaultStores::create(store, compartment, key, vaultId);
    const QByteArray intact = fileBytes(store);
    ASSERT_EQ(intact.size() % 1024, 0);

    int refused = 0;
    for (qint64 page = 0; page < intact.size() / 1024; ++page) {
        QFile copy(store);
        ASSERT_TRUE(copy.open(QIODevice::WriteOnly | QIODevice::Truncate));
        copy.write(intact);
        copy.close();
        flipByte(store, page * 1024 + 200);
        Database session =
            Database::open(path(QStringLiteral("session.db")), directoryKey, Database::Mode::OpenExisting);
        try {
            vaultStores::attach(session, store, compartment, key, vaultId);
        } catch (const Error& error) {
            ++refused;
            EXPECT_EQ(error.kind(), ErrorKind::Damaged)
                << "page " << page + 1 << ": " << error.message().toStdString();
            EXPECT_TRUE(error.message().contains(name)) << error.message().toStdString();
        }
    }
    EXPECT_GT(refused, 0);
}

TEST_P(StoreDamageTest, AnEmptyStoreIsDamageAndStaysEmpty)
{
    const QString name = compartmentName(GetParam()) + QStringLiteral(".db");
    QFile empty(path(name));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const QString& store : {path(name), path(QStringLiteral("never-made.db"))}) {
        try {
            Database::open(store, SecureBytes::random(32), Database::Mode::OpenExisting);
            FAIL() << "an empty or missing store was opened";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::Damaged);
            EXPECT_TRUE(error.message().contains(QFileInfo(store).fileName() +
                                                 QStringLiteral(" is empty or missing")))
                << error.message().toStdString();
        }
    }
    EXPECT_EQ(QFileInfo(path(name)).size(), 0);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("never-made.db"))));
}

INSTANTIATE_TEST_SUITE_P(EveryCompartment, StoreDamageTest,
                         ::testing::Values(Compartment::Directory, Compartment::Cases, Compartment::Adults,
                                           Compartment::Headteacher),
                         [](const ::testing::TestParamInfo<Compartment>& param) {
                             return compartmentName(param.param).toStdString();
                         });

// SQLite gives a journal the mode of its database; the store layer makes the database 0600 whatever the
// umask, and so the journal, and an exported copy (a key rotation's), too.
TEST(StoreFiles, TheLockFileIsOwnerOnlyWhateverTheUmask)
{
    TempFolder temp;
    const mode_t previous = ::umask(0);
    const QString path = temp.path(QStringLiteral("lantern.lock"));
    {
        LockFile lock(path);
        EXPECT_EQ(modeOf(path), 0600u);
    }
    ::umask(previous);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(StoreFiles, AStoreItsJournalAndAnExportedCopyAreOwnerOnlyWhateverTheUmask)
{
    TempFolder temp;
    const mode_t previous = ::umask(0);
    const QString store = temp.path(QStringLiteral("cases.db"));
    const SecureBytes key = SecureBytes::random(32);
    {
        Database db = Database::open(store, key, Database::Mode::CreateNew);
        Transaction transaction(db);
        db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a child''s words');");
        EXPECT_EQ(modeOf(store + QStringLiteral("-journal")), 0600u);
        transaction.commit();
        db.exportTo(temp.path(QStringLiteral("cases.db.rotating")), SecureBytes::random(32));
    }
    ::umask(previous);
    EXPECT_EQ(modeOf(store), 0600u);
    EXPECT_EQ(modeOf(temp.path(QStringLiteral("cases.db.rotating"))), 0600u);
}

} // namespace
