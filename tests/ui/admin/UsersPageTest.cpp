// The Users page driven as a DSL, an administrator and a recovery-key session would: add, disable and enable,
// change a role, reset a password, give a member of staff a key to send concerns with — each through its
// dialog, with real key derivation on the worker thread.
#include "admin/UsersPage.h"

#include "GuiTestSupport.h"
#include "admin/AdminFeature.h"
#include "admin/StaffKeyDialog.h"
#include "admin/UserDialogs.h"
#include "admin/UserListModel.h"
#include "app/AllFeatures.h"
#include "app/MainWindow.h"
#include "app/UnlockWidget.h"
#include "records/SchoolRepository.h"
#include "submit/StaffEnrolment.h"
#include "submit/StaffSubmitter.h"
#include "submit/SubmissionProfiles.h"
#include "support/RecordsFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class UsersPageTest : public RecordsFixture {
protected:
    std::unique_ptr<UsersPage> openPage(const QString& username)
    {
        auto page = std::make_unique<UsersPage>(as(username), harness.services);
        page->resize(900, 600);
        EXPECT_TRUE(showActive(*page));
        return page;
    }

    static bool waitForDialog(UserChangeDialog* dialog)
    {
        QPointer<UserChangeDialog> watched(dialog);
        return QTest::qWaitFor([&watched] { return !watched || !watched->isBusy(); }, 30000);
    }

    // Types a password into both fields of the dialog and presses its button.
    static void submitPassword(UserChangeDialog* dialog, const QString& password)
    {
        auto* first = child<QLineEdit>(dialog, "userPassword");
        auto* again = child<QLineEdit>(dialog, "userPasswordAgain");
        first->setFocus();
        typeText(password);
        pressKey(Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), again);
        typeText(password);
        pressKey(Qt::Key_Return);
    }

    static QString keysOf(UsersPage& page, const QString& username)
    {
        const QList<User>& users = page.model()->users();
        for (int row = 0; row < users.size(); ++row) {
            if (users.at(row).username == username)
                return page.model()->index(row, UserListModel::Keys).data().toString();
        }
        ADD_FAILURE() << "no row for " << username.toStdString();
        return {};
    }

    QString statusOf(UsersPage& page, const QString& username)
    {
        page.selectUser(username);
        const QModelIndex current = page.table()->currentIndex();
        return page.model()->index(current.row(), UserListModel::Status).data().toString();
    }

    bool opens(const QString& username, const char* password)
    {
        try {
            Vault::unlock(vaultFolder(), username, secret(password), m_clock);
            return true;
        } catch (const Error&) {
            return false;
        }
    }

    // What a staff key needs besides the user: the school's name and a shared inbox folder (not yet named).
    void prepareForStaffKeys()
    {
        SchoolDetails school;
        school.name = QStringLiteral("Hillside Primary");
        SchoolRepository(dsl()).setDetails(school);
        ASSERT_TRUE(QDir().mkpath(inboxFolder()));
    }
    QString inboxFolder() const { return m_temp.path(QStringLiteral("inbox")); }
    QString keyFolder(const char* name) const { return m_temp.path(QString::fromLatin1(name)); }

    StaffKeyDialog* openStaffKeyDialog(UsersPage& page, const QString& username)
    {
        EXPECT_TRUE(page.selectUser(username));
        auto* dialog = page.giveStaffKey();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(showActive(*dialog));
        }
        return dialog;
    }

    QList<EnrolledKey> keysOf(const QString& username)
    {
        QList<EnrolledKey> keys = StaffEnrolment(dsl()).keys();
        keys.removeIf([&username](const EnrolledKey& key) { return key.username != username; });
        return keys;
    }

    static bool keyOpensWith(const QString& folder, const char* password)
    {
        try {
            StaffFolder::open(folder).key.unlock(secret(password));
            return true;
        } catch (const Error&) {
            return false;
        }
    }

    GuiHarness harness;
};

TEST_F(UsersPageTest, DslAddsAUserByKeyboard)
{
    auto page = openPage(QStringLiteral("dsl"));
    auto* add = child<QPushButton>(page.get(), "userAdd");
    ASSERT_TRUE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    auto* dialog = page->findChild<NewUserDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    EXPECT_EQ(QApplication::focusWidget(), dialog->usernameEdit());
    typeText(QStringLiteral("kofi"));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Kofi Boateng"));
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->roleCombo());
    dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findText(QStringLiteral("Staff member")));
    submitPassword(dialog, QStringLiteral("kofi's long password"));
    ASSERT_TRUE(waitForDialog(dialog));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->findChild<NewUserDialog*>() == nullptr; }));

    EXPECT_EQ(statusOf(*page, QStringLiteral("kofi")), QStringLiteral("Can sign in"));
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("Added kofi")))
        << page->statusText().toStdString();
    const std::optional<User> added = m_vault->findUser(QStringLiteral("kofi"));
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->role, Role::Staff);
    EXPECT_EQ(added->displayName, QStringLiteral("Kofi Boateng"));
    page.reset();
    m_vault.reset();
    EXPECT_TRUE(opens(QStringLiteral("kofi"), "kofi's long password"));
}

TEST_F(UsersPageTest, MismatchedPasswordsOrABadUsernameAddNobodyAndTheDialogSaysWhy)
{
    auto page = openPage(QStringLiteral("dsl"));
    auto* dialog = qobject_cast<NewUserDialog*>(page->addUser());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    dialog->usernameEdit()->setText(QStringLiteral("kofi"));
    dialog->displayNameEdit()->setText(QStringLiteral("Kofi Boateng"));
    dialog->passwordEdit()->setText(QStringLiteral("one long password"));
    dialog->passwordAgainEdit()->setText(QStringLiteral("another long password"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("different")))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->passwordEdit()->text().isEmpty());
    EXPECT_TRUE(dialog->isVisible());

    dialog->usernameEdit()->setText(QStringLiteral("Kofi Boateng"));
    dialog->passwordEdit()->setText(QStringLiteral("one long password"));
    dialog->passwordAgainEdit()->setText(QStringLiteral("one long password"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForDialog(dialog));
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("not valid")))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(page->model()->rowCount(), 6);
}

TEST_F(UsersPageTest, DisableThenEnableWithANewPassword)
{
    auto page = openPage(QStringLiteral("dsl"));
    ASSERT_TRUE(page->selectUser(QStringLiteral("staff")));
    harness.messages.nextAnswers = {true, false}; // disable: yes; rotate the master key: not now
    QTest::mouseClick(child<QPushButton>(page.get(), "userDisable"), Qt::LeftButton);
    ASSERT_EQ(harness.messages.shown.size(), 2);
    EXPECT_TRUE(harness.messages.shown.at(1).title.contains(QStringLiteral("Rotate")));
    EXPECT_EQ(statusOf(*page, QStringLiteral("staff")), QStringLiteral("Disabled"));
    EXPECT_FALSE(child<QPushButton>(page.get(), "userDisable")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page.get(), "userResetPassword")->isEnabled());
    auto* enable = child<QPushButton>(page.get(), "userEnable");
    ASSERT_TRUE(enable->isEnabled());

    QTest::mouseClick(enable, Qt::LeftButton);
    auto* dialog = page->findChild<NewPasswordDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    submitPassword(dialog, QStringLiteral("staff's second password"));
    ASSERT_TRUE(waitForDialog(dialog));
    EXPECT_EQ(statusOf(*page, QStringLiteral("staff")), QStringLiteral("Can sign in"));
    page.reset();
    m_vault.reset();
    EXPECT_FALSE(opens(QStringLiteral("staff"), "staff password 123"));
    EXPECT_TRUE(opens(QStringLiteral("staff"), "staff's second password"));
}

TEST_F(UsersPageTest, DeclinedConfirmationDisablesNobody)
{
    auto page = openPage(QStringLiteral("dsl"));
    ASSERT_TRUE(page->selectUser(QStringLiteral("staff")));
    harness.messages.nextAnswers = {false};
    page->disableUser();
    EXPECT_EQ(statusOf(*page, QStringLiteral("staff")), QStringLiteral("Can sign in"));
    EXPECT_TRUE(m_vault->findUser(QStringLiteral("staff"))->enabled);
}

TEST_F(UsersPageTest, ChangeRoleIsSavedAndShown)
{
    auto page = openPage(QStringLiteral("dsl"));
    ASSERT_TRUE(page->selectUser(QStringLiteral("staff")));
    auto* dialog = qobject_cast<RoleDialog*>(page->changeRole());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    EXPECT_EQ(dialog->roleCombo()->currentText(), QStringLiteral("Staff member"));
    dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findText(QStringLiteral("Headteacher")));
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitForDialog(dialog));
    page->selectUser(QStringLiteral("staff"));
    EXPECT_EQ(page->model()
                  ->index(page->table()->currentIndex().row(), UserListModel::RoleColumn)
                  .data()
                  .toString(),
              QStringLiteral("Headteacher"));
    EXPECT_EQ(m_vault->findUser(QStringLiteral("staff"))->role, Role::Head);
}

TEST_F(UsersPageTest, ButtonsFollowTheRulesAndSayWhyNot)
{
    auto page = openPage(QStringLiteral("admin"));
    ASSERT_TRUE(page->selectUser(QStringLiteral("dsl")));
    auto* reset = child<QPushButton>(page.get(), "userResetPassword");
    auto* disable = child<QPushButton>(page.get(), "userDisable");
    auto* role = child<QPushButton>(page.get(), "userChangeRole");
    EXPECT_FALSE(reset->isEnabled());
    EXPECT_TRUE(reset->toolTip().contains(QStringLiteral("reads pupil records")))
        << reset->toolTip().toStdString();
    EXPECT_FALSE(disable->isEnabled());
    EXPECT_TRUE(disable->toolTip().contains(QStringLiteral("only designated safeguarding lead")));
    EXPECT_EQ(page->resetPassword(), nullptr);

    ASSERT_TRUE(page->selectUser(QStringLiteral("admin")));
    EXPECT_FALSE(role->isEnabled());
    EXPECT_FALSE(disable->isEnabled());
    EXPECT_TRUE(reset->isEnabled()); // one's own password

    ASSERT_TRUE(page->selectUser(QStringLiteral("staff")));
    EXPECT_TRUE(reset->isEnabled());
    EXPECT_TRUE(disable->isEnabled());
    auto* dialog = qobject_cast<RoleDialog*>(page->changeRole());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->roleCombo()->findText(QStringLiteral("Designated safeguarding lead")), -1);
    EXPECT_EQ(dialog->roleCombo()->findText(QStringLiteral("Deputy safeguarding lead")), -1);
    // Nor the adults register or concerns about the headteacher (issue #12).
    EXPECT_EQ(dialog->roleCombo()->findText(QStringLiteral("Headteacher")), -1);
    EXPECT_EQ(dialog->roleCombo()->findText(QStringLiteral("Chair of governors")), -1);
    EXPECT_GE(dialog->roleCombo()->findText(QStringLiteral("Governor")), 0);
    dialog->reject();

    ASSERT_TRUE(page->selectUser(QStringLiteral("head")));
    EXPECT_FALSE(reset->isEnabled());
    EXPECT_TRUE(reset->toolTip().contains(QStringLiteral("reads the adults register")))
        << reset->toolTip().toStdString();
}

TEST_F(UsersPageTest, EveryControlIsNamedAndReachedByTab)
{
    auto page = openPage(QStringLiteral("dsl"));
    QList<QWidget*> controls;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if ((qobject_cast<QAbstractButton*>(widget) || qobject_cast<QTableView*>(widget)) &&
            widget->isVisibleTo(page.get())) {
            controls.append(widget);
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
    ASSERT_EQ(controls.size(), 9); // the table, seven buttons and the headteacher box
    page->table()->setFocus();
    QList<QWidget*> reached;
    for (int i = 0; i < 12; ++i) {
        reached.append(QApplication::focusWidget());
        pressKey(Qt::Key_Tab);
    }
    for (QWidget* control : controls) {
        if (control->isEnabled()) {
            EXPECT_TRUE(reached.contains(control)) << control->objectName().toStdString();
        }
    }
}

TEST_F(UsersPageTest, DslGivesAStaffMemberAKeyByKeyboardAndReadsOutTheFingerprint)
{
    prepareForStaffKeys();
    auto page = openPage(QStringLiteral("dsl"));
    ASSERT_TRUE(page->selectUser(QStringLiteral("staff")));
    auto* button = child<QPushButton>(page.get(), "userStaffKey");
    ASSERT_TRUE(button->isEnabled()) << button->toolTip().toStdString();
    page->table()->setFocus();
    pressMnemonic(Qt::Key_K);
    auto* dialog = page->findChild<StaffKeyDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("Nguyễn Thị Lan")));
    EXPECT_TRUE(dialog->replacementWarning().isEmpty());
    // No inbox yet: the dialog starts there, and both folders are chosen through Browse.
    EXPECT_EQ(QApplication::focusWidget(), dialog->inboxEdit());
    harness.files.nextPaths = {inboxFolder(), keyFolder("usb")};
    pressMnemonic(Qt::Key_B);
    pressMnemonic(Qt::Key_W);
    EXPECT_EQ(QDir::fromNativeSeparators(dialog->inboxEdit()->text()), inboxFolder());
    EXPECT_EQ(QDir::fromNativeSeparators(dialog->folderEdit()->text()), keyFolder("usb"));
    pressMnemonic(Qt::Key_P);
    EXPECT_EQ(QApplication::focusWidget(), dialog->passwordEdit());
    typeText(QStringLiteral("lan chooses this one"));
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->passwordAgainEdit());
    typeText(QStringLiteral("lan chooses this one"));
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitForDialog(dialog));
    ASSERT_TRUE(dialog->errorText().isEmpty()) << dialog->errorText().toStdString();

    EXPECT_TRUE(QFileInfo::exists(QDir(keyFolder("usb")).filePath(QStringLiteral("staff-key.json"))));
    EXPECT_TRUE(
        QFileInfo::exists(QDir(keyFolder("usb")).filePath(QStringLiteral("submission-profile.json"))));
    EXPECT_TRUE(keyOpensWith(keyFolder("usb"), "lan chooses this one"));
    EXPECT_FALSE(keyOpensWith(keyFolder("usb"), "staff password 123"));
    EXPECT_EQ(SubmissionProfiles(dsl()).inbox(), inboxFolder());
    const QString fingerprint = SubmissionProfiles(dsl()).build().fingerprint();
    EXPECT_EQ(dialog->fingerprint(), fingerprint);
    EXPECT_TRUE(child<QLabel>(dialog, "staffKeyFingerprint")->isVisible());
    EXPECT_TRUE(
        child<QLabel>(dialog, "staffKeyReadOut")->text().contains(QStringLiteral("Read the fingerprint")));
    EXPECT_FALSE(dialog->passwordEdit()->isVisible());
    EXPECT_TRUE(page->statusText().contains(fingerprint)) << page->statusText().toStdString();
    EXPECT_EQ(keysOf(QStringLiteral("staff")).size(), 1);

    pressKey(Qt::Key_Return); // Close
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->findChild<StaffKeyDialog*>() == nullptr; }));
}

TEST_F(UsersPageTest, StaffKeyPasswordsThatDifferOrAreTooShortWriteNothing)
{
    prepareForStaffKeys();
    SubmissionProfiles(dsl()).setInbox(inboxFolder());
    auto page = openPage(QStringLiteral("dsl"));
    StaffKeyDialog* dialog = openStaffKeyDialog(*page, QStringLiteral("staff"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(QDir::fromNativeSeparators(dialog->inboxEdit()->text()), inboxFolder());
    EXPECT_EQ(QApplication::focusWidget(), dialog->folderEdit());
    typeText(keyFolder("usb"));
    dialog->passwordEdit()->setText(QStringLiteral("one long password"));
    dialog->passwordAgainEdit()->setText(QStringLiteral("another long password"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("different")))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->passwordEdit()->text().isEmpty());
    EXPECT_TRUE(dialog->passwordAgainEdit()->text().isEmpty());
    EXPECT_FALSE(dialog->isBusy());

    dialog->passwordEdit()->setText(QStringLiteral("short"));
    dialog->passwordAgainEdit()->setText(QStringLiteral("short"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForDialog(dialog));
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("10"))) << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->passwordEdit()->text().isEmpty());

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(QDir::fromNativeSeparators(dialog->folderEdit()->text()), keyFolder("usb"));
    EXPECT_TRUE(dialog->fingerprint().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(keyFolder("usb")));
    EXPECT_TRUE(keysOf(QStringLiteral("staff")).isEmpty());
    EXPECT_TRUE(page->statusText().isEmpty());
    dialog->reject();
}

TEST_F(UsersPageTest, StaffKeyButtonIsOnlyForTheDslAndSomeoneWhoRecordsConcerns)
{
    dsl().removeUser(QStringLiteral("staff2"));
    auto page = openPage(QStringLiteral("dsl"));
    auto* button = child<QPushButton>(page.get(), "userStaffKey");
    ASSERT_TRUE(page->selectUser(QStringLiteral("head")));
    EXPECT_TRUE(button->isEnabled());
    ASSERT_TRUE(page->selectUser(QStringLiteral("staff2")));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(QStringLiteral("disabled"))) << button->toolTip().toStdString();
    EXPECT_EQ(page->giveStaffKey(), nullptr);
    ASSERT_TRUE(page->selectUser(QStringLiteral("admin")));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(QStringLiteral("records concerns")))
        << button->toolTip().toStdString();
    page.reset();

    page = openPage(QStringLiteral("admin"));
    button = child<QPushButton>(page.get(), "userStaffKey");
    ASSERT_TRUE(page->selectUser(QStringLiteral("staff")));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(QStringLiteral("designated safeguarding lead")))
        << button->toolTip().toStdString();
    EXPECT_EQ(page->giveStaffKey(), nullptr);
}

TEST_F(UsersPageTest, AnotherStaffKeyWarnsFirstAndThenTheOldKeyIsRevoked)
{
    prepareForStaffKeys();
    SubmissionProfiles(dsl()).setInbox(inboxFolder());
    StaffEnrolment(dsl()).enrol(QStringLiteral("staff"), secret("the first key password"),
                                keyFolder("first"));
    auto page = openPage(QStringLiteral("dsl"));
    StaffKeyDialog* dialog = openStaffKeyDialog(*page, QStringLiteral("staff"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->replacementWarning().contains(QStringLiteral("already has a staff key")));
    EXPECT_TRUE(dialog->replacementWarning().contains(QStringLiteral("refused")));
    harness.files.nextPaths = {keyFolder("second")};
    QTest::mouseClick(child<QPushButton>(dialog, "staffKeyBrowseFolder"), Qt::LeftButton);
    submitPassword(dialog, QStringLiteral("the second key password"));
    ASSERT_TRUE(waitForDialog(dialog));
    ASSERT_TRUE(dialog->errorText().isEmpty()) << dialog->errorText().toStdString();
    EXPECT_TRUE(child<QLabel>(dialog, "staffKeyRevoked")->isVisible());

    const QList<EnrolledKey> keys = keysOf(QStringLiteral("staff"));
    ASSERT_EQ(keys.size(), 2);
    EXPECT_FALSE(keys.at(0).revokedAt.has_value()); // newest first
    EXPECT_TRUE(keys.at(1).revokedAt.has_value());
    EXPECT_EQ(StaffFolder::open(keyFolder("second")).key.keyId, keys.at(0).keyId);
    EXPECT_EQ(StaffFolder::open(keyFolder("first")).key.keyId, keys.at(1).keyId);
    EXPECT_TRUE(keyOpensWith(keyFolder("second"), "the second key password"));
    dialog->reject();
}

TEST_F(UsersPageTest, EveryControlOfTheStaffKeyDialogIsNamed)
{
    prepareForStaffKeys();
    auto page = openPage(QStringLiteral("dsl"));
    StaffKeyDialog* dialog = openStaffKeyDialog(*page, QStringLiteral("staff"));
    ASSERT_NE(dialog, nullptr);
    int named = 0;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(dialog) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit*>(widget) || widget->objectName().startsWith(QStringLiteral("staffKey"))) {
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
            ++named;
        }
    }
    EXPECT_EQ(named, 6); // inbox, its Browse, folder, its Browse, the password twice
    dialog->reject();
}

TEST_F(UsersPageTest, UserListModelIsAWellBehavedModel)
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setUsers(dsl().users());
    EXPECT_EQ(model.rowCount(), 6);
    model.setUsers({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(UsersPageTest, EachRoleSeesOnlyThePagesItMayUse)
{
    const struct {
        const char* user;
        bool users;
        bool audit;
    } expected[] = {{"dsl", true, true},
                    {"deputy", false, true},
                    {"admin", true, false},
                    {"staff", false, false},
                    {"head", false, false}};
    for (const auto& each : expected) {
        MainWindow window(harness.services);
        registerAdminPages(window);
        as(QString::fromLatin1(each.user));
        window.openSession(std::move(m_vault));
        EXPECT_EQ(window.page(QStringLiteral("users")) != nullptr, each.users) << each.user;
        EXPECT_EQ(window.page(QStringLiteral("audit")) != nullptr, each.audit) << each.user;
        window.lock();
    }
}

TEST_F(UsersPageTest, RecoveryKeyLandsOnUsersToResetTheDslsForgottenPassword)
{
    const QString key = dsl().createRecoveryKey();
    m_vault.reset();
    MainWindow window(harness.services);
    registerAdminPages(window);
    ASSERT_TRUE(showActive(window));
    window.unlockWidget()->setVaultFolder(vaultFolder());
    child<QCheckBox>(&window, "useRecoveryKey")->setChecked(true);
    child<QLineEdit>(&window, "recoveryKey")->setText(key);
    QTest::mouseClick(child<QPushButton>(&window, "unlock"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilIdle(*window.unlockWidget()));
    ASSERT_NE(window.vault(), nullptr) << window.unlockWidget()->errorText().toStdString();

    EXPECT_EQ(window.currentPageId(), QStringLiteral("users"));
    auto* page = qobject_cast<UsersPage*>(window.page(QStringLiteral("users")));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(child<QLabel>(page, "recoveryBanner")->isVisible());
    EXPECT_EQ(page->model()->users().at(page->table()->currentIndex().row()).username, QStringLiteral("dsl"));
    auto* reset = child<QPushButton>(page, "userResetPassword");
    EXPECT_EQ(QApplication::focusWidget(), reset);

    pressKey(Qt::Key_Space); // the focused "Reset password…"
    auto* dialog = page->findChild<NewPasswordDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    submitPassword(dialog, QStringLiteral("the dsl remembers this"));
    ASSERT_TRUE(waitForDialog(dialog));
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("dsl's password was changed")))
        << page->statusText().toStdString();
    window.lock();

    EXPECT_FALSE(opens(QStringLiteral("dsl"), "dsl password 123"));
    auto vault =
        Vault::unlock(vaultFolder(), QStringLiteral("dsl"), secret("the dsl remembers this"), m_clock);
    AuditFilter resets;
    resets.actionPrefix = QStringLiteral("user.password-reset");
    ASSERT_EQ(vault->audit().entries(resets).size(), 1);
    EXPECT_EQ(vault->audit().entries(resets).first().actor, QStringLiteral("recovery"));
}

TEST_F(UsersPageTest, KeysColumnSaysWhichStoresEachSlotOpensAndTheDslHasNothingToGiveANewDeputy)
{
    dsl().addUser({QStringLiteral("deputy2"), QStringLiteral("Ama Owusu"), Role::Deputy},
                  secret("deputy2 long password"));
    auto page = openPage(QStringLiteral("dsl"));
    EXPECT_EQ(page->model()->headerData(UserListModel::Keys, Qt::Horizontal).toString(),
              QStringLiteral("Keys"));
    const QString dslStores = QStringLiteral("Pupils' case records, the adults register");
    EXPECT_EQ(keysOf(*page, QStringLiteral("dsl")), dslStores);
    EXPECT_EQ(keysOf(*page, QStringLiteral("deputy")), dslStores);
    EXPECT_EQ(keysOf(*page, QStringLiteral("deputy2")), dslStores);
    EXPECT_EQ(keysOf(*page, QStringLiteral("head")), QStringLiteral("The adults register"));
    EXPECT_EQ(keysOf(*page, QStringLiteral("staff")), QStringLiteral("Directory only"));
    EXPECT_EQ(keysOf(*page, QStringLiteral("admin")), QStringLiteral("Directory only"));

    auto* give = child<QPushButton>(page.get(), "userGrantKeys");
    EXPECT_EQ(give->accessibleName(), QStringLiteral("Give keys"));
    EXPECT_TRUE(give->text().contains(QStringLiteral("&G")));
    ASSERT_TRUE(page->selectUser(QStringLiteral("deputy2")));
    EXPECT_FALSE(give->isEnabled());
    EXPECT_FALSE(give->toolTip().isEmpty());
    page->giveKeys(); // does nothing while disabled
    EXPECT_TRUE(harness.messages.shown.isEmpty());

    // A disabled user has no key slot at all.
    harness.messages.nextAnswers = {true, false};
    ASSERT_TRUE(page->selectUser(QStringLiteral("staff")));
    page->disableUser();
    EXPECT_EQ(keysOf(*page, QStringLiteral("staff")), QStringLiteral("None"));
    EXPECT_FALSE(give->isEnabled());
}

TEST_F(UsersPageTest, RecoverySessionGivesANewChairTheHeadteacherStoreByKeyboard)
{
    const QString key = dsl().createRecoveryKey();
    dsl().addUser({QStringLiteral("chair"), QStringLiteral("Olusegun Bello"), Role::Chair},
                  secret("chair password 123"));
    as(QStringLiteral("chair")); // the first chair's unlock makes the headteacher store
    dsl().addUser({QStringLiteral("chair2"), QStringLiteral("Róisín Kelly"), Role::Chair},
                  secret("chair2 long password"));
    {
        auto page = openPage(QStringLiteral("dsl"));
        EXPECT_EQ(keysOf(*page, QStringLiteral("chair")), QStringLiteral("Concerns about the headteacher"));
        EXPECT_EQ(keysOf(*page, QStringLiteral("chair2")), QStringLiteral("Directory only"));
        ASSERT_TRUE(page->selectUser(QStringLiteral("chair2")));
        EXPECT_FALSE(child<QPushButton>(page.get(), "userGrantKeys")->isEnabled());
    }
    m_vault.reset();
    m_vault = Vault::unlockWithRecoveryKey(vaultFolder(), key, m_clock);
    auto page = std::make_unique<UsersPage>(*m_vault, harness.services);
    page->resize(900, 600);
    ASSERT_TRUE(showActive(*page));
    auto* give = child<QPushButton>(page.get(), "userGrantKeys");
    ASSERT_TRUE(page->selectUser(QStringLiteral("chair")));
    EXPECT_FALSE(give->isEnabled());
    ASSERT_TRUE(page->selectUser(QStringLiteral("chair2")));
    ASSERT_TRUE(give->isEnabled());

    // Declined: nothing changes.
    harness.messages.nextAnswers = {false};
    give->setFocus();
    pressKey(Qt::Key_Space);
    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_EQ(keysOf(*page, QStringLiteral("chair2")), QStringLiteral("Directory only"));

    harness.messages.nextAnswers = {true};
    page->table()->setFocus();
    pressMnemonic(Qt::Key_G);
    ASSERT_EQ(harness.messages.shown.size(), 2);
    const QString question = harness.messages.shown.at(1).text;
    EXPECT_TRUE(question.contains(QStringLiteral("chair2"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("Chair of governors"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("concerns about the headteacher")))
        << question.toStdString();
    EXPECT_EQ(keysOf(*page, QStringLiteral("chair2")), QStringLiteral("Concerns about the headteacher"));
    EXPECT_FALSE(give->isEnabled());
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("chair2"))) << page->statusText().toStdString();
    page.reset();
    m_vault.reset();

    auto chair =
        Vault::unlock(vaultFolder(), QStringLiteral("chair2"), secret("chair2 long password"), m_clock);
    EXPECT_TRUE(chair->holds(Compartment::Headteacher));
}

TEST_F(UsersPageTest, TheDslLetsTheHeadteacherReadCaseRecordsByKeyboardAndTakesTheKeyBack)
{
    {
        // No one else is offered the choice: it is made with the case key in hand.
        auto admin = openPage(QStringLiteral("admin"));
        EXPECT_EQ(admin->findChild<QCheckBox*>(QStringLiteral("headteacherReadsCases")), nullptr);
    }
    auto page = openPage(QStringLiteral("dsl"));
    auto* box = child<QCheckBox>(page.get(), "headteacherReadsCases");
    EXPECT_EQ(box->accessibleName(), QStringLiteral("The headteacher reads pupils' case records"));
    EXPECT_FALSE(box->isChecked());

    // Declined: nothing changes, and the box says so.
    harness.messages.nextAnswers = {false};
    page->table()->setFocus();
    pressMnemonic(Qt::Key_H);
    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_FALSE(box->isChecked());
    EXPECT_EQ(keysOf(*page, QStringLiteral("head")), QStringLiteral("The adults register"));

    harness.messages.nextAnswers = {true};
    box->setFocus();
    pressKey(Qt::Key_Space);
    ASSERT_EQ(harness.messages.shown.size(), 2);
    EXPECT_TRUE(harness.messages.shown.at(1).text.contains(QStringLiteral("audit log")));
    EXPECT_TRUE(box->isChecked());
    EXPECT_EQ(keysOf(*page, QStringLiteral("head")),
              QStringLiteral("Pupils' case records, the adults register"));
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("head"))) << page->statusText().toStdString();
    page.reset();

    // The headteacher's window now has the pupils' records, and still no inbox (reading only).
    {
        MainWindow window(harness.services);
        registerAllFeatures(window);
        as(QStringLiteral("head"));
        window.openSession(std::move(m_vault));
        EXPECT_NE(window.page(QStringLiteral("pupils")), nullptr);
        EXPECT_EQ(window.page(QStringLiteral("inbox")), nullptr);
        window.lock();
    }

    // Taken back: the key leaves the slot, and a rotation is offered (declined here).
    page = openPage(QStringLiteral("dsl"));
    box = child<QCheckBox>(page.get(), "headteacherReadsCases");
    ASSERT_TRUE(box->isChecked());
    harness.messages.nextAnswers = {true, false};
    box->setFocus();
    pressKey(Qt::Key_Space);
    ASSERT_EQ(harness.messages.shown.size(), 4);
    EXPECT_TRUE(harness.messages.shown.at(3).text.contains(QStringLiteral("rotate")))
        << harness.messages.shown.at(3).text.toStdString();
    EXPECT_FALSE(box->isChecked());
    EXPECT_EQ(keysOf(*page, QStringLiteral("head")), QStringLiteral("The adults register"));
    page.reset();
    EXPECT_FALSE(as(QStringLiteral("head")).holds(Compartment::Cases));
}

} // namespace
