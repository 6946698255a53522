// `lantern-cli demo` as the README's run command and a trainer use it: a new vault full of synthetic records
// that the other commands can read.
#include "support/TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString password = QStringLiteral("lantern demo 2026\n");

CliResult demo(const QString& vault, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("demo"), vault, QStringLiteral("--pupils"), QStringLiteral("20"),
                              QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--today"),
                              QStringLiteral("2026-03-18")} +
                      more,
                  password);
}

// The first UPN in `pupil list` output.
QString firstUpn(const QString& listing)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("\\n([A-Z]999\\d{9})\\s")).match(listing);
    return match.hasMatch() ? match.captured(1) : QString();
}

TEST(DemoCliTest, MakesAVaultThatPupilListAndChronologyRead)
{
    TempFolder temp;
    const QString vault = temp.path(QStringLiteral("demo.lantern"));
    const CliResult made = demo(vault);
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    EXPECT_TRUE(made.out.contains(QStringLiteral("Lantern Demo Primary (synthetic)")))
        << qPrintable(made.out);
    EXPECT_TRUE(made.out.contains(QStringLiteral("synthetic"))) << qPrintable(made.out);
    EXPECT_TRUE(made.out.contains(QRegularExpression(QStringLiteral("pupils\\s+20"))))
        << qPrintable(made.out);
    EXPECT_TRUE(made.out.contains(QStringLiteral("waiting in the DSL's inbox"))) << qPrintable(made.out);
    EXPECT_TRUE(made.out.contains(QRegularExpression(QStringLiteral("adults in the register\\s+5"))))
        << qPrintable(made.out);

    const CliResult list = runCli({QStringLiteral("pupil"), QStringLiteral("list"), vault,
                                   QStringLiteral("--as"), QStringLiteral("demo-dsl")},
                                  password);
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    EXPECT_EQ(list.out.count(QRegularExpression(QStringLiteral("\\n[A-Z]999\\d{9}\\s"))), 20)
        << qPrintable(list.out);

    const QString upn = firstUpn(list.out);
    ASSERT_FALSE(upn.isEmpty()) << qPrintable(list.out);
    const CliResult chronology = runCli({QStringLiteral("chronology"), vault, QStringLiteral("--as"),
                                         QStringLiteral("demo-dsl"), QStringLiteral("--pupil"), upn},
                                        password);
    ASSERT_EQ(chronology.exitCode, 0) << qPrintable(chronology.err);
    EXPECT_TRUE(chronology.out.contains(upn)) << qPrintable(chronology.out);

    const CliResult inbox =
        runCli({QStringLiteral("concern"), QStringLiteral("list"), vault, QStringLiteral("--as"),
                QStringLiteral("demo-dsl"), QStringLiteral("--inbox")},
               password);
    ASSERT_EQ(inbox.exitCode, 0) << qPrintable(inbox.err);
    EXPECT_TRUE(inbox.out.contains(QStringLiteral("demo-deputy"))) << qPrintable(inbox.out);

    const CliResult adults = runCli({QStringLiteral("adults"), QStringLiteral("list"), vault,
                                     QStringLiteral("--as"), QStringLiteral("demo-dsl")},
                                    password);
    ASSERT_EQ(adults.exitCode, 0) << qPrintable(adults.err);
    EXPECT_EQ(adults.out.count(QStringLiteral(" concern(s), ")), 5) << qPrintable(adults.out);
    EXPECT_EQ(adults.out.count(QStringLiteral("PROMPT:")), 1) << qPrintable(adults.out);

    const CliResult audit = runCli({QStringLiteral("audit"), QStringLiteral("verify"), vault,
                                    QStringLiteral("--as"), QStringLiteral("demo-dsl")},
                                   password);
    EXPECT_EQ(audit.exitCode, 0) << qPrintable(audit.out + audit.err);
}

TEST(DemoCliTest, StaffSubmissionsWaitInTheInboxForTheDslToImport)
{
    TempFolder temp;
    const QString vault = temp.path(QStringLiteral("demo.lantern"));
    const QString keys = temp.path(QStringLiteral("staff-key"));
    const QString inbox = temp.path(QStringLiteral("inbox"));
    const CliResult made =
        demo(vault, {QStringLiteral("--staff-folder"), keys, QStringLiteral("--inbox"), inbox});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    EXPECT_TRUE(made.out.contains(QStringLiteral("Staff key for demo-staff"))) << qPrintable(made.out);
    EXPECT_EQ(QDir(keys).entryList(QDir::Files),
              (QStringList{QStringLiteral("staff-key.json"), QStringLiteral("submission-profile.json")}));
    EXPECT_EQ(QDir(inbox).entryList({QStringLiteral("*.lantern-submission")}, QDir::Files).size(), 3);

    const CliResult imported = runCli({QStringLiteral("inbox"), QStringLiteral("import"), vault,
                                       QStringLiteral("--as"), QStringLiteral("demo-dsl")},
                                      password);
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    // A concern and a low-level concern filed; the misspelt child waits for the DSL to say who was meant.
    EXPECT_TRUE(imported.out.contains(QStringLiteral("2 imported, 0 rejected"))) << qPrintable(imported.out);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("1 held in the inbox"))) << qPrintable(imported.out);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("no pupil on the roll is"))) << qPrintable(imported.out);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("adult-concern"))) << qPrintable(imported.out);
}

TEST(DemoCliTest, RefusesToPutTheDemoBesideExistingPupils)
{
    TempFolder temp;
    const QString vault = temp.path(QStringLiteral("demo.lantern"));
    ASSERT_EQ(demo(vault).exitCode, 0);
    const CliResult again = demo(vault);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already has pupils"))) << qPrintable(again.err);
}

TEST(DemoCliTest, AWrongPasswordForAnExistingVaultIsAnAuthenticationFailure)
{
    TempFolder temp;
    const QString vault = temp.path(QStringLiteral("school.lantern"));
    ASSERT_EQ(runCli({QStringLiteral("init"), vault, QStringLiteral("--user"), QStringLiteral("lead"),
                      QStringLiteral("--name"), QStringLiteral("Lead")},
                     password)
                  .exitCode,
              0);
    const CliResult wrong =
        runCli({QStringLiteral("demo"), vault, QStringLiteral("--user"), QStringLiteral("lead")},
               QStringLiteral("not the password\n"));
    EXPECT_EQ(wrong.exitCode, 2) << qPrintable(wrong.err);
}

TEST(DemoCliTest, BadOptionsAreUsageErrorsAndMakeNothing)
{
    TempFolder temp;
    const QString vault = temp.path(QStringLiteral("demo.lantern"));
    const CliResult tooMany = demo(vault, {QStringLiteral("--pupils"), QStringLiteral("999999")});
    EXPECT_EQ(tooMany.exitCode, 1);
    EXPECT_TRUE(tooMany.err.contains(QStringLiteral("Pupils"))) << qPrintable(tooMany.err);
    const CliResult badDate = runCli(
        {QStringLiteral("demo"), vault, QStringLiteral("--today"), QStringLiteral("18/03/2026")}, password);
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--today"))) << qPrintable(badDate.err);
    EXPECT_FALSE(QDir(vault).exists());
}

} // namespace
