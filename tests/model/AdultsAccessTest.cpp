// Who sees the adults register: the headteacher and the DSL team see it (they hold the adults store's key),
// except concerns about the headteacher, which only the chair of governors sees (the headteacher store, whose
// key only the chair and the recovery key hold); staff, administrators and governors see nothing and record
// through Lantern Submit.
#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "adults/AdultRetention.h"
#include "adults/AdultsSettings.h"
#include "adults/LadoConsultationRepository.h"
#include "core/Error.h"
#include "support/AdultsFixture.h"

using namespace lantern;
using namespace lantern::test;

namespace {

ErrorKind kindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.kind();
    }
    ADD_FAILURE() << "expected an error";
    return ErrorKind::Internal;
}

QList<qint64> idsIn(const QList<AdultSummary>& summaries)
{
    QList<qint64> ids;
    for (const AdultSummary& summary : summaries)
        ids.append(summary.id);
    return ids;
}

class AdultsAccessTest : public AdultsFixture {
protected:
    void SetUp() override
    {
        AdultsFixture::SetUp();
        teacher = addAdult("Daniel Okafor");
        headEntry = addHeadteacher();
        teacherConcern = concernAbout(teacher, "2026-10-01");
        ReportedAdultConcern aboutHead;
        aboutHead.adult.isHeadteacher = true;
        aboutHead.content = content("2026-10-02", "Spoke to a pupil alone in a locked office.");
        aboutHead.reporterUsername = QStringLiteral("staff"); // told the chair, who holds the key
        headConcern = AdultConcernRepository(as(QStringLiteral("chair"))).record(aboutHead);
    }

    qint64 teacher = 0;
    qint64 headEntry = 0;
    qint64 teacherConcern = 0;
    qint64 headConcern = 0;
};

TEST_F(AdultsAccessTest, TheDslTeamAndTheHeadSeeEveryAdultButTheHeadteacher)
{
    for (const char* keeper : {"dsl", "deputy", "head"}) {
        Vault& vault = as(QString::fromLatin1(keeper));
        // The headteacher's entry is in a store this session holds no key to. (Entry numbers are per store,
        // so the head's entry number may well name another adult here: it is the key that hides her.)
        EXPECT_FALSE(vault.holds(Compartment::Headteacher)) << keeper;
        EXPECT_TRUE(vault.holds(Compartment::Adults)) << keeper;
        const QList<AdultSummary> listed = AdultRegister(vault).list();
        EXPECT_EQ(idsIn(listed), QList<qint64>{teacher}) << keeper;
        for (const AdultSummary& summary : listed)
            EXPECT_FALSE(summary.isHeadteacher) << keeper;
        const Adult daniel = AdultRegister(vault).get(teacher);
        EXPECT_EQ(daniel.concerns.size(), 1) << keeper;
        EXPECT_FALSE(daniel.summary.isHeadteacher) << keeper;
    }
}

TEST_F(AdultsAccessTest, TheDslCannotRecordAConcernAboutTheHeadteacher)
{
    // The DSL holds no key to the headteacher store, so a concern about her cannot be written by the DSL:
    // it goes to the chair of governors (or through Lantern Submit).
    ReportedAdultConcern aboutHead;
    aboutHead.adult.isHeadteacher = true;
    aboutHead.content = content("2026-11-01", "Reported by a parent at the gate.");
    aboutHead.content.reporterName = QStringLiteral("A parent");
    for (const char* keeper : {"dsl", "deputy", "head"}) {
        try {
            AdultConcernRepository(as(QString::fromLatin1(keeper))).record(aboutHead);
            ADD_FAILURE() << keeper << " recorded a concern about the headteacher";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << keeper;
            EXPECT_TRUE(error.message().contains(QStringLiteral("chair of governors"))) << error.what();
        }
    }
    // Nothing was written to the register the DSL keeps.
    EXPECT_EQ(idsIn(AdultRegister(dsl()).list()), QList<qint64>{teacher});
    EXPECT_EQ(AdultRegister(dsl()).get(teacher).concerns.size(), 1);

    // The chair records it, on the parent's behalf, on the one headteacher's entry.
    const qint64 id = AdultConcernRepository(as(QStringLiteral("chair"))).record(aboutHead);
    const Adult head = AdultRegister(as(QStringLiteral("chair"))).get(headEntry);
    ASSERT_EQ(head.concerns.size(), 2);
    EXPECT_EQ(head.concerns.at(0).id, headConcern);
    EXPECT_EQ(head.concerns.at(0).reporterUsername, QStringLiteral("staff"));
    EXPECT_EQ(head.concerns.at(1).id, id);
    EXPECT_EQ(head.concerns.at(1).current.content.reporterName, QStringLiteral("A parent"));
    EXPECT_TRUE(head.summary.isHeadteacher);
}

TEST_F(AdultsAccessTest, TheChairSeesOnlyTheHeadteacher)
{
    Vault& chair = as(QStringLiteral("chair"));
    EXPECT_TRUE(chair.holds(Compartment::Headteacher));
    EXPECT_FALSE(chair.holds(Compartment::Adults));
    EXPECT_FALSE(chair.holds(Compartment::Cases));
    const QList<AdultSummary> listed = AdultRegister(chair).list();
    EXPECT_EQ(idsIn(listed), QList<qint64>{headEntry});
    for (const AdultSummary& summary : listed)
        EXPECT_TRUE(summary.isHeadteacher);
    // The chair reviews concerns about the head.
    EXPECT_GT(AdultConcernRepository(chair).review(headConcern, QDate(2026, 11, 20),
                                                   QStringLiteral("Spoke to the "
                                                                  "head.")),
              0);
    // …and cannot make entries for anyone else, nor record concerns about them.
    NewAdult other;
    other.details.name = QStringLiteral("Someone Else");
    EXPECT_EQ(kindOf([&] { AdultRegister(chair).add(other); }), ErrorKind::PermissionDenied);
    ReportedAdultConcern aboutDaniel;
    aboutDaniel.adult.name = QStringLiteral("Daniel Okafor");
    aboutDaniel.content = content("2026-11-03", "Seen at the gate.");
    EXPECT_EQ(kindOf([&] { AdultConcernRepository(chair).record(aboutDaniel); }),
              ErrorKind::PermissionDenied);
    EXPECT_EQ(idsIn(AdultRegister(chair).list()), QList<qint64>{headEntry});
}

TEST_F(AdultsAccessTest, StaffAdministratorsAndGovernorsSeeNothing)
{
    for (const char* name : {"staff", "admin", "governor"}) {
        Vault& vault = as(QString::fromLatin1(name));
        EXPECT_EQ(kindOf([&] { AdultRegister(vault).list(); }), ErrorKind::PermissionDenied) << name;
        EXPECT_EQ(kindOf([&] { AdultRegister(vault).get(teacher); }), ErrorKind::PermissionDenied) << name;
        EXPECT_EQ(kindOf([&] { AdultRegister(vault).get(headEntry); }), ErrorKind::PermissionDenied) << name;
        EXPECT_EQ(kindOf([&] { AdultRetention(vault).due(); }), ErrorKind::PermissionDenied) << name;
        EXPECT_EQ(kindOf([&] { AdultsSettings(vault).get(); }), ErrorKind::PermissionDenied) << name;
        EXPECT_EQ(kindOf([&] {
                      AdultConcernRepository(vault).review(teacherConcern, QDate(2026, 11, 20),
                                                           QStringLiteral("x"));
                  }),
                  ErrorKind::PermissionDenied)
            << name;
    }
}

TEST_F(AdultsAccessTest, StaffAdministratorsAndGovernorsRecordThroughSubmitNotTheVault)
{
    ReportedAdultConcern concern;
    concern.adult.name = QStringLiteral("daniel okafor"); // matched, case folded, to the existing entry
    concern.content = content("2026-11-03", "Gave a pupil a lift home alone.");
    for (const char* name : {"staff", "admin", "governor"}) {
        Vault& vault = as(QString::fromLatin1(name));
        try {
            AdultConcernRepository(vault).record(concern);
            ADD_FAILURE() << name << " recorded a concern about an adult in the vault";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << name;
            EXPECT_TRUE(error.message().contains(QStringLiteral("record a concern about an adult")))
                << error.what();
        }
    }
    // The keepers of the register record, each in their own name unless they name another reporter.
    for (const char* name : {"dsl", "deputy", "head"})
        EXPECT_GT(AdultConcernRepository(as(QString::fromLatin1(name))).record(concern), 0) << name;
    const Adult daniel = AdultRegister(dsl()).get(teacher);
    ASSERT_EQ(daniel.concerns.size(), 4);
    EXPECT_EQ(daniel.concerns.last().reporterUsername, QStringLiteral("head"));
    EXPECT_EQ(daniel.concerns.last().current.content.reporterName, QStringLiteral("Grace Mensah"));
}

TEST_F(AdultsAccessTest, OnlyTheChairMakesTheHeadteachersEntry)
{
    NewAdult head;
    head.details.name = QStringLiteral("Grace Mensah");
    head.linkedUsername = QStringLiteral("head");
    EXPECT_EQ(kindOf([&] { AdultRegister(dsl()).add(head); }), ErrorKind::PermissionDenied);
    head.linkedUsername.clear();
    head.isHeadteacher = true;
    EXPECT_EQ(kindOf([&] { AdultRegister(as(QStringLiteral("head"))).add(head); }),
              ErrorKind::PermissionDenied);
}

TEST_F(AdultsAccessTest, SettingsAreChangedOnlyByTheHeadAndTheDslTeam)
{
    AdultsRegisterSettings settings;
    settings.patternThreshold = 3;
    AdultsSettings(as(QStringLiteral("head"))).set(settings);
    EXPECT_EQ(AdultsSettings(dsl()).get().patternThreshold, 3);
    // The chair reads the settings of the register they keep, and changes none.
    EXPECT_NO_THROW(AdultsSettings(as(QStringLiteral("chair"))).get());
    EXPECT_EQ(kindOf([&] { AdultsSettings(as(QStringLiteral("chair"))).set(settings); }),
              ErrorKind::PermissionDenied);
}

} // namespace
