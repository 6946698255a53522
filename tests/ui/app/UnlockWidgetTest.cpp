// The unlock screen driven as a person would: by keyboard, with real key derivation on the worker thread.
#include "app/UnlockWidget.h"

#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "vault/BackupSettings.h"
#include "vault/Vault.h"
#include "vault/VaultBackup.h"
#include "vault/VaultPaths.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class UnlockWidgetTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }

    QString statusText() { return child<QLabel>(&window, "statusUser")->text(); }
    QString vaultFolder() const { return temp.path(QStringLiteral("school.lantern")); }

    TempFolder temp;
    GuiHarness harness;
    MainWindow window{harness.services};
};

// Unlocks an existing vault from the unlock form by keyboard; returns when the attempt has finished.
void unlockByKeyboard(MainWindow& window, const QString& username, const QString& password)
{
    UnlockWidget* unlock = window.unlockWidget();
    QLineEdit* user = child<QLineEdit>(unlock, "username");
    user->setFocus();
    user->selectAll();
    typeText(username);
    pressKey(Qt::Key_Tab);
    typeText(password);
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntilIdle(*unlock));
}

TEST_F(UnlockWidgetTest, CreatesAVaultByKeyboardAloneAndOpensIt)
{
    ASSERT_TRUE(showActive(window));
    pressMnemonic(Qt::Key_C); // "&Create a new vault…"
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("newLocation"));
    typeText(temp.path(QStringLiteral("school"))); // ".lantern" is added
    pressKey(Qt::Key_Tab);                         // Browse…
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("jsmith"));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Jo Smith"));
    pressKey(Qt::Key_Tab);
    typeText(passwordFor(QStringLiteral("jsmith")));
    pressKey(Qt::Key_Tab);
    typeText(passwordFor(QStringLiteral("jsmith")));
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntilIdle(*window.unlockWidget()));

    ASSERT_NE(window.vault(), nullptr) << window.unlockWidget()->errorText().toStdString();
    EXPECT_EQ(window.vault()->paths().folder(), vaultFolder());
    EXPECT_TRUE(statusText().contains(QStringLiteral("Jo Smith")));
    EXPECT_TRUE(statusText().contains(QStringLiteral("Designated safeguarding lead")));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("vault"));
    EXPECT_TRUE(child<QLabel>(window.page(QStringLiteral("vault")), "signedInUser")
                    ->text()
                    .contains(QStringLiteral("jsmith")));

    // The vault is remembered by its folder only: nothing about who uses it goes into the settings.
    EXPECT_EQ(QSettings().value(QStringLiteral("vaults/recent")).toStringList(), QStringList{vaultFolder()});
    QSettings().sync();
    QFile settingsFile(QSettings().fileName());
    ASSERT_TRUE(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settings = settingsFile.readAll();
    EXPECT_FALSE(settings.contains("jsmith"));
    EXPECT_FALSE(settings.contains("Jo Smith"));
}

TEST_F(UnlockWidgetTest, MismatchedPasswordsCreateNothing)
{
    ASSERT_TRUE(showActive(window));
    window.unlockWidget()->showCreateForm();
    typeText(vaultFolder());
    child<QLineEdit>(&window, "newUsername")->setText(QStringLiteral("jsmith"));
    child<QLineEdit>(&window, "newDisplayName")->setText(QStringLiteral("Jo Smith"));
    child<QLineEdit>(&window, "newPassword")->setText(QStringLiteral("correct horse battery"));
    child<QLineEdit>(&window, "newPasswordAgain")->setText(QStringLiteral("correct horse battery!"));
    QTest::mouseClick(child<QPushButton>(&window, "createVault"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilIdle(*window.unlockWidget()));

    EXPECT_TRUE(window.unlockWidget()->errorText().contains(QStringLiteral("different")));
    EXPECT_FALSE(QFile::exists(vaultFolder()));
    EXPECT_TRUE(child<QLineEdit>(&window, "newPassword")->text().isEmpty());
    EXPECT_TRUE(child<QLineEdit>(&window, "newPasswordAgain")->text().isEmpty());
    EXPECT_EQ(window.vault(), nullptr);
}

TEST_F(UnlockWidgetTest, WrongPasswordIsRefusedInlineAndLeavesTheVaultAsItWas)
{
    makeVault(vaultFolder(), harness.clock).reset();
    const QStringList files{QStringLiteral("directory.db"), QStringLiteral("cases.db"),
                            QStringLiteral("adults.db"), QStringLiteral("keyslots.json")};
    const auto before = snapshot(vaultFolder(), files);
    ASSERT_TRUE(showActive(window));
    window.unlockWidget()->setVaultFolder(vaultFolder());

    unlockByKeyboard(window, QStringLiteral("jsmith"), QStringLiteral("not my password at all"));

    EXPECT_EQ(window.vault(), nullptr);
    EXPECT_FALSE(window.unlockWidget()->errorText().isEmpty());
    EXPECT_TRUE(child<QLineEdit>(&window, "password")->text().isEmpty())
        << "the password must not stay in the field";
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(&window, "password"));
    EXPECT_EQ(snapshot(vaultFolder(), files), before);
    EXPECT_FALSE(QFile::exists(VaultPaths(vaultFolder()).lock()))
        << "a failed attempt must not hold the lock";

    // The username stays; only the password is typed again.
    typeText(passwordFor(QStringLiteral("jsmith")));
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntilIdle(*window.unlockWidget()));
    ASSERT_NE(window.vault(), nullptr) << window.unlockWidget()->errorText().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("Jo Smith (jsmith)")));
    EXPECT_TRUE(child<QLineEdit>(&window, "password")->text().isEmpty());
}

TEST_F(UnlockWidgetTest, UnknownUserIsNamedInTheError)
{
    makeVault(vaultFolder(), harness.clock).reset();
    ASSERT_TRUE(showActive(window));
    window.unlockWidget()->setVaultFolder(vaultFolder());
    unlockByKeyboard(window, QStringLiteral("nobody"), QStringLiteral("whatever password"));
    EXPECT_EQ(window.vault(), nullptr);
    EXPECT_TRUE(window.unlockWidget()->errorText().contains(QStringLiteral("nobody")));
}

TEST_F(UnlockWidgetTest, CtrlLLocksAndTheSessionIsGone)
{
    makeVault(vaultFolder(), harness.clock).reset();
    ASSERT_TRUE(showActive(window));
    window.unlockWidget()->setVaultFolder(vaultFolder());
    unlockByKeyboard(window, QStringLiteral("jsmith"), passwordFor(QStringLiteral("jsmith")));
    ASSERT_NE(window.vault(), nullptr);
    QPointer<QWidget> page = window.page(QStringLiteral("vault"));
    ASSERT_TRUE(QFile::exists(VaultPaths(vaultFolder()).lock()));

    pressKey(Qt::Key_L, Qt::ControlModifier);

    EXPECT_EQ(window.vault(), nullptr);
    EXPECT_TRUE(page.isNull()) << "pages are deleted at lock, not hidden";
    EXPECT_FALSE(QFile::exists(VaultPaths(vaultFolder()).lock())) << "the Vault object is destroyed";
    EXPECT_TRUE(window.unlockWidget()->isVisible());
    EXPECT_EQ(statusText(), QStringLiteral("Locked"));
    EXPECT_EQ(child<QLineEdit>(&window, "username")->text(), QStringLiteral("jsmith"));
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(&window, "password"));
}

TEST_F(UnlockWidgetTest, OpenChoosesAVaultThroughTheFileChooser)
{
    makeVault(vaultFolder(), harness.clock).reset();
    ASSERT_TRUE(showActive(window));
    harness.files.nextPaths = {temp.path(QStringLiteral("not-a-vault")), vaultFolder()};
    QTest::mouseClick(child<QPushButton>(&window, "openVault"), Qt::LeftButton);
    EXPECT_TRUE(window.unlockWidget()->errorText().contains(QStringLiteral("not a Lantern vault")));
    QTest::mouseClick(child<QPushButton>(&window, "openVault"), Qt::LeftButton);
    EXPECT_EQ(window.unlockWidget()->vaultFolder(), vaultFolder());
    EXPECT_TRUE(window.unlockWidget()->errorText().isEmpty());
}

TEST_F(UnlockWidgetTest, ABackupIsRestoredIntoANewFolderByKeyboardAndOpensThere)
{
    {
        auto vault = makeVault(vaultFolder(), harness.clock);
        BackupSettings(*vault).setDestinations({temp.path(QStringLiteral("usb"))});
        QDir().mkpath(temp.path(QStringLiteral("usb")));
        ASSERT_TRUE(VaultBackup(*vault).backUp().has_value());
    }
    const QString backup = QDir(temp.path(QStringLiteral("usb/school.lantern-backups")))
                               .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)
                               .value(0)
                               .filePath();
    ASSERT_FALSE(backup.isEmpty());
    ASSERT_TRUE(showActive(window));

    // Declined once it says what the backup is: nothing is made.
    harness.files.nextPaths = {backup};
    harness.messages.nextAnswers = {false};
    pressMnemonic(Qt::Key_B); // "Restore from a &backup…"
    ASSERT_EQ(harness.messages.shown.size(), 1);
    const QString question = harness.messages.shown.first().text;
    EXPECT_TRUE(question.contains(QStringLiteral("school.lantern"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("jsmith"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("every file in it is whole"))) << question.toStdString();

    const QString drill = temp.path(QStringLiteral("drill"));
    harness.files.nextPaths = {backup, drill};
    harness.messages.nextAnswers = {true};
    ASSERT_TRUE(showActive(window));
    pressMnemonic(Qt::Key_B);
    EXPECT_TRUE(window.unlockWidget()->errorText().isEmpty())
        << window.unlockWidget()->errorText().toStdString();
    EXPECT_EQ(window.unlockWidget()->vaultFolder(), drill + QStringLiteral(".lantern"));
    ASSERT_TRUE(showActive(window)); // back from the progress window
    unlockByKeyboard(window, QStringLiteral("jsmith"), passwordFor(QStringLiteral("jsmith")));
    ASSERT_FALSE(window.isLocked()) << window.unlockWidget()->errorText().toStdString();
    EXPECT_EQ(window.vault()->paths().folder(), drill + QStringLiteral(".lantern"));
}

TEST_F(UnlockWidgetTest, AChangedBackupIsRefusedNamingTheFileAndNothingIsRestored)
{
    {
        auto vault = makeVault(vaultFolder(), harness.clock);
        QDir().mkpath(temp.path(QStringLiteral("usb")));
        ASSERT_TRUE(VaultBackup(*vault).backUpTo({temp.path(QStringLiteral("usb"))}).has_value());
    }
    const QString backup = QDir(temp.path(QStringLiteral("usb/school.lantern-backups")))
                               .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)
                               .value(0)
                               .filePath();
    flipByte(backup + QStringLiteral("/directory.db"), 4000);
    ASSERT_TRUE(showActive(window));
    harness.files.nextPaths = {backup, temp.path(QStringLiteral("drill"))};
    pressMnemonic(Qt::Key_B);
    EXPECT_TRUE(harness.messages.shown.isEmpty());
    EXPECT_TRUE(window.unlockWidget()->errorText().contains(QStringLiteral("directory.db")))
        << window.unlockWidget()->errorText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(temp.path(QStringLiteral("drill.lantern"))));
}

TEST_F(UnlockWidgetTest, StaleLockOffersToClearItAndThenUnlocks)
{
    makeVault(vaultFolder(), harness.clock).reset();
    // A lock left by a Lantern that crashed: a process that no longer exists, on this computer, this boot.
    QFile lock(VaultPaths(vaultFolder()).lock());
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write("999999999 " + QSysInfo::machineHostName().toUtf8() + ' ' + QSysInfo::bootUniqueId() + '\n');
    lock.close();
    ASSERT_TRUE(showActive(window));
    window.unlockWidget()->setVaultFolder(vaultFolder());
    auto* clear = child<QPushButton>(&window, "clearStaleLock");
    EXPECT_FALSE(clear->isVisible());

    unlockByKeyboard(window, QStringLiteral("jsmith"), passwordFor(QStringLiteral("jsmith")));
    EXPECT_EQ(window.vault(), nullptr);
    EXPECT_TRUE(window.unlockWidget()->errorText().contains(QStringLiteral("stale lock")));
    ASSERT_TRUE(clear->isVisible());

    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_FALSE(QFile::exists(VaultPaths(vaultFolder()).lock()));
    EXPECT_FALSE(clear->isVisible());
    ASSERT_EQ(harness.messages.shown.size(), 1);

    unlockByKeyboard(window, QStringLiteral("jsmith"), passwordFor(QStringLiteral("jsmith")));
    EXPECT_NE(window.vault(), nullptr);
}

TEST_F(UnlockWidgetTest, LiveLockIsNamedWithoutAClearButton)
{
    auto holder = makeVault(vaultFolder(), harness.clock); // this process holds it, as another Lantern would
    ASSERT_TRUE(showActive(window));
    window.unlockWidget()->setVaultFolder(vaultFolder());
    unlockByKeyboard(window, QStringLiteral("jsmith"), passwordFor(QStringLiteral("jsmith")));
    EXPECT_EQ(window.vault(), nullptr);
    EXPECT_TRUE(window.unlockWidget()->errorText().contains(QStringLiteral("open in another Lantern")));
    EXPECT_FALSE(child<QPushButton>(&window, "clearStaleLock")->isVisible());
}

TEST_F(UnlockWidgetTest, RecoveryKeyUnlocksInsteadOfAPassword)
{
    QString key;
    {
        auto vault = makeVault(vaultFolder(), harness.clock);
        key = vault->createRecoveryKey();
    }
    ASSERT_TRUE(showActive(window));
    window.unlockWidget()->setVaultFolder(vaultFolder());
    auto* recoveryKey = child<QLineEdit>(&window, "recoveryKey");
    EXPECT_FALSE(recoveryKey->isVisible());
    child<QLineEdit>(&window, "username")->setFocus();
    pressMnemonic(Qt::Key_K); // "Use the recovery &key"
    EXPECT_TRUE(child<QCheckBox>(&window, "useRecoveryKey")->isChecked());
    EXPECT_TRUE(recoveryKey->isVisible());
    EXPECT_FALSE(child<QLineEdit>(&window, "username")->isVisible());
    EXPECT_EQ(recoveryKey->echoMode(), QLineEdit::Password);

    recoveryKey->setFocus();
    typeText(key);
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntilIdle(*window.unlockWidget()));
    ASSERT_NE(window.vault(), nullptr) << window.unlockWidget()->errorText().toStdString();
    EXPECT_EQ(window.vault()->user().role, Role::Recovery);
    EXPECT_TRUE(recoveryKey->text().isEmpty());
}

// Every input can be named by a screen reader and reached with Tab alone.
void expectAccessibleAndReachable(QWidget* page, QWidget* first)
{
    QList<QWidget*> inputs;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                           qobject_cast<QAbstractButton*>(widget);
        if (input && widget->isVisibleTo(page)) {
            inputs.append(widget);
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
    ASSERT_FALSE(inputs.isEmpty());

    QList<QWidget*> reached;
    QWidget* focus = first;
    first->setFocus();
    for (int i = 0; i < 40 && focus; ++i) {
        if (page->isAncestorOf(focus) && !reached.contains(focus))
            reached.append(focus);
        pressKey(Qt::Key_Tab);
        focus = QApplication::focusWidget();
    }
    for (QWidget* input : inputs)
        EXPECT_TRUE(reached.contains(input)) << "Tab never reaches " << input->objectName().toStdString();

    // Walking the focus chain from the first input meets the inputs in reading order.
    QStringList chain;
    for (QWidget* w = first->nextInFocusChain(); w && w != first; w = w->nextInFocusChain()) {
        if (inputs.contains(w))
            chain.append(w->objectName());
    }
    chain.prepend(first->objectName());
    EXPECT_EQ(chain.size(), inputs.size()) << chain.join(QLatin1Char(' ')).toStdString();
}

TEST_F(UnlockWidgetTest, EveryInputHasAnAccessibleNameAndIsReachedByTab)
{
    ASSERT_TRUE(showActive(window));
    QWidget* unlockPage = child<QWidget>(&window, "unlockPage");
    expectAccessibleAndReachable(unlockPage, child<QWidget>(&window, "vaultFolder"));
    {
        const std::vector<const char*> order{"vaultFolder",    "openVault", "username", "password",
                                             "useRecoveryKey", "unlock",    "goCreate"};
        child<QWidget>(&window, order.front())->setFocus();
        for (std::size_t i = 1; i < order.size(); ++i) {
            pressKey(Qt::Key_Tab);
            EXPECT_EQ(QApplication::focusWidget()->objectName().toStdString(), order[i]);
        }
    }

    window.unlockWidget()->showCreateForm();
    QWidget* createPage = child<QWidget>(&window, "createPage");
    expectAccessibleAndReachable(createPage, child<QWidget>(&window, "newLocation"));
    const std::vector<const char*> order{"newLocation", "browseLocation",   "newUsername", "newDisplayName",
                                         "newPassword", "newPasswordAgain", "createVault", "cancelCreate"};
    child<QWidget>(&window, order.front())->setFocus();
    for (std::size_t i = 1; i < order.size(); ++i) {
        pressKey(Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget()->objectName().toStdString(), order[i]);
    }
}

TEST_F(UnlockWidgetTest, PasswordFieldsAreMasked)
{
    for (const char* name : {"password", "recoveryKey", "newPassword", "newPasswordAgain"})
        EXPECT_EQ(child<QLineEdit>(&window, name)->echoMode(), QLineEdit::Password) << name;
}

} // namespace
