// Case text given to lantern-cli through a file or standard input (--account-file PATH|-, --words-file, …),
// so that it is not in /proc/PID/cmdline or the shell's history. On standard input the password lines come
// first and everything after them is the text. The argument forms still work, with a warning.
#include "reference/Upn.h"
#include "support/CliFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class CaseTextCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        ASSERT_EQ(as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")},
                     {QStringLiteral("--upn"), upn, QStringLiteral("--forename"), QStringLiteral("Zainab"),
                      QStringLiteral("--surname"), QStringLiteral("Okonkwo"), QStringLiteral("--dob"),
                      QStringLiteral("2015-03-05"), QStringLiteral("--sex"), QStringLiteral("F")})
                      .exitCode,
                  0);
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_temp.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // `concern add` as amira with `more`, and `input` on standard input after her password.
    CliResult addConcern(const QStringList& more, const QString& input = {})
    {
        QStringList args{QStringLiteral("concern"),
                         QStringLiteral("add"),
                         vault(),
                         QStringLiteral("--as"),
                         QStringLiteral("amira"),
                         QStringLiteral("--pupil"),
                         upn,
                         QStringLiteral("--occurred"),
                         QStringLiteral("2026-03-05"),
                         QStringLiteral("--category"),
                         QStringLiteral("neglect")};
        args << more;
        return runCli(args, line(password(QStringLiteral("amira"))) + input);
    }

    CliResult show(const QString& id)
    {
        return as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("show")},
                  {QStringLiteral("--id"), id});
    }

    static QString concernId(const CliResult& added)
    {
        return QRegularExpression(QStringLiteral("Concern (\\d+)")).match(added.out).captured(1);
    }

    const QString upn = makeUpn(999, 4001, 15, 7);
};

TEST_F(CaseTextCliTest, TheAccountFromAFileAndTheWordsFromStandInputAfterThePassword)
{
    const QString account =
        writeFile(QStringLiteral("account.txt"),
                  "Zainab arrived with a bruise on her left cheek.\nShe said she fell.\n");
    const CliResult added = addConcern(
        {QStringLiteral("--account-file"), account, QStringLiteral("--words-file"), QStringLiteral("-")},
        QStringLiteral("Mum's boyfriend gets angry.\nI don't want to go home.\n"));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_FALSE(added.err.contains(QStringLiteral("was visible to other"))) << added.err.toStdString();

    const CliResult shown = show(concernId(added));
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("bruise on her left cheek"))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("She said she fell.")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Mum's boyfriend gets angry.")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("I don't want to go home."))) << shown.out.toStdString();
    EXPECT_FALSE(shown.out.contains(password(QStringLiteral("amira")))) << "the password was taken as text";
}

TEST_F(CaseTextCliTest, TheArgumentFormStillWorksButWarnsThatOthersCouldSeeIt)
{
    const CliResult added =
        addConcern({QStringLiteral("--account"), QStringLiteral("Seen crying at lunch.")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(QStringLiteral("warning: the text of --account was visible to other "
                                                  "processes")))
        << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(QStringLiteral("shell's history")));
    EXPECT_TRUE(added.err.contains(QStringLiteral("--account-file")));
    EXPECT_TRUE(show(concernId(added)).out.contains(QStringLiteral("Seen crying at lunch.")));
}

TEST_F(CaseTextCliTest, WhatCannotBeReadIsRefusedAndNothingIsSaved)
{
    const QString account = writeFile(QStringLiteral("account.txt"), "Seen crying.\n");
    const CliResult both = addConcern({QStringLiteral("--account"), QStringLiteral("Seen crying."),
                                       QStringLiteral("--account-file"), account});
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_TRUE(both.err.contains(QStringLiteral("Give --account or --account-file, not both")))
        << both.err.toStdString();

    const CliResult twice = addConcern({QStringLiteral("--account-file"), QStringLiteral("-"),
                                        QStringLiteral("--words-file"), QStringLiteral("-")},
                                       QStringLiteral("text\n"));
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("only one option can"))) << twice.err.toStdString();

    const CliResult missing =
        addConcern({QStringLiteral("--account-file"), m_temp.path(QStringLiteral("no-such.txt"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no-such.txt"))) << missing.err.toStdString();

    const QString huge = writeFile(QStringLiteral("huge.txt"), QByteArray(2 * 1024 * 1024, 'a'));
    const CliResult tooBig = addConcern({QStringLiteral("--account-file"), huge});
    EXPECT_EQ(tooBig.exitCode, 1);
    EXPECT_TRUE(tooBig.err.contains(QStringLiteral("larger than 1024 KiB"))) << tooBig.err.toStdString();

    const QString latin1 = writeFile(QStringLiteral("latin1.txt"), "Zo\xeb said so.\n");
    const CliResult notUtf8 = addConcern({QStringLiteral("--account-file"), latin1});
    EXPECT_EQ(notUtf8.exitCode, 1);
    EXPECT_TRUE(notUtf8.err.contains(QStringLiteral("not UTF-8"))) << notUtf8.err.toStdString();

    const CliResult list = as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("list")},
                              {QStringLiteral("--pupil"), upn});
    EXPECT_TRUE(list.out.contains(QStringLiteral("No concerns."))) << list.out.toStdString();
}

// The adults register too: a low-level concern's account from standard input.
TEST_F(CaseTextCliTest, ALowLevelConcernAboutAnAdultTakesItsAccountFromStandardInput)
{
    const CliResult added =
        runCli({QStringLiteral("adults"), QStringLiteral("concern"), QStringLiteral("add"), vault(),
                QStringLiteral("--as"), QStringLiteral("amira"), QStringLiteral("--name"),
                QStringLiteral("Pat Doe"), QStringLiteral("--occurred"), QStringLiteral("2026-03-05"),
                QStringLiteral("--account-file"), QStringLiteral("-")},
               line(password(QStringLiteral("amira"))) + QStringLiteral("Gave a pupil a lift home alone.\n"));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("adults"), QStringLiteral("show")},
                               {QStringLiteral("--id"), QStringLiteral("1")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Gave a pupil a lift home alone.")))
        << shown.out.toStdString();
}

} // namespace
