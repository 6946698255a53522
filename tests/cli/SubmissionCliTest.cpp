// Staff submissions through lantern-cli, as a school would script them: the DSL enrols a member of staff,
// the staff member's machine (no vault) seals concerns into the shared inbox, the DSL imports them. An
// import killed half way and run again files each submission exactly once.
#include "reference/Upn.h"
#include "support/CliFixture.h"

#include <QDir>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString staffKeyPassword = QStringLiteral("sam's staff key password");

class SubmissionCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        ASSERT_TRUE(QDir().mkpath(inbox()));
        const CliResult school =
            as(QStringLiteral("amira"), {QStringLiteral("school"), QStringLiteral("set")},
               {QStringLiteral("--name"), QStringLiteral("Hillside Primary")});
        ASSERT_EQ(school.exitCode, 0) << school.err.toStdString();
        const CliResult pupil =
            as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")},
               {QStringLiteral("--upn-unknown-reason"), QStringLiteral("UN2"), QStringLiteral("--forename"),
                QStringLiteral("Amy"), QStringLiteral("--surname"), QStringLiteral("Okafor"),
                QStringLiteral("--dob"), QStringLiteral("2014-04-01"), QStringLiteral("--sex"),
                QStringLiteral("F"), QStringLiteral("--year"), QStringLiteral("Year 7")});
        ASSERT_EQ(pupil.exitCode, 0) << pupil.err.toStdString();
        const CliResult enrolled =
            runCli({QStringLiteral("staff"), QStringLiteral("enrol"), vault(), QStringLiteral("--as"),
                    QStringLiteral("amira"), QStringLiteral("--user"), QStringLiteral("sam"),
                    QStringLiteral("--out"), keys(), QStringLiteral("--inbox"), inbox()},
                   line(password(QStringLiteral("amira"))) + line(staffKeyPassword));
        ASSERT_EQ(enrolled.exitCode, 0) << enrolled.err.toStdString();
        ASSERT_TRUE(enrolled.out.contains(QStringLiteral("Fingerprint"))) << enrolled.out.toStdString();
        EXPECT_TRUE(enrolled.out.contains(QStringLiteral("Pupils on the roster: 1")))
            << enrolled.out.toStdString();
    }

    QString inbox() const { return m_temp.path(QStringLiteral("inbox")); }
    QString keys() const { return m_temp.path(QStringLiteral("sam-key")); }

    CliResult submit(const QString& account, const QString& keyPassword = staffKeyPassword)
    {
        return runCli({QStringLiteral("submit"), QStringLiteral("--profile"), keys(),
                       QStringLiteral("--occurred"), QStringLiteral("2026-01-05"), QStringLiteral("--child"),
                       QStringLiteral("Amy Okafor"), QStringLiteral("--year"), QStringLiteral("Year 7"),
                       QStringLiteral("--category"), QStringLiteral("neglect"), QStringLiteral("--account"),
                       account},
                      line(keyPassword));
    }

    static QString submissionIdIn(const CliResult& result)
    {
        return QRegularExpression(QStringLiteral("Submission ([0-9a-f]{32}) sealed"))
            .match(result.out)
            .captured(1);
    }

    CliResult import(const QProcessEnvironment& environment = {})
    {
        return runCli({QStringLiteral("inbox"), QStringLiteral("import"), vault(), QStringLiteral("--as"),
                       QStringLiteral("amira")},
                      line(password(QStringLiteral("amira"))), environment);
    }

    QStringList filesIn(const QString& sub) const
    {
        return QDir(inbox() + QLatin1Char('/') + sub).entryList(QDir::Files, QDir::Name);
    }

    // The concerns in the DSL's inbox, one line each.
    QStringList triage()
    {
        const CliResult list =
            as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("list")},
               {QStringLiteral("--inbox")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

TEST_F(SubmissionCliTest, ASubmittedConcernIsImportedIntoTriage)
{
    const CliResult sent = submit(QStringLiteral("Amy said she had not eaten since yesterday."));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    const QString id = submissionIdIn(sent);
    ASSERT_FALSE(id.isEmpty()) << sent.out.toStdString();
    EXPECT_EQ(filesIn(QString()), QStringList{id + QStringLiteral(".lantern-submission")});

    const CliResult imported = import();
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(
        imported.out.contains(QStringLiteral("imported  %1.lantern-submission: concern 1 from sam").arg(id)))
        << imported.out.toStdString();
    const QStringList lines = triage();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines.first().contains(QStringLiteral("recorded by sam")));
    const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("show")},
                               {QStringLiteral("--id"), QStringLiteral("1")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Amy said she had not eaten since yesterday.")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Amy Okafor")));
}

TEST_F(SubmissionCliTest, TheStaffMemberSeesWhatBecameOfEachConcernTheySent)
{
    const CliResult sent = submit(QStringLiteral("Amy said she had not eaten since yesterday."));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_TRUE(sent.out.contains(QStringLiteral("receipt is kept in your folder")))
        << sent.out.toStdString();
    const QString id = submissionIdIn(sent);
    const auto receipts = [this] {
        return runCli(
            {QStringLiteral("staff"), QStringLiteral("receipts"), QStringLiteral("--profile"), keys()},
            line(staffKeyPassword));
    };
    CliResult listed = receipts();
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(id)) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Not yet received by the DSL team.")))
        << listed.out.toStdString();

    ASSERT_EQ(import().exitCode, 0);
    EXPECT_EQ(filesIn(QStringLiteral("receipts")), QStringList{id + QStringLiteral(".lantern-receipt")});
    listed = receipts();
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(QRegularExpression(
                    QStringLiteral("Received by the DSL team on .* and recorded \\(audit entry \\d+\\)\\."))
                    .match(listed.out)
                    .hasMatch())
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("1 submission(s) sent from this folder.")));

    // Without the staff key's password, nothing.
    const CliResult refused =
        runCli({QStringLiteral("staff"), QStringLiteral("receipts"), QStringLiteral("--profile"), keys()},
               line(QStringLiteral("not the password at all")));
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_FALSE(refused.out.contains(id));
}

TEST_F(SubmissionCliTest, TheAccountCanComeFromStandardInputAfterTheStaffKeyPassword)
{
    const CliResult sent =
        runCli({QStringLiteral("submit"), QStringLiteral("--profile"), keys(), QStringLiteral("--occurred"),
                QStringLiteral("2026-01-05"), QStringLiteral("--child"), QStringLiteral("Amy Okafor"),
                QStringLiteral("--year"), QStringLiteral("Year 7"), QStringLiteral("--category"),
                QStringLiteral("neglect"), QStringLiteral("--account-file"), QStringLiteral("-")},
               line(staffKeyPassword) + QStringLiteral("Amy said there was no food at home.\n"));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_FALSE(sent.err.contains(QStringLiteral("was visible to other"))) << sent.err.toStdString();
    ASSERT_EQ(import().exitCode, 0);
    const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("show")},
                               {QStringLiteral("--id"), QStringLiteral("1")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Amy said there was no food at home.")))
        << shown.out.toStdString();
}

TEST_F(SubmissionCliTest, AWrongStaffKeyPasswordSendsNothing)
{
    const CliResult sent = submit(QStringLiteral("Anything."), QStringLiteral("not the password at all"));
    EXPECT_EQ(sent.exitCode, 2);
    EXPECT_TRUE(sent.err.contains(QStringLiteral("not right"))) << sent.err.toStdString();
    EXPECT_TRUE(filesIn(QString()).isEmpty());
}

TEST_F(SubmissionCliTest, ARejectedFileIsNamedWithItsReasonAndTheExitCodeSaysSo)
{
    const CliResult sent = submit(QStringLiteral("Something to tamper with."));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    const QString file = submissionIdIn(sent) + QStringLiteral(".lantern-submission");
    flipByte(inbox() + QLatin1Char('/') + file, 100);

    const CliResult imported = import();
    EXPECT_EQ(imported.exitCode, 3);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("rejected  %1: tampered").arg(file)))
        << imported.out.toStdString();
    EXPECT_EQ(filesIn(QStringLiteral("rejected")), QStringList{file});
    EXPECT_TRUE(triage().first().contains(QStringLiteral("No concerns")));
}

TEST_F(SubmissionCliTest, AHeldConcernIsFiledWithTheChildTheDslChoosesByUpn)
{
    const QString upn = makeUpn(999, 1234, 20, 5);
    const CliResult twin = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")},
                              {QStringLiteral("--upn"), upn, QStringLiteral("--forename"),
                               QStringLiteral("Amy"), QStringLiteral("--surname"), QStringLiteral("Okafor"),
                               QStringLiteral("--dob"), QStringLiteral("2014-10-30"), QStringLiteral("--sex"),
                               QStringLiteral("F"), QStringLiteral("--year"), QStringLiteral("Year 7")});
    ASSERT_EQ(twin.exitCode, 0) << twin.err.toStdString();
    const CliResult sent = submit(QStringLiteral("Amy was upset at pick-up."));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    const QString file = submissionIdIn(sent) + QStringLiteral(".lantern-submission");

    const CliResult held = import();
    ASSERT_EQ(held.exitCode, 0) << held.err.toStdString();
    EXPECT_TRUE(held.out.contains(
        QStringLiteral("held      %1: 2 pupils on the roll are \"Amy Okafor\" in Year 7").arg(file)))
        << held.out.toStdString();
    EXPECT_TRUE(
        held.out.contains(QStringLiteral("child 1 \"Amy Okafor\" in Year 7: UPN unknown (Year 7, born "
                                         "2014-04-01) or UPN %1 (Year 7, born 2014-10-30); choose with "
                                         "--file %2 --child 1=UPN")
                              .arg(upn, file)))
        << held.out.toStdString();

    const CliResult wrong = runCli({QStringLiteral("inbox"), QStringLiteral("import"), vault(),
                                    QStringLiteral("--as"), QStringLiteral("amira"), QStringLiteral("--file"),
                                    file, QStringLiteral("--child"), QStringLiteral("2=") + upn},
                                   line(password(QStringLiteral("amira"))));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("no child 2"))) << wrong.err.toStdString();
    EXPECT_EQ(filesIn(QString()), QStringList{file});

    const CliResult chosen =
        runCli({QStringLiteral("inbox"), QStringLiteral("import"), vault(), QStringLiteral("--as"),
                QStringLiteral("amira"), QStringLiteral("--file"), file, QStringLiteral("--child"),
                QStringLiteral("1=") + upn},
               line(password(QStringLiteral("amira"))));
    ASSERT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    EXPECT_TRUE(chosen.out.contains(QStringLiteral("imported  %1: concern 1 from sam").arg(file)))
        << chosen.out.toStdString();
    const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("show")},
                               {QStringLiteral("--id"), QStringLiteral("1")});
    EXPECT_TRUE(shown.out.contains(upn)) << shown.out.toStdString();
    EXPECT_TRUE(filesIn(QString()).isEmpty());
}

TEST_F(SubmissionCliTest, OnlyTheDslExportsTheProfile)
{
    const CliResult refused =
        as(QStringLiteral("sam"), {QStringLiteral("submission-profile"), QStringLiteral("export")},
           {QStringLiteral("--out"), m_temp.path(QStringLiteral("p.json"))});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(m_temp.path(QStringLiteral("p.json"))));
    const CliResult exported =
        as(QStringLiteral("amira"), {QStringLiteral("submission-profile"), QStringLiteral("export")},
           {QStringLiteral("--out"), m_temp.path(QStringLiteral("p.json"))});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Pupils on the roster: 1")));
}

TEST_F(SubmissionCliTest, AnImportKilledHalfWayAndRunAgainFilesEachSubmissionOnce)
{
    QStringList ids;
    for (int i = 1; i <= 3; ++i) {
        const CliResult sent = submit(QStringLiteral("Concern number %1.").arg(i));
        ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
        ids.append(submissionIdIn(sent));
    }
    QProcessEnvironment crash;
    crash.insert(QStringLiteral("LANTERN_CRASH_AT"), QStringLiteral("inbox:imported"));
    const CliResult killed = import(crash);
    ASSERT_EQ(killed.exitCode, 99) << "the injected crash point was not reached: "
                                   << killed.err.toStdString();
    // Killed after filing the first submission and before moving its file: all three are still in the inbox.
    EXPECT_EQ(filesIn(QString()).size(), 3);
    ASSERT_EQ(runCli({QStringLiteral("lock"), QStringLiteral("clear"), vault()}).exitCode, 0);

    const CliResult again = import();
    ASSERT_EQ(again.exitCode, 0) << again.out.toStdString() << again.err.toStdString();
    EXPECT_EQ(again.out.count(QStringLiteral("completed ")), 1) << again.out.toStdString();
    EXPECT_EQ(again.out.count(QStringLiteral("imported  ")), 2) << again.out.toStdString();
    EXPECT_EQ(triage().size(), 3);
    QStringList expected;
    for (const QString& id : ids)
        expected.append(id + QStringLiteral(".lantern-submission"));
    expected.sort();
    EXPECT_EQ(filesIn(QStringLiteral("processed")), expected);
    EXPECT_TRUE(filesIn(QString()).isEmpty());

    // And a third run has nothing left to do.
    const CliResult third = import();
    EXPECT_EQ(third.exitCode, 0);
    EXPECT_TRUE(third.out.contains(QStringLiteral("0 file(s)"))) << third.out.toStdString();
    EXPECT_EQ(triage().size(), 3);
}

} // namespace
