// Backups and the restore drill through lantern-cli, as a school's IT would script them (issue #13): back up,
// lose the vault, restore, and find every record; a tampered backup refused; a restore over a newer vault
// only when told what it loses, keeping the vault it replaces.
#include "reference/Upn.h"
#include "support/CliFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class BackupCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        const CliResult pupil =
            as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")},
               {QStringLiteral("--upn"), upn(), QStringLiteral("--forename"), QStringLiteral("Amy"),
                QStringLiteral("--surname"), QStringLiteral("Okafor"), QStringLiteral("--dob"),
                QStringLiteral("2015-03-05"), QStringLiteral("--sex"), QStringLiteral("F")});
        ASSERT_EQ(pupil.exitCode, 0) << pupil.err.toStdString();
        ASSERT_TRUE(QDir().mkpath(usb()));
    }

    static QString upn() { return makeUpn(999, 4001, 15, 1); }
    QString usb() const { return m_temp.path(QStringLiteral("usb")); }

    // Backs up as amira; returns the backup folder.
    QString backUp()
    {
        const CliResult done = as(QStringLiteral("amira"), {QStringLiteral("backup")});
        EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
        const QRegularExpressionMatch made =
            QRegularExpression(QStringLiteral("Backed up and verified: (.+)\\n")).match(done.out);
        EXPECT_TRUE(made.hasMatch()) << done.out.toStdString();
        return made.captured(1);
    }

    CliResult restore(const QStringList& args, const QString& input = {})
    {
        return runCli(QStringList{QStringLiteral("restore")} + args, input);
    }
};

TEST_F(BackupCliTest, BackUpLoseTheVaultRestoreItAndTheRecordsAreThere)
{
    CliResult done = as(QStringLiteral("amira"), {QStringLiteral("backup")});
    EXPECT_EQ(done.exitCode, 1) << done.err.toStdString(); // no destination yet
    EXPECT_TRUE(done.err.contains(QStringLiteral("no destination is set"))) << done.err.toStdString();
    done = as(QStringLiteral("amira"), {QStringLiteral("backup"), QStringLiteral("settings")},
              {QStringLiteral("--destination"), usb(), QStringLiteral("--keep-daily"), QStringLiteral("3")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Last good backup: never"))) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("last 3 day(s)"))) << done.out.toStdString();
    const QString backup = backUp();
    ASSERT_TRUE(QFileInfo(backup).isDir()) << backup.toStdString();
    done = as(QStringLiteral("amira"), {QStringLiteral("backup"), QStringLiteral("list")});
    EXPECT_TRUE(done.out.contains(backup)) << done.out.toStdString();

    ASSERT_TRUE(QDir(vault()).removeRecursively());
    done = restore({backup});
    EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("every file is whole"))) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Nothing restored"))) << done.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(vault()));

    done = restore({backup, QStringLiteral("--to"), vault(), QStringLiteral("--as"), QStringLiteral("amira")},
                   line(password(QStringLiteral("amira"))));
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("its audit chains verify"))) << done.out.toStdString();
    done = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("show")},
              {QStringLiteral("--pupil"), upn()});
    EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Okafor"))) << done.out.toStdString();
}

TEST_F(BackupCliTest, ATamperedBackupIsRefusedWithExit3NamingTheFile)
{
    ASSERT_EQ(as(QStringLiteral("amira"), {QStringLiteral("backup"), QStringLiteral("settings")},
                 {QStringLiteral("--destination"), usb()})
                  .exitCode,
              0);
    const QString backup = backUp();
    QFile slots(backup + QStringLiteral("/keyslots.json"));
    ASSERT_TRUE(slots.open(QIODevice::Append));
    slots.write(" ");
    slots.close();
    const CliResult done = restore({backup, QStringLiteral("--to"), m_temp.path(QStringLiteral("drill"))});
    EXPECT_EQ(done.exitCode, 3) << done.err.toStdString();
    EXPECT_TRUE(done.err.contains(QStringLiteral("keyslots.json"))) << done.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_temp.path(QStringLiteral("drill.lantern"))));
}

TEST_F(BackupCliTest, RestoringOverANewerVaultSaysWhatIsLostAndNeedsReplace)
{
    ASSERT_EQ(as(QStringLiteral("amira"), {QStringLiteral("backup"), QStringLiteral("settings")},
                 {QStringLiteral("--destination"), usb()})
                  .exitCode,
              0);
    const QString backup = backUp();
    const CliResult later =
        as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("add")},
           {QStringLiteral("--pupil"), upn(), QStringLiteral("--role"), QStringLiteral("subject"),
            QStringLiteral("--occurred"), QStringLiteral("2025-03-04"), QStringLiteral("--category"),
            QStringLiteral("neglect"), QStringLiteral("--account"),
            QStringLiteral("Recorded after the backup.")});
    ASSERT_EQ(later.exitCode, 0) << later.err.toStdString();

    const QStringList over{backup, QStringLiteral("--to"), vault(), QStringLiteral("--as"),
                           QStringLiteral("amira")};
    CliResult done = restore(over, line(password(QStringLiteral("amira"))));
    EXPECT_EQ(done.exitCode, 1) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Restoring would lose"))) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("of the cases chain"))) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Nothing was changed"))) << done.out.toStdString();

    done = restore(over + QStringList{QStringLiteral("--replace")}, line(password(QStringLiteral("amira"))));
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    const QRegularExpressionMatch kept =
        QRegularExpression(QStringLiteral("kept as (.+)\\.\\n")).match(done.out);
    ASSERT_TRUE(kept.hasMatch()) << done.out.toStdString();
    EXPECT_TRUE(QFileInfo(kept.captured(1) + QStringLiteral("/cases.db")).exists());
    done = as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("list")},
              {QStringLiteral("--inbox")});
    EXPECT_FALSE(done.out.contains(QStringLiteral("Recorded after"))) << done.out.toStdString();
}

} // namespace
