// The queries across children behind the DSL's overviews: referrals waiting for something, the caseload and
// the meetings coming up, on a real vault.
#include "core/Error.h"
#include "records/MeetingRepository.h"
#include "records/PlanRepository.h"
#include "records/PupilRepository.h"
#include "records/ReferralRepository.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <functional>

using namespace lantern;
using namespace lantern::test;

namespace {

QList<AuditEntry> auditFor(Vault& vault, const QString& action)
{
    AuditFilter filter;
    filter.actionPrefix = action;
    QList<AuditEntry> matching;
    for (const AuditEntry& entry : vault.audit().entries(filter))
        if (entry.action == action)
            matching.append(entry);
    return matching;
}

class OverviewQueriesTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        m_zoe = addTestPupil(dsl(), TestPupil(QStringLiteral("Zoë"), QStringLiteral("Nguyễn")));
        m_leo = addTestPupil(dsl(), TestPupil(QStringLiteral("Leo"), QStringLiteral("Cooper")));
        m_amir = addTestPupil(dsl(), TestPupil(QStringLiteral("Amir"), QStringLiteral("Bakr")));
    }

    qint64 refer(qint64 pupilId, const QString& toWhom, int daysAgo)
    {
        Referral referral;
        referral.pupilId = pupilId;
        referral.toWhom = toWhom;
        referral.referredAt = m_clock.nowUtc().addDays(-daysAgo);
        referral.method = ReferralMethod::Phone;
        return ReferralRepository(dsl()).add(referral);
    }

    qint64 startPlan(qint64 pupilId, PlanType type, const QDate& startedOn, const QString& lead = {})
    {
        Plan plan;
        plan.pupilId = pupilId;
        plan.type = type;
        plan.startedOn = startedOn;
        plan.leadPractitioner = lead;
        if (type == PlanType::ChildProtection)
            plan.cpCategory = QStringLiteral("NEG");
        return PlanRepository(dsl()).add(plan);
    }

    qint64 m_zoe = 0;
    qint64 m_leo = 0;
    qint64 m_amir = 0;
};

TEST_F(OverviewQueriesTest, ReferralsWaitingAreGroupedFollowUpsFirstThenOldestFirst)
{
    ReferralRepository referrals(dsl());
    const qint64 recent = refer(m_zoe, QStringLiteral("MASH"), 1);
    const qint64 old = refer(m_leo, QStringLiteral("Early help hub"), 9);
    const qint64 acknowledged = refer(m_amir, QStringLiteral("CAMHS"), 6);
    referrals.recordUpdate(acknowledged, ReferralField::AcknowledgedAt, QStringLiteral("2026-11-20 10:00"));
    const qint64 finished = refer(m_amir, QStringLiteral("School nursing"), 20);
    referrals.recordUpdate(finished, ReferralField::Outcome, QStringLiteral("No further action"));

    // A follow-up set ten days ago for five days later: overdue since 20 November.
    m_clock.set(fixedNow().addDays(-10));
    const qint64 followedUp = refer(m_zoe, QStringLiteral("Police"), 1);
    referrals.recordUpdate(followedUp, ReferralField::FollowUpOn, QStringLiteral("2026-11-20"));
    m_clock.set(fixedNow());

    const QList<AwaitingReferral> waiting = referrals.awaiting();
    ASSERT_EQ(waiting.size(), 4) << "the referral with an outcome and no follow-up is not waiting";
    EXPECT_EQ(waiting.at(0).referral.id, followedUp);
    EXPECT_EQ(waiting.at(0).waitingFor, ReferralWait::FollowUp);
    EXPECT_TRUE(waiting.at(0).overdue);
    EXPECT_EQ(waiting.at(0).ageDays, 11);
    EXPECT_EQ(waiting.at(1).referral.id, old);
    EXPECT_EQ(waiting.at(1).waitingFor, ReferralWait::Acknowledgement);
    EXPECT_EQ(waiting.at(1).pupilName, QStringLiteral("Leo Cooper"));
    EXPECT_EQ(waiting.at(1).ageDays, 9);
    EXPECT_FALSE(waiting.at(1).overdue);
    EXPECT_EQ(waiting.at(2).referral.id, recent);
    EXPECT_EQ(waiting.at(2).pupilName, QStringLiteral("Zoë Nguyễn"));
    EXPECT_EQ(waiting.at(3).referral.id, acknowledged);
    EXPECT_EQ(waiting.at(3).waitingFor, ReferralWait::Outcome);

    const QList<AuditEntry> views = auditFor(dsl(), QStringLiteral("referral.view"));
    ASSERT_FALSE(views.isEmpty());
    EXPECT_EQ(views.last().objectId, QStringLiteral("awaiting"));
    EXPECT_TRUE(views.last().details.contains(QStringLiteral("4 referrals")))
        << views.last().details.toStdString();
}

TEST_F(OverviewQueriesTest, AFollowUpIsDueOnItsDayAndDoneOnceSomethingIsRecordedAfterIt)
{
    ReferralRepository referrals(dsl());
    m_clock.set(fixedNow().addDays(-2));
    const qint64 id = refer(m_zoe, QStringLiteral("MASH"), 1);
    referrals.recordUpdate(id, ReferralField::Outcome, QStringLiteral("Assessment under way"));
    referrals.recordUpdate(id, ReferralField::FollowUpOn, QStringLiteral("2026-11-25")); // today
    m_clock.set(fixedNow());
    EXPECT_EQ(referrals.awaiting().size(), 1);
    referrals.recordUpdate(id, ReferralField::FollowUpOn, QStringLiteral("2026-11-25"));
    const QList<AwaitingReferral> waiting = referrals.awaiting();
    ASSERT_EQ(waiting.size(), 1) << "setting the follow-up date again is not following up";
    EXPECT_EQ(waiting.at(0).waitingFor, ReferralWait::FollowUp);
    EXPECT_FALSE(waiting.at(0).overdue) << "due today is not yet overdue";

    m_clock.set(fixedNow().addSecs(3600));
    referrals.recordUpdate(id, ReferralField::Outcome, QStringLiteral("Child and family assessment"));
    EXPECT_TRUE(referrals.awaiting().isEmpty()) << "the outcome recorded today answers the follow-up";

    referrals.recordUpdate(id, ReferralField::FollowUpOn, QStringLiteral("2026-12-02"));
    EXPECT_TRUE(referrals.awaiting().isEmpty()) << "a follow-up next week is not due yet";
}

TEST_F(OverviewQueriesTest, CaseloadListsOpenPlansChildProtectionFirstAndLookedAfterChildren)
{
    startPlan(m_amir, PlanType::FamilyHelp, QDate(2026, 10, 1));
    startPlan(m_leo, PlanType::ChildInNeed, QDate(2026, 9, 1));
    startPlan(m_zoe, PlanType::ChildProtection, QDate(2026, 10, 12), QStringLiteral("Priya Shah"));
    const qint64 ended = startPlan(m_leo, PlanType::ChildProtection, QDate(2026, 1, 5));
    PlanRepository(dsl()).end(ended, QDate(2026, 6, 1));
    const qint64 looked = addTestPupil(dsl(), TestPupil(QStringLiteral("Ava"), QStringLiteral("Ellis")));
    std::optional<Pupil> ava = PupilRepository(dsl()).find(looked);
    ASSERT_TRUE(ava);
    ava->lookedAfter = true;
    ava->responsibleAuthority = QStringLiteral("Oxfordshire");
    PupilRepository(dsl()).update(*ava);

    const QList<CaseloadEntry> caseload = PlanRepository(dsl()).caseload();
    ASSERT_EQ(caseload.size(), 4) << "the ended plan is not on the caseload";
    EXPECT_EQ(caseload.at(0).pupilName, QStringLiteral("Zoë Nguyễn"));
    ASSERT_TRUE(caseload.at(0).plan);
    EXPECT_EQ(caseload.at(0).plan->type, PlanType::ChildProtection);
    EXPECT_EQ(caseload.at(0).plan->leadPractitioner, QStringLiteral("Priya Shah"));
    EXPECT_EQ(caseload.at(0).plan->startedOn, QDate(2026, 10, 12));
    EXPECT_EQ(caseload.at(1).pupilName, QStringLiteral("Ava Ellis"));
    EXPECT_FALSE(caseload.at(1).plan) << "looked after with no care plan recorded";
    EXPECT_TRUE(caseload.at(1).lookedAfter);
    EXPECT_EQ(caseload.at(1).responsibleAuthority, QStringLiteral("Oxfordshire"));
    EXPECT_EQ(caseload.at(2).plan->type, PlanType::ChildInNeed);
    EXPECT_EQ(caseload.at(3).plan->type, PlanType::FamilyHelp);

    const QList<AuditEntry> views = auditFor(dsl(), QStringLiteral("plan.view"));
    ASSERT_FALSE(views.isEmpty());
    EXPECT_EQ(views.last().objectId, QStringLiteral("caseload"));
    EXPECT_TRUE(views.last().details.contains(QStringLiteral("4 children")));
}

TEST_F(OverviewQueriesTest, UpcomingMeetingsAreFromTodaySoonestFirst)
{
    MeetingRepository meetings(dsl());
    Meeting past;
    past.pupilId = m_zoe;
    past.type = MeetingType::InitialCpConference;
    past.heldOn = QDate(2026, 11, 1);
    meetings.add(past);
    Meeting review = past;
    review.type = MeetingType::ReviewCpConference;
    review.heldOn = QDate(2027, 2, 1);
    meetings.add(review);
    Meeting core = past;
    core.pupilId = m_leo;
    core.type = MeetingType::CoreGroup;
    core.heldOn = QDate(2026, 11, 25); // today
    meetings.add(core);

    const QList<Meeting> upcoming = meetings.upcoming();
    ASSERT_EQ(upcoming.size(), 2);
    EXPECT_EQ(upcoming.at(0).pupilId, m_leo);
    EXPECT_EQ(upcoming.at(1).type, MeetingType::ReviewCpConference);
    EXPECT_EQ(auditFor(dsl(), QStringLiteral("meeting.view")).last().objectId, QStringLiteral("upcoming"));
}

TEST_F(OverviewQueriesTest, OnlyTheDslTeamSeesTheOverviewsAndARefusalWritesNothing)
{
    refer(m_zoe, QStringLiteral("MASH"), 2);
    const QList<std::pair<const char*, std::function<void(Vault&)>>> queries = {
        {"awaiting", [](Vault& v) { ReferralRepository(v).awaiting(); }},
        {"caseload", [](Vault& v) { PlanRepository(v).caseload(); }},
        {"upcoming", [](Vault& v) { MeetingRepository(v).upcoming(); }},
    };
    for (const char* role : {"staff", "admin", "head"}) {
        Vault& vault = as(QString::fromLatin1(role));
        const qsizetype before = vault.audit().entries().size();
        for (const auto& [name, query] : queries) {
            try {
                query(vault);
                ADD_FAILURE() << role << " " << name << " was allowed";
            } catch (const Error& error) {
                EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << role << " " << name;
            }
        }
        EXPECT_EQ(vault.audit().entries().size(), before) << role;
    }
    Vault& deputy = as(QStringLiteral("deputy"));
    EXPECT_EQ(ReferralRepository(deputy).awaiting().size(), 1);
    EXPECT_EQ(auditFor(deputy, QStringLiteral("referral.view")).last().actor, QStringLiteral("deputy"));
}

} // namespace
