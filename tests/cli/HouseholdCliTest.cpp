// The child's household through lantern-cli: add, list (ages in words), amend with a reason, remove, and what
// is refused, with its exit code and the option named.
#include "audit/AuditLog.h"
#include "records/HouseholdRepository.h"
#include "reference/Upn.h"
#include "support/CliFixture.h"
#include "support/TestPupils.h"
#include "vault/Vault.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class HouseholdCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        addTestPupil(*open(), TestPupil(QStringLiteral("Maisie"), QStringLiteral("Brown")).withUpn(upn));
    }

    std::unique_ptr<Vault> open()
    {
        return Vault::unlock(vault(), QStringLiteral("amira"),
                             secret(password(QStringLiteral("amira")).toUtf8().constData()),
                             SystemClock::instance());
    }

    CliResult dsl(const QStringList& words, const QStringList& more = {}, const QString& extraInput = {})
    {
        QStringList args = words;
        args << vault() << QStringLiteral("--as") << QStringLiteral("amira") << more;
        return runCli(args, line(password(QStringLiteral("amira"))) + extraInput);
    }

    static QStringList household(const char* verb)
    {
        return {QStringLiteral("household"), QString::fromLatin1(verb)};
    }

    QList<AuditEntry> audit(const QString& action)
    {
        AuditFilter filter;
        filter.actionPrefix = action;
        return open()->audit().entries(filter);
    }

    const QString upn = makeUpn(999, 1234, 26, 1);
    // lantern-cli runs on the system clock: dates are relative to today.
    const QDate today = QDate::currentDate();
};

TEST_F(HouseholdCliTest, AddListAmendAndRemove)
{
    const QString expected = today.addMonths(3).toString(Qt::ISODate);
    const CliResult unborn =
        dsl(household("add"), {QStringLiteral("--pupil"), upn, QStringLiteral("--name"),
                               QStringLiteral("Unborn baby"), QStringLiteral("--relationship"),
                               QStringLiteral("Unborn sibling"), QStringLiteral("--expected"), expected});
    ASSERT_EQ(unborn.exitCode, 0) << unborn.err.toStdString();
    EXPECT_TRUE(unborn.out.contains(QStringLiteral("Added household member 1: Unborn baby")))
        << unborn.out.toStdString();

    // Notes are case text: from standard input, after the password.
    const CliResult partner =
        dsl(household("add"),
            {QStringLiteral("--pupil"), upn, QStringLiteral("--name"), QStringLiteral("Dean Walsh"),
             QStringLiteral("--relationship"), QStringLiteral("Mother's partner"), QStringLiteral("--born"),
             today.addYears(-31).toString(Qt::ISODate), QStringLiteral("--parental-responsibility"),
             QStringLiteral("no"), QStringLiteral("--interpreter"), QStringLiteral("yes"),
             QStringLiteral("--language"), QStringLiteral("oth"), QStringLiteral("--notes-file"),
             QStringLiteral("-")},
            QStringLiteral("Moved in over the summer"));
    ASSERT_EQ(partner.exitCode, 0) << partner.err.toStdString();

    CliResult listed = dsl(household("list"), {QStringLiteral("--pupil"), upn});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Unborn baby: Unborn sibling; expected ")))
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Dean Walsh: Mother's partner; born ")));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("(31 years); lives with the child; needs an interpreter; "
                                                   "language OTH (Other than English)")))
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Moved in over the summer")));
    // The unborn baby was recorded first and is listed first.
    EXPECT_LT(listed.out.indexOf(QStringLiteral("Unborn baby")), listed.out.indexOf(QStringLiteral("Dean")));

    // An amendment needs its reason; given, it is a new version and the rest stays as it was.
    const CliResult noReason =
        dsl(household("amend"), {QStringLiteral("--member"), QStringLiteral("2"),
                                 QStringLiteral("--lives-with-child"), QStringLiteral("no")});
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("--reason"))) << noReason.err.toStdString();
    const CliResult amended =
        dsl(household("amend"),
            {QStringLiteral("--member"), QStringLiteral("2"), QStringLiteral("--lives-with-child"),
             QStringLiteral("no"), QStringLiteral("--reason-file"), QStringLiteral("-")},
            QStringLiteral("Mother says he moved out on Friday"));
    ASSERT_EQ(amended.exitCode, 0) << amended.err.toStdString();
    listed = dsl(household("list"), {QStringLiteral("--pupil"), upn});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("does not live with the child; needs an interpreter; "
                                                   "language OTH (Other than English); version 2")))
        << listed.out.toStdString();
    ASSERT_EQ(audit(QStringLiteral("household.amend")).size(), 1);

    const CliResult removed =
        dsl(household("remove"), {QStringLiteral("--member"), QStringLiteral("1"), QStringLiteral("--reason"),
                                  QStringLiteral("Recorded in error")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    listed = dsl(household("list"), {QStringLiteral("--pupil"), upn});
    EXPECT_FALSE(listed.out.contains(QStringLiteral("Unborn baby"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Dean Walsh")));
    EXPECT_EQ(audit(QStringLiteral("household.add")).size(), 2);
    EXPECT_EQ(audit(QStringLiteral("household.remove")).size(), 1);
}

TEST_F(HouseholdCliTest, RefusalsExitOneNamingTheOption)
{
    const QStringList base{QStringLiteral("--pupil"),        upn,
                           QStringLiteral("--name"),         QStringLiteral("Kasia Nowak"),
                           QStringLiteral("--relationship"), QStringLiteral("Mother")};
    const CliResult language =
        dsl(household("add"), base + QStringList{QStringLiteral("--language"), QStringLiteral("Polish")});
    EXPECT_EQ(language.exitCode, 1);
    EXPECT_TRUE(language.err.contains(QStringLiteral("--language"))) << language.err.toStdString();
    EXPECT_TRUE(language.err.contains(QStringLiteral("\"Polish\" is not a code")));

    const CliResult yesNo =
        dsl(household("add"), base + QStringList{QStringLiteral("--interpreter"), QStringLiteral("maybe")});
    EXPECT_EQ(yesNo.exitCode, 1);
    EXPECT_TRUE(yesNo.err.contains(QStringLiteral("--interpreter"))) << yesNo.err.toStdString();

    const CliResult both =
        dsl(household("add"),
            base + QStringList{QStringLiteral("--born"), QStringLiteral("2020-01-01"),
                               QStringLiteral("--expected"), today.addMonths(2).toString(Qt::ISODate)});
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_TRUE(both.err.contains(QStringLiteral("not both"))) << both.err.toStdString();

    const CliResult future =
        dsl(household("add"),
            base + QStringList{QStringLiteral("--born"), today.addDays(2).toString(Qt::ISODate)});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.contains(QStringLiteral("--born"))) << future.err.toStdString();

    // Staff hold no key to the case records.
    const CliResult staff = as(QStringLiteral("sam"), household("list"), {QStringLiteral("--pupil"), upn});
    EXPECT_EQ(staff.exitCode, 2) << staff.err.toStdString();

    EXPECT_TRUE(audit(QStringLiteral("household.add")).isEmpty());
}

TEST_F(HouseholdCliTest, EveryHouseholdCommandHasHelp)
{
    const CliResult overview = runCli({QStringLiteral("--help")});
    for (const char* verb : {"add", "list", "amend", "remove"}) {
        const QStringList words = household(verb);
        EXPECT_TRUE(overview.out.contains(words.join(QLatin1Char(' ')))) << verb;
        const CliResult help = runCli(words + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << verb;
        if (QLatin1String(verb) == QLatin1String("add")) {
            EXPECT_TRUE(help.out.contains(QStringLiteral("--notes-file"))) << help.out.toStdString();
        }
    }
}

} // namespace
