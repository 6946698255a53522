// A release build ignores the test hooks. lantern-cli-without-test-hooks is lantern-cli linked exactly as the
// release preset links it (model/testhooks compiled without LANTERN_TEST_HOOKS); the same commands against
// the test build's lantern-cli show that each variable does change a test build, so these tests can fail.
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace lantern::test {
namespace {

constexpr qint64 cheapSlotMemory = 8ll * 1024 * 1024;

struct CliRun {
    int exitCode = -1;
    QString err;
};

CliRun initVault(const QString& cli, const QString& vault, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cli, {QStringLiteral("init"), vault, QStringLiteral("--user"), QStringLiteral("dsl"),
                        QStringLiteral("--name"), QStringLiteral("Test DSL")});
    process.write("a long enough password\na long enough password\n");
    process.closeWriteChannel();
    process.waitForFinished(120000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 firstSlotMemory(const QString& vault)
{
    const QJsonObject slots =
        QJsonDocument::fromJson(fileBytes(vault + QStringLiteral("/keyslots.json"))).object();
    const QJsonObject slot = slots.value(QStringLiteral("slots")).toArray().first().toObject();
    return slot.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("mem_limit")).toInteger();
}

QProcessEnvironment environmentWith(const char* name, const char* value)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANTERN_TEST_CHEAP_KDF"));
    environment.remove(QStringLiteral("LANTERN_CRASH_AT"));
    environment.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return environment;
}

TEST(CliReleaseHooksTest, ACheapKeySlotIsRefusedByTheReleaseBuildAndGrantedToTheTestBuild)
{
    TempFolder folder;
    const QProcessEnvironment cheap = environmentWith("LANTERN_TEST_CHEAP_KDF", "1");

    const CliRun release = initVault(QStringLiteral(LANTERN_CLI_WITHOUT_TEST_HOOKS_PATH),
                                     folder.path(QStringLiteral("r.lantern")), cheap);
    ASSERT_EQ(release.exitCode, 0) << release.err.toStdString();
    EXPECT_GE(firstSlotMemory(folder.path(QStringLiteral("r.lantern"))), 256ll * 1024 * 1024)
        << "the release build made a weakened key slot because of its environment";

    const CliRun testBuild =
        initVault(QStringLiteral(LANTERN_CLI_PATH), folder.path(QStringLiteral("t.lantern")), cheap);
    ASSERT_EQ(testBuild.exitCode, 0) << testBuild.err.toStdString();
    EXPECT_EQ(firstSlotMemory(folder.path(QStringLiteral("t.lantern"))), cheapSlotMemory);
}

TEST(CliReleaseHooksTest, ACrashPointIsIgnoredByTheReleaseBuildAndHonouredByTheTestBuild)
{
    TempFolder folder;
    const QProcessEnvironment crash = environmentWith("LANTERN_CRASH_AT", "atomic-write:temp-written");

    const CliRun release = initVault(QStringLiteral(LANTERN_CLI_WITHOUT_TEST_HOOKS_PATH),
                                     folder.path(QStringLiteral("r.lantern")), crash);
    EXPECT_EQ(release.exitCode, 0) << release.err.toStdString();
    EXPECT_TRUE(
        QFileInfo::exists(folder.path(QStringLiteral("r.lantern")) + QStringLiteral("/keyslots.json")));

    const CliRun testBuild =
        initVault(QStringLiteral(LANTERN_CLI_PATH), folder.path(QStringLiteral("t.lantern")), crash);
    EXPECT_EQ(testBuild.exitCode, 99);
}

TEST(CliReleaseHooksTest, TheReleaseBinaryDoesNotEvenNameTheVariables)
{
    const QByteArray release = fileBytes(QStringLiteral(LANTERN_CLI_WITHOUT_TEST_HOOKS_PATH));
    const QByteArray testBuild = fileBytes(QStringLiteral(LANTERN_CLI_PATH));
    for (const QByteArray& name :
         {QByteArrayLiteral("LANTERN_TEST_CHEAP_KDF"), QByteArrayLiteral("LANTERN_CRASH_AT")}) {
        EXPECT_FALSE(release.contains(name)) << name.toStdString();
        EXPECT_TRUE(testBuild.contains(name)) << name.toStdString();
    }
}

} // namespace
} // namespace lantern::test
