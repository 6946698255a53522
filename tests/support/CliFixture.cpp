#include "support/CliFixture.h"

namespace lantern::test {

QString line(const QString& text)
{
    return text + QLatin1Char('\n');
}

void CliVaultTest::SetUp()
{
    const CliResult created =
        runCli({QStringLiteral("init"), vault(), QStringLiteral("--user"), QStringLiteral("amira"),
                QStringLiteral("--name"), QStringLiteral("Amira Haddad")},
               line(password(QStringLiteral("amira"))));
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    addUser(QStringLiteral("sam"), QStringLiteral("staff"));
    addUser(QStringLiteral("ada"), QStringLiteral("admin"));
}

void CliVaultTest::addUser(const QString& name, const QString& role)
{
    const CliResult added = runCli({QStringLiteral("user"), QStringLiteral("add"), vault(),
                                    QStringLiteral("--as"), QStringLiteral("amira"), QStringLiteral("--user"),
                                    name, QStringLiteral("--name"), name, QStringLiteral("--role"), role},
                                   line(password(QStringLiteral("amira"))) + line(password(name)));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
}

CliResult CliVaultTest::as(const QString& user, const QStringList& words, const QStringList& more)
{
    QStringList args = words;
    args << vault() << QStringLiteral("--as") << user << more;
    return runCli(args, line(password(user)));
}

} // namespace lantern::test
