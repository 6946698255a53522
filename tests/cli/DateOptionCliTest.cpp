// Every command reads a date option with the one parser in app/cli/Command.h: a day is YYYY-MM-DD, and
// anything else is refused (exit 1) with the same message, naming the option or the field.
#include "reference/Upn.h"
#include "support/CliFixture.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class DateOptionCliTest : public CliVaultTest {
protected:
    static QString notADate(const QString& field, const QString& typed)
    {
        return field + QStringLiteral(": \"") + typed +
               QStringLiteral("\" is not a date; write it as YYYY-MM-DD.");
    }

    CliResult addPupil(const QString& dob, const QStringList& more = {})
    {
        return as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")},
                  QStringList{QStringLiteral("--forename"), QStringLiteral("Ada"),
                              QStringLiteral("--surname"), QStringLiteral("Lovelace"),
                              QStringLiteral("--dob"), dob, QStringLiteral("--sex"), QStringLiteral("F"),
                              QStringLiteral("--upn"), makeUpn(999, 4001, 15, 7)} +
                      more);
    }
};

TEST_F(DateOptionCliTest, EveryCommandRefusesANonDateWithTheSameMessage)
{
    const CliResult audit = as(QStringLiteral("amira"), {QStringLiteral("audit"), QStringLiteral("list")},
                               {QStringLiteral("--from"), QStringLiteral("2026-02-30")});
    EXPECT_EQ(audit.exitCode, 1);
    EXPECT_TRUE(audit.err.contains(notADate(QStringLiteral("--from"), QStringLiteral("2026-02-30"))))
        << audit.err.toStdString();

    const CliResult dob = addPupil(QStringLiteral("05/03/2015"));
    EXPECT_EQ(dob.exitCode, 1);
    EXPECT_TRUE(dob.err.contains(notADate(QStringLiteral("Date of birth"), QStringLiteral("05/03/2015"))))
        << dob.err.toStdString();

    const CliResult admitted =
        addPupil(QStringLiteral("2015-03-05"), {QStringLiteral("--admitted"), QStringLiteral("September")});
    EXPECT_EQ(admitted.exitCode, 1);
    EXPECT_TRUE(
        admitted.err.contains(notADate(QStringLiteral("Admission date"), QStringLiteral("September"))))
        << admitted.err.toStdString();

    // A date with a time is not a day.
    const CliResult withTime = as(QStringLiteral("amira"), {QStringLiteral("audit"), QStringLiteral("list")},
                                  {QStringLiteral("--to"), QStringLiteral("2026-03-05T10:00")});
    EXPECT_EQ(withTime.exitCode, 1);
    EXPECT_TRUE(withTime.err.contains(notADate(QStringLiteral("--to"), QStringLiteral("2026-03-05T10:00"))))
        << withTime.err.toStdString();
}

TEST_F(DateOptionCliTest, ADayIsAccepted)
{
    const CliResult audit = as(QStringLiteral("amira"), {QStringLiteral("audit"), QStringLiteral("list")},
                               {QStringLiteral("--from"), QStringLiteral("2026-01-01")});
    EXPECT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    const CliResult added = addPupil(QStringLiteral("2015-03-05"));
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
}

} // namespace
