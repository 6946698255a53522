// Concerns and decisions through lantern-cli: what the DSL team type, what they (and staff, who record
// nothing here) are told, and exit codes.
#include "core/Clock.h"
#include "reference/Upn.h"
#include "support/CliFixture.h"
#include "support/TestPupils.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class ConcernCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const CliResult created =
            runCli({QStringLiteral("init"), vault(), QStringLiteral("--user"), QStringLiteral("amira"),
                    QStringLiteral("--name"), QStringLiteral("Amira Haddad")},
                   line(dslPassword));
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
        const CliResult staff =
            runCli({QStringLiteral("user"), QStringLiteral("add"), vault(), QStringLiteral("--as"),
                    QStringLiteral("amira"), QStringLiteral("--user"), QStringLiteral("lan"),
                    QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--role"),
                    QStringLiteral("staff")},
                   line(dslPassword) + line(staffPassword));
        ASSERT_EQ(staff.exitCode, 0) << staff.err.toStdString();
        const CliResult deputy =
            runCli({QStringLiteral("user"), QStringLiteral("add"), vault(), QStringLiteral("--as"),
                    QStringLiteral("amira"), QStringLiteral("--user"), QStringLiteral("tomasz"),
                    QStringLiteral("--name"), QStringLiteral("Tomasz Wiśniewski"), QStringLiteral("--role"),
                    QStringLiteral("deputy")},
                   line(dslPassword) + line(staffPassword));
        ASSERT_EQ(deputy.exitCode, 0) << deputy.err.toStdString();

        // Two pupils, added by the DSL (the roster commands are another part of lantern-cli).
        auto opened = Vault::unlock(vault(), QStringLiteral("amira"), secret("a long enough password"),
                                    SystemClock::instance());
        addTestPupil(*opened, TestPupil(QStringLiteral("Amy"), QStringLiteral("Okafor")).withUpn(amyUpn));
        addTestPupil(*opened, TestPupil(QStringLiteral("Ben"), QStringLiteral("Ó Briain")).withUpn(benUpn));
    }

    QString vault() const { return m_temp.path(QStringLiteral("school.lantern")); }

    CliResult run(const QStringList& words, const QString& user, const QStringList& more = {})
    {
        QStringList args = words;
        args << vault() << QStringLiteral("--as") << user << more;
        return runCli(args, line(user == QLatin1String("amira") ? dslPassword : staffPassword));
    }

    static QString daysFromToday(int days)
    {
        return QDate::currentDate().addDays(days).toString(Qt::ISODate);
    }

    const QString dslPassword = QStringLiteral("a long enough password");
    const QString staffPassword = QStringLiteral("staff password 123"); // lan's and tomasz's
    const QString amyUpn = makeUpn(999, 1234, 20, 1);
    const QString benUpn = makeUpn(999, 1234, 20, 2);
    TempFolder m_temp;
};

TEST_F(ConcernCliTest, CategoriesAreListedWithoutAVault)
{
    const CliResult result = runCli({QStringLiteral("concern"), QStringLiteral("categories")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Abuse and neglect")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("child-criminal-exploitation")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Upskirting")));
}

TEST_F(ConcernCliTest, TheDeputyRecordsAndTheDslTriagesAndAmends)
{
    const QString yesterday = daysFromToday(-1);
    const QStringList concern{
        QStringLiteral("--pupil"),    amyUpn.toLower(),
        QStringLiteral("--pupil"),    benUpn,
        QStringLiteral("--role"),     QStringLiteral("subject"),
        QStringLiteral("--role"),     QStringLiteral("alleged-harmer"),
        QStringLiteral("--occurred"), yesterday + QStringLiteral("T14:03"),
        QStringLiteral("--category"), QStringLiteral("child-on-child-physical"),
        QStringLiteral("--category"), QStringLiteral("bullying"),
        QStringLiteral("--account"),  QStringLiteral("Ben pushed Amy against the fence and took her phone."),
        QStringLiteral("--words"),    QStringLiteral("he always does it when Miss isn't looking"),
        QStringLiteral("--location"), QStringLiteral("Top playground"),
        QStringLiteral("--mark"),     QStringLiteral("back,0.5,0.3,graze")};

    // Staff hold no key to the case records: they send concerns through Lantern Submit, and the vault keeps
    // no receipts for them.
    const CliResult refused =
        run({QStringLiteral("concern"), QStringLiteral("add")}, QStringLiteral("lan"), concern);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("record a concern in the case records")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Lantern Submit"))) << refused.err.toStdString();
    const CliResult receipts =
        run({QStringLiteral("concern"), QStringLiteral("list")}, QStringLiteral("lan"));
    EXPECT_EQ(receipts.exitCode, 2);
    EXPECT_TRUE(receipts.err.contains(QStringLiteral("read concern receipts"))) << receipts.err.toStdString();

    const CliResult added =
        run({QStringLiteral("concern"), QStringLiteral("add")}, QStringLiteral("tomasz"), concern);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("recorded; it is in the DSL's inbox")))
        << added.out.toStdString();
    const QRegularExpressionMatch number =
        QRegularExpression(QStringLiteral("Concern (\\d+)")).match(added.out);
    ASSERT_TRUE(number.hasMatch());
    const QString id = number.captured(1);

    // Staff cannot read it.
    const CliResult staffShow = run({QStringLiteral("concern"), QStringLiteral("show")},
                                    QStringLiteral("lan"), {QStringLiteral("--id"), id});
    EXPECT_EQ(staffShow.exitCode, 2);
    EXPECT_FALSE(staffShow.out.contains(QStringLiteral("fence")));
    EXPECT_EQ(run({QStringLiteral("concern"), QStringLiteral("list")}, QStringLiteral("lan"),
                  {QStringLiteral("--inbox")})
                  .exitCode,
              2);

    // The DSL finds it in the inbox and reads it.
    const CliResult inbox = run({QStringLiteral("concern"), QStringLiteral("list")}, QStringLiteral("amira"),
                                {QStringLiteral("--inbox")});
    EXPECT_EQ(inbox.exitCode, 0) << inbox.err.toStdString();
    EXPECT_TRUE(inbox.out.contains(QStringLiteral("Amy Okafor (subject)"))) << inbox.out.toStdString();
    const CliResult shown = run({QStringLiteral("concern"), QStringLiteral("show")}, QStringLiteral("amira"),
                                {QStringLiteral("--id"), id});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("status: new")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("took her phone")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("\"he always does it when Miss isn't looking\"")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Ben Ó Briain")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("alleged harmer")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Bullying")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("graze")));

    // An amendment needs a reason; with one, both versions show.
    const CliResult noReason =
        run({QStringLiteral("concern"), QStringLiteral("amend")}, QStringLiteral("amira"),
            {QStringLiteral("--id"), id, QStringLiteral("--location"), QStringLiteral("Field")});
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("Reason"))) << noReason.err.toStdString();
    const CliResult amended =
        run({QStringLiteral("concern"), QStringLiteral("amend")}, QStringLiteral("amira"),
            {QStringLiteral("--id"), id, QStringLiteral("--reason"),
             QStringLiteral("The deputy corrected where it happened"), QStringLiteral("--location"),
             QStringLiteral("Field")});
    EXPECT_EQ(amended.exitCode, 0) << amended.err.toStdString();

    // A decision needs reasons; with them the concern is triaged.
    const CliResult noReasons = run(
        {QStringLiteral("decision"), QStringLiteral("add")}, QStringLiteral("amira"),
        {QStringLiteral("--concern"), id, QStringLiteral("--outcome"), QStringLiteral("in-school-support"),
         QStringLiteral("--parents-informed"), QStringLiteral("yes")});
    EXPECT_EQ(noReasons.exitCode, 1);
    EXPECT_TRUE(noReasons.err.contains(QStringLiteral("reasons"))) << noReasons.err.toStdString();
    const CliResult notTold =
        run({QStringLiteral("decision"), QStringLiteral("add")}, QStringLiteral("amira"),
            {QStringLiteral("--concern"), id, QStringLiteral("--outcome"),
             QStringLiteral("in-school-support"), QStringLiteral("--reasons"), QStringLiteral("Key adult"),
             QStringLiteral("--parents-informed"), QStringLiteral("not-yet")});
    EXPECT_EQ(notTold.exitCode, 1);
    const CliResult decided = run(
        {QStringLiteral("decision"), QStringLiteral("add")}, QStringLiteral("amira"),
        {QStringLiteral("--concern"), id, QStringLiteral("--outcome"), QStringLiteral("in-school-support"),
         QStringLiteral("--reasons"), QStringLiteral("Key adult and a restorative meeting"),
         QStringLiteral("--consulted"), QStringLiteral("Head of year"), QStringLiteral("--parents-informed"),
         QStringLiteral("yes"), QStringLiteral("--review"), daysFromToday(14)});
    ASSERT_EQ(decided.exitCode, 0) << decided.err.toStdString();
    EXPECT_TRUE(decided.out.contains(QStringLiteral("triaged"))) << decided.out.toStdString();
    const CliResult staffDecides =
        run({QStringLiteral("decision"), QStringLiteral("add")}, QStringLiteral("lan"),
            {QStringLiteral("--concern"), id, QStringLiteral("--outcome"), QStringLiteral("monitor"),
             QStringLiteral("--reasons"), QStringLiteral("x"), QStringLiteral("--parents-informed"),
             QStringLiteral("yes")});
    EXPECT_EQ(staffDecides.exitCode, 2);

    const CliResult after = run({QStringLiteral("concern"), QStringLiteral("show")}, QStringLiteral("amira"),
                                {QStringLiteral("--id"), id});
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_TRUE(after.out.contains(QStringLiteral("status: triaged"))) << after.out.toStdString();
    EXPECT_TRUE(after.out.contains(QStringLiteral("Version 1")));
    EXPECT_TRUE(after.out.contains(QStringLiteral("Version 2")));
    EXPECT_TRUE(after.out.contains(QStringLiteral("The deputy corrected where it happened")));
    EXPECT_TRUE(after.out.contains(QStringLiteral("Where: Field")));
    EXPECT_TRUE(after.out.contains(QStringLiteral("Where: Top playground")))
        << "the first version stays readable";
    EXPECT_TRUE(after.out.contains(QStringLiteral("In-school support")));
    EXPECT_TRUE(after.out.contains(QStringLiteral("Key adult and a restorative meeting")));

    // The deputy's list follows it; the pupil's list shows it to the DSL.
    EXPECT_TRUE(run({QStringLiteral("concern"), QStringLiteral("list")}, QStringLiteral("tomasz"))
                    .out.contains(QStringLiteral("triaged")));
    const CliResult amys = run({QStringLiteral("concern"), QStringLiteral("list")}, QStringLiteral("amira"),
                               {QStringLiteral("--pupil"), amyUpn});
    EXPECT_EQ(amys.exitCode, 0) << amys.err.toStdString();
    EXPECT_TRUE(amys.out.contains(QStringLiteral("(amended)"))) << amys.out.toStdString();
}

TEST_F(ConcernCliTest, MistakesAreNamedWithExitCodeOne)
{
    const QStringList base{QStringLiteral("--pupil"),    amyUpn,
                           QStringLiteral("--category"), QStringLiteral("neglect"),
                           QStringLiteral("--account"),  QStringLiteral("No coat, no lunch.")};

    const CliResult future = run({QStringLiteral("concern"), QStringLiteral("add")}, QStringLiteral("tomasz"),
                                 base + QStringList{QStringLiteral("--occurred"), daysFromToday(2)});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.contains(QStringLiteral("When it happened"))) << future.err.toStdString();

    const CliResult badDate =
        run({QStringLiteral("concern"), QStringLiteral("add")}, QStringLiteral("tomasz"),
            base + QStringList{QStringLiteral("--occurred"), QStringLiteral("last Tuesday")});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("When it happened"))) << badDate.err.toStdString();

    const CliResult category = run(
        {QStringLiteral("concern"), QStringLiteral("add")}, QStringLiteral("tomasz"),
        {QStringLiteral("--pupil"), amyUpn, QStringLiteral("--category"), QStringLiteral("sadness"),
         QStringLiteral("--account"), QStringLiteral("x"), QStringLiteral("--occurred"), daysFromToday(-1)});
    EXPECT_EQ(category.exitCode, 1);
    EXPECT_TRUE(category.err.contains(QStringLiteral("sadness"))) << category.err.toStdString();

    const CliResult noAccount =
        run({QStringLiteral("concern"), QStringLiteral("add")}, QStringLiteral("tomasz"),
            {QStringLiteral("--pupil"), amyUpn, QStringLiteral("--category"), QStringLiteral("neglect"),
             QStringLiteral("--occurred"), daysFromToday(-1)});
    EXPECT_EQ(noAccount.exitCode, 1);
    EXPECT_TRUE(noAccount.err.contains(QStringLiteral("Account"))) << noAccount.err.toStdString();

    const CliResult unknownPupil =
        run({QStringLiteral("concern"), QStringLiteral("add")}, QStringLiteral("tomasz"),
            {QStringLiteral("--pupil"), makeUpn(999, 1234, 20, 99), QStringLiteral("--category"),
             QStringLiteral("neglect"), QStringLiteral("--account"), QStringLiteral("x"),
             QStringLiteral("--occurred"), daysFromToday(-1)});
    EXPECT_EQ(unknownPupil.exitCode, 1);
    EXPECT_TRUE(unknownPupil.err.contains(QStringLiteral("UPN"))) << unknownPupil.err.toStdString();

    const CliResult missing = run({QStringLiteral("concern"), QStringLiteral("show")},
                                  QStringLiteral("amira"), {QStringLiteral("--id"), QStringLiteral("77")});
    EXPECT_EQ(missing.exitCode, 1);

    // Nothing reached the inbox.
    const CliResult inbox = run({QStringLiteral("concern"), QStringLiteral("list")}, QStringLiteral("amira"),
                                {QStringLiteral("--inbox")});
    EXPECT_EQ(inbox.exitCode, 0);
    EXPECT_TRUE(inbox.out.contains(QStringLiteral("No concerns"))) << inbox.out.toStdString();
}

} // namespace
