// lantern-cli as an administrator or a script meets it: prompts, messages and exit codes.
#include "core/AtomicFile.h"
#include "support/CliFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace lantern::test;

namespace {

class CliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const CliResult created =
            runCli({QStringLiteral("init"), vault(), QStringLiteral("--user"), QStringLiteral("amira"),
                    QStringLiteral("--name"), QStringLiteral("Amira Haddad")},
                   line(password));
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    }

    QString vault() const { return m_temp.path(QStringLiteral("school.lantern")); }
    CliResult as(const QStringList& words, const QString& input, const QStringList& more = {})
    {
        QStringList args = words;
        args << vault() << QStringLiteral("--as") << QStringLiteral("amira") << more;
        return runCli(args, input);
    }

    const QString password = QStringLiteral("a long enough password");
    TempFolder m_temp;
};

TEST_F(CliTest, InitSaysWhatItMadeAndWhatToDoNext)
{
    const CliResult again =
        runCli({QStringLiteral("init"), m_temp.path(QStringLiteral("second")), QStringLiteral("--user"),
                QStringLiteral("grace"), QStringLiteral("--name"), QStringLiteral("Grace Mensah")},
               line(password));
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("second.lantern")));
    EXPECT_TRUE(again.out.contains(QStringLiteral("recovery-key")));
    // One store per compartment (the headteacher's is made by the first chair of governors to sign in).
    for (const char* store : {"directory.db", "cases.db", "adults.db"})
        EXPECT_TRUE(
            QFile::exists(m_temp.path(QStringLiteral("second.lantern/") + QString::fromLatin1(store))))
            << store;
    EXPECT_FALSE(QFile::exists(m_temp.path(QStringLiteral("second.lantern/records.db"))));
}

TEST_F(CliTest, EveryCommandHasHelp)
{
    const CliResult overview = runCli({QStringLiteral("--help")});
    EXPECT_EQ(overview.exitCode, 0);
    for (const char* command : {"init", "user add", "user passwd", "user remove", "user list", "recovery-key",
                                "rotate-key", "audit verify", "lock clear"}) {
        EXPECT_TRUE(overview.out.contains(QString::fromLatin1(command))) << command;
        QStringList args = QString::fromLatin1(command).split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        const CliResult help = runCli(args);
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_TRUE(help.out.contains(QStringLiteral("Usage"))) << command;
    }
}

TEST_F(CliTest, UnknownCommandAndMissingOptionAreUsageErrors)
{
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 1);
    const CliResult missing =
        runCli({QStringLiteral("user"), QStringLiteral("add"), vault(), QStringLiteral("--as"),
                QStringLiteral("amira"), QStringLiteral("--user"), QStringLiteral("x")},
               line(password));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--name"))) << missing.err.toStdString();
}

TEST_F(CliTest, WrongPasswordExitsTwoAndSaysSo)
{
    const CliResult result =
        as({QStringLiteral("audit"), QStringLiteral("verify")}, line(QStringLiteral("nope")));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("password"))) << result.err.toStdString();
}

TEST_F(CliTest, NoPasswordOnStandardInputIsAClearError)
{
    const CliResult result = as({QStringLiteral("audit"), QStringLiteral("verify")}, QString());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("No password"))) << result.err.toStdString();
}

TEST_F(CliTest, DamagedRecordsExitThree)
{
    // Whichever store is damaged, the unlock says which.
    for (const char* store : {"cases.db", "adults.db", "directory.db"}) {
        const QString path = vault() + QLatin1Char('/') + QString::fromLatin1(store);
        const QByteArray before = fileBytes(path);
        flipByte(path, 2000);
        const CliResult result = as({QStringLiteral("audit"), QStringLiteral("verify")}, line(password));
        EXPECT_EQ(result.exitCode, 3) << store;
        EXPECT_TRUE(result.err.contains(QString::fromLatin1(store))) << result.err.toStdString();
        lantern::writeFileAtomically(path, before); // put it back for the next store
    }
}

TEST_F(CliTest, UsersRecoveryKeyAndAuditVerify)
{
    const CliResult added =
        as({QStringLiteral("user"), QStringLiteral("add")},
           line(password) + line(QStringLiteral("deputy password 1")),
           {QStringLiteral("--user"), QStringLiteral("tomasz"), QStringLiteral("--name"),
            QStringLiteral("Tomasz Wiśniewski"), QStringLiteral("--role"), QStringLiteral("deputy")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    const CliResult listed = as({QStringLiteral("user"), QStringLiteral("list")}, line(password));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Tomasz Wiśniewski")));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("deputy")));

    const CliResult recovery = as({QStringLiteral("recovery-key")}, line(password));
    ASSERT_EQ(recovery.exitCode, 0);
    const QRegularExpression keyPattern(QStringLiteral("([0-9A-Z]{5}(?:-[0-9A-Z]{5}){7})"));
    const QRegularExpressionMatch key = keyPattern.match(recovery.out);
    ASSERT_TRUE(key.hasMatch()) << recovery.out.toStdString();

    const CliResult viaRecovery = runCli({QStringLiteral("audit"), QStringLiteral("verify"), vault(),
                                          QStringLiteral("--as"), QStringLiteral("recovery")},
                                         line(key.captured(1)));
    EXPECT_EQ(viaRecovery.exitCode, 0) << viaRecovery.err.toStdString();

    const CliResult removed =
        as({QStringLiteral("user"), QStringLiteral("remove")}, line(password),
           {QStringLiteral("--user"), QStringLiteral("tomasz"), QStringLiteral("--rotate")});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.out.contains(QStringLiteral("Rotated")));
    const CliResult gone = runCli({QStringLiteral("audit"), QStringLiteral("verify"), vault(),
                                   QStringLiteral("--as"), QStringLiteral("tomasz")},
                                  line(QStringLiteral("deputy password 1")));
    EXPECT_EQ(gone.exitCode, 2);

    const CliResult verified = as({QStringLiteral("audit"), QStringLiteral("verify")}, line(password));
    EXPECT_EQ(verified.exitCode, 0);
    EXPECT_TRUE(verified.out.contains(QStringLiteral("intact")));
}

TEST_F(CliTest, SecondProcessIsToldTheVaultIsInUse)
{
    QFile lock(vault() + QStringLiteral("/lantern.lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(static_cast<qint64>(::getppid())) + " " +
               QSysInfo::machineHostName().toUtf8());
    lock.close();
    const CliResult result = as({QStringLiteral("audit"), QStringLiteral("verify")}, line(password));
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_TRUE(result.err.contains(QStringLiteral("another Lantern"))) << result.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("lock"), QStringLiteral("clear"), vault()}).exitCode, 4);
}

// A full disk: run the CLI inside a private mount namespace on a tiny tmpfs that is filled up first. Needs
// root (as CI and the README's commands run); skipped otherwise.
TEST_F(CliTest, FullDiskIsReportedAndLosesNothing)
{
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        GTEST_SKIP() << "needs root and unshare to mount a small tmpfs";
    const QString script = QStringLiteral(R"sh(
set -u
mnt=$(mktemp -d)
mount -t tmpfs -o size=4m tmpfs "$mnt" || exit 77
cp -a "$VAULT" "$mnt/v.lantern"
sha_before=$(sha256sum "$mnt/v.lantern/directory.db" "$mnt/v.lantern/cases.db" "$mnt/v.lantern/adults.db" "$mnt/v.lantern/keyslots.json" | sha256sum)
dd if=/dev/zero of="$mnt/filler" bs=4k 2>/dev/null
printf '%s\n%s\n' "$PW" "new user password" | "$CLI" user add "$mnt/v.lantern" --as amira --user newbie --name "New Person" --role staff >/dev/null 2>"$mnt/../err.txt"
echo "add-exit=$?"
cat "$mnt/../err.txt"
sha_after=$(sha256sum "$mnt/v.lantern/directory.db" "$mnt/v.lantern/cases.db" "$mnt/v.lantern/adults.db" "$mnt/v.lantern/keyslots.json" | sha256sum)
[ "$sha_before" = "$sha_after" ] && echo "unchanged=yes" || echo "unchanged=no"
rm -f "$mnt/filler"
printf '%s\n' "$PW" | "$CLI" audit verify "$mnt/v.lantern" --as amira >/dev/null 2>&1
echo "verify-exit=$?"
umount "$mnt"
)sh");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VAULT"), vault());
    environment.insert(QStringLiteral("PW"), password);
    environment.insert(QStringLiteral("CLI"), QStringLiteral(LANTERN_CLI_PATH));
    environment.insert(QStringLiteral("LANTERN_TEST_CHEAP_KDF"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    ASSERT_TRUE(process.waitForFinished(120000));
    if (process.exitCode() == 77)
        GTEST_SKIP() << "tmpfs could not be mounted here";
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(output.contains(QStringLiteral("add-exit=4"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("full"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("unchanged=yes"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("verify-exit=0"))) << output.toStdString();
}

} // namespace
