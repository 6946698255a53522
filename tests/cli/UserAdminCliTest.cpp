// lantern-cli's user administration as a school's DSL and administrator use it: disable, enable with a new
// password, change a role, and the recovery key's way back in when the only DSL forgets their password.
#include "support/CliFixture.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class UserAdminCliTest : public CliVaultTest {
protected:
    CliResult user(const QString& as, const char* verb, const QStringList& more,
                   const QString& extraInput = {})
    {
        QStringList args{QStringLiteral("user"), QString::fromLatin1(verb), vault(), QStringLiteral("--as"),
                         as};
        args << more;
        return runCli(args, line(password(as)) + extraInput);
    }

    bool opens(const QString& name, const QString& pass)
    {
        return runCli({QStringLiteral("user"), QStringLiteral("list"), vault(), QStringLiteral("--as"), name},
                      line(pass))
                   .exitCode == 0;
    }

    QString listedLine(const QString& name)
    {
        const CliResult listed =
            as(QStringLiteral("amira"), {QStringLiteral("user"), QStringLiteral("list")});
        for (const QString& row : listed.out.split(QLatin1Char('\n')))
            if (row.startsWith(name + QLatin1Char(' ')))
                return row.simplified();
        return {};
    }

    QString auditActions()
    {
        return as(QStringLiteral("amira"), {QStringLiteral("audit"), QStringLiteral("list")},
                  {QStringLiteral("--action"), QStringLiteral("user.")})
            .out;
    }
};

TEST_F(UserAdminCliTest, DisableThenEnableWithANewPassword)
{
    const CliResult disabled =
        user(QStringLiteral("amira"), "disable",
             {QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--no-rotate")});
    ASSERT_EQ(disabled.exitCode, 0) << disabled.err.toStdString();
    EXPECT_TRUE(listedLine(QStringLiteral("sam")).contains(QStringLiteral("disabled")));
    EXPECT_FALSE(opens(QStringLiteral("sam"), password(QStringLiteral("sam"))));

    const CliResult enabled =
        user(QStringLiteral("amira"), "enable", {QStringLiteral("--user"), QStringLiteral("sam")},
             line(QStringLiteral("sam's brand new password")));
    ASSERT_EQ(enabled.exitCode, 0) << enabled.err.toStdString();
    EXPECT_TRUE(listedLine(QStringLiteral("sam")).contains(QStringLiteral("active")));
    EXPECT_TRUE(opens(QStringLiteral("sam"), QStringLiteral("sam's brand new password")));
    EXPECT_FALSE(opens(QStringLiteral("sam"), password(QStringLiteral("sam"))));
    const QString actions = auditActions();
    EXPECT_TRUE(actions.contains(QStringLiteral("user.remove"))) << actions.toStdString();
    EXPECT_TRUE(actions.contains(QStringLiteral("user.enable")));
}

TEST_F(UserAdminCliTest, RoleChangeAndItsRules)
{
    const CliResult changed = user(
        QStringLiteral("amira"), "role",
        {QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--role"), QStringLiteral("head")});
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_TRUE(changed.out.contains(QStringLiteral("sam is now headteacher"))) << changed.out.toStdString();
    EXPECT_TRUE(listedLine(QStringLiteral("sam")).contains(QStringLiteral(" head ")));
    EXPECT_TRUE(auditActions().contains(QStringLiteral("staff → head")));

    // One's own role: not permitted (2).
    const CliResult own = user(
        QStringLiteral("ada"), "role",
        {QStringLiteral("--user"), QStringLiteral("ada"), QStringLiteral("--role"), QStringLiteral("staff")});
    EXPECT_EQ(own.exitCode, 2);
    EXPECT_TRUE(own.err.contains(QStringLiteral("your own role"))) << own.err.toStdString();
    // An administrator cannot make anyone a DSL (2); nor can anyone demote the only DSL (1).
    EXPECT_EQ(user(QStringLiteral("ada"), "role",
                   {QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--role"),
                    QStringLiteral("dsl")})
                  .exitCode,
              2);
    const CliResult lastDsl =
        user(QStringLiteral("ada"), "disable",
             {QStringLiteral("--user"), QStringLiteral("amira"), QStringLiteral("--no-rotate")});
    EXPECT_EQ(lastDsl.exitCode, 1);
    EXPECT_TRUE(lastDsl.err.contains(QStringLiteral("only designated safeguarding lead")))
        << lastDsl.err.toStdString();
    EXPECT_TRUE(listedLine(QStringLiteral("amira")).contains(QStringLiteral("active")));
    // An unknown role is invalid input, refused before any password is asked for.
    EXPECT_EQ(user(QStringLiteral("amira"), "role",
                   {QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--role"),
                    QStringLiteral("boss")})
                  .exitCode,
              1);
}

TEST_F(UserAdminCliTest, RecoveryKeyResetsTheForgottenPasswordOfTheOnlyDsl)
{
    const CliResult made = as(QStringLiteral("amira"), {QStringLiteral("recovery-key")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    QString key;
    for (const QString& row : made.out.split(QLatin1Char('\n')))
        if (row.startsWith(QStringLiteral("    ")))
            key = row.trimmed();
    ASSERT_FALSE(key.isEmpty()) << made.out.toStdString();

    const CliResult reset =
        runCli({QStringLiteral("user"), QStringLiteral("passwd"), vault(), QStringLiteral("--as"),
                QStringLiteral("recovery"), QStringLiteral("--user"), QStringLiteral("amira")},
               line(key) + line(QStringLiteral("amira remembers this one")));
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_FALSE(opens(QStringLiteral("amira"), password(QStringLiteral("amira"))));
    ASSERT_TRUE(opens(QStringLiteral("amira"), QStringLiteral("amira remembers this one")));
    const CliResult audit =
        runCli({QStringLiteral("audit"), QStringLiteral("list"), vault(), QStringLiteral("--as"),
                QStringLiteral("amira"), QStringLiteral("--user"), QStringLiteral("recovery"),
                QStringLiteral("--action"), QStringLiteral("user.password-reset")},
               line(QStringLiteral("amira remembers this one")));
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_TRUE(audit.out.contains(QStringLiteral("user amira"))) << audit.out.toStdString();
    EXPECT_TRUE(audit.out.contains(QStringLiteral("1 entries")));
}

TEST_F(UserAdminCliTest, NewCommandsHaveHelp)
{
    for (const char* verb : {"disable", "enable", "role"}) {
        const CliResult help =
            runCli({QStringLiteral("user"), QString::fromLatin1(verb), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << verb;
        EXPECT_TRUE(help.out.contains(QStringLiteral("--user"))) << verb;
    }
}

} // namespace
