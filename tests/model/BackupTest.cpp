// Issue #13, "never lose a record": backups of the whole vault, verified when made, kept by a rotation, and
// restored — into a folder of their own, or over the vault only when told what that loses.
#include "audit/AuditChains.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "records/ConcernRepository.h"
#include "records/PupilRepository.h"
#include "reference/Upn.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"
#include "vault/BackupSettings.h"
#include "vault/VaultBackup.h"
#include "vault/VaultRestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class BackupTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        m_amy = addTestPupil(dsl(), TestPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"))
                                        .withUpn(makeUpn(999, 1234, 20, 1))
                                        .inYear(QStringLiteral("7")));
        NewConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24T14:03"), QStringLiteral("When"));
        concern.children = {{m_amy, ChildRole::Subject, {}, {}}};
        concern.categoryIds = {QStringLiteral("neglect")};
        concern.account = QStringLiteral("Amy said she had not eaten since lunch yesterday.");
        m_concern = ConcernRepository(dsl()).record(concern);
        ASSERT_TRUE(QDir().mkpath(usb()));
        BackupSettings(dsl()).setDestinations({usb()});
    }

    QString usb() const { return m_temp.path(QStringLiteral("usb")); }

    BackupRun backUp()
    {
        const std::optional<BackupRun> run = VaultBackup(dsl()).backUp();
        EXPECT_TRUE(run.has_value());
        return run.value_or(BackupRun());
    }

    // The "vault.backup" entries (not "vault.backup-settings").
    QList<AuditEntry> backupEntries()
    {
        QList<AuditEntry> entries = auditEntries(dsl(), QStringLiteral("vault.backup"));
        entries.removeIf(
            [](const AuditEntry& entry) { return entry.action != QLatin1String("vault.backup"); });
        return entries;
    }

    qint64 m_amy = 0;
    qint64 m_concern = 0;
};

TEST_F(BackupTest, BackUpDeleteTheVaultRestoreAndEveryRecordAndTheAuditChainAreThere)
{
    const BackupRun run = backUp();
    ASSERT_EQ(run.destinations.size(), 1);
    EXPECT_TRUE(run.destinations.first().problem.isEmpty()) << run.destinations.first().problem.toStdString();
    const QString backup = run.destinations.first().backupFolder;
    ASSERT_TRUE(QFileInfo(backup).isDir());
    // Every store, the key slots, the manifest and the anchor of each chain the DSL holds; nothing readable.
    const QStringList files = QDir(backup).entryList(QDir::Files, QDir::Name);
    for (const char* name : {"directory.db", "cases.db", "adults.db", "keyslots.json", "backup.json",
                             "anchor.json", "anchor.cases.json"})
        EXPECT_TRUE(files.contains(QString::fromLatin1(name)))
            << name << " in " << files.join(u' ').toStdString();
    for (const QString& file : files)
        EXPECT_FALSE(readWholeFile(QDir(backup).filePath(file)).contains("had not eaten"))
            << file.toStdString();
    EXPECT_EQ(BackupSettings(dsl()).lastGoodBackup(), m_clock.nowUtc());
    EXPECT_EQ(backupEntries().size(), 1);

    // The disk dies.
    m_vault.reset();
    ASSERT_TRUE(QDir(vaultFolder()).removeRecursively());

    const std::optional<QString> restored = VaultRestore::restoreInto(backup, vaultFolder());
    ASSERT_TRUE(restored.has_value());
    Vault& vault = dsl();
    EXPECT_EQ(PupilRepository(vault).find(m_amy)->legalSurname, QStringLiteral("Okafor"));
    EXPECT_EQ(ConcernRepository(vault).get(m_concern).current.account,
              QStringLiteral("Amy said she had not eaten since lunch yesterday."));
    EXPECT_TRUE(vault.audit().verify().intact());
    // The anchors left beside the backup agree with the restored chains.
    const QList<AuditAnchor> anchors{
        AuditAnchor::load(QDir(backup).filePath(QStringLiteral("anchor.json"))),
        AuditAnchor::load(QDir(backup).filePath(QStringLiteral("anchor.cases.json")))};
    const AuditVerification checked = vault.audit().verifyAgainst(anchors, vault.vaultId());
    EXPECT_TRUE(checked.intact()) << checked.problem.toStdString();
    EXPECT_EQ(checked.anchorsChecked, 2);
}

TEST_F(BackupTest, ATamperedOrIncompleteBackupIsRefusedNamingTheFile)
{
    const QString backup = backUp().destinations.first().backupFolder;
    QFile cases(QDir(backup).filePath(QStringLiteral("cases.db")));
    ASSERT_TRUE(cases.open(QIODevice::ReadWrite));
    cases.seek(5000);
    const char byte = cases.read(1).at(0);
    cases.seek(5000);
    cases.write(QByteArray(1, static_cast<char>(byte ^ 0x20)));
    cases.close();
    const QString target = m_temp.path(QStringLiteral("drill.lantern"));
    try {
        VaultRestore::restoreInto(backup, target);
        FAIL() << "a tampered backup was restored";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("cases.db"))) << error.message().toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(target));

    QFile::remove(QDir(backup).filePath(QStringLiteral("cases.db")));
    try {
        VaultRestore::check(backup);
        FAIL() << "an incomplete backup passed";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("cases.db is missing")))
            << error.message().toStdString();
    }
}

// Found by reading the code while fuzzing: a backup.json that is a link to /dev/zero was read until memory
// ran out, in the restore and in the rotation, which reads every backup's manifest at the destination.
TEST_F(BackupTest, AManifestThatIsALinkToADeviceIsRefusedWithoutBeingRead)
{
    const QString backup = backUp().destinations.first().backupFolder;
    const QString manifest = QDir(backup).filePath(QStringLiteral("backup.json"));
    ASSERT_TRUE(QFile::remove(manifest));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), manifest));
    try {
        VaultRestore::check(backup);
        FAIL() << "a link was read as a manifest";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("link"))) << error.message().toStdString();
    }
    // The next backup at that destination is made, and the broken one is left alone, not counted.
    m_clock.advanceSeconds(3600);
    EXPECT_TRUE(backUp().destinations.first().problem.isEmpty());
    EXPECT_EQ(VaultBackup(dsl()).backupsAt(usb()).size(), 1);
    EXPECT_TRUE(QFileInfo(backup).isDir());
}

TEST_F(BackupTest, ADestinationThatIsMissingIsReportedAndTheOthersAreStillMade)
{
    const QString unplugged = m_temp.path(QStringLiteral("unplugged-stick"));
    BackupSettings(dsl()).setDestinations({unplugged, usb()});
    const BackupRun run = backUp();
    ASSERT_EQ(run.destinations.size(), 2);
    EXPECT_TRUE(run.destinations.at(0).problem.contains(QStringLiteral("cannot be found")))
        << run.destinations.at(0).problem.toStdString();
    EXPECT_TRUE(run.destinations.at(0).backupFolder.isEmpty());
    EXPECT_TRUE(run.destinations.at(1).problem.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(unplugged));
    EXPECT_TRUE(run.succeededAnywhere());
    const QList<AuditEntry> entries = backupEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries.first().details.contains(QStringLiteral("failed")))
        << entries.first().details.toStdString();
}

TEST_F(BackupTest, AStoppedBackupLeavesNothingHalfMadeAndRecordsNothing)
{
    const std::optional<BackupRun> run =
        VaultBackup(dsl()).backUp([](qint64 done, qint64 total) { return done < total / 2; });
    EXPECT_FALSE(run.has_value());
    const QDir backups(VaultBackup(dsl()).backupsFolder(usb()));
    EXPECT_TRUE(backups.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
        << backups.entryList(QDir::Dirs | QDir::NoDotAndDotDot).join(u' ').toStdString();
    EXPECT_FALSE(BackupSettings(dsl()).lastGoodBackup().has_value());
    EXPECT_TRUE(backupEntries().isEmpty());
}

TEST_F(BackupTest, OlderBackupsAreKeptByDayWeekAndMonthAndTheRestRemoved)
{
    BackupSettings(dsl()).setKeep({2, 1, 2});
    // One backup a day for 40 days (at 18:00 UK time, after school).
    for (int day = 0; day < 40; ++day) {
        backUp();
        m_clock.advanceSeconds(24 * 3600);
    }
    const QList<QString> kept = VaultBackup(dsl()).backupsAt(usb());
    QStringList days;
    for (const QString& folder : kept)
        days.append(BackupManifest::load(folder).madeAt.date().toString(Qt::ISODate));
    // The newest two days, the newest of this ISO week (one of those two), and the newest of this month and
    // of the month before.
    const QDate last = fixedNow().date().addDays(39);
    QStringList expected{last.toString(Qt::ISODate), last.addDays(-1).toString(Qt::ISODate)};
    const QDate endOfPreviousMonth = QDate(last.year(), last.month(), 1).addDays(-1);
    if (!expected.contains(endOfPreviousMonth.toString(Qt::ISODate)))
        expected.append(endOfPreviousMonth.toString(Qt::ISODate));
    EXPECT_EQ(days.join(u' ').toStdString(), expected.join(u' ').toStdString());
}

TEST_F(BackupTest, RestoringOverTheVaultSaysWhatWouldBeLostAndKeepsTheVaultItReplaces)
{
    const QString backup = backUp().destinations.first().backupFolder;
    m_clock.advanceSeconds(3600);
    NewConcern later;
    later.occurred = PartialDate::parse(QStringLiteral("2026-11-25"), QStringLiteral("When"));
    later.children = {{m_amy, ChildRole::Subject, {}, {}}};
    later.categoryIds = {QStringLiteral("neglect")};
    later.account = QStringLiteral("Recorded after the backup.");
    const qint64 laterConcern = ConcernRepository(dsl()).record(later);

    const BackupManifest manifest = VaultRestore::check(backup);
    const QList<VaultRestore::Loss> losses = VaultRestore::lossIfRestored(manifest, dsl());
    ASSERT_FALSE(losses.isEmpty());
    bool casesLoss = false;
    for (const VaultRestore::Loss& loss : losses) {
        if (loss.chain == QLatin1String("cases")) {
            casesLoss = true;
            EXPECT_GE(loss.entries, 1);
            EXPECT_EQ(loss.newest, m_clock.nowUtc());
        }
    }
    EXPECT_TRUE(casesLoss);

    // Not while the vault is open.
    EXPECT_THROW(VaultRestore::replace(backup, vaultFolder(), m_clock.nowUtc()), Error);
    m_vault.reset();
    const std::optional<QString> kept = VaultRestore::replace(backup, vaultFolder(), m_clock.nowUtc());
    ASSERT_TRUE(kept.has_value());
    EXPECT_TRUE(QFileInfo(*kept + QStringLiteral("/cases.db")).exists());
    // The restored vault has the backup's records, not the later one; the replaced vault still has it.
    EXPECT_THROW(ConcernRepository(dsl()).get(laterConcern), Error);
    EXPECT_EQ(ConcernRepository(dsl()).get(m_concern).current.account,
              QStringLiteral("Amy said she had not eaten since lunch yesterday."));
    m_vault.reset();
    auto replaced = Vault::unlock(*kept, QStringLiteral("dsl"), secret("dsl password 123"), m_clock);
    EXPECT_EQ(ConcernRepository(*replaced).get(laterConcern).current.account,
              QStringLiteral("Recorded after the backup."));
}

TEST_F(BackupTest, BackupsAreSetByTheDslOrAdministratorAndNeverInsideTheVault)
{
    EXPECT_THROW(BackupSettings(as(QStringLiteral("staff"))).setDestinations({usb()}), Error);
    try {
        BackupSettings(dsl()).setDestinations({vaultFolder() + QStringLiteral("/backups")});
        FAIL() << "a destination inside the vault was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("lost with the vault")))
            << error.message().toStdString();
    }
    BackupSettings(as(QStringLiteral("admin"))).setDestinations({usb()});
    EXPECT_EQ(BackupSettings(dsl()).destinations(), QStringList{QDir::cleanPath(usb())});
    EXPECT_THROW(VaultBackup(as(QStringLiteral("staff"))).backUp(), Error);
}

} // namespace
