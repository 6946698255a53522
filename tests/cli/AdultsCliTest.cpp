// The adults register through lantern-cli: what the DSL, the head, the chair and staff type, what they are
// told, and the exit codes (1 invalid input or not found, 2 not permitted).
#include "support/CliFixture.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

QStringList w(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

class AdultsCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        addUser(QStringLiteral("hana"), QStringLiteral("head"));
        addUser(QStringLiteral("cora"), QStringLiteral("chair"));
        addUser(QStringLiteral("gil"), QStringLiteral("governor"));
    }

    CliResult dsl(std::initializer_list<const char*> words, std::initializer_list<const char*> more = {})
    {
        return as(QStringLiteral("amira"), w(words), w(more));
    }

    // The number in "… N recorded." / "Adult N added".
    static QString numberIn(const CliResult& result)
    {
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("(\\d+)")).match(result.out);
        return match.captured(1);
    }
};

TEST_F(AdultsCliTest, TheDslKeepsTheRegisterAndSeesThePatternPrompt)
{
    const CliResult added = dsl({"adults", "add"}, {"--name", "Daniel Okafor", "--role", "supply"});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QByteArray id = numberIn(added).toUtf8();

    CliResult first =
        dsl({"adults", "concern", "add"}, {"--adult", id.constData(), "--occurred", "2025-03", "--account",
                                           "Shared a personal phone number with a pupil.",
                                           "--withhold-reporter", "--reporter", "A teaching assistant"});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_FALSE(dsl({"adults", "list"}).out.contains(QStringLiteral("PROMPT")));

    CliResult second =
        dsl({"adults", "concern", "add"}, {"--adult", id.constData(), "--occurred", "2025-05-02", "--account",
                                           "Messaged a pupil on social media."});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    const CliResult listed = dsl({"adults", "list"});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Daniel Okafor"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("2 concern(s), 2 unreviewed")));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("PROMPT")));

    const CliResult lado =
        dsl({"adults", "lado"},
            {"--adult", id.constData(), "--on", "2025-05-10", "--lado", "Priya Raman", "--advice",
             "Below threshold; manage in school.", "--outcome", "below-threshold"});
    ASSERT_EQ(lado.exitCode, 0) << lado.err.toStdString();
    EXPECT_FALSE(dsl({"adults", "list"}).out.contains(QStringLiteral("PROMPT")));

    const CliResult shown = dsl({"adults", "show"}, {"--id", id.constData()});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("A teaching assistant (name withheld from the adult)")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("LADO consultation")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Priya Raman")));
}

TEST_F(AdultsCliTest, AnAmendmentAndAReviewKeepTheOriginal)
{
    dsl({"adults", "add"}, {"--name", "Daniel Okafor"});
    const CliResult recorded = dsl({"adults", "concern", "add"}, {"--adult", "1", "--occurred", "2025-03-04",
                                                                  "--account", "Shouted in the corridor."});
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    const CliResult noReason = dsl({"adults", "concern", "amend"}, {"--id", "1", "--account", "x"});
    EXPECT_EQ(noReason.exitCode, 1);
    const CliResult amended = as(QStringLiteral("hana"), w({"adults", "concern", "amend"}),
                                 w({"--id", "1", "--account", "Shouted in the dining hall.", "--reason",
                                    "Place corrected by the reporter."}));
    ASSERT_EQ(amended.exitCode, 0) << amended.err.toStdString();
    const CliResult reviewed =
        as(QStringLiteral("hana"), w({"adults", "review"}),
           w({"--concern", "1", "--on", "2025-03-10", "--notes", "Spoken to; no repeat."}));
    ASSERT_EQ(reviewed.exitCode, 0) << reviewed.err.toStdString();

    const CliResult shown = dsl({"adults", "show"}, {"--id", "1"});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Shouted in the dining hall.")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Earlier version 1")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Shouted in the corridor.")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Place corrected by the reporter.")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("by hana: Spoken to; no repeat.")));
}

TEST_F(AdultsCliTest, StaffRecordNothingAndAConcernAboutTheHeadGoesToTheChairAlone)
{
    // Staff hold no key to the adults register (they send concerns through Lantern Submit), and the DSL holds
    // none to the headteacher's: only the chair of governors records a concern about the head.
    const QStringList aboutHead = w({"--headteacher", "--occurred", "2025-06", "--account",
                                     "Took a pupil off site without telling anyone."});
    const CliResult staff = as(QStringLiteral("sam"), w({"adults", "concern", "add"}), aboutHead);
    EXPECT_EQ(staff.exitCode, 2);
    EXPECT_TRUE(staff.err.contains(QStringLiteral("cannot record a concern about an adult")))
        << staff.err.toStdString();
    const CliResult lead = as(QStringLiteral("amira"), w({"adults", "concern", "add"}), aboutHead);
    EXPECT_EQ(lead.exitCode, 2);
    EXPECT_TRUE(lead.err.contains(QStringLiteral("chair of governors"))) << lead.err.toStdString();
    const CliResult recorded = as(QStringLiteral("cora"), w({"adults", "concern", "add"}), aboutHead);
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    EXPECT_TRUE(recorded.out.contains(QStringLiteral("recorded")));

    for (const char* user : {"sam", "ada", "gil"}) {
        const CliResult listed = as(QString::fromLatin1(user), w({"adults", "list"}));
        EXPECT_EQ(listed.exitCode, 2) << user;
        EXPECT_TRUE(listed.out.isEmpty()) << user;
    }
    for (const char* user : {"amira", "hana"}) {
        const CliResult listed = as(QString::fromLatin1(user), w({"adults", "list"}));
        EXPECT_EQ(listed.exitCode, 0) << user;
        EXPECT_TRUE(listed.out.contains(QStringLiteral("no adults you can see"))) << user;
        EXPECT_EQ(as(QString::fromLatin1(user), w({"adults", "show"}), w({"--id", "1"})).exitCode, 1) << user;
    }
    const CliResult chair = as(QStringLiteral("cora"), w({"adults", "show"}), w({"--id", "1"}));
    ASSERT_EQ(chair.exitCode, 0) << chair.err.toStdString();
    EXPECT_TRUE(chair.out.contains(QStringLiteral("Took a pupil off site")));
    EXPECT_TRUE(chair.out.contains(QStringLiteral("(headteacher)")));
}

TEST_F(AdultsCliTest, SettingsAndRetention)
{
    const CliResult shown = dsl({"adults", "settings"});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("2 or more concerns within 365 days")))
        << shown.out.toStdString();
    EXPECT_EQ(as(QStringLiteral("cora"), w({"adults", "settings"}), w({"--threshold", "3"})).exitCode, 2);
    EXPECT_EQ(dsl({"adults", "settings"}, {"--threshold", "1"}).exitCode, 1);
    const CliResult changed = dsl({"adults", "settings"}, {"--threshold", "3", "--retention", "12"});
    EXPECT_TRUE(changed.out.contains(QStringLiteral("3 or more concerns within 365 days")));

    dsl({"adults", "add"}, {"--name", "Marta Kowalska", "--role", "volunteer", "--left", "2024-07-19"});
    dsl({"adults", "concern", "add"},
        {"--adult", "1", "--occurred", "2024-05", "--account", "Late pick-ups."});
    const CliResult due = dsl({"adults", "retention", "due"});
    EXPECT_TRUE(due.out.contains(QStringLiteral("Marta Kowalska"))) << due.out.toStdString();
    EXPECT_EQ(dsl({"adults", "retention", "delete"}, {"--adult", "1"}).exitCode, 1) << "needs --confirm";
    const CliResult deleted = dsl({"adults", "retention", "delete"}, {"--adult", "1", "--confirm"});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_TRUE(dsl({"adults", "list"}).out.contains(QStringLiteral("no adults")));
}

TEST_F(AdultsCliTest, EveryCommandHasHelp)
{
    for (const QStringList& words :
         {w({"adults", "add"}), w({"adults", "amend"}), w({"adults", "list"}), w({"adults", "show"}),
          w({"adults", "concern", "add"}), w({"adults", "concern", "amend"}), w({"adults", "review"}),
          w({"adults", "lado"}), w({"adults", "settings"}), w({"adults", "retention", "due"}),
          w({"adults", "retention", "delete"})}) {
        const CliResult help = runCli(QStringList(words) << QStringLiteral("--help"));
        EXPECT_EQ(help.exitCode, 0) << words.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(help.out.contains(QStringLiteral("--as"))) << words.join(QLatin1Char(' ')).toStdString();
    }
}

} // namespace
