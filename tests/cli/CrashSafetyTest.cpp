// A Lantern killed at any point of a key rotation or a key-slot write leaves a vault that still opens.
// Each case runs the real lantern-cli in a child process that dies (_exit, as if killed) at an injected
// point.
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lantern::test;

namespace {

const QString dslPassword = QStringLiteral("dsl password one");
const QString deputyPassword = QStringLiteral("deputy password one");

class CrashSafetyTest : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override
    {
        ASSERT_EQ(runCli({QStringLiteral("init"), vault(), QStringLiteral("--user"), QStringLiteral("dsl"),
                          QStringLiteral("--name"), QStringLiteral("Grace Mensah")},
                         dslPassword + QLatin1Char('\n'))
                      .exitCode,
                  0);
        ASSERT_EQ(runCli({QStringLiteral("user"), QStringLiteral("add"), vault(), QStringLiteral("--as"),
                          QStringLiteral("dsl"), QStringLiteral("--user"), QStringLiteral("deputy"),
                          QStringLiteral("--name"), QStringLiteral("Li Wei"), QStringLiteral("--role"),
                          QStringLiteral("deputy")},
                         dslPassword + QLatin1Char('\n') + deputyPassword + QLatin1Char('\n'))
                      .exitCode,
                  0);
    }

    QString vault() const { return m_temp.path(QStringLiteral("crash.lantern")); }

    // The killed process left its lock behind: Lantern says so, and the lock can be cleared.
    void clearStaleLock()
    {
        const CliResult locked = verifyAs(QStringLiteral("dsl"), dslPassword);
        EXPECT_EQ(locked.exitCode, 4);
        EXPECT_TRUE(locked.err.contains(QStringLiteral("no longer running"))) << locked.err.toStdString();
        ASSERT_EQ(runCli({QStringLiteral("lock"), QStringLiteral("clear"), vault()}).exitCode, 0);
    }

    CliResult verifyAs(const QString& user, const QString& password)
    {
        return runCli(
            {QStringLiteral("audit"), QStringLiteral("verify"), vault(), QStringLiteral("--as"), user},
            password + QLatin1Char('\n'));
    }

    static QProcessEnvironment crashAt(const char* point)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LANTERN_CRASH_AT"), QString::fromLatin1(point));
        return environment;
    }

    TempFolder m_temp;
};

TEST_P(CrashSafetyTest, KilledMidRotationTheVaultStillOpensForEveryUser)
{
    const CliResult killed =
        runCli({QStringLiteral("rotate-key"), vault(), QStringLiteral("--as"), QStringLiteral("dsl")},
               dslPassword + QLatin1Char('\n'), crashAt(GetParam()));
    ASSERT_EQ(killed.exitCode, 99) << "the injected crash point was not reached: "
                                   << killed.err.toStdString();
    clearStaleLock();

    const CliResult dsl = verifyAs(QStringLiteral("dsl"), dslPassword);
    EXPECT_EQ(dsl.exitCode, 0) << dsl.err.toStdString();
    EXPECT_TRUE(dsl.out.contains(QStringLiteral("intact"))) << dsl.out.toStdString();
    const CliResult deputy = verifyAs(QStringLiteral("deputy"), deputyPassword);
    EXPECT_EQ(deputy.exitCode, 0) << deputy.err.toStdString();

    // And a full rotation afterwards still works.
    EXPECT_EQ(runCli({QStringLiteral("rotate-key"), vault(), QStringLiteral("--as"), QStringLiteral("dsl")},
                     dslPassword + QLatin1Char('\n'))
                  .exitCode,
              0);
    EXPECT_EQ(verifyAs(QStringLiteral("deputy"), deputyPassword).exitCode, 0);
}

INSTANTIATE_TEST_SUITE_P(RotationPoints, CrashSafetyTest,
                         ::testing::Values("rotate:copied", "atomic-write:temp-written",
                                           "rotate:slots-staged", "rotate:swapped", "atomic-write:renamed",
                                           "keyslots:written", "rotate-compartment:copied",
                                           "rotate-compartment:slots-staged", "rotate-compartment:swapped"));

class SlotWriteCrashTest : public CrashSafetyTest {};

TEST_P(SlotWriteCrashTest, KilledMidPasswordChangeOneOfTheTwoPasswordsOpensIt)
{
    const QString newPassword = QStringLiteral("deputy password two");
    const CliResult killed =
        runCli({QStringLiteral("user"), QStringLiteral("passwd"), vault(), QStringLiteral("--as"),
                QStringLiteral("deputy")},
               deputyPassword + QLatin1Char('\n') + newPassword + QLatin1Char('\n'), crashAt(GetParam()));
    ASSERT_EQ(killed.exitCode, 99) << killed.err.toStdString();
    clearStaleLock();
    const bool oldOpens = verifyAs(QStringLiteral("deputy"), deputyPassword).exitCode == 0;
    const bool newOpens = verifyAs(QStringLiteral("deputy"), newPassword).exitCode == 0;
    EXPECT_TRUE(oldOpens || newOpens);
    EXPECT_EQ(verifyAs(QStringLiteral("dsl"), dslPassword).exitCode, 0);
}

// keyslots.json is written (with the next generation) before the database's counter and the change commit:
// killed between the two, the file is newer than the database, which opens and is reconciled.
TEST_P(SlotWriteCrashTest, KilledMidRoleChangeEveryoneStillOpensWithTheRoleTheDatabaseGives)
{
    const CliResult killed =
        runCli({QStringLiteral("user"), QStringLiteral("role"), vault(), QStringLiteral("--as"),
                QStringLiteral("dsl"), QStringLiteral("--user"), QStringLiteral("deputy"),
                QStringLiteral("--role"), QStringLiteral("staff")},
               dslPassword + QLatin1Char('\n'), crashAt(GetParam()));
    ASSERT_EQ(killed.exitCode, 99) << killed.err.toStdString();
    clearStaleLock();
    const CliResult deputy = verifyAs(QStringLiteral("deputy"), deputyPassword);
    EXPECT_EQ(deputy.exitCode, 0) << deputy.err.toStdString();
    EXPECT_EQ(verifyAs(QStringLiteral("dsl"), dslPassword).exitCode, 0);
    // The change can be made again, and then holds.
    ASSERT_EQ(runCli({QStringLiteral("user"), QStringLiteral("role"), vault(), QStringLiteral("--as"),
                      QStringLiteral("dsl"), QStringLiteral("--user"), QStringLiteral("deputy"),
                      QStringLiteral("--role"), QStringLiteral("staff")},
                     dslPassword + QLatin1Char('\n'))
                  .exitCode,
              0);
    // The slot was bound again to the new role, so it opens as it.
    const CliResult after = verifyAs(QStringLiteral("deputy"), deputyPassword);
    EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(SlotWritePoints, SlotWriteCrashTest,
                         ::testing::Values("atomic-write:temp-written", "atomic-write:renamed",
                                           "keyslots:written"));

} // namespace
