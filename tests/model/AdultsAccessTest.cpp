// Who sees the adults register: the headteacher and the DSL team see it, except concerns about the
// headteacher, which only the chair of governors sees; staff, administrators and governors see nothing but
// may record.
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
        headConcern = AdultConcernRepository(as(QStringLiteral("staff"))).record(aboutHead);
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
        EXPECT_EQ(idsIn(AdultRegister(vault).list()), QList<qint64>{teacher}) << keeper;
        EXPECT_EQ(AdultRegister(vault).get(teacher).concerns.size(), 1) << keeper;
        EXPECT_EQ(kindOf([&] { AdultRegister(vault).get(headEntry); }), ErrorKind::NotFound) << keeper;
    }
}

TEST_F(AdultsAccessTest, AConcernAboutTheHeadteacherIsHiddenFromTheDslEvenTheOneWhoRecordedIt)
{
    ReportedAdultConcern aboutHead;
    aboutHead.adult.isHeadteacher = true;
    aboutHead.content = content("2026-11-01", "Reported by a parent at the gate.");
    aboutHead.content.reporterName = QStringLiteral("A parent");
    const qint64 id = AdultConcernRepository(dsl()).record(aboutHead);

    // The DSL got a receipt and nothing else: not the entry, not the concern, not a review or an amendment.
    EXPECT_EQ(kindOf([&] { AdultRegister(dsl()).get(headEntry); }), ErrorKind::NotFound);
    EXPECT_EQ(
        kindOf([&] { AdultConcernRepository(dsl()).review(id, QDate(2026, 11, 20), QStringLiteral("x")); }),
        ErrorKind::NotFound);
    EXPECT_EQ(
        kindOf([&] { AdultConcernRepository(dsl()).amend(id, changesTo("changed"), QStringLiteral("x")); }),
        ErrorKind::NotFound);
    NewLadoConsultation consultation{QDate(2026, 11, 20),
                                     QStringLiteral("LADO"),
                                     QStringLiteral("advice"),
                                     LadoOutcome::BelowThreshold,
                                     {}};
    EXPECT_EQ(kindOf([&] { LadoConsultationRepository(dsl()).record(headEntry, consultation); }),
              ErrorKind::NotFound);

    // Both concerns went to the one headteacher's entry, which the chair sees.
    const Adult head = AdultRegister(as(QStringLiteral("chair"))).get(headEntry);
    ASSERT_EQ(head.concerns.size(), 2);
    EXPECT_EQ(head.concerns.at(0).id, headConcern);
    EXPECT_EQ(head.concerns.at(1).id, id);
    EXPECT_TRUE(head.summary.isHeadteacher);
}

TEST_F(AdultsAccessTest, TheChairSeesOnlyTheHeadteacher)
{
    Vault& chair = as(QStringLiteral("chair"));
    EXPECT_EQ(idsIn(AdultRegister(chair).list()), QList<qint64>{headEntry});
    EXPECT_EQ(kindOf([&] { AdultRegister(chair).get(teacher); }), ErrorKind::NotFound);
    EXPECT_EQ(kindOf([&] {
                  AdultConcernRepository(chair).review(teacherConcern, QDate(2026, 11, 20),
                                                       QStringLiteral("x"));
              }),
              ErrorKind::NotFound);
    // The chair reviews concerns about the head.
    EXPECT_GT(AdultConcernRepository(chair).review(headConcern, QDate(2026, 11, 20),
                                                   QStringLiteral("Spoke to the "
                                                                  "head.")),
              0);
    // …and cannot make entries for anyone else.
    NewAdult other;
    other.details.name = QStringLiteral("Someone Else");
    EXPECT_EQ(kindOf([&] { AdultRegister(chair).add(other); }), ErrorKind::PermissionDenied);
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

TEST_F(AdultsAccessTest, AnyoneInSchoolMayRecordButOnlyInTheirOwnNameAndNotByEntryNumber)
{
    for (const char* name : {"staff", "admin", "governor"}) {
        Vault& vault = as(QString::fromLatin1(name));
        ReportedAdultConcern concern;
        concern.adult.name = QStringLiteral("daniel okafor"); // matched, case folded, to the existing entry
        concern.content = content("2026-11-03", "Gave a pupil a lift home alone.");
        EXPECT_GT(AdultConcernRepository(vault).record(concern), 0) << name;

        concern.reporterUsername = QStringLiteral("staff2");
        EXPECT_EQ(kindOf([&] { AdultConcernRepository(vault).record(concern); }), ErrorKind::PermissionDenied)
            << name;
        concern.reporterUsername.clear();
        concern.adult.adultId = teacher; // staff cannot see entries, so cannot name one by number
        EXPECT_EQ(kindOf([&] { AdultConcernRepository(vault).record(concern); }), ErrorKind::NotFound)
            << name;
    }
    const Adult daniel = AdultRegister(dsl()).get(teacher);
    ASSERT_EQ(daniel.concerns.size(), 4);
    EXPECT_EQ(daniel.concerns.last().reporterUsername, QStringLiteral("governor"));
    EXPECT_EQ(daniel.concerns.last().current.content.reporterName, QStringLiteral("Ines Duarte"));
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
    EXPECT_EQ(AdultsSettings(as(QStringLiteral("chair"))).get().patternThreshold, 3);
    EXPECT_EQ(kindOf([&] { AdultsSettings(as(QStringLiteral("chair"))).set(settings); }),
              ErrorKind::PermissionDenied);
}

} // namespace
