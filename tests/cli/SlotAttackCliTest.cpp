// Issue #12 as an attacker sees it through the real lantern-cli: someone with write access to the vault
// folder and one staff password edits keyslots.json (as QJsonDocument would) and tries to get in as somebody
// else; an administrator tries to hand out what they may not read. Each attempt fails with its exit code (3
// damaged or tampered, 2 not permitted) and a message that names the problem; each role's normal access still
// works.
#include "core/AtomicFile.h"
#include "reference/Upn.h"
#include "support/CliFixture.h"
#include "support/LegacyVault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>

using namespace lantern;
using namespace lantern::test;

namespace {

class SlotAttackCliTest : public CliVaultTest {
protected:
    QString slotPath() const { return vault() + QStringLiteral("/keyslots.json"); }

    QJsonObject readSlots() const { return QJsonDocument::fromJson(readWholeFile(slotPath())).object(); }
    void writeSlots(const QJsonObject& root) const
    {
        writeFileAtomically(slotPath(), QJsonDocument(root).toJson());
    }

    // A vault of the previous version (one records.db, keyslots.json format 2) for amira, sam and ada, with a
    // pupil added before; returns the pupil's UPN, empty if it could not be added.
    QString makeLegacyVaultWithAPupil()
    {
        const QString upn = lantern::makeUpn(999, 4001, 15, 7);
        const CliResult added =
            as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")},
               {QStringLiteral("--upn"), upn, QStringLiteral("--forename"), QStringLiteral("Zainab"),
                QStringLiteral("--surname"), QStringLiteral("Okonkwo"), QStringLiteral("--dob"),
                QStringLiteral("2015-03-05"), QStringLiteral("--sex"), QStringLiteral("F")});
        EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
        makeLegacySlots(vault(), {{QStringLiteral("amira"), password(QStringLiteral("amira"))},
                                  {QStringLiteral("sam"), password(QStringLiteral("sam"))},
                                  {QStringLiteral("ada"), password(QStringLiteral("ada"))}});
        return added.exitCode == 0 ? upn : QString();
    }

    // Applies `edit` to every slot object.
    void editEachSlot(const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject root = readSlots();
        QJsonArray list = root.value(QStringLiteral("slots")).toArray();
        QJsonArray kept;
        for (const QJsonValue& value : list) {
            QJsonObject slot = value.toObject();
            edit(slot);
            if (!slot.isEmpty())
                kept.append(slot);
        }
        root.insert(QStringLiteral("slots"), kept);
        writeSlots(root);
    }

    // `user list` as `name` with `pass`.
    CliResult listAs(const QString& name, const QString& pass)
    {
        return runCli({QStringLiteral("user"), QStringLiteral("list"), vault(), QStringLiteral("--as"), name},
                      line(pass));
    }

    static void expectNotTheirs(const CliResult& result)
    {
        EXPECT_EQ(result.exitCode, 3) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("key slot does not belong to this user")))
            << result.err.toStdString();
    }
};

TEST_F(SlotAttackCliTest, EachRoleStillOpensItsOwnSlot)
{
    EXPECT_EQ(listAs(QStringLiteral("amira"), password(QStringLiteral("amira"))).exitCode, 0);
    EXPECT_EQ(listAs(QStringLiteral("ada"), password(QStringLiteral("ada"))).exitCode, 0);
    const CliResult staff = listAs(QStringLiteral("sam"), password(QStringLiteral("sam")));
    EXPECT_NE(staff.exitCode, 3) << staff.err.toStdString(); // staff may not list users, but the slot opens
    EXPECT_EQ(as(QStringLiteral("sam"), {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

TEST_F(SlotAttackCliTest, ARenamedSlotDoesNotOpenAsTheDsl)
{
    // sam renames their slot to amira's name and removes amira's slot.
    editEachSlot([](QJsonObject& slot) {
        const QString user = slot.value(QStringLiteral("user")).toString();
        if (user == QLatin1String("amira"))
            slot = QJsonObject();
        else if (user == QLatin1String("sam"))
            slot.insert(QStringLiteral("user"), QStringLiteral("amira"));
    });
    expectNotTheirs(listAs(QStringLiteral("amira"), password(QStringLiteral("sam"))));
}

TEST_F(SlotAttackCliTest, SwappedSlotsDoNotOpen)
{
    editEachSlot([](QJsonObject& slot) {
        const QString user = slot.value(QStringLiteral("user")).toString();
        if (user == QLatin1String("amira"))
            slot.insert(QStringLiteral("user"), QStringLiteral("sam"));
        else if (user == QLatin1String("sam"))
            slot.insert(QStringLiteral("user"), QStringLiteral("amira"));
    });
    expectNotTheirs(listAs(QStringLiteral("amira"), password(QStringLiteral("sam"))));
}

TEST_F(SlotAttackCliTest, AReRoledSlotDoesNotOpen)
{
    editEachSlot([](QJsonObject& slot) {
        if (slot.value(QStringLiteral("user")).toString() == QLatin1String("sam"))
            slot.insert(QStringLiteral("role"), QStringLiteral("dsl"));
    });
    expectNotTheirs(listAs(QStringLiteral("sam"), password(QStringLiteral("sam"))));
}

TEST_F(SlotAttackCliTest, ASlotCopiedFromAnotherVaultDoesNotOpen)
{
    // sam makes a vault of their own with a DSL called amira, and copies that slot over the real one.
    const QString other = m_temp.path(QStringLiteral("mine.lantern"));
    ASSERT_EQ(runCli({QStringLiteral("init"), other, QStringLiteral("--user"), QStringLiteral("amira"),
                      QStringLiteral("--name"), QStringLiteral("Not Amira")},
                     line(password(QStringLiteral("sam"))))
                  .exitCode,
              0);
    QJsonObject copied;
    for (const QJsonValue& value :
         QJsonDocument::fromJson(readWholeFile(other + QStringLiteral("/keyslots.json")))
             .object()
             .value(QStringLiteral("slots"))
             .toArray())
        copied = value.toObject();
    editEachSlot([&copied](QJsonObject& slot) {
        if (slot.value(QStringLiteral("user")).toString() == QLatin1String("amira"))
            slot = copied;
    });
    expectNotTheirs(listAs(QStringLiteral("amira"), password(QStringLiteral("sam"))));
}

TEST_F(SlotAttackCliTest, AnOldCopyOfKeyslotsJsonPutBackIsRefused)
{
    const QByteArray kept = readWholeFile(slotPath());
    const qint64 keptGeneration =
        QJsonDocument::fromJson(kept).object().value(QStringLiteral("generation")).toInteger();
    ASSERT_EQ(as(QStringLiteral("amira"), {QStringLiteral("user"), QStringLiteral("disable")},
                 {QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--no-rotate")})
                  .exitCode,
              0);
    const qint64 current = readSlots().value(QStringLiteral("generation")).toInteger();
    ASSERT_GT(current, keptGeneration);

    writeFileAtomically(slotPath(), kept);
    const CliResult refused = listAs(QStringLiteral("sam"), password(QStringLiteral("sam")));
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("keyslots.json is older than the vault (generation %1, "
                                                    "expected %2): restore")
                                         .arg(keptGeneration)
                                         .arg(current)))
        << refused.err.toStdString();

    // Renumbering the old copy does not help: its MAC no longer fits.
    QJsonObject renumbered = QJsonDocument::fromJson(kept).object();
    renumbered.insert(QStringLiteral("generation"), current);
    writeSlots(renumbered);
    const CliResult altered = listAs(QStringLiteral("sam"), password(QStringLiteral("sam")));
    EXPECT_EQ(altered.exitCode, 3);
    EXPECT_TRUE(altered.err.contains(QStringLiteral("keyslots.json has been altered")))
        << altered.err.toStdString();
}

TEST_F(SlotAttackCliTest, AnAdministratorCannotHandOutWhatTheyMayNotRead)
{
    addUser(QStringLiteral("grace"), QStringLiteral("head"));
    const auto refusedToAda = [this](const QStringList& words, const QStringList& more, const QString& extra,
                                     const char* expected) {
        QStringList args = words;
        args << vault() << QStringLiteral("--as") << QStringLiteral("ada") << more;
        const CliResult result = runCli(args, line(password(QStringLiteral("ada"))) + extra);
        EXPECT_EQ(result.exitCode, 2)
            << args.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QLatin1String(expected))) << result.err.toStdString();
    };
    for (const char* role : {"dsl", "deputy", "head", "chair"}) {
        refusedToAda({QStringLiteral("user"), QStringLiteral("add")},
                     {QStringLiteral("--user"), QStringLiteral("newbie"), QStringLiteral("--name"),
                      QStringLiteral("Newbie"), QStringLiteral("--role"), QLatin1String(role)},
                     line(QStringLiteral("a long new password")),
                     "an administrator may not give anyone that access");
        refusedToAda(
            {QStringLiteral("user"), QStringLiteral("role")},
            {QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--role"), QLatin1String(role)},
            {}, "an administrator may not give anyone that access");
    }
    refusedToAda({QStringLiteral("user"), QStringLiteral("passwd")},
                 {QStringLiteral("--user"), QStringLiteral("grace")},
                 line(QStringLiteral("ada knows this one now")), "reads the adults register");
    refusedToAda({QStringLiteral("user"), QStringLiteral("passwd")},
                 {QStringLiteral("--user"), QStringLiteral("amira")},
                 line(QStringLiteral("ada knows this one now")), "reads pupil records");
    refusedToAda({QStringLiteral("recovery-key")}, {}, {}, "Only a designated safeguarding lead");
    // Nothing changed: grace and amira still open with their own passwords; newbie does not exist.
    EXPECT_EQ(listAs(QStringLiteral("amira"), password(QStringLiteral("amira"))).exitCode, 0);
    EXPECT_NE(listAs(QStringLiteral("grace"), password(QStringLiteral("grace"))).exitCode, 3);
    EXPECT_EQ(listAs(QStringLiteral("newbie"), QStringLiteral("a long new password")).exitCode, 2);
    // What the administrator is for still works.
    EXPECT_EQ(runCli({QStringLiteral("user"), QStringLiteral("add"), vault(), QStringLiteral("--as"),
                      QStringLiteral("ada"), QStringLiteral("--user"), QStringLiteral("gov"),
                      QStringLiteral("--name"), QStringLiteral("Governor"), QStringLiteral("--role"),
                      QStringLiteral("governor")},
                     line(password(QStringLiteral("ada"))) + line(QStringLiteral("a long new password")))
                  .exitCode,
              0);
}

TEST_F(SlotAttackCliTest, EveryOtherDslIsToldOfANewRecoveryKeyAtUnlock)
{
    addUser(QStringLiteral("bea"), QStringLiteral("dsl"));
    const CliResult first = listAs(QStringLiteral("bea"), password(QStringLiteral("bea")));
    ASSERT_EQ(first.exitCode, 0);
    EXPECT_FALSE(first.err.contains(QStringLiteral("notice"))) << first.err.toStdString();
    const CliResult made = as(QStringLiteral("amira"), {QStringLiteral("recovery-key")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    EXPECT_FALSE(made.err.contains(QStringLiteral("notice"))) << made.err.toStdString();

    const CliResult told = listAs(QStringLiteral("bea"), password(QStringLiteral("bea")));
    EXPECT_EQ(told.exitCode, 0);
    EXPECT_TRUE(told.err.contains(QStringLiteral("notice: A recovery key was made by amira")))
        << told.err.toStdString();
    EXPECT_FALSE(listAs(QStringLiteral("bea"), password(QStringLiteral("bea")))
                     .err.contains(QStringLiteral("notice")));
}

TEST_F(SlotAttackCliTest, AVaultWrittenBeforeBoundSlotsOpensAndIsUpgraded)
{
    makeLegacySlots(vault(), {{QStringLiteral("amira"), password(QStringLiteral("amira"))},
                              {QStringLiteral("sam"), password(QStringLiteral("sam"))},
                              {QStringLiteral("ada"), password(QStringLiteral("ada"))}});
    ASSERT_EQ(readSlots().value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(as(QStringLiteral("sam"), {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    const CliResult dsl = listAs(QStringLiteral("amira"), password(QStringLiteral("amira")));
    EXPECT_EQ(dsl.exitCode, 0) << dsl.err.toStdString();
    const QJsonObject upgraded = readSlots();
    EXPECT_EQ(upgraded.value(QStringLiteral("version")).toInt(), 3);
    // …and split into one store per compartment at that first unlock.
    for (const char* store : {"directory.db", "cases.db", "adults.db"})
        EXPECT_TRUE(QFile::exists(vault() + QLatin1Char('/') + QString::fromLatin1(store))) << store;
    EXPECT_FALSE(QFile::exists(vault() + QStringLiteral("/records.db")));
    EXPECT_GE(upgraded.value(QStringLiteral("generation")).toInteger(), 1);
    for (const QJsonValue& slot : upgraded.value(QStringLiteral("slots")).toArray())
        EXPECT_FALSE(slot.toObject().value(QStringLiteral("role")).toString().isEmpty());
    EXPECT_EQ(listAs(QStringLiteral("ada"), password(QStringLiteral("ada"))).exitCode, 0);
}

// The split of an older vault into its stores, killed at each step (and inside the atomic write of
// keyslots.json): the next unlock undoes it or finishes it, and every record and the audit chain are there.
class SplitCrashTest : public SlotAttackCliTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(SplitCrashTest, KilledMidSplitTheNextUnlockFinishesOrUndoesItAndLosesNothing)
{
    const QString upn = makeLegacyVaultWithAPupil();
    ASSERT_FALSE(upn.isEmpty());
    QProcessEnvironment crash;
    crash.insert(QStringLiteral("LANTERN_CRASH_AT"), QString::fromLatin1(GetParam()));
    const CliResult killed = runCli({QStringLiteral("user"), QStringLiteral("list"), vault(),
                                     QStringLiteral("--as"), QStringLiteral("sam")},
                                    password(QStringLiteral("sam")) + QLatin1Char('\n'), crash);
    ASSERT_EQ(killed.exitCode, 99) << "the crash point was not reached: " << killed.err.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("lock"), QStringLiteral("clear"), vault()}).exitCode, 0);

    const CliResult verified =
        as(QStringLiteral("amira"), {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("show")},
                               {QStringLiteral("--pupil"), upn});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Okonkwo"))) << shown.out.toStdString();
    for (const char* store : {"directory.db", "cases.db", "adults.db"})
        EXPECT_TRUE(QFile::exists(vault() + QLatin1Char('/') + QString::fromLatin1(store))) << store;
    EXPECT_FALSE(QFile::exists(vault() + QStringLiteral("/records.db")));
    EXPECT_FALSE(QFile::exists(vault() + QStringLiteral("/directory.db.splitting")));
    EXPECT_EQ(listAs(QStringLiteral("sam"), password(QStringLiteral("sam"))).exitCode, 0);
    EXPECT_EQ(listAs(QStringLiteral("ada"), password(QStringLiteral("ada"))).exitCode, 0);
}

INSTANTIATE_TEST_SUITE_P(SplitPoints, SplitCrashTest,
                         ::testing::Values("split:stores-written", "atomic-write:temp-written",
                                           "atomic-write:renamed", "split:keyslots-written",
                                           "split:store-moved"));

// The migration with the disk filling up at growing points of it (LANTERN_DISK_FULL_AFTER): each time it says
// so, and the next unlock, with room again, finishes or redoes it and loses nothing.
TEST_F(SlotAttackCliTest, TheDiskFillingUpMidSplitIsSaidAndTheNextUnlockLosesNothing)
{
    const QString upn = makeLegacyVaultWithAPupil();
    ASSERT_FALSE(upn.isEmpty());
    const QString legacy = m_temp.path(QStringLiteral("legacy-copy"));
    ASSERT_TRUE(QDir().mkpath(legacy));
    for (const QString& name : QDir(vault()).entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(vault() + QLatin1Char('/') + name, legacy + QLatin1Char('/') + name));
    int runs = 0;
    for (qint64 budget = 0; budget < (qint64(1) << 30); budget = budget == 0 ? 4096 : budget * 2) {
        QDir(vault()).removeRecursively();
        ASSERT_TRUE(QDir().mkpath(vault()));
        for (const QString& name : QDir(legacy).entryList(QDir::Files))
            ASSERT_TRUE(QFile::copy(legacy + QLatin1Char('/') + name, vault() + QLatin1Char('/') + name));
        QProcessEnvironment full;
        full.insert(QStringLiteral("LANTERN_DISK_FULL_AFTER"), QString::number(budget));
        const CliResult split = runCli({QStringLiteral("user"), QStringLiteral("list"), vault(),
                                        QStringLiteral("--as"), QStringLiteral("sam")},
                                       password(QStringLiteral("sam")) + QLatin1Char('\n'), full);
        if (split.exitCode == 0)
            break;
        ++runs;
        SCOPED_TRACE(QStringLiteral("disk full after %1 bytes").arg(budget).toStdString());
        EXPECT_EQ(split.exitCode, 4) << split.err.toStdString();
        EXPECT_TRUE(split.err.contains(QStringLiteral("full"))) << split.err.toStdString();
        runCli({QStringLiteral("lock"), QStringLiteral("clear"), vault()});
        const CliResult verified =
            as(QStringLiteral("amira"), {QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
        const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("show")},
                                   {QStringLiteral("--pupil"), upn});
        EXPECT_TRUE(shown.out.contains(QStringLiteral("Okonkwo"))) << shown.err.toStdString();
        EXPECT_EQ(listAs(QStringLiteral("sam"), password(QStringLiteral("sam"))).exitCode, 0);
    }
    std::cout << "split with the disk filling up: " << runs << " run(s), each said so and lost nothing"
              << std::endl;
    EXPECT_GT(runs, 2);
}

} // namespace
