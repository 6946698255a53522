// Concerns as the DSL team meet them: recording, the rules on what a concern must say, amendments that keep
// the original, receipts, the status workflow and the chronology entries concerns make. Staff record nothing
// here: they hold no case key and send concerns through Lantern Submit.
#include "records/ConcernRepository.h"

#include "core/Error.h"
#include "records/ChronologyRepository.h"
#include "records/DecisionRepository.h"
#include "records/SearchIndex.h"
#include "reference/Upn.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class ConcernRepositoryTest : public RecordsFixture {
protected:
    // A pupil on the roll, added by the DSL.
    qint64 addPupil(const QString& forename, const QString& surname, int serial)
    {
        return addTestPupil(dsl(), TestPupil(forename, surname).withUpn(makeUpn(999, 1234, 20, serial)));
    }

    void SetUp() override
    {
        RecordsFixture::SetUp();
        m_amy = addPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"), 1);
        m_zoe = addPupil(QStringLiteral("Zoë"), QStringLiteral("Kowalski"), 2);
    }

    NewConcern basic() const
    {
        NewConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24T14:03"), QStringLiteral("When"));
        concern.location = QStringLiteral("Playground");
        concern.children = {{m_amy, ChildRole::Subject, {}, {}}};
        concern.categoryIds = {QStringLiteral("neglect")};
        concern.account =
            QStringLiteral("Amy arrived without a coat and said she had not eaten since lunch yesterday.");
        return concern;
    }

    qint64 recordAs(const QString& user, const NewConcern& concern)
    {
        return ConcernRepository(as(user)).record(concern);
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

    struct ChronologyRow {
        qint64 pupilId;
        QString sort;
        QString summary;
        bool significant;
        bool current;
        QString amendReason;
    };
    // Every entry in the pupil's chronology, amended-away ones too, in event order.
    QList<ChronologyRow> chronology(qint64 pupilId)
    {
        ChronologyFilter everything;
        everything.includeSuperseded = true;
        QList<ChronologyRow> rows;
        for (const ChronologyEntry& entry : ChronologyRepository(dsl()).entries(pupilId, everything))
            rows.append({entry.pupilId, entry.when.sortKey(), entry.summary, entry.significant,
                         entry.isCurrent(), entry.amendReason});
        return rows;
    }

    qint64 m_amy = 0;
    qint64 m_zoe = 0;
};

TEST_F(ConcernRepositoryTest, RecordsAConcernAboutTwoChildrenWithTwoCategories)
{
    NewConcern concern = basic();
    concern.children = {{m_amy, ChildRole::Subject, {}, {}}, {m_zoe, ChildRole::Witness, {}, {}}};
    concern.categoryIds = {QStringLiteral("neglect"), QStringLiteral("emotional-abuse")};
    concern.childWords = QStringLiteral("Mum said I'm not allowed tea");
    concern.immediateAction = QStringLiteral("Gave her breakfast from the club");
    concern.bodyMap = {{BodyMapMark::Side::Back, 0.4, 0.25, QStringLiteral("red mark")}};
    const qint64 id = recordAs(QStringLiteral("deputy"), concern);

    const Concern read = ConcernRepository(dsl()).get(id);
    EXPECT_EQ(read.recordedBy, QStringLiteral("deputy"));
    EXPECT_EQ(read.recordedAt, m_clock.nowUtc());
    EXPECT_EQ(read.status, ConcernStatus::New);
    ASSERT_EQ(read.history.size(), 1);
    EXPECT_EQ(read.current.version, 1);
    ASSERT_EQ(read.current.children.size(), 2);
    EXPECT_EQ(read.current.children[0].displayName, QStringLiteral("Amy Okafor"));
    EXPECT_EQ(read.current.children[0].role, ChildRole::Subject);
    EXPECT_EQ(read.current.children[1].displayName, QStringLiteral("Zoë Kowalski"));
    EXPECT_EQ(read.current.children[1].role, ChildRole::Witness);
    EXPECT_EQ(read.current.categoryIds,
              (QStringList{QStringLiteral("neglect"), QStringLiteral("emotional-abuse")}));
    EXPECT_EQ(read.current.occurred.value(), QStringLiteral("2026-11-24T14:03"));
    EXPECT_EQ(read.current.childWords, QStringLiteral("Mum said I'm not allowed tea"));
    ASSERT_EQ(read.current.bodyMap.size(), 1);
    EXPECT_EQ(read.current.bodyMap[0].side, BodyMapMark::Side::Back);
    EXPECT_DOUBLE_EQ(read.current.bodyMap[0].x, 0.4);
    EXPECT_EQ(read.current.bodyMap[0].note, QStringLiteral("red mark"));

    // One chronology entry for each child; the subject's is significant (neglect), the witness's is not.
    const QList<ChronologyRow> amy = chronology(m_amy);
    const QList<ChronologyRow> zoe = chronology(m_zoe);
    ASSERT_EQ(amy.size(), 1);
    ASSERT_EQ(zoe.size(), 1);
    EXPECT_TRUE(amy[0].summary.contains(QStringLiteral("Neglect"))) << amy[0].summary.toStdString();
    EXPECT_TRUE(amy[0].summary.contains(QStringLiteral("Emotional abuse")));
    EXPECT_TRUE(amy[0].significant);
    EXPECT_FALSE(zoe[0].significant);
    EXPECT_TRUE(zoe[0].summary.contains(QStringLiteral("witness")));

    // Found by the words in it, for both children.
    const QList<SearchIndex::Hit> hits = SearchIndex(dsl().database()).search(QStringLiteral("breakfast"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].objectId, id);
    EXPECT_EQ(hits[0].pupilIds, (QList<qint64>{m_amy, m_zoe}));

    const QList<AuditEntry> added = auditEntries(dsl(), QStringLiteral("concern.add"));
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added[0].actor, QStringLiteral("deputy"));
    EXPECT_EQ(added[0].objectId, QString::number(id));
}

TEST_F(ConcernRepositoryTest, TheChildsWordsAreKeptVerbatimInNfc)
{
    NewConcern concern = basic();
    // "Zoë" typed with a combining diaeresis, double spaces and a trailing space: only the composition
    // changes.
    concern.childWords = QStringLiteral("  Zoe\u0308 said  \"don't tell\"  ");
    const qint64 id = recordAs(QStringLiteral("dsl"), concern);
    EXPECT_EQ(ConcernRepository(dsl()).get(id).current.childWords,
              QStringLiteral("  Zoë said  \"don't tell\"  "));
}

TEST_F(ConcernRepositoryTest, WhenItHappenedCannotBeInTheFuture)
{
    NewConcern concern = basic();
    concern.occurred = PartialDate::parse(QStringLiteral("2026-11-26"), QStringLiteral("When"));
    QString message;
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), concern); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("When it happened"))) << message.toStdString();

    // Later today (the clock says 09:30 UTC, 09:30 GMT) is also the future.
    concern.occurred = PartialDate::parse(QStringLiteral("2026-11-25T15:00"), QStringLiteral("When"));
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), concern); }, &message),
              ErrorKind::InvalidInput);

    // An approximate date (this month) is fine.
    concern.occurred = PartialDate::parse(QStringLiteral("2026-11"), QStringLiteral("When"));
    EXPECT_GT(recordAs(QStringLiteral("deputy"), concern), 0);
}

TEST_F(ConcernRepositoryTest, AConcernNeedsAnAccountAChildAndASubject)
{
    QString message;
    NewConcern noAccount = basic();
    noAccount.account = QStringLiteral("   ");
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), noAccount); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("what was seen and heard"))) << message.toStdString();

    NewConcern noChild = basic();
    noChild.children.clear();
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), noChild); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("Children"))) << message.toStdString();

    NewConcern onlyWitness = basic();
    onlyWitness.children = {{m_zoe, ChildRole::Witness, {}, {}}};
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), onlyWitness); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("subject"))) << message.toStdString();

    NewConcern noCategory = basic();
    noCategory.categoryIds.clear();
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), noCategory); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("Categories of harm"))) << message.toStdString();

    NewConcern unknownPupil = basic();
    unknownPupil.children = {{9999, ChildRole::Subject, {}, {}}};
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), unknownPupil); }), ErrorKind::NotFound);

    NewConcern badMark = basic();
    badMark.bodyMap = {{BodyMapMark::Side::Front, 1.5, 0.2, {}}};
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), badMark); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("Body map"))) << message.toStdString();

    // Nothing was written by any of those.
    EXPECT_TRUE(ConcernRepository(dsl()).recent().isEmpty());
}

TEST_F(ConcernRepositoryTest, AnUnknownCategoryIsNamed)
{
    NewConcern concern = basic();
    concern.categoryIds = {QStringLiteral("neglect"), QStringLiteral("wobbly-feelings")};
    QString message;
    EXPECT_EQ(kindOf([&] { recordAs(QStringLiteral("deputy"), concern); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("wobbly-feelings"))) << message.toStdString();
}

TEST_F(ConcernRepositoryTest, AnAmendmentKeepsTheFirstVersionReadable)
{
    const qint64 id = recordAs(QStringLiteral("dsl"), basic());
    m_clock.advanceSeconds(3600);
    ConcernChanges changes;
    changes.account =
        QStringLiteral("Amy arrived without a coat. She said she had not eaten since Tuesday lunch.");
    changes.categoryIds = QStringList{QStringLiteral("neglect"), QStringLiteral("housing-poverty")};
    ConcernRepository(as(QStringLiteral("deputy")))
        .amend(id, changes, QStringLiteral("The DSL corrected the day"));

    const Concern read = ConcernRepository(dsl()).get(id);
    ASSERT_EQ(read.history.size(), 2);
    EXPECT_EQ(read.history[0].account, basic().account);
    EXPECT_EQ(read.history[0].amendedBy, QStringLiteral("dsl"));
    EXPECT_TRUE(read.history[0].amendReason.isEmpty());
    EXPECT_EQ(read.history[0].categoryIds, QStringList{QStringLiteral("neglect")});
    EXPECT_EQ(read.history[1].amendedBy, QStringLiteral("deputy"));
    EXPECT_EQ(read.history[1].amendReason, QStringLiteral("The DSL corrected the day"));
    EXPECT_EQ(read.history[1].amendedAt, m_clock.nowUtc());
    EXPECT_EQ(read.current.version, 2);
    EXPECT_EQ(read.current.account, *changes.account);
    // Unchanged fields are carried into the new version, children included.
    EXPECT_EQ(read.current.location, QStringLiteral("Playground"));
    ASSERT_EQ(read.current.children.size(), 1);
    EXPECT_EQ(read.current.children[0].pupilId, m_amy);

    // The chronology shows the amended entry; the original is superseded with the reason, not deleted.
    const QList<ChronologyRow> rows = chronology(m_amy);
    ASSERT_EQ(rows.size(), 2);
    int current = 0;
    for (const ChronologyRow& row : rows) {
        if (row.current) {
            ++current;
            EXPECT_TRUE(row.summary.contains(QStringLiteral("Housing"))) << row.summary.toStdString();
        } else {
            EXPECT_EQ(row.amendReason, QStringLiteral("The DSL corrected the day"));
        }
    }
    EXPECT_EQ(current, 1);

    const QList<AuditEntry> amended = auditEntries(dsl(), QStringLiteral("concern.amend"));
    ASSERT_EQ(amended.size(), 1);
    EXPECT_EQ(amended[0].actor, QStringLiteral("deputy"));
}

TEST_F(ConcernRepositoryTest, AnAmendmentNeedsAReasonAndASafeguardingLead)
{
    const qint64 id = recordAs(QStringLiteral("dsl"), basic());
    ConcernChanges changes;
    changes.location = QStringLiteral("Dining hall");
    QString message;
    EXPECT_EQ(kindOf([&] { ConcernRepository(dsl()).amend(id, changes, QStringLiteral("  ")); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("Reason"))) << message.toStdString();
    EXPECT_EQ(kindOf([&] {
                  ConcernRepository(as(QStringLiteral("staff"))).amend(id, changes, QStringLiteral("typo"));
              }),
              ErrorKind::PermissionDenied);
    EXPECT_EQ(kindOf([&] {
                  ConcernRepository(as(QStringLiteral("head"))).amend(id, changes, QStringLiteral("typo"));
              }),
              ErrorKind::PermissionDenied);
    EXPECT_EQ(ConcernRepository(dsl()).get(id).history.size(), 1);
}

TEST_F(ConcernRepositoryTest, TheDslTeamSeeTheReceiptsOfWhatTheyRecordedThemselves)
{
    const qint64 mine = recordAs(QStringLiteral("deputy"), basic());
    recordAs(QStringLiteral("dsl"), basic());

    ConcernRepository concerns(as(QStringLiteral("deputy")));
    const QList<ConcernReceipt> receipts = concerns.receipts();
    ASSERT_EQ(receipts.size(), 1);
    EXPECT_EQ(receipts[0].id, mine);
    EXPECT_EQ(receipts[0].recordedAt, m_clock.nowUtc());
    EXPECT_EQ(receipts[0].status, ConcernStatus::New);

    // The receipt follows the concern through triage.
    NewDecision decision;
    decision.outcome = QStringLiteral("monitor");
    decision.reasons = QStringLiteral("First concern; class teacher to watch lunchtimes");
    decision.parentsInformed = ParentsInformed::Yes;
    DecisionRepository(dsl()).add(mine, decision);
    EXPECT_EQ(ConcernRepository(as(QStringLiteral("deputy"))).receipts()[0].status, ConcernStatus::Triaged);
}

TEST_F(ConcernRepositoryTest, StaffCannotRecordDirectlyNorReadReceiptsNorTheContent)
{
    // Staff hold no key to the case records: a concern goes through Lantern Submit, and its receipt is kept
    // by Submit, not the vault.
    const qint64 id = recordAs(QStringLiteral("dsl"), basic());
    ConcernRepository concerns(as(QStringLiteral("staff")));
    QString message;
    EXPECT_EQ(kindOf([&] { concerns.record(basic()); }, &message), ErrorKind::PermissionDenied);
    EXPECT_TRUE(message.contains(QStringLiteral("record a concern in the case records")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Lantern Submit"))) << message.toStdString();
    EXPECT_EQ(kindOf([&] { concerns.receipts(); }, &message), ErrorKind::PermissionDenied);
    EXPECT_TRUE(message.contains(QStringLiteral("read concern receipts"))) << message.toStdString();
    EXPECT_EQ(kindOf([&] { concerns.receipts(QStringLiteral("dsl")); }), ErrorKind::PermissionDenied);
    EXPECT_EQ(kindOf([&] { concerns.get(id); }), ErrorKind::PermissionDenied);
    EXPECT_EQ(kindOf([&] { concerns.inbox(); }), ErrorKind::PermissionDenied);
    EXPECT_EQ(kindOf([&] { concerns.listForPupil(m_amy); }), ErrorKind::PermissionDenied);

    // Nor the headteacher, who holds no case key either.
    EXPECT_EQ(kindOf([&] { ConcernRepository(as(QStringLiteral("head"))).record(basic()); }, &message),
              ErrorKind::PermissionDenied);
    EXPECT_TRUE(message.contains(QStringLiteral("record a concern in the case records")))
        << message.toStdString();

    // Nothing but the DSL's concern was written.
    EXPECT_EQ(ConcernRepository(dsl()).recent().size(), 1);
}

TEST_F(ConcernRepositoryTest, AnAdministratorCanNeitherRecordNorRead)
{
    const qint64 id = recordAs(QStringLiteral("dsl"), basic());
    ConcernRepository concerns(as(QStringLiteral("admin")));
    EXPECT_EQ(kindOf([&] { concerns.record(basic()); }), ErrorKind::PermissionDenied);
    EXPECT_EQ(kindOf([&] { concerns.get(id); }), ErrorKind::PermissionDenied);
    EXPECT_EQ(kindOf([&] { concerns.receipts(); }), ErrorKind::PermissionDenied);
    EXPECT_EQ(kindOf([&] { concerns.inbox(); }), ErrorKind::PermissionDenied);
    EXPECT_EQ(kindOf([&] { concerns.setStatus(id, ConcernStatus::Open); }), ErrorKind::PermissionDenied);
}

TEST_F(ConcernRepositoryTest, ReadingAConcernIsAuditedWithTheActingUser)
{
    const qint64 id = recordAs(QStringLiteral("dsl"), basic());
    ConcernRepository(as(QStringLiteral("deputy"))).get(id);
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("concern.view");
    const QList<AuditEntry> views = as(QStringLiteral("deputy")).audit().entries(filter);
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views[0].actor, QStringLiteral("deputy"));
    EXPECT_EQ(views[0].objectType, QStringLiteral("concern"));
    EXPECT_EQ(views[0].objectId, QString::number(id));

    ConcernRepository(dsl()).listForPupil(m_amy);
    filter.actionPrefix = QStringLiteral("pupil.concerns.view");
    const QList<AuditEntry> listed = dsl().audit().entries(filter);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].actor, QStringLiteral("dsl"));
    EXPECT_EQ(listed[0].objectId, QString::number(m_amy));
}

TEST_F(ConcernRepositoryTest, ABackdatedConcernTakesItsPlaceInTheChronology)
{
    // Recorded first: something that happened yesterday. Recorded second: something from last March.
    const qint64 recent = recordAs(QStringLiteral("dsl"), basic());
    NewConcern earlier = basic();
    earlier.occurred = PartialDate::parse(QStringLiteral("2026-03"), QStringLiteral("When"));
    earlier.account = QStringLiteral("Disclosed in November that in March she was left alone overnight.");
    const qint64 backdated = recordAs(QStringLiteral("deputy"), earlier);
    ASSERT_GT(backdated, recent);

    QList<ChronologyRow> rows = chronology(m_amy);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].sort, QStringLiteral("2026-03-01T00:00"));
    EXPECT_TRUE(rows[0].summary.contains(QStringLiteral("left alone"))) << rows[0].summary.toStdString();

    // A backdated amendment moves the entry too: the current one now sorts first.
    ConcernChanges changes;
    changes.occurred = PartialDate::parse(QStringLiteral("2026-02-10"), QStringLiteral("When"));
    ConcernRepository(dsl()).amend(recent, changes,
                                   QStringLiteral("It happened at half term, not yesterday"));
    rows = chronology(m_amy);
    QList<ChronologyRow> current;
    for (const ChronologyRow& row : rows) {
        if (row.current)
            current.append(row);
    }
    ASSERT_EQ(current.size(), 2);
    EXPECT_EQ(current[0].sort, QStringLiteral("2026-02-10T00:00"));
    EXPECT_TRUE(current[0].summary.contains(QStringLiteral("without a coat")));
}

TEST_F(ConcernRepositoryTest, TheInboxHoldsNewConcernsOldestFirst)
{
    const qint64 first = recordAs(QStringLiteral("deputy"), basic());
    m_clock.advanceSeconds(60);
    const qint64 second = recordAs(QStringLiteral("dsl"), basic());
    m_clock.advanceSeconds(60);
    const qint64 third = recordAs(QStringLiteral("dsl"), basic());

    NewDecision decision;
    decision.outcome = QStringLiteral("no-further-action");
    decision.reasons = QStringLiteral("Same incident as concern 1");
    decision.parentsInformed = ParentsInformed::NotYet;
    decision.parentsNotInformedReason = QStringLiteral("Will tell them with concern 1's outcome");
    DecisionRepository(dsl()).add(second, decision);

    const QList<ConcernSummary> inbox = ConcernRepository(dsl()).inbox();
    ASSERT_EQ(inbox.size(), 2);
    EXPECT_EQ(inbox[0].id, first);
    EXPECT_EQ(inbox[1].id, third);
    EXPECT_EQ(inbox[0].recordedBy, QStringLiteral("deputy"));
    EXPECT_EQ(inbox[1].recordedBy, QStringLiteral("dsl"));
    ASSERT_EQ(inbox[0].children.size(), 1);
    EXPECT_EQ(inbox[0].children[0].displayName, QStringLiteral("Amy Okafor"));
}

TEST_F(ConcernRepositoryTest, StatusMovesOnlyAlongTheWorkflowAndIsAppended)
{
    const qint64 id = recordAs(QStringLiteral("dsl"), basic());
    ConcernRepository concerns(dsl());
    QString message;
    // new → triaged only by a decision; new → open is not a step.
    EXPECT_EQ(kindOf([&] { concerns.setStatus(id, ConcernStatus::Triaged); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("decision"))) << message.toStdString();
    EXPECT_EQ(kindOf([&] { concerns.setStatus(id, ConcernStatus::Open); }), ErrorKind::InvalidInput);

    NewDecision decision;
    decision.outcome = QStringLiteral("in-school-support");
    decision.reasons = QStringLiteral("Breakfast club and a key adult");
    decision.parentsInformed = ParentsInformed::Yes;
    DecisionRepository(dsl()).add(id, decision);
    concerns.setStatus(id, ConcernStatus::Open);
    concerns.setStatus(id, ConcernStatus::Closed, QStringLiteral("Support in place"));
    EXPECT_EQ(kindOf([&] { concerns.setStatus(id, ConcernStatus::Open); }, &message),
              ErrorKind::InvalidInput);
    EXPECT_TRUE(message.contains(QStringLiteral("reopen"))) << message.toStdString();
    concerns.setStatus(id, ConcernStatus::Open, QStringLiteral("New information from the family"));

    const Concern read = concerns.get(id);
    ASSERT_EQ(read.statusHistory.size(), 5);
    EXPECT_EQ(read.statusHistory[0].status, ConcernStatus::New);
    EXPECT_EQ(read.statusHistory[1].status, ConcernStatus::Triaged);
    EXPECT_EQ(read.statusHistory[3].status, ConcernStatus::Closed);
    EXPECT_EQ(read.statusHistory[4].note, QStringLiteral("New information from the family"));
    EXPECT_EQ(read.status, ConcernStatus::Open);
    EXPECT_EQ(read.decisionIds.size(), 1);

    EXPECT_EQ(
        kindOf([&] { ConcernRepository(as(QStringLiteral("staff"))).setStatus(id, ConcernStatus::Closed); }),
        ErrorKind::PermissionDenied);
}

TEST_F(ConcernRepositoryTest, TheDslTeamNameChildrenByUpnAndStaffCannotLookThemUp)
{
    ConcernRepository concerns(as(QStringLiteral("deputy")));
    EXPECT_EQ(concerns.pupilIdByUpn(makeUpn(999, 1234, 20, 2).toLower()), m_zoe);
    EXPECT_EQ(kindOf([&] { concerns.pupilIdByUpn(makeUpn(999, 1234, 20, 77)); }), ErrorKind::NotFound);

    // Staff name children in Lantern Submit; the vault's roll is not theirs to look up.
    EXPECT_EQ(kindOf([&] {
                  ConcernRepository(as(QStringLiteral("staff"))).pupilIdByUpn(makeUpn(999, 1234, 20, 2));
              }),
              ErrorKind::PermissionDenied);
}

} // namespace
