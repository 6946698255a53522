// The idle lock, with the clock moved by the test: it closes dialogs, deletes every page and destroys the
// Vault.
#include "common/IdleLock.h"

#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/UnlockWidget.h"
#include "audit/AuditLog.h"
#include "vault/VaultPaths.h"

#include <QApplication>
#include <QDialog>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class IdleLockTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        window = std::make_unique<MainWindow>(harness.services);
        window->openSession(makeVault(folder(), harness.clock));
        ASSERT_TRUE(showActive(*window));
    }

    QString folder() const { return temp.path(QStringLiteral("school.lantern")); }
    bool lockFileExists() const { return QFile::exists(VaultPaths(folder()).lock()); }
    void idleFor(qint64 seconds)
    {
        harness.clock.advanceSeconds(seconds);
        window->idleLock().checkNow();
    }

    TempFolder temp;
    GuiHarness harness;
    std::unique_ptr<MainWindow> window;
};

TEST_F(IdleLockTest, AfterFiveIdleMinutesEverythingOfTheSessionIsGone)
{
    QPointer<QWidget> vaultPage = window->page(QStringLiteral("vault"));
    auto* extra = new QLabel(QStringLiteral("case data"));
    ASSERT_TRUE(window->addPage(QStringLiteral("extra"), QStringLiteral("Extra"), extra));
    QPointer<QWidget> extraPage = extra;
    QPointer<QDialog> dialog = new QDialog(window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->open(); // window-modal, as a page's dialog would be
    ASSERT_TRUE(dialog->isVisible());

    idleFor(299);
    ASSERT_NE(window->vault(), nullptr) << "not yet: the default timeout is five minutes";
    idleFor(1);

    EXPECT_EQ(window->vault(), nullptr);
    EXPECT_FALSE(lockFileExists()) << "the Vault is destroyed, not kept behind the unlock screen";
    EXPECT_TRUE(vaultPage.isNull());
    EXPECT_TRUE(extraPage.isNull());
    EXPECT_TRUE(window->pageIds().isEmpty());
    ASSERT_FALSE(dialog.isNull());
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_TRUE(window->unlockWidget()->isVisible());

    // The lock is in the audit chain, with why.
    auto reopened =
        Vault::unlock(folder(), QStringLiteral("jsmith"),
                      SecureBytes::fromUtf8(passwordFor(QStringLiteral("jsmith")).toUtf8()), harness.clock);
    const QList<AuditEntry> locks = auditEntries(*reopened, QStringLiteral("vault.lock"));
    ASSERT_EQ(locks.size(), 1);
    EXPECT_EQ(locks.first().details, QStringLiteral("reason=idle"));
    EXPECT_EQ(locks.first().actor, QStringLiteral("jsmith"));
}

TEST_F(IdleLockTest, InputPostponesTheLock)
{
    idleFor(200);
    QTest::keyClick(window.get(), Qt::Key_Shift);
    idleFor(200);
    EXPECT_NE(window->vault(), nullptr) << "only 200 s since the last key press";
    QTest::mouseMove(window.get(), QPoint(10, 10));
    QTest::mouseMove(window.get(), QPoint(20, 20));
    idleFor(299);
    EXPECT_NE(window->vault(), nullptr);
    idleFor(1);
    EXPECT_EQ(window->vault(), nullptr);
}

TEST_F(IdleLockTest, TimeoutComesFromTheSettings)
{
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), 1);
    window->lock();
    window->openSession(Vault::unlock(folder(), QStringLiteral("jsmith"),
                                      SecureBytes::fromUtf8(passwordFor(QStringLiteral("jsmith")).toUtf8()),
                                      harness.clock));
    idleFor(59);
    EXPECT_NE(window->vault(), nullptr);
    idleFor(1);
    EXPECT_EQ(window->vault(), nullptr);
}

TEST_F(IdleLockTest, NothingHappensWhileLocked)
{
    window->lock();
    EXPECT_FALSE(window->idleLock().isArmed());
    idleFor(3600);
    EXPECT_EQ(window->vault(), nullptr);
    EXPECT_TRUE(window->unlockWidget()->isVisible());
}

// A page waiting in dialog.exec() when the lock comes: the dialog closes, the page and the vault are out of
// reach at once, and both are destroyed when control is back in the main loop — not under the page's feet.
TEST_F(IdleLockTest, LockDuringANestedDialogLoopIsSafe)
{
    QPointer<QWidget> vaultPage = window->page(QStringLiteral("vault"));
    bool pageAliveAfterExec = false;
    int dialogResult = -1;
    QEventLoop mainLoop; // stands for the application's own loop
    QTimer::singleShot(0, &mainLoop, [&]() {
        QDialog dialog(vaultPage);
        QTimer::singleShot(0, &dialog, [&]() { idleFor(301); });
        dialogResult = dialog.exec();
        pageAliveAfterExec = !vaultPage.isNull();
        mainLoop.quit();
    });
    mainLoop.exec();

    EXPECT_EQ(dialogResult, QDialog::Rejected);
    EXPECT_TRUE(pageAliveAfterExec);
    EXPECT_EQ(window->vault(), nullptr);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(vaultPage.isNull());
    EXPECT_FALSE(lockFileExists());

    // The vault was locked once the page's code had returned, with the entry saying why.
    auto reopened =
        Vault::unlock(folder(), QStringLiteral("jsmith"),
                      SecureBytes::fromUtf8(passwordFor(QStringLiteral("jsmith")).toUtf8()), harness.clock);
    const QList<AuditEntry> locks = auditEntries(*reopened, QStringLiteral("vault.lock"));
    ASSERT_EQ(locks.size(), 1);
    EXPECT_EQ(locks.first().details, QStringLiteral("reason=idle"));
}

} // namespace
