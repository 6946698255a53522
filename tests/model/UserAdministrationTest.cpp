// Managing users: who may add, disable, enable, change the role of and reset the password of whom, and the
// audit entry each change leaves.
#include "vault/UserAdministration.h"

#include "core/Error.h"
#include "support/RecordsFixture.h"
#include "users/UserRules.h"

#include <functional>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

SecureBytes passwordOf(const QString& username)
{
    return SecureBytes::fromUtf8((username + QStringLiteral(" password 123")).toUtf8());
}

class UserAdministrationTest : public RecordsFixture {
protected:
    static Error refusal(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const Error& error) {
            return error;
        }
        ADD_FAILURE() << "the change was allowed";
        return Error(ErrorKind::Internal, QString());
    }

    User userNamed(const QString& username) { return *m_vault->findUser(username); }

    QList<AuditEntry> audited(const QString& action)
    {
        AuditFilter filter;
        filter.actionPrefix = action;
        return m_vault->audit().entries(filter);
    }

    bool canSignIn(const QString& username, const SecureBytes& password)
    {
        m_vault.reset();
        try {
            m_vault = Vault::unlock(vaultFolder(), username, password, m_clock);
            return true;
        } catch (const Error&) {
            return false;
        }
    }
};

TEST_F(UserAdministrationTest, DisabledUserCannotSignInUntilEnabledWithANewPassword)
{
    dsl().removeUser(QStringLiteral("staff"));
    EXPECT_FALSE(userNamed(QStringLiteral("staff")).enabled);
    EXPECT_FALSE(canSignIn(QStringLiteral("staff"), passwordOf(QStringLiteral("staff"))));

    dsl().enableUser(QStringLiteral("staff"), secret("staff's second password"));
    EXPECT_TRUE(userNamed(QStringLiteral("staff")).enabled);
    const QList<AuditEntry> enabled = audited(QStringLiteral("user.enable"));
    ASSERT_EQ(enabled.size(), 1);
    EXPECT_EQ(enabled.first().actor, QStringLiteral("dsl"));
    EXPECT_EQ(enabled.first().objectId, QStringLiteral("staff"));

    EXPECT_FALSE(canSignIn(QStringLiteral("staff"), passwordOf(QStringLiteral("staff"))));
    EXPECT_TRUE(canSignIn(QStringLiteral("staff"), secret("staff's second password")));
}

TEST_F(UserAdministrationTest, EnablingNeedsADisabledUserAndAGoodPassword)
{
    EXPECT_EQ(
        refusal([&] { dsl().enableUser(QStringLiteral("staff"), secret("a fine long password")); }).message(),
        QStringLiteral("staff can already sign in."));
    dsl().removeUser(QStringLiteral("staff"));
    EXPECT_EQ(refusal([&] { dsl().enableUser(QStringLiteral("staff"), secret("short")); }).kind(),
              ErrorKind::InvalidInput);
    EXPECT_EQ(
        refusal([&] { dsl().enableUser(QStringLiteral("nobody"), secret("a fine long password")); }).kind(),
        ErrorKind::NotFound);
    EXPECT_FALSE(userNamed(QStringLiteral("staff")).enabled);
}

TEST_F(UserAdministrationTest, RoleChangeIsStoredAndAudited)
{
    UserAdministration(dsl()).changeRole(QStringLiteral("staff"), Role::Head);
    EXPECT_EQ(userNamed(QStringLiteral("staff")).role, Role::Head);
    const QList<AuditEntry> changes = audited(QStringLiteral("user.role"));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().actor, QStringLiteral("dsl"));
    EXPECT_EQ(changes.first().objectId, QStringLiteral("staff"));
    EXPECT_EQ(changes.first().details, QStringLiteral("staff → head"));

    // The new role is what they sign in with.
    ASSERT_TRUE(canSignIn(QStringLiteral("staff"), passwordOf(QStringLiteral("staff"))));
    EXPECT_EQ(m_vault->user().role, Role::Head);
}

TEST_F(UserAdministrationTest, NobodyChangesTheirOwnRole)
{
    const Error refused = refusal([&] {
        UserAdministration(as(QStringLiteral("admin"))).changeRole(QStringLiteral("admin"), Role::Staff);
    });
    EXPECT_EQ(refused.kind(), ErrorKind::PermissionDenied);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("your own role")));
    EXPECT_EQ(
        refusal([&] { UserAdministration(dsl()).changeRole(QStringLiteral("dsl"), Role::Deputy); }).kind(),
        ErrorKind::PermissionDenied);
    EXPECT_EQ(userNamed(QStringLiteral("dsl")).role, Role::Dsl);
}

TEST_F(UserAdministrationTest, TheLastDslCanBeNeitherDisabledNorDemoted)
{
    const QString key = dsl().createRecoveryKey();
    m_vault.reset();
    m_vault = Vault::unlockWithRecoveryKey(vaultFolder(), key, m_clock);
    const Error disable = refusal([&] { m_vault->removeUser(QStringLiteral("dsl")); });
    EXPECT_EQ(disable.kind(), ErrorKind::InvalidInput);
    EXPECT_TRUE(disable.message().contains(QStringLiteral("only designated safeguarding lead")))
        << disable.message().toStdString();
    EXPECT_EQ(
        refusal([&] { UserAdministration(*m_vault).changeRole(QStringLiteral("dsl"), Role::Deputy); }).kind(),
        ErrorKind::InvalidInput);
    EXPECT_TRUE(userNamed(QStringLiteral("dsl")).enabled);

    // With a second DSL, the first may go.
    UserAdministration(*m_vault).changeRole(QStringLiteral("deputy"), Role::Dsl);
    UserAdministration(*m_vault).changeRole(QStringLiteral("dsl"), Role::Deputy);
    EXPECT_EQ(userNamed(QStringLiteral("dsl")).role, Role::Deputy);
    // …and now the promoted deputy is the last one.
    EXPECT_EQ(refusal([&] { m_vault->removeUser(QStringLiteral("deputy")); }).kind(),
              ErrorKind::InvalidInput);
}

TEST_F(UserAdministrationTest, AnAdministratorCannotHandOutAccessToPupilRecords)
{
    Vault& admin = as(QStringLiteral("admin"));
    for (const Role role : {Role::Dsl, Role::Deputy}) {
        const Error refused = refusal([&] {
            admin.addUser({QStringLiteral("newlead"), QStringLiteral("New Lead"), role},
                          secret("long password 1"));
        });
        EXPECT_EQ(refused.kind(), ErrorKind::PermissionDenied);
        EXPECT_TRUE(refused.message().contains(QStringLiteral("reads pupil records")))
            << refused.message().toStdString();
    }
    EXPECT_EQ(
        refusal([&] { UserAdministration(admin).changeRole(QStringLiteral("staff"), Role::Deputy); }).kind(),
        ErrorKind::PermissionDenied);
    EXPECT_EQ(
        refusal([&] { admin.changePassword(QStringLiteral("dsl"), secret("admin knows this now")); }).kind(),
        ErrorKind::PermissionDenied);
    EXPECT_FALSE(admin.findUser(QStringLiteral("newlead")).has_value());

    // What an administrator is for: everyone else.
    admin.addUser({QStringLiteral("newteacher"), QStringLiteral("New Teacher"), Role::Staff},
                  secret("long password 2"));
    UserAdministration(admin).changeRole(QStringLiteral("newteacher"), Role::Governor);
    admin.changePassword(QStringLiteral("staff"), secret("staff's reset password"));
    admin.removeUser(QStringLiteral("newteacher"));
    // Taking access away gives nobody anything.
    UserAdministration(admin).changeRole(QStringLiteral("deputy"), Role::Staff);
    admin.removeUser(QStringLiteral("deputy"));
    EXPECT_FALSE(admin.findUser(QStringLiteral("deputy"))->enabled);
}

TEST_F(UserAdministrationTest, AnAdministratorCannotHandOutTheAdultsRegisterOrConcernsAboutTheHead)
{
    Vault& admin = as(QStringLiteral("admin"));
    const std::pair<Role, const char*> roles[] = {{Role::Head, "reads the adults register"},
                                                  {Role::Chair, "reads concerns about the headteacher"}};
    for (const auto& entry : roles) {
        // Not a structured binding: clang 14 (the asan build) cannot capture one in the lambdas below.
        const Role role = entry.first;
        const char* const why = entry.second;
        const Error added = refusal([&] {
            admin.addUser({QStringLiteral("newhead"), QStringLiteral("New Head"), role},
                          secret("long password 1"));
        });
        EXPECT_EQ(added.kind(), ErrorKind::PermissionDenied);
        EXPECT_TRUE(added.message().contains(QLatin1String(why))) << added.message().toStdString();
        EXPECT_EQ(
            refusal([&] { UserAdministration(admin).changeRole(QStringLiteral("staff"), role); }).kind(),
            ErrorKind::PermissionDenied);
    }
    const Error reset =
        refusal([&] { admin.changePassword(QStringLiteral("head"), secret("admin knows it")); });
    EXPECT_EQ(reset.kind(), ErrorKind::PermissionDenied);
    EXPECT_TRUE(reset.message().contains(QStringLiteral("reads the adults register")));
    EXPECT_FALSE(admin.findUser(QStringLiteral("newhead")).has_value());
    EXPECT_EQ(userNamed(QStringLiteral("staff")).role, Role::Staff);
    // Enabling a disabled head is handing out the register again.
    dsl().removeUser(QStringLiteral("head"));
    EXPECT_EQ(refusal([&] {
                  as(QStringLiteral("admin")).enableUser(QStringLiteral("head"), secret("long password 3"));
              }).kind(),
              ErrorKind::PermissionDenied);
    // A DSL may do all of it.
    dsl().enableUser(QStringLiteral("head"), secret("long password 3"));
    dsl().addUser({QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair}, secret("long password 4"));
    EXPECT_TRUE(canSignIn(QStringLiteral("chair"), secret("long password 4")));
}

TEST_F(UserAdministrationTest, OnlyADslOrTheRecoveryKeyMakesTheRecoveryKey)
{
    const Error refused = refusal([&] { as(QStringLiteral("admin")).createRecoveryKey(); });
    EXPECT_EQ(refused.kind(), ErrorKind::PermissionDenied);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("recovery key")))
        << refused.message().toStdString();
    EXPECT_EQ(refusal([&] { as(QStringLiteral("deputy")).createRecoveryKey(); }).kind(),
              ErrorKind::PermissionDenied);
    const QString key = dsl().createRecoveryKey();
    m_vault.reset();
    m_vault = Vault::unlockWithRecoveryKey(vaultFolder(), key, m_clock);
    const QString replaced = m_vault->createRecoveryKey();
    EXPECT_NE(replaced, key);
}

TEST_F(UserAdministrationTest, EveryOtherDslIsToldOfANewRecoveryKeyAtTheirNextUnlock)
{
    dsl().addUser({QStringLiteral("dsl2"), QStringLiteral("Second Lead"), Role::Dsl},
                  secret("dsl2 password 123"));
    const auto unlockDsl2 = [&] {
        m_vault.reset();
        m_vault = Vault::unlock(vaultFolder(), QStringLiteral("dsl2"), secret("dsl2 password 123"), m_clock);
        return m_vault->noticesSinceLastUnlock();
    };
    EXPECT_TRUE(unlockDsl2().isEmpty());
    const QString key = dsl().createRecoveryKey();
    EXPECT_TRUE(m_vault->noticesSinceLastUnlock().isEmpty()); // the maker is not told of their own key
    const QStringList told = unlockDsl2();
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().contains(QStringLiteral("made by dsl"))) << told.first().toStdString();
    EXPECT_TRUE(unlockDsl2().isEmpty()); // once

    m_vault.reset();
    m_vault = Vault::unlockWithRecoveryKey(vaultFolder(), key, m_clock);
    m_vault->createRecoveryKey();
    const QStringList toldDsl = dsl().noticesSinceLastUnlock();
    ASSERT_EQ(toldDsl.size(), 1);
    EXPECT_TRUE(toldDsl.first().contains(QStringLiteral("replaced by recovery")))
        << toldDsl.first().toStdString();
    EXPECT_EQ(unlockDsl2().size(), 1);
    // Nobody but a DSL is told.
    EXPECT_TRUE(as(QStringLiteral("deputy")).noticesSinceLastUnlock().isEmpty());
}

TEST_F(UserAdministrationTest, StaffAndDeputiesManageNobody)
{
    for (const char* name : {"staff", "deputy", "head"}) {
        Vault& vault = as(QString::fromLatin1(name));
        EXPECT_EQ(refusal([&] {
                      UserAdministration(vault).changeRole(QStringLiteral("staff2"), Role::Head);
                  }).kind(),
                  ErrorKind::PermissionDenied)
            << name;
        EXPECT_EQ(refusal([&] { vault.removeUser(QStringLiteral("staff2")); }).kind(),
                  ErrorKind::PermissionDenied);
        EXPECT_EQ(refusal([&] {
                      vault.changePassword(QStringLiteral("staff2"), secret("long password 3"));
                  }).kind(),
                  ErrorKind::PermissionDenied);
    }
    EXPECT_EQ(userNamed(QStringLiteral("staff2")).role, Role::Staff);
}

TEST_F(UserAdministrationTest, NobodyDisablesThemselvesAndADisabledUserIsEnabledNotReset)
{
    EXPECT_EQ(refusal([&] { dsl().removeUser(QStringLiteral("dsl")); }).kind(), ErrorKind::InvalidInput);
    dsl().removeUser(QStringLiteral("staff"));
    const Error reset =
        refusal([&] { dsl().changePassword(QStringLiteral("staff"), secret("long password 4")); });
    EXPECT_TRUE(reset.message().contains(QStringLiteral("enable"))) << reset.message().toStdString();
    EXPECT_EQ(refusal([&] { dsl().removeUser(QStringLiteral("staff")); }).message(),
              QStringLiteral("staff is already disabled."));
}

TEST_F(UserAdministrationTest, RecoveryKeyResetsAForgottenDslPassword)
{
    const QString key = dsl().createRecoveryKey();
    m_vault.reset();
    m_vault = Vault::unlockWithRecoveryKey(vaultFolder(), key, m_clock);
    m_vault->changePassword(QStringLiteral("dsl"), secret("remembered at last"));
    const QList<AuditEntry> resets = audited(QStringLiteral("user.password-reset"));
    ASSERT_EQ(resets.size(), 1);
    EXPECT_EQ(resets.first().actor, QStringLiteral("recovery"));
    EXPECT_EQ(resets.first().objectId, QStringLiteral("dsl"));
    EXPECT_FALSE(canSignIn(QStringLiteral("dsl"), passwordOf(QStringLiteral("dsl"))));
    EXPECT_TRUE(canSignIn(QStringLiteral("dsl"), secret("remembered at last")));
}

TEST_F(UserAdministrationTest, RulesAnswerTheInterfaceWithoutChangingAnything)
{
    const QList<User> everyone = dsl().users();
    const User lead = userNamed(QStringLiteral("dsl"));
    const User admin = userNamed(QStringLiteral("admin"));
    const User staff = userNamed(QStringLiteral("staff"));
    EXPECT_FALSE(userRules::refuseDisable(lead, staff, everyone).has_value());
    EXPECT_TRUE(userRules::refuseDisable(admin, lead, everyone).has_value()); // the last DSL
    EXPECT_TRUE(userRules::refuseRoleChange(admin, staff, Role::Dsl, everyone).has_value());
    EXPECT_FALSE(userRules::refuseRoleChange(admin, staff, Role::Governor, everyone).has_value());
    EXPECT_TRUE(userRules::refuseAdd(staff, Role::Staff).has_value());
    EXPECT_FALSE(userRules::refusePasswordReset(staff, staff).has_value()); // one's own
}

} // namespace

// Which stores each slot opens, and what grantKeys would give: the Users page shows both.
namespace {

using Stores = QList<Compartment>;

class KeysHeldTest : public UserAdministrationTest {};

TEST_F(KeysHeldTest, EachRoleHoldsTheStoresItReadsAndTheDslHasNothingMoreToGive)
{
    Vault& vault = dsl();
    EXPECT_EQ(vault.keysHeldBy(QStringLiteral("dsl")),
              (Stores{Compartment::Directory, Compartment::Cases, Compartment::Adults}));
    EXPECT_EQ(vault.keysHeldBy(QStringLiteral("deputy")),
              (Stores{Compartment::Directory, Compartment::Cases, Compartment::Adults}));
    EXPECT_EQ(vault.keysHeldBy(QStringLiteral("head")),
              (Stores{Compartment::Directory, Compartment::Adults}));
    EXPECT_EQ(vault.keysHeldBy(QStringLiteral("staff")), Stores{Compartment::Directory});
    EXPECT_EQ(vault.keysHeldBy(QStringLiteral("admin")), Stores{Compartment::Directory});
    EXPECT_TRUE(vault.keysHeldBy(QStringLiteral("nobody")).isEmpty());

    vault.addUser({QStringLiteral("deputy2"), QStringLiteral("New Deputy"), Role::Deputy},
                  secret("deputy2 long password"));
    EXPECT_EQ(vault.keysHeldBy(QStringLiteral("deputy2")),
              (Stores{Compartment::Directory, Compartment::Cases, Compartment::Adults}));
    for (const char* each : {"dsl", "deputy", "deputy2", "head", "staff", "admin", "nobody"})
        EXPECT_TRUE(vault.grantableTo(QString::fromLatin1(each)).isEmpty()) << each;

    // A disabled user has no slot, so holds nothing and can be given nothing.
    vault.removeUser(QStringLiteral("staff"));
    EXPECT_TRUE(vault.keysHeldBy(QStringLiteral("staff")).isEmpty());
    EXPECT_TRUE(vault.grantableTo(QStringLiteral("staff")).isEmpty());
}

TEST_F(KeysHeldTest, TheRecoveryKeyGivesAChairAddedByADslTheHeadteacherStore)
{
    const QString key = dsl().createRecoveryKey();
    dsl().addUser({QStringLiteral("chair"), QStringLiteral("First Chair"), Role::Chair},
                  secret("chair long password"));
    // The first chair's first unlock makes the headteacher store and gives its key to them and the recovery
    // key.
    ASSERT_TRUE(canSignIn(QStringLiteral("chair"), secret("chair long password")));
    EXPECT_EQ(m_vault->keysHeldBy(QStringLiteral("chair")),
              (Stores{Compartment::Directory, Compartment::Headteacher}));

    // A new chair added by a DSL, who does not hold that key: the slot lacks it and the DSL cannot give it.
    dsl().addUser({QStringLiteral("chair2"), QStringLiteral("New Chair"), Role::Chair},
                  secret("chair2 long password"));
    EXPECT_EQ(m_vault->keysHeldBy(QStringLiteral("chair2")), Stores{Compartment::Directory});
    EXPECT_EQ(m_vault->keysHeldBy(QStringLiteral("chair")),
              (Stores{Compartment::Directory, Compartment::Headteacher}));
    EXPECT_TRUE(m_vault->grantableTo(QStringLiteral("chair2")).isEmpty());
    EXPECT_TRUE(m_vault->grantKeys(QStringLiteral("chair2")).isEmpty());

    m_vault.reset();
    m_vault = Vault::unlockWithRecoveryKey(vaultFolder(), key, m_clock);
    EXPECT_EQ(m_vault->keysHeldBy(QStringLiteral("chair2")), Stores{Compartment::Directory});
    EXPECT_EQ(m_vault->grantableTo(QStringLiteral("chair2")), Stores{Compartment::Headteacher});
    EXPECT_TRUE(m_vault->grantableTo(QStringLiteral("chair")).isEmpty());
    EXPECT_TRUE(m_vault->grantableTo(QStringLiteral("dsl")).isEmpty());
    EXPECT_EQ(m_vault->grantKeys(QStringLiteral("chair2")), Stores{Compartment::Headteacher});
    EXPECT_EQ(m_vault->keysHeldBy(QStringLiteral("chair2")),
              (Stores{Compartment::Directory, Compartment::Headteacher}));
    EXPECT_TRUE(m_vault->grantableTo(QStringLiteral("chair2")).isEmpty());
    ASSERT_EQ(audited(QStringLiteral("key.grant")).size(), 1);

    // The new chair now opens the store.
    ASSERT_TRUE(canSignIn(QStringLiteral("chair2"), secret("chair2 long password")));
    EXPECT_TRUE(m_vault->holds(Compartment::Headteacher));
}

} // namespace
