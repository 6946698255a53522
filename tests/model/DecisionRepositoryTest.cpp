// Decisions on concerns as the DSL team records them: reasons always, parents told or why not, triage, the
// chronology entries they make, and amendments that keep the original.
#include "records/DecisionRepository.h"

#include "core/Error.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "reference/Upn.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class DecisionRepositoryTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        m_amy = addPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"), 1);
        m_ben = addPupil(QStringLiteral("Ben"), QStringLiteral("Ó Briain"), 2);
        NewConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24"), QStringLiteral("When"));
        concern.children = {{m_amy, ChildRole::Subject, {}, {}}, {m_ben, ChildRole::AllegedHarmer, {}, {}}};
        concern.categoryIds = {QStringLiteral("child-on-child-physical")};
        concern.account = QStringLiteral("Ben pushed Amy down the stairs at break.");
        m_concern = ConcernRepository(as(QStringLiteral("deputy"))).record(concern);
    }

    qint64 addPupil(const QString& forename, const QString& surname, int serial)
    {
        return addTestPupil(dsl(), TestPupil(forename, surname)
                                       .withUpn(makeUpn(999, 1234, 20, serial))
                                       .bornOn(QDate(2014, 9, 1))
                                       .withSex(QStringLiteral("M")));
    }

    static NewDecision referral()
    {
        NewDecision decision;
        decision.outcome = QStringLiteral("referral-to-childrens-social-care");
        decision.reasons = QStringLiteral("Injury and a pattern of incidents at home reported by Amy");
        decision.consulted = QStringLiteral("Local authority duty team (advice line)");
        decision.parentsInformed = ParentsInformed::No;
        decision.parentsNotInformedReason = QStringLiteral("Telling them could place Amy at further risk");
        decision.reviewDate = QDate(2026, 12, 9);
        return decision;
    }

    static ErrorKind kindOf(const std::function<void()>& action, QString* message = nullptr)
    {
        try {
            action();
        } catch (const Error& error) {
            if (message)
                *message = error.message();
            return error.kind();
        }
        ADD_FAILURE() << "no error was thrown";
        return ErrorKind::Internal;
    }

    qint64 m_amy = 0;
    qint64 m_ben = 0;
    qint64 m_concern = 0;
};

TEST_F(DecisionRepositoryTest, ADecisionTriagesTheConcernAndIsReadBack)
{
    const qint64 id = DecisionRepository(dsl()).add(m_concern, referral());
    EXPECT_EQ(ConcernRepository(dsl()).status(m_concern), ConcernStatus::Triaged);

    const QList<Decision> decisions = DecisionRepository(dsl()).list(m_concern);
    ASSERT_EQ(decisions.size(), 1);
    const Decision& decision = decisions[0];
    EXPECT_EQ(decision.id, id);
    EXPECT_EQ(decision.concernId, m_concern);
    EXPECT_EQ(decision.current.outcome, QStringLiteral("referral-to-childrens-social-care"));
    EXPECT_EQ(decision.current.decidedBy, QStringLiteral("dsl"));
    EXPECT_EQ(decision.current.decidedAt, m_clock.nowUtc());
    EXPECT_EQ(decision.current.parentsInformed, ParentsInformed::No);
    EXPECT_EQ(decision.current.parentsNotInformedReason, referral().parentsNotInformedReason);
    EXPECT_EQ(decision.current.consulted, referral().consulted);
    EXPECT_EQ(decision.current.reviewDate, QDate(2026, 12, 9));
    EXPECT_EQ(ConcernRepository(dsl()).get(m_concern).decisionIds, QList<qint64>{id});

    // A second decision leaves the status where it is.
    NewDecision police = referral();
    police.outcome = QStringLiteral("police");
    DecisionRepository(dsl()).add(m_concern, police);
    const Concern concern = ConcernRepository(dsl()).get(m_concern);
    EXPECT_EQ(concern.statusHistory.size(), 2);
    EXPECT_EQ(concern.decisionIds.size(), 2);

    const QList<AuditEntry> added = auditEntries(dsl(), QStringLiteral("decision.add"));
    ASSERT_EQ(added.size(), 2);
    EXPECT_EQ(added[0].actor, QStringLiteral("dsl"));
    EXPECT_EQ(added[0].objectId, QString::number(id));
}

TEST_F(DecisionRepositoryTest, ADecisionNeedsItsReasons)
{
    NewDecision decision = referral();
    decision.reasons = QStringLiteral("  \n ");
    QString message;
    EXPECT_EQ(kindOf([&] { DecisionRepository(dsl()).add(m_concern, decision); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("a decision needs its reasons"))) << message.toStdString();
    EXPECT_EQ(ConcernRepository(dsl()).status(m_concern), ConcernStatus::New);
}

TEST_F(DecisionRepositoryTest, ParentsNotToldNeedsAReason)
{
    for (ParentsInformed answer : {ParentsInformed::No, ParentsInformed::NotYet}) {
        NewDecision decision = referral();
        decision.parentsInformed = answer;
        decision.parentsNotInformedReason.clear();
        QString message;
        EXPECT_EQ(kindOf([&] { DecisionRepository(dsl()).add(m_concern, decision); }, &message),
                  ErrorKind::InvalidInput);
        EXPECT_TRUE(message.contains(QStringLiteral("Parents informed"))) << message.toStdString();
    }
    NewDecision told = referral();
    told.parentsInformed = ParentsInformed::Yes;
    told.parentsNotInformedReason.clear();
    EXPECT_GT(DecisionRepository(dsl()).add(m_concern, told), 0);
}

TEST_F(DecisionRepositoryTest, OutcomeAndReviewDateAreChecked)
{
    NewDecision unknown = referral();
    unknown.outcome = QStringLiteral("detention");
    QString message;
    EXPECT_EQ(kindOf([&] { DecisionRepository(dsl()).add(m_concern, unknown); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("detention"))) << message.toStdString();

    NewDecision past = referral();
    past.reviewDate = QDate(2026, 11, 24);
    EXPECT_EQ(kindOf([&] { DecisionRepository(dsl()).add(m_concern, past); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("review"))) << message.toStdString();

    EXPECT_EQ(kindOf([&] { DecisionRepository(dsl()).add(4242, referral()); }), ErrorKind::NotFound);
}

TEST_F(DecisionRepositoryTest, OnlyTheSafeguardingLeadsDecide)
{
    for (const char* user : {"staff", "head", "admin"}) {
        DecisionRepository decisions(as(QString::fromLatin1(user)));
        EXPECT_EQ(kindOf([&] { decisions.add(m_concern, referral()); }), ErrorKind::PermissionDenied) << user;
        EXPECT_EQ(kindOf([&] { decisions.list(m_concern); }), ErrorKind::PermissionDenied) << user;
    }
    EXPECT_GT(DecisionRepository(as(QStringLiteral("deputy"))).add(m_concern, referral()), 0);
}

TEST_F(DecisionRepositoryTest, EachChildsChronologyGetsTheDecision)
{
    const qint64 referralId = DecisionRepository(dsl()).add(m_concern, referral());
    NewDecision monitor = referral();
    monitor.outcome = QStringLiteral("monitor");
    const qint64 monitorId = DecisionRepository(dsl()).add(m_concern, monitor);

    ChronologyFilter everything;
    everything.includeSuperseded = true;
    for (qint64 pupil : {m_amy, m_ben}) {
        QList<ChronologyEntry> decisions;
        for (const ChronologyEntry& entry : ChronologyRepository(dsl()).entries(pupil, everything))
            if (entry.sourceType == QLatin1String("decision"))
                decisions.append(entry);
        std::sort(decisions.begin(), decisions.end(),
                  [](const ChronologyEntry& a, const ChronologyEntry& b) { return a.id < b.id; });
        ASSERT_EQ(decisions.size(), 2);
        EXPECT_EQ(decisions[0].sourceId, referralId);
        EXPECT_TRUE(decisions[0].significant) << "a referral is significant";
        EXPECT_TRUE(decisions[0].summary.contains(QStringLiteral("Referral to children's social care")))
            << decisions[0].summary.toStdString();
        EXPECT_EQ(decisions[0].when.precision(), PartialDate::Precision::Minute);
        EXPECT_EQ(decisions[1].sourceId, monitorId);
        EXPECT_FALSE(decisions[1].significant) << "monitoring is not";
    }
}

TEST_F(DecisionRepositoryTest, AnAmendmentIsANewVersionWithItsReason)
{
    const qint64 id = DecisionRepository(dsl()).add(m_concern, referral());
    m_clock.advanceSeconds(86400);
    DecisionChanges changes;
    changes.parentsInformed = ParentsInformed::Yes;
    QString message;
    EXPECT_EQ(kindOf([&] { DecisionRepository(dsl()).amend(id, changes, QString()); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("Reason"))) << message.toStdString();
    EXPECT_EQ(kindOf([&] {
                  DecisionRepository(as(QStringLiteral("staff"))).amend(id, changes, QStringLiteral("x"));
              }),
              ErrorKind::PermissionDenied);

    DecisionRepository(as(QStringLiteral("deputy")))
        .amend(id, changes, QStringLiteral("Social worker told the parents today"));
    const Decision decision = DecisionRepository(dsl()).get(id);
    ASSERT_EQ(decision.history.size(), 2);
    EXPECT_EQ(decision.history[0].parentsInformed, ParentsInformed::No);
    EXPECT_EQ(decision.history[0].parentsNotInformedReason, referral().parentsNotInformedReason);
    EXPECT_EQ(decision.current.parentsInformed, ParentsInformed::Yes);
    EXPECT_TRUE(decision.current.parentsNotInformedReason.isEmpty());
    EXPECT_EQ(decision.current.amendedBy, QStringLiteral("deputy"));
    EXPECT_EQ(decision.current.amendReason, QStringLiteral("Social worker told the parents today"));
    // Same outcome: still the original decision maker's decision.
    EXPECT_EQ(decision.current.decidedBy, QStringLiteral("dsl"));
    EXPECT_EQ(decision.current.reasons, referral().reasons);

    const QList<AuditEntry> views = auditEntries(dsl(), QStringLiteral("decision.view"));
    ASSERT_FALSE(views.isEmpty());
    EXPECT_EQ(views.last().actor, QStringLiteral("dsl"));
}

} // namespace
