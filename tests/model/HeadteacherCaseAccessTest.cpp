// DESIGN.md §3: pupils' case records are the DSL team's, "the headteacher if the school chooses". The choice
// is a DSL's, kept in the case store, and carried out with keys: allowing it gives the headteacher's slot the
// case key; withdrawing it takes the key back, and a grant left behind is not used.
#include "core/Error.h"
#include "records/PupilRepository.h"
#include "storage/Database.h"
#include "support/TestPupils.h"
#include "support/TestSupport.h"
#include "users/Permissions.h"
#include "vault/KeySlotFile.h"
#include "vault/Vault.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class HeadteacherCaseAccessTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto dsl = Vault::create(folder(), {QStringLiteral("dsl"), QStringLiteral("Amira Haddad"), Role::Dsl},
                                 secret("correct horse battery"), m_clock);
        dsl->addUser({QStringLiteral("head"), QStringLiteral("Hana Kowalczyk"), Role::Head},
                     secret("head's password 1"));
        dsl->addUser({QStringLiteral("deputy"), QStringLiteral("Tomasz Wiśniewski"), Role::Deputy},
                     secret("deputy password 1"));
        dsl->addUser({QStringLiteral("office"), QStringLiteral("Ada Byrne"), Role::Admin},
                     secret("admin password 1"));
        addTestPupil(*dsl, TestPupil(QStringLiteral("Amy"), QStringLiteral("Okafor")));
    }

    QString folder() const { return m_temp.path(QStringLiteral("school.lantern")); }

    std::unique_ptr<Vault> unlock(const char* user, const char* password)
    {
        return Vault::unlock(folder(), QString::fromLatin1(user), secret(password), m_clock);
    }
    std::unique_ptr<Vault> dsl() { return unlock("dsl", "correct horse battery"); }
    std::unique_ptr<Vault> head() { return unlock("head", "head's password 1"); }

    // Whether the head's slot in keyslots.json carries a case key at all (granted or not used).
    bool headSlotCarriesCaseKey() const
    {
        const KeySlotFile slots = KeySlotFile::load(folder() + QStringLiteral("/keyslots.json"));
        const KeySlot* slot = slots.findByUser(QStringLiteral("head"));
        return slot && slot->holds(QStringLiteral("cases"));
    }

    static ErrorKind errorOf(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const Error& error) {
            return error.kind();
        }
        return ErrorKind::Internal;
    }

    TempFolder m_temp;
    ManualClock m_clock{fixedNow()};
};

TEST_F(HeadteacherCaseAccessTest, ByDefaultTheHeadteacherHoldsNoCaseKeyAndReadsNoPupilRecord)
{
    EXPECT_FALSE(headSlotCarriesCaseKey());
    auto session = head();
    EXPECT_FALSE(session->holds(Compartment::Cases));
    EXPECT_TRUE(session->holds(Compartment::Adults));
    EXPECT_FALSE(session->headteacherReadsCases());
    EXPECT_EQ(errorOf([&] { PupilRepository(*session).list(); }), ErrorKind::PermissionDenied);
}

TEST_F(HeadteacherCaseAccessTest, WhenTheDslAllowsItTheHeadteacherReadsButDoesNotWrite)
{
    {
        auto session = dsl();
        EXPECT_EQ(session->setHeadteacherReadsCases(true), QStringList{QStringLiteral("head")});
        EXPECT_TRUE(session->headteacherReadsCases());
        EXPECT_EQ(session->keysHeldBy(QStringLiteral("head")),
                  (QList<Compartment>{Compartment::Directory, Compartment::Cases, Compartment::Adults}));
    }
    EXPECT_TRUE(headSlotCarriesCaseKey());
    auto session = head();
    ASSERT_TRUE(session->holds(Compartment::Cases));
    EXPECT_TRUE(session->headteacherReadsCases());
    EXPECT_TRUE(hasPermission(session->user(), Permission::ReadPupilRecords));
    EXPECT_FALSE(hasPermission(session->user(), Permission::WritePupilRecords));
    EXPECT_FALSE(hasPermission(session->user(), Permission::Export));
    const QList<Pupil> pupils = PupilRepository(*session).list();
    ASSERT_EQ(pupils.size(), 1);
    EXPECT_EQ(pupils.first().legalSurname, QStringLiteral("Okafor"));
    EXPECT_EQ(
        errorOf([&] { addTestPupil(*session, TestPupil(QStringLiteral("Ben"), QStringLiteral("Ito"))); }),
        ErrorKind::PermissionDenied);
    // Nor can the headteacher make the choice, though they now hold the case key.
    EXPECT_EQ(errorOf([&] { session->setHeadteacherReadsCases(false); }), ErrorKind::PermissionDenied);
    // The choice is in the chain, signed by the DSL.
    EXPECT_TRUE(session->audit().verify().intact());
}

TEST_F(HeadteacherCaseAccessTest, WithdrawingItTakesTheKeyOutOfTheHeadteachersSlot)
{
    dsl()->setHeadteacherReadsCases(true);
    ASSERT_TRUE(head()->holds(Compartment::Cases));
    {
        auto session = dsl();
        EXPECT_EQ(session->setHeadteacherReadsCases(false), QStringList{QStringLiteral("head")});
        EXPECT_FALSE(session->headteacherReadsCases());
    }
    EXPECT_FALSE(headSlotCarriesCaseKey());
    auto session = head();
    EXPECT_FALSE(session->holds(Compartment::Cases));
    EXPECT_EQ(errorOf([&] { PupilRepository(*session).list(); }), ErrorKind::PermissionDenied);
}

TEST_F(HeadteacherCaseAccessTest, AGrantLeftBehindIsNotUsedOnceTheSchoolSaysNo)
{
    dsl()->setHeadteacherReadsCases(true);
    // The choice withdrawn in the case store without the grant being taken out (as a restored or edited file
    // could leave it): the key is in the slot, and the session does not use it.
    dsl()->database().exec("UPDATE cases.vault_meta SET value = 'no' WHERE key = 'headteacher_reads_cases';");
    ASSERT_TRUE(headSlotCarriesCaseKey());
    auto session = head();
    EXPECT_FALSE(session->holds(Compartment::Cases));
    EXPECT_FALSE(hasPermission(session->user(), Permission::ReadPupilRecords));
}

TEST_F(HeadteacherCaseAccessTest, OnlyADslDecides)
{
    for (const auto& [user, password] :
         {std::pair{"deputy", "deputy password 1"}, std::pair{"office", "admin password 1"},
          std::pair{"head", "head's password 1"}}) {
        SCOPED_TRACE(user);
        auto session = unlock(user, password);
        EXPECT_EQ(errorOf([&] { session->setHeadteacherReadsCases(true); }), ErrorKind::PermissionDenied);
    }
    EXPECT_FALSE(headSlotCarriesCaseKey());
    EXPECT_FALSE(dsl()->headteacherReadsCases());
}

TEST_F(HeadteacherCaseAccessTest, AHeadteachersNewSlotHoldsWhatTheSchoolAllows)
{
    // Not allowed: a DSL has no case key to give the headteacher.
    EXPECT_TRUE(dsl()->grantableTo(QStringLiteral("head")).isEmpty());
    dsl()->setHeadteacherReadsCases(true);
    // A password reset makes a new slot: the DSL's session seals the case key to it, as the school allows.
    dsl()->changePassword(QStringLiteral("head"), secret("head's password 2"));
    EXPECT_TRUE(unlock("head", "head's password 2")->holds(Compartment::Cases));
    // So does the headteacher's own change of password.
    unlock("head", "head's password 2")->changePassword(QStringLiteral("head"), secret("head's password 3"));
    EXPECT_TRUE(unlock("head", "head's password 3")->holds(Compartment::Cases));
    EXPECT_TRUE(dsl()->grantableTo(QStringLiteral("head")).isEmpty()); // nothing left to give
}

} // namespace
