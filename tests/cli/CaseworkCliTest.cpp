// Casework through lantern-cli: agencies, plans, meetings, referrals and attachments, with their exit codes.
#include "audit/AuditLog.h"
#include "reference/Upn.h"
#include "support/CliFixture.h"
#include "support/TestPupils.h"
#include "vault/Vault.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class CaseworkCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const CliResult created =
            runCli({QStringLiteral("init"), vault(), QStringLiteral("--user"), QStringLiteral("amira"),
                    QStringLiteral("--name"), QStringLiteral("Amira Haddad")},
                   line(password));
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
        const CliResult staff =
            dsl({QStringLiteral("user"), QStringLiteral("add")},
                {QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--name"),
                 QStringLiteral("Sam Patel"), QStringLiteral("--role"), QStringLiteral("staff")},
                line(staffPassword));
        ASSERT_EQ(staff.exitCode, 0) << staff.err.toStdString();
        // A pupil, added by the DSL through the model (the roster commands are another part of the build).
        auto opened = Vault::unlock(vault(), QStringLiteral("amira"), secret("a long enough password"),
                                    SystemClock::instance());
        addTestPupil(*opened, TestPupil(QStringLiteral("Zoë"), QStringLiteral("Nguyễn")).withUpn(upn));
    }

    QString vault() const { return m_temp.path(QStringLiteral("school.lantern")); }

    CliResult dsl(const QStringList& words, const QStringList& more = {}, const QString& extraInput = {})
    {
        QStringList args = words;
        args << vault() << QStringLiteral("--as") << QStringLiteral("amira") << more;
        return runCli(args, line(password) + extraInput);
    }
    CliResult staff(const QStringList& words, const QStringList& more = {})
    {
        QStringList args = words;
        args << vault() << QStringLiteral("--as") << QStringLiteral("sam") << more;
        return runCli(args, line(staffPassword));
    }

    QList<AuditEntry> audit(const QString& action)
    {
        auto opened = Vault::unlock(vault(), QStringLiteral("amira"), secret("a long enough password"),
                                    SystemClock::instance());
        AuditFilter filter;
        filter.actionPrefix = action;
        return opened->audit().entries(filter);
    }

    const QString password = QStringLiteral("a long enough password");
    const QString staffPassword = QStringLiteral("staff member password");
    const QString upn = makeUpn(999, 1234, 26, 1);
    TempFolder m_temp;
};

QStringList words(const char* a, const char* b)
{
    return {QString::fromLatin1(a), QString::fromLatin1(b)};
}

TEST_F(CaseworkCliTest, AgencyInvolvementAndPlanRoundTrip)
{
    const CliResult agency =
        dsl(words("agency", "add"), {QStringLiteral("--name"), QStringLiteral("Front Door"),
                                     QStringLiteral("--kind"), QStringLiteral("childrens-social-care")});
    ASSERT_EQ(agency.exitCode, 0) << agency.err.toStdString();
    EXPECT_TRUE(agency.out.contains(QStringLiteral("Added agency 1"))) << agency.out.toStdString();
    const CliResult badKind = dsl(words("agency", "add"), {QStringLiteral("--name"), QStringLiteral("X"),
                                                           QStringLiteral("--kind"), QStringLiteral("army")});
    EXPECT_EQ(badKind.exitCode, 1);
    EXPECT_TRUE(badKind.err.contains(QStringLiteral("police"))) << badKind.err.toStdString();
    const CliResult agencies = dsl(words("agency", "list"));
    EXPECT_EQ(agencies.exitCode, 0);
    EXPECT_TRUE(agencies.out.contains(QStringLiteral("Front Door")));

    const CliResult involve =
        dsl(words("involve", "add"),
            {QStringLiteral("--pupil"), upn, QStringLiteral("--agency"), QStringLiteral("1"),
             QStringLiteral("--contact-name"), QStringLiteral("Dami Okafor"), QStringLiteral("--start"),
             QStringLiteral("2025-09-01")});
    EXPECT_EQ(involve.exitCode, 0) << involve.err.toStdString();
    const CliResult involvements = dsl(words("involve", "list"), {QStringLiteral("--pupil"), upn});
    EXPECT_TRUE(involvements.out.contains(QStringLiteral("Dami Okafor"))) << involvements.out.toStdString();

    const CliResult noCategory =
        dsl(words("plan", "add"),
            {QStringLiteral("--pupil"), upn, QStringLiteral("--type"), QStringLiteral("child-protection"),
             QStringLiteral("--start"), QStringLiteral("2025-10-01")});
    EXPECT_EQ(noCategory.exitCode, 1);
    EXPECT_TRUE(noCategory.err.contains(QStringLiteral("category"))) << noCategory.err.toStdString();
    const CliResult plan =
        dsl(words("plan", "add"),
            {QStringLiteral("--pupil"), upn, QStringLiteral("--type"), QStringLiteral("child-protection"),
             QStringLiteral("--category"), QStringLiteral("EMO"), QStringLiteral("--start"),
             QStringLiteral("2025-10-01"), QStringLiteral("--lead"), QStringLiteral("Dami Okafor")});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    CliResult listed = dsl(words("plan", "list"), {QStringLiteral("--pupil"), upn});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("child-protection"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("open")));
    EXPECT_EQ(dsl(words("plan", "end"), {QStringLiteral("--id"), QStringLiteral("1"),
                                         QStringLiteral("--date"), QStringLiteral("2025-12-01")})
                  .exitCode,
              0);
    const CliResult again =
        dsl(words("plan", "end"), {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--date"),
                                   QStringLiteral("2025-12-02")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already ended")));
    listed = dsl(words("plan", "list"), {QStringLiteral("--pupil"), upn});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("2025-12-01"))) << listed.out.toStdString();

    const CliResult unknownPupil =
        dsl(words("plan", "list"), {QStringLiteral("--pupil"), makeUpn(999, 1234, 26, 2)});
    EXPECT_EQ(unknownPupil.exitCode, 1);
    EXPECT_TRUE(unknownPupil.err.contains(QStringLiteral("UPN")));
    EXPECT_FALSE(audit(QStringLiteral("plan.view")).isEmpty());
}

TEST_F(CaseworkCliTest, MeetingAndReferralWithUpdates)
{
    const CliResult meeting =
        dsl(words("meeting", "add"),
            {QStringLiteral("--pupil"), upn, QStringLiteral("--type"), QStringLiteral("strategy-discussion"),
             QStringLiteral("--date"), QStringLiteral("2025-11-20"), QStringLiteral("--outcome"),
             QStringLiteral("Section 47 enquiry"), QStringLiteral("--contribution"),
             QStringLiteral("Attendance data")});
    EXPECT_EQ(meeting.exitCode, 0) << meeting.err.toStdString();
    const CliResult future =
        dsl(words("meeting", "add"),
            {QStringLiteral("--pupil"), upn, QStringLiteral("--type"), QStringLiteral("core-group"),
             QStringLiteral("--date"), QStringLiteral("2099-01-01"), QStringLiteral("--outcome"),
             QStringLiteral("Too soon")});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.contains(QStringLiteral("outcome")));

    const CliResult badFollowUp =
        dsl(words("referral", "add"),
            {QStringLiteral("--pupil"), upn, QStringLiteral("--to"), QStringLiteral("Front Door"),
             QStringLiteral("--date"), QStringLiteral("2025-11-20 14:03"), QStringLiteral("--method"),
             QStringLiteral("phone"), QStringLiteral("--follow-up"), QStringLiteral("2025-11-19")});
    EXPECT_EQ(badFollowUp.exitCode, 1);
    EXPECT_TRUE(badFollowUp.err.contains(QStringLiteral("follow-up"))) << badFollowUp.err.toStdString();
    const CliResult referral =
        dsl(words("referral", "add"),
            {QStringLiteral("--pupil"), upn, QStringLiteral("--to"), QStringLiteral("Front Door"),
             QStringLiteral("--date"), QStringLiteral("2025-11-20 14:03"), QStringLiteral("--method"),
             QStringLiteral("online-form"), QStringLiteral("--follow-up"), QStringLiteral("2025-11-23")});
    ASSERT_EQ(referral.exitCode, 0) << referral.err.toStdString();
    EXPECT_EQ(
        dsl(words("referral", "update"),
            {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--field"),
             QStringLiteral("outcome"), QStringLiteral("--value"), QStringLiteral("Passed to assessment")})
            .exitCode,
        0);
    EXPECT_EQ(
        dsl(words("referral", "update"),
            {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--field"),
             QStringLiteral("acknowledged"), QStringLiteral("--value"), QStringLiteral("2025-11-21 09:15")})
            .exitCode,
        0);
    EXPECT_EQ(dsl(words("referral", "update"),
                  {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--field"),
                   QStringLiteral("outcome"), QStringLiteral("--value"),
                   QStringLiteral("Child and family assessment")})
                  .exitCode,
              0);
    const CliResult badField =
        dsl(words("referral", "update"),
            {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--field"), QStringLiteral("colour"),
             QStringLiteral("--value"), QStringLiteral("x")});
    EXPECT_EQ(badField.exitCode, 1);
    const CliResult listed = dsl(words("referral", "list"), {QStringLiteral("--pupil"), upn});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Child and family assessment")))
        << listed.out.toStdString();
    EXPECT_FALSE(listed.out.contains(QStringLiteral("Passed to assessment")));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("acknowledged 2025-11-21 09:15")))
        << listed.out.toStdString();
    EXPECT_EQ(audit(QStringLiteral("referral.update")).size(), 3);
}

TEST_F(CaseworkCliTest, AttachmentAddListExport)
{
    const QString source = m_temp.path(QStringLiteral("note.txt"));
    const QByteArray bytes = QByteArrayLiteral("CLI-ATTACHMENT-MARKER handwritten note, verbatim\n");
    {
        QFile file(source);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const CliResult added =
        dsl(words("attachment", "add"), {QStringLiteral("--pupil"), upn, QStringLiteral("--file"), source,
                                         QStringLiteral("--description"), QStringLiteral("Note")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliResult listed = dsl(words("attachment", "list"), {QStringLiteral("--pupil"), upn});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("note.txt"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("text/plain")));
    const QString out = m_temp.path(QStringLiteral("exported.txt"));
    const CliResult exported =
        dsl(words("attachment", "export"),
            {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(fileBytes(out), bytes);
    EXPECT_EQ(audit(QStringLiteral("attachment.export")).size(), 1);
    // In the case store, encrypted: no store holds it in the clear.
    EXPECT_GT(fileBytes(vault() + QStringLiteral("/cases.db")).size(), bytes.size());
    for (const char* store : {"directory.db", "cases.db", "adults.db"})
        EXPECT_FALSE(fileBytes(vault() + QLatin1Char('/') + QString::fromLatin1(store))
                         .contains(QByteArrayLiteral("CLI-ATTACHMENT-MARKER")))
            << store;

    const CliResult missing =
        dsl(words("attachment", "add"), {QStringLiteral("--pupil"), upn, QStringLiteral("--file"),
                                         m_temp.path(QStringLiteral("nope.pdf"))});
    EXPECT_EQ(missing.exitCode, 1);
    const QString big = m_temp.path(QStringLiteral("big.bin"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(21 * 1024 * 1024));
    }
    const CliResult tooBig =
        dsl(words("attachment", "add"), {QStringLiteral("--pupil"), upn, QStringLiteral("--file"), big});
    EXPECT_EQ(tooBig.exitCode, 1);
    EXPECT_TRUE(tooBig.err.contains(QStringLiteral("big.bin"))) << tooBig.err.toStdString();
    EXPECT_TRUE(tooBig.err.contains(QStringLiteral("20.0 MiB"))) << tooBig.err.toStdString();
}

TEST_F(CaseworkCliTest, StaffAreRefusedWithExitCodeTwo)
{
    const QString out = m_temp.path(QStringLiteral("leak.txt"));
    const QList<std::pair<QStringList, QStringList>> attempts = {
        {words("agency", "list"), {}},
        {words("plan", "list"), {QStringLiteral("--pupil"), upn}},
        {words("referral", "list"), {QStringLiteral("--pupil"), upn}},
        {words("attachment", "list"), {QStringLiteral("--pupil"), upn}},
        {words("meeting", "add"),
         {QStringLiteral("--pupil"), upn, QStringLiteral("--type"), QStringLiteral("other"),
          QStringLiteral("--date"), QStringLiteral("2025-01-01")}},
        {words("attachment", "export"),
         {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--out"), out}},
    };
    for (const auto& [command, options] : attempts) {
        const CliResult refused = staff(command, options);
        EXPECT_EQ(refused.exitCode, 2)
            << command.join(QLatin1Char(' ')).toStdString() << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("cannot"))) << refused.err.toStdString();
        EXPECT_FALSE(refused.err.contains(QStringLiteral("UPN"))); // not even whether the pupil exists
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CaseworkCliTest, EveryCaseworkCommandHasHelp)
{
    const CliResult overview = runCli({QStringLiteral("--help")});
    for (const char* command :
         {"agency add", "agency list", "involve add", "involve list", "involve end", "plan add", "plan end",
          "plan list", "meeting add", "meeting list", "referral add", "referral update", "referral list",
          "attachment add", "attachment list", "attachment export"}) {
        EXPECT_TRUE(overview.out.contains(QString::fromLatin1(command))) << command;
        QStringList args = QString::fromLatin1(command).split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        EXPECT_EQ(runCli(args).exitCode, 0) << command;
    }
}

} // namespace
