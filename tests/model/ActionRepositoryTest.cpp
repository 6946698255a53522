// Actions for the DSL team (issue #15): "call the social worker" about a child, by a day, assigned to a
// member of the DSL team. It appears in the assignee's open actions, overdue first; done, it is in the
// child's chronology; done or cancelled, it ends once and what was asked stays as it was written. Every
// change and every view is audited.
#include "records/ActionRepository.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "records/ChronologyRepository.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"
#include "vault/Vault.h"

using namespace lantern;
using namespace lantern::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

class ActionRepositoryTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        leo = addTestPupil(dsl(), TestPupil(s("Leo"), s("Cooper")).bornOn(QDate(2015, 3, 2)));
        maisie = addTestPupil(dsl(), TestPupil(s("Maisie"), s("Brown")).bornOn(QDate(2016, 5, 2)));
    }

    static Error refusal(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const Error& error) {
            return error;
        }
        ADD_FAILURE() << "no error was thrown";
        return Error(ErrorKind::Internal, QString());
    }

    // Moves the clock on by whole days (today is 25 November 2026, fixedNow).
    void daysPass(int days) { m_clock.advanceSeconds(qint64(days) * 24 * 60 * 60); }

    static QStringList whats(const QList<Action>& actions)
    {
        QStringList result;
        for (const Action& action : actions)
            result.append(action.what);
        return result;
    }

    qint64 leo = 0;
    qint64 maisie = 0;
    const QDate today{2026, 11, 25};
};

TEST_F(ActionRepositoryTest, TheAssigneeSeesTheirOpenActionsOverdueFirstThenByDueDate)
{
    ActionRepository actions(dsl());
    actions.add(leo, s("Chase the school nurse"), today.addDays(10), s("deputy"));
    actions.add(leo, s("  Call the social worker  "), today, s("deputy"));
    actions.add(maisie, s("Ask mum about the bruise"), today.addDays(3), s("deputy"));
    actions.add(maisie, s("Write to the GP"), today.addDays(1), s("dsl"));

    daysPass(5); // the ones due on the 25th and the 28th are now overdue

    ActionRepository asDeputy(as(s("deputy")));
    const QList<Action> mine = asDeputy.openFor(s("deputy"));
    EXPECT_EQ(whats(mine), (QStringList{s("Call the social worker"), s("Ask mum about the bruise"),
                                        s("Chase the school nurse")}));
    const QDate now = today.addDays(5);
    EXPECT_TRUE(mine[0].isOverdueOn(now));
    EXPECT_TRUE(mine[1].isOverdueOn(now));
    EXPECT_FALSE(mine[2].isOverdueOn(now));
    EXPECT_EQ(mine[0].pupilName, s("Leo Cooper"));
    EXPECT_EQ(mine[1].pupilName, s("Maisie Brown"));
    EXPECT_EQ(mine[0].recordedBy, s("dsl"));
    const QList<Action> dslsOwn = asDeputy.openFor(s("dsl"));
    ASSERT_EQ(dslsOwn.size(), 1);
    EXPECT_TRUE(dslsOwn[0].isOverdueOn(now));
}

TEST_F(ActionRepositoryTest, AnActionDueTodayIsNotOverdue)
{
    ActionRepository actions(dsl());
    actions.add(leo, s("Call the social worker"), today, s("dsl"));
    EXPECT_FALSE(actions.openFor(s("dsl"))[0].isOverdueOn(today));
    EXPECT_TRUE(actions.openFor(s("dsl"))[0].isOverdueOn(today.addDays(1)));
}

TEST_F(ActionRepositoryTest, DoneWritesActionDoneInTheChildsChronologyAndLeavesTheOpenList)
{
    ActionRepository actions(dsl());
    const qint64 id = actions.add(leo, s("Call the social worker"), today.addDays(2), s("deputy"));
    daysPass(1);
    ActionRepository(as(s("deputy"))).complete(id, s("Spoke to Sam Patel; visit on Friday."));

    ActionRepository asDsl(dsl());
    EXPECT_TRUE(asDsl.openFor(s("deputy")).isEmpty());
    const Action done = asDsl.get(id);
    EXPECT_EQ(done.state, ActionState::Done);
    EXPECT_EQ(done.closedBy, s("deputy"));
    EXPECT_EQ(done.closingText, s("Spoke to Sam Patel; visit on Friday."));
    EXPECT_EQ(done.what, s("Call the social worker")); // what was asked stays as written

    const QList<ChronologyEntry> entries = ChronologyRepository(dsl()).entries(leo);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].summary,
              s("Action done: Call the social worker — Spoke to Sam Patel; visit on Friday."));
    EXPECT_EQ(entries[0].sourceType, s("action"));
    EXPECT_EQ(entries[0].sourceId, id);
    EXPECT_EQ(entries[0].when.display(), PartialDate::day(today.addDays(1)).display());
    EXPECT_EQ(entries[0].recordedBy, s("deputy"));
    EXPECT_TRUE(ChronologyRepository(dsl()).entries(maisie).isEmpty());
}

TEST_F(ActionRepositoryTest, DoneWithoutANoteSaysWhatWasDone)
{
    ActionRepository actions(dsl());
    const qint64 id = actions.add(maisie, s("Write to the GP"), today, s("dsl"));
    actions.complete(id);
    const QList<ChronologyEntry> entries = ChronologyRepository(dsl()).entries(maisie);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].summary, s("Action done: Write to the GP"));
}

TEST_F(ActionRepositoryTest, CancelNeedsAReasonLeavesNoChronologyAndAnActionEndsOnce)
{
    ActionRepository actions(dsl());
    const qint64 id = actions.add(leo, s("Call the social worker"), today, s("dsl"));
    const Error noReason = refusal([&] { actions.cancel(id, s("   ")); });
    EXPECT_EQ(noReason.field(), ActionField::reason);
    EXPECT_TRUE(noReason.message().startsWith(s("Reason:")));
    EXPECT_TRUE(actions.get(id).isOpen());

    actions.cancel(id, s("The social worker rang us first."));
    const Action cancelled = actions.get(id);
    EXPECT_EQ(cancelled.state, ActionState::Cancelled);
    EXPECT_EQ(cancelled.closingText, s("The social worker rang us first."));
    EXPECT_TRUE(actions.openFor(s("dsl")).isEmpty());
    EXPECT_TRUE(ChronologyRepository(dsl()).entries(leo).isEmpty());

    const Error again = refusal([&] { actions.complete(id); });
    EXPECT_EQ(again.kind(), ErrorKind::InvalidInput);
    EXPECT_TRUE(again.message().contains(s("already cancelled"))) << again.message().toStdString();
    EXPECT_TRUE(refusal([&] { actions.cancel(id, s("twice")); }).message().contains(s("ends once")));
    EXPECT_EQ(refusal([&] { actions.complete(999); }).kind(), ErrorKind::NotFound);
}

TEST_F(ActionRepositoryTest, TheStoredActionCannotBeRewritten)
{
    ActionRepository actions(dsl());
    const qint64 id = actions.add(leo, s("Call the social worker"), today, s("dsl"));
    actions.complete(id, s("done"));
    Database& db = dsl().database();
    EXPECT_THROW(db.exec("UPDATE actions SET what = 'something else';"), Error);
    EXPECT_THROW(db.exec("UPDATE action_endings SET text = 'rewritten';"), Error);
    EXPECT_EQ(actions.get(id).what, s("Call the social worker"));
}

TEST_F(ActionRepositoryTest, EachFieldIsCheckedAndNamed)
{
    ActionRepository actions(dsl());
    const Error noWhat = refusal([&] { actions.add(leo, s("  "), today, s("dsl")); });
    EXPECT_EQ(noWhat.field(), ActionField::what);
    EXPECT_TRUE(noWhat.message().startsWith(s("What to do:")));

    const Error past = refusal([&] { actions.add(leo, s("Call"), today.addDays(-1), s("dsl")); });
    EXPECT_EQ(past.field(), ActionField::due);
    EXPECT_TRUE(past.message().contains(s("in the past"))) << past.message().toStdString();
    EXPECT_EQ(refusal([&] { actions.add(leo, s("Call"), QDate(), s("dsl")); }).field(), ActionField::due);

    for (const char* notTheTeam : {"staff", "head", "admin", "nobody", ""}) {
        const Error wrong = refusal([&] { actions.add(leo, s("Call"), today, s(notTheTeam)); });
        EXPECT_EQ(wrong.field(), ActionField::assignee) << notTheTeam;
        EXPECT_TRUE(wrong.message().startsWith(s("Assigned to:"))) << notTheTeam;
    }
    EXPECT_EQ(refusal([&] { actions.add(4242, s("Call"), today, s("dsl")); }).kind(), ErrorKind::NotFound);
    EXPECT_TRUE(actions.openFor(s("dsl")).isEmpty());
}

TEST_F(ActionRepositoryTest, TheAssigneesAreTheEnabledDslTeam)
{
    QStringList names;
    for (const User& user : ActionRepository(dsl()).assignees())
        names.append(user.username);
    names.sort();
    EXPECT_EQ(names, (QStringList{s("deputy"), s("dsl")}));
}

TEST_F(ActionRepositoryTest, OnlyTheDslTeamAddsOrEndsActions)
{
    const qint64 id = ActionRepository(dsl()).add(leo, s("Call the social worker"), today, s("dsl"));
    for (const char* user : {"staff", "admin"}) {
        ActionRepository actions(as(s(user)));
        EXPECT_EQ(refusal([&] { actions.add(leo, s("Call"), today, s("dsl")); }).kind(),
                  ErrorKind::PermissionDenied)
            << user;
        EXPECT_EQ(refusal([&] { actions.complete(id); }).kind(), ErrorKind::PermissionDenied) << user;
        EXPECT_EQ(refusal([&] { actions.cancel(id, s("no")); }).kind(), ErrorKind::PermissionDenied) << user;
        EXPECT_EQ(refusal([&] { actions.openFor(s("dsl")); }).kind(), ErrorKind::PermissionDenied) << user;
    }
    EXPECT_TRUE(ActionRepository(dsl()).get(id).isOpen());
}

TEST_F(ActionRepositoryTest, EveryChangeAndEveryViewIsAudited)
{
    ActionRepository actions(dsl());
    const qint64 first = actions.add(leo, s("Call the social worker"), today, s("deputy"));
    const qint64 second = actions.add(leo, s("Write to the GP"), today, s("dsl"));
    actions.complete(first, s("Spoke to her."));
    actions.cancel(second, s("Not needed."));
    actions.openFor(s("dsl"));
    actions.forPupil(leo);

    const QList<AuditEntry> added = auditEntries(dsl(), s("action.add"));
    ASSERT_EQ(added.size(), 2);
    EXPECT_EQ(added[0].objectId, QString::number(first));
    EXPECT_TRUE(added[0].details.contains(s("assigned to deputy"))) << added[0].details.toStdString();
    ASSERT_EQ(auditEntries(dsl(), s("action.done")).size(), 1);
    EXPECT_EQ(auditEntries(dsl(), s("action.done"))[0].objectId, QString::number(first));
    ASSERT_EQ(auditEntries(dsl(), s("action.cancel")).size(), 1);
    const QList<AuditEntry> views = auditEntries(dsl(), s("action.view"));
    ASSERT_EQ(views.size(), 2);
    EXPECT_EQ(views[0].objectType, s("user"));
    EXPECT_EQ(views[1].objectType, s("pupil"));
    EXPECT_EQ(views[1].objectId, QString::number(leo));
}

TEST_F(ActionRepositoryTest, AChildsActionsListOpenOnesFirst)
{
    ActionRepository actions(dsl());
    const qint64 done = actions.add(leo, s("Call the social worker"), today, s("dsl"));
    actions.add(leo, s("Write to the GP"), today.addDays(4), s("deputy"));
    actions.add(maisie, s("Ask mum"), today, s("dsl"));
    actions.complete(done);
    const QList<Action> leos = actions.forPupil(leo);
    EXPECT_EQ(whats(leos), (QStringList{s("Write to the GP"), s("Call the social worker")}));
    EXPECT_TRUE(leos[0].isOpen());
    EXPECT_EQ(leos[1].state, ActionState::Done);
}

} // namespace
