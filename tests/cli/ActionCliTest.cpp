// Actions through lantern-cli: a DSL adds an action for a deputy (what from standard input, so it is not on
// the command line), the deputy lists their open actions overdue first, marks one done (into the child's
// chronology), and what is refused names its option.
#include "audit/AuditLog.h"
#include "records/ActionRepository.h"
#include "records/ChronologyRepository.h"
#include "reference/Upn.h"
#include "support/CliFixture.h"
#include "support/TestPupils.h"
#include "vault/Vault.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class ActionCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        addUser(QStringLiteral("tomasz"), QStringLiteral("deputy"));
        pupilId =
            addTestPupil(*open(), TestPupil(QStringLiteral("Maisie"), QStringLiteral("Brown")).withUpn(upn));
    }

    std::unique_ptr<Vault> open()
    {
        return Vault::unlock(vault(), QStringLiteral("amira"),
                             secret(password(QStringLiteral("amira")).toUtf8().constData()),
                             SystemClock::instance());
    }

    CliResult run(const QString& user, const char* verb, const QStringList& more = {},
                  const QString& extraInput = {})
    {
        QStringList args{QStringLiteral("action"), QString::fromLatin1(verb), vault(), QStringLiteral("--as"),
                         user};
        args << more;
        return runCli(args, line(password(user)) + extraInput);
    }

    CliResult add(const QString& what, const QDate& due, const QString& assignee)
    {
        return run(QStringLiteral("amira"), "add",
                   {QStringLiteral("--pupil"), upn, QStringLiteral("--what-file"), QStringLiteral("-"),
                    QStringLiteral("--due"), due.toString(Qt::ISODate), QStringLiteral("--assign"), assignee},
                   what);
    }

    const QString upn = makeUpn(999, 1234, 26, 1);
    qint64 pupilId = 0;
    // lantern-cli runs on the system clock: dates are relative to today.
    const QDate today = QDate::currentDate();
};

TEST_F(ActionCliTest, AddListMineAndDone)
{
    const CliResult later =
        add(QStringLiteral("Chase the school nurse"), today.addDays(7), QStringLiteral("tomasz"));
    ASSERT_EQ(later.exitCode, 0) << later.err.toStdString();
    EXPECT_TRUE(later.out.contains(QStringLiteral("Added action 1 for tomasz"))) << later.out.toStdString();
    const CliResult sooner = add(QStringLiteral("Call the social worker"), today, QStringLiteral("tomasz"));
    ASSERT_EQ(sooner.exitCode, 0) << sooner.err.toStdString();
    ASSERT_EQ(add(QStringLiteral("Write to the GP"), today, QStringLiteral("amira")).exitCode, 0);

    // Overdue cannot be made through the CLI (a due date is today or later): the earliest due is listed
    // first, and only the deputy's own.
    const CliResult mine = run(QStringLiteral("tomasz"), "list", {QStringLiteral("--mine")});
    ASSERT_EQ(mine.exitCode, 0) << mine.err.toStdString();
    const qsizetype call = mine.out.indexOf(QStringLiteral("Maisie Brown: Call the social worker"));
    const qsizetype chase = mine.out.indexOf(QStringLiteral("Maisie Brown: Chase the school nurse"));
    EXPECT_GE(call, 0) << mine.out.toStdString();
    EXPECT_GT(chase, call) << mine.out.toStdString();
    EXPECT_FALSE(mine.out.contains(QStringLiteral("Write to the GP")));

    const CliResult done =
        run(QStringLiteral("tomasz"), "done",
            {QStringLiteral("--id"), QStringLiteral("2"), QStringLiteral("--note-file"), QStringLiteral("-")},
            QStringLiteral("Spoke to Sam Patel"));
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Action 2 done"))) << done.out.toStdString();
    const CliResult after = run(QStringLiteral("tomasz"), "list");
    EXPECT_FALSE(after.out.contains(QStringLiteral("Call the social worker"))) << after.out.toStdString();
    EXPECT_TRUE(after.out.contains(QStringLiteral("Chase the school nurse")));

    const QList<ChronologyEntry> entries = ChronologyRepository(*open()).entries(pupilId);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].summary, QStringLiteral("Action done: Call the social worker — Spoke to Sam Patel"));

    // The pupil's list shows every action with its state and assignee.
    const CliResult pupils = run(QStringLiteral("amira"), "list", {QStringLiteral("--pupil"), upn});
    ASSERT_EQ(pupils.exitCode, 0) << pupils.err.toStdString();
    EXPECT_TRUE(
        pupils.out.contains(QStringLiteral("done      Maisie Brown: Call the social worker (tomasz)")))
        << pupils.out.toStdString();

    const CliResult cancelled = run(QStringLiteral("amira"), "cancel",
                                    {QStringLiteral("--id"), QStringLiteral("3"), QStringLiteral("--reason"),
                                     QStringLiteral("The GP wrote first")});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled.err.toStdString();
    EXPECT_TRUE(
        run(QStringLiteral("amira"), "list").out.contains(QStringLiteral("You have no open actions.")));
}

TEST_F(ActionCliTest, RefusalsExitOneNamingTheOption)
{
    const CliResult staff = add(QStringLiteral("Call"), today, QStringLiteral("sam"));
    EXPECT_EQ(staff.exitCode, 1);
    EXPECT_TRUE(staff.err.contains(QStringLiteral("--assign: Assigned to: \"sam\" is not a designated")))
        << staff.err.toStdString();
    const CliResult past = add(QStringLiteral("Call"), today.addDays(-1), QStringLiteral("amira"));
    EXPECT_EQ(past.exitCode, 1);
    EXPECT_TRUE(past.err.contains(QStringLiteral("--due: Due date:"))) << past.err.toStdString();
    const CliResult noReason =
        run(QStringLiteral("amira"), "cancel", {QStringLiteral("--id"), QStringLiteral("1")});
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("--reason"))) << noReason.err.toStdString();
    const CliResult both =
        run(QStringLiteral("amira"), "list", {QStringLiteral("--mine"), QStringLiteral("--pupil"), upn});
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_TRUE(ActionRepository(*open()).openFor(QStringLiteral("amira")).isEmpty());
}

} // namespace
