// Backups on the desktop (issue #13): the Vault page's Backups section, "Back up now" with progress and
// cancel, the warning at unlock when there has been no backup, and the backup made when a DSL locks.
#include "admin/BackupPanel.h"

#include "GuiTestSupport.h"
#include "admin/BackupDialog.h"
#include "admin/VaultPage.h"
#include "app/MainWindow.h"
#include "support/RecordsFixture.h"
#include "vault/BackupSettings.h"
#include "vault/VaultBackup.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class BackupPanelTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        ASSERT_TRUE(QDir().mkpath(usb()));
    }

    QString usb() const { return m_temp.path(QStringLiteral("usb")); }

    static bool waitForBackup(BackupDialog* dialog)
    {
        return QTest::qWaitFor([dialog] { return dialog->outcome().has_value(); }, 60000);
    }

    GuiHarness harness;
};

TEST_F(BackupPanelTest, TheDslAddsADestinationAndBacksUpByKeyboard)
{
    VaultPage page(dsl(), harness.services);
    page.resize(900, 900);
    ASSERT_TRUE(showActive(page));
    BackupPanel* panel = page.backupPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("No backup yet")))
        << panel->statusText().toStdString();
    auto* backUp = child<QPushButton>(panel, "backUpNow");
    EXPECT_FALSE(backUp->isEnabled()); // nowhere to back up to yet

    harness.files.nextPaths = {usb()};
    pressMnemonic(Qt::Key_A);
    ASSERT_EQ(panel->destinationList()->count(), 1);
    EXPECT_EQ(panel->destinationList()->item(0)->text(), QDir::toNativeSeparators(usb()));
    ASSERT_TRUE(backUp->isEnabled());

    pressMnemonic(Qt::Key_B);
    auto* dialog = page.window()->findChild<BackupDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitForBackup(dialog));
    EXPECT_EQ(dialog->outcome()->status, BackupOutcome::Status::Done);
    EXPECT_TRUE(dialog->statusText().startsWith(QStringLiteral("Backed up and checked: ")))
        << dialog->statusText().toStdString();
    EXPECT_FALSE(dialog->bar()->accessibleName().isEmpty());
    EXPECT_EQ(VaultBackup(dsl()).backupsAt(usb()).size(), 1);
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("Last good backup")))
        << panel->statusText().toStdString();
}

TEST_F(BackupPanelTest, ACancelledBackupLeavesNothingAndSaysSo)
{
    BackupSettings(dsl()).setDestinations({usb()});
    VaultPage page(dsl(), harness.services);
    ASSERT_TRUE(showActive(page));
    auto* dialog = new BackupDialog(dsl(), false, &page);
    // The person presses Cancel while the first block is being copied.
    dialog->setProgressHook([dialog](qint64, qint64) {
        QMetaObject::invokeMethod(
            dialog, [dialog] { dialog->cancel(); }, Qt::BlockingQueuedConnection);
        return true;
    });
    dialog->start();
    ASSERT_TRUE(waitForBackup(dialog));
    EXPECT_EQ(dialog->outcome()->status, BackupOutcome::Status::Cancelled);
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("nothing was left half-made")))
        << dialog->statusText().toStdString();
    EXPECT_TRUE(VaultBackup(dsl()).backupsAt(usb()).isEmpty());
    EXPECT_TRUE(
        QDir(VaultBackup(dsl()).backupsFolder(usb())).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_FALSE(BackupSettings(dsl()).lastGoodBackup().has_value());
    delete dialog;
}

TEST_F(BackupPanelTest, ADestinationInsideTheVaultIsRefusedWithTheReason)
{
    VaultPage page(dsl(), harness.services);
    ASSERT_TRUE(showActive(page));
    harness.files.nextPaths = {vaultFolder()};
    page.backupPanel()->addDestination();
    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_TRUE(harness.messages.shown.first().text.contains(QStringLiteral("lost with the vault")))
        << harness.messages.shown.first().text.toStdString();
    EXPECT_EQ(page.backupPanel()->destinationList()->count(), 0);
}

TEST_F(BackupPanelTest, UnlockWarnsThoseWhoCanBackUpAndTheStatusBarSaysWhenTheLastWasMade)
{
    {
        MainWindow window(harness.services);
        as(QStringLiteral("staff"));
        window.openSession(std::move(m_vault));
        EXPECT_EQ(window.findChild<QLabel*>(QStringLiteral("backupWarning")), nullptr);
        EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("statusBackup"))->text().isEmpty());
        window.lock();
    }
    MainWindow window(harness.services);
    dsl();
    window.openSession(std::move(m_vault));
    auto* warning = window.findChild<QLabel*>(QStringLiteral("backupWarning"));
    ASSERT_NE(warning, nullptr);
    EXPECT_TRUE(warning->text().contains(QStringLiteral("never been backed up")))
        << warning->text().toStdString();
    EXPECT_EQ(window.findChild<QLabel*>(QStringLiteral("statusBackup"))->text(),
              QStringLiteral("No backup yet"));
    window.lock();

    // Backed up today: no warning; eight days later, warned again.
    dsl();
    BackupSettings(*m_vault).setDestinations({usb()});
    ASSERT_TRUE(VaultBackup(*m_vault).backUp().has_value());
    window.openSession(std::move(m_vault));
    EXPECT_EQ(window.findChild<QLabel*>(QStringLiteral("backupWarning")), nullptr);
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("statusBackup"))
                    ->text()
                    .startsWith(QStringLiteral("Last good backup:")));
    window.lock(MainWindow::LockReason::Idle); // an idle lock locks at once, with no backup
    m_clock.advanceSeconds(8 * 24 * 3600);
    dsl();
    window.openSession(std::move(m_vault));
    warning = window.findChild<QLabel*>(QStringLiteral("backupWarning"));
    ASSERT_NE(warning, nullptr);
    EXPECT_TRUE(warning->text().contains(QStringLiteral("8 days ago"))) << warning->text().toStdString();
}

TEST_F(BackupPanelTest, WhenADslLocksLanternABackupIsMadeFirst)
{
    BackupSettings(dsl()).setDestinations({usb()});
    MainWindow window(harness.services);
    window.openSession(std::move(m_vault));
    ASSERT_TRUE(showActive(window));
    window.lock(MainWindow::LockReason::Manual);
    EXPECT_TRUE(window.isLocked());
    EXPECT_EQ(VaultBackup(dsl()).backupsAt(usb()).size(), 1);
}

} // namespace
