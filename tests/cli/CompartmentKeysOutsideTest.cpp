// Issue #12, "a test per role, outside Lantern's own code": with only one role's password (or the printed
// recovery key) and the vault's files, which compartment keys can be had, and which stores do they open? The
// school is made with the real lantern-cli; after that nothing of Lantern's runs. keyslots.json is read with
// Qt's JSON parser, the slot is opened by tests/outside/slot-keys (libsodium alone) and each store is opened
// by the stock `sqlcipher` shell. Keys travel through pipes only (slot-keys' standard output, the shell's
// standard input), never on a command line.
#include "reference/Upn.h"
#include "support/CliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace lantern::test;

namespace {

// The role table (model/users/Compartments.cpp, docs/ARCHITECTURE.md "Who holds which key"), as an outsider
// should find it: which stores each role's secret opens.
const QStringList stores{QStringLiteral("directory"), QStringLiteral("cases"), QStringLiteral("adults"),
                         QStringLiteral("headteacher")};

struct Holder {
    const char* user;
    const char* role;
    bool opens[4]; // directory, cases, adults, headteacher
};

// clang-format off
const Holder roleTable[] = {
    // user       role          directory cases  adults headteacher
    {"amira",     "dsl",       {true,     true,  true,  false}},
    {"tomasz",    "deputy",    {true,     true,  true,  false}},
    {"hana",      "head",      {true,     false, true,  false}},
    {"sam",       "staff",     {true,     false, false, false}},
    {"ada",       "admin",     {true,     false, false, false}},
    {"cora",      "chair",     {true,     false, false, true }},
    {"gil",       "governor",  {true,     false, false, false}},
    {"recovery",  "recovery",  {true,     true,  true,  true }}, // the printed recovery key
};
// clang-format on

// What each store holds once the school below has recorded something in it: a query that shows it, what it
// must show, and what must not be there.
struct Evidence {
    QString query;
    QString present;
    QString absent;
};

const QMap<QString, Evidence> evidence{
    {QStringLiteral("directory"),
     {QStringLiteral("SELECT username FROM users;"), QStringLiteral("cora"), {}}},
    {QStringLiteral("cases"),
     {QStringLiteral("SELECT legal_surname FROM pupils; SELECT account FROM concern_versions;"),
      QStringLiteral("Okafor\nSaid she is afraid to go home."),
      {}}},
    {QStringLiteral("adults"),
     {QStringLiteral("SELECT account FROM adult_concern_versions;"),
      QStringLiteral("Shared a personal phone number with a pupil."),
      QStringLiteral("Took a pupil off site without telling anyone.")}},
    {QStringLiteral("headteacher"),
     {QStringLiteral("SELECT account FROM adult_concern_versions;"),
      QStringLiteral("Took a pupil off site without telling anyone."),
      QStringLiteral("Shared a personal phone number with a pupil.")}},
};

// `program args`, with `input` on standard input (the only way a secret reaches it).
CliResult runTool(const QString& program, const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(program, args);
    CliResult result;
    if (!process.waitForStarted(30000)) {
        result.err = program + QStringLiteral(" did not start");
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

class CompartmentKeysOutsideTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp(); // amira (dsl), sam (staff), ada (admin)
        addUser(QStringLiteral("tomasz"), QStringLiteral("deputy"));
        addUser(QStringLiteral("hana"), QStringLiteral("head"));
        addUser(QStringLiteral("cora"), QStringLiteral("chair"));
        addUser(QStringLiteral("gil"), QStringLiteral("governor"));

        const CliResult made = as(QStringLiteral("amira"), {QStringLiteral("recovery-key")});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
        const QRegularExpressionMatch key =
            QRegularExpression(QStringLiteral("([0-9A-Z]{5}(?:-[0-9A-Z]{5}){7})")).match(made.out);
        ASSERT_TRUE(key.hasMatch()) << made.out.toStdString();
        m_recoveryKey = key.captured(1);

        // Something in every store: a pupil and a concern (cases), a concern about a supply teacher (adults),
        // and, as the chair, whose first unlock makes headteacher.db, a concern about the headteacher.
        const QString upn = lantern::makeUpn(999, 4001, 15, 1); // test data; nothing of Lantern's reads below
        const QStringList pupil{QStringLiteral("--upn"),      upn,
                                QStringLiteral("--forename"), QStringLiteral("Amy"),
                                QStringLiteral("--surname"),  QStringLiteral("Okafor"),
                                QStringLiteral("--dob"),      QStringLiteral("2015-03-05"),
                                QStringLiteral("--sex"),      QStringLiteral("F")};
        CliResult done = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")}, pupil);
        ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
        done = as(QStringLiteral("amira"), {QStringLiteral("concern"), QStringLiteral("add")},
                  {QStringLiteral("--pupil"), upn, QStringLiteral("--role"), QStringLiteral("subject"),
                   QStringLiteral("--occurred"), QStringLiteral("2025-03-04"), QStringLiteral("--category"),
                   QStringLiteral("neglect"), QStringLiteral("--account"),
                   QStringLiteral("Said she is afraid to go home.")});
        ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
        done = as(QStringLiteral("amira"), {QStringLiteral("adults"), QStringLiteral("add")},
                  {QStringLiteral("--name"), QStringLiteral("Daniel Mensah"), QStringLiteral("--role"),
                   QStringLiteral("supply")});
        ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
        const QRegularExpressionMatch adult = QRegularExpression(QStringLiteral("(\\d+)")).match(done.out);
        ASSERT_TRUE(adult.hasMatch()) << done.out.toStdString();
        done = as(QStringLiteral("amira"),
                  {QStringLiteral("adults"), QStringLiteral("concern"), QStringLiteral("add")},
                  {QStringLiteral("--adult"), adult.captured(1), QStringLiteral("--occurred"),
                   QStringLiteral("2025-03"), QStringLiteral("--account"),
                   QStringLiteral("Shared a personal phone number with a pupil.")});
        ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
        done = as(QStringLiteral("cora"),
                  {QStringLiteral("adults"), QStringLiteral("concern"), QStringLiteral("add")},
                  {QStringLiteral("--headteacher"), QStringLiteral("--occurred"), QStringLiteral("2025-06"),
                   QStringLiteral("--account"),
                   QStringLiteral("Took a pupil off site without telling anyone.")});
        ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();

        m_sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        ASSERT_FALSE(m_sqlcipher.isEmpty())
            << "the sqlcipher shell is not installed (see scripts/install-deps.sh)";
        for (const QString& store : stores)
            ASSERT_TRUE(QFile::exists(storePath(store))) << storePath(store).toStdString();
    }

    QString storePath(const QString& store) const
    {
        return vault() + QLatin1Char('/') + store + QStringLiteral(".db");
    }
    QString slotsPath() const { return vault() + QStringLiteral("/keyslots.json"); }

    QJsonObject readSlots() const
    {
        QFile file(slotsPath());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    void writeSlots(const QJsonObject& root) const
    {
        QFile file(slotsPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    }

    static QJsonObject slotOf(const QJsonObject& root, const QString& user)
    {
        for (const QJsonValue& slot : root.value(QStringLiteral("slots")).toArray())
            if (slot.toObject().value(QStringLiteral("user")).toString() == user)
                return slot.toObject();
        ADD_FAILURE() << "no slot for " << user.toStdString();
        return {};
    }

    // slot-keys' arguments for `slot` (public fields only), its user given as `user`.
    static QStringList slotArguments(const QString& vaultId, const QJsonObject& slot, const QString& user)
    {
        const QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
        EXPECT_EQ(kdf.value(QStringLiteral("algorithm")).toString(), QStringLiteral("argon2id13"));
        const auto field = [&slot](const char* name) { return slot.value(QLatin1String(name)).toString(); };
        const bool recovery = field("kind") == QLatin1String("recovery");
        QStringList args;
        if (recovery)
            args << QStringLiteral("--recovery");
        args << vaultId << field("id") << user << field("kind")
             << QString::number(kdf.value(QStringLiteral("ops_limit")).toInteger())
             << QString::number(kdf.value(QStringLiteral("mem_limit")).toInteger())
             << kdf.value(QStringLiteral("salt")).toString() << field("nonce") << field("wrapped_secret_key")
             << field("public_key") << QStringLiteral("directory") << field("sealed_key");
        const QJsonObject granted = slot.value(QStringLiteral("compartments")).toObject();
        for (auto each = granted.begin(); each != granted.end(); ++each)
            args << each.key() << each.value().toObject().value(QStringLiteral("sealed_key")).toString();
        return args;
    }

    // The keys slot-keys printed ("NAME HEXKEY" lines), by compartment name.
    static QMap<QString, QString> keysFrom(const CliResult& slotKeys)
    {
        QMap<QString, QString> keys;
        for (const QString& row : slotKeys.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList parts = row.split(QLatin1Char(' '));
            EXPECT_EQ(parts.size(), 2) << row.toStdString();
            EXPECT_TRUE(
                QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(parts.value(1)).hasMatch());
            keys.insert(parts.value(0), parts.value(1));
        }
        return keys;
    }

    CliResult slotKeys(const QStringList& args, const QString& secret) const
    {
        return runTool(QStringLiteral(LANTERN_SLOT_KEYS_PATH), args, line(secret).toUtf8());
    }

    // The stock sqlcipher shell on `store` with `hexKey` as the raw key (sent on standard input, as SQL).
    CliResult sqlcipher(const QString& store, const QString& hexKey, const QString& query) const
    {
        const QString sql = QStringLiteral("PRAGMA key = \"x'%1'\";\n"
                                           "PRAGMA cipher_page_size = 1024;\n"
                                           "PRAGMA kdf_iter = 64000;\n"
                                           "PRAGMA cipher_use_hmac = ON;\n"
                                           "SELECT count(*) FROM sqlite_master;\n%2\n")
                                .arg(hexKey, query);
        return runTool(m_sqlcipher, {storePath(store)}, sql.toUtf8());
    }

    QString secretOf(const QString& user) const
    {
        return user == QLatin1String("recovery") ? m_recoveryKey : password(user);
    }

    // A secret of the right shape that is not the holder's: another password, or the recovery key with its
    // first group replaced.
    QString wrongSecretFor(const QString& user) const
    {
        if (user != QLatin1String("recovery"))
            return QStringLiteral("not the password of ") + user;
        return (m_recoveryKey.startsWith(QLatin1String("ZZZZ")) ? QStringLiteral("YYYYY")
                                                                : QStringLiteral("ZZZZZ")) +
               m_recoveryKey.mid(5);
    }

    QString m_recoveryKey;
    QString m_sqlcipher;
};

TEST_F(CompartmentKeysOutsideTest, EachRoleOpensExactlyTheStoresOfTheRoleTable)
{
    const QJsonObject root = readSlots();
    const QString vaultId = root.value(QStringLiteral("vault_id")).toString();
    for (const Holder& holder : roleTable) {
        const QString user = QString::fromLatin1(holder.user);
        SCOPED_TRACE(user.toStdString() + " (" + holder.role + ")");
        const QJsonObject slot = slotOf(root, user);
        EXPECT_EQ(slot.value(QStringLiteral("role")).toString(), QLatin1String(holder.role));

        // Only the holder's own slot and secret. A wrong secret unwraps nothing.
        const QStringList args = slotArguments(vaultId, slot, user);
        const CliResult wrong = slotKeys(args, wrongSecretFor(user));
        EXPECT_EQ(wrong.exitCode, 1) << wrong.err.toStdString();
        EXPECT_TRUE(wrong.out.isEmpty()) << wrong.out.toStdString();
        const CliResult opened = slotKeys(args, secretOf(user));
        ASSERT_EQ(opened.exitCode, 0) << opened.err.toStdString();
        EXPECT_TRUE(opened.err.isEmpty()) << opened.err.toStdString();
        const QMap<QString, QString> keys = keysFrom(opened);

        QStringList expected; // in the order of `stores`
        for (qsizetype index = 0; index < stores.size(); ++index)
            if (holder.opens[index])
                expected.append(stores.at(index));
        QStringList held = keys.keys();
        QStringList expectedSorted = expected;
        held.sort();
        expectedSorted.sort();
        EXPECT_EQ(held.join(u' ').toStdString(), expectedSorted.join(u' ').toStdString())
            << "the keys the slot gave up";

        // Every key the role holds against every store: it opens its own store, with the records in it, and
        // no other.
        QStringList openedStores;
        for (const QString& store : stores) {
            const Evidence& shown = evidence[store];
            for (auto key = keys.begin(); key != keys.end(); ++key) {
                const CliResult shell = sqlcipher(store, key.value(), shown.query);
                if (key.key() == store) {
                    EXPECT_EQ(shell.exitCode, 0) << store.toStdString() << ": " << shell.err.toStdString();
                    EXPECT_TRUE(shell.err.isEmpty()) << shell.err.toStdString();
                    EXPECT_GT(shell.out.section(QLatin1Char('\n'), 0, 0).toInt(), 0)
                        << shell.out.toStdString();
                    EXPECT_TRUE(shell.out.contains(shown.present))
                        << store.toStdString() << ": " << shell.out.toStdString();
                    if (!shown.absent.isEmpty()) {
                        EXPECT_FALSE(shell.out.contains(shown.absent))
                            << store.toStdString() << ": " << shell.out.toStdString();
                    }
                    openedStores.append(store);
                } else {
                    EXPECT_TRUE(shell.err.contains(QStringLiteral("file is encrypted or is not a database")))
                        << store.toStdString() << " with the " << key.key().toStdString()
                        << " key: " << shell.out.toStdString() << shell.err.toStdString();
                    EXPECT_FALSE(shell.out.contains(shown.present)) << shell.out.toStdString();
                }
            }
        }
        EXPECT_EQ(openedStores.join(u' ').toStdString(), expected.join(u' ').toStdString())
            << "the stores this role's keys opened";
    }
}

TEST_F(CompartmentKeysOutsideTest, AStaffMemberWhoRenamesTheirSlotToTheDslGetsNoCaseKey)
{
    // sam edits keyslots.json: their own slot now carries amira's name and amira's compartment grants (the
    // case and adults keys, sealed to amira's public key), and amira's slot is gone.
    QJsonObject root = readSlots();
    const QString vaultId = root.value(QStringLiteral("vault_id")).toString();
    const QJsonObject dslSlot = slotOf(root, QStringLiteral("amira"));
    QJsonArray edited;
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        QJsonObject slot = value.toObject();
        const QString user = slot.value(QStringLiteral("user")).toString();
        if (user == QLatin1String("amira"))
            continue;
        if (user == QLatin1String("sam")) {
            slot.insert(QStringLiteral("user"), QStringLiteral("amira"));
            slot.insert(QStringLiteral("compartments"), dslSlot.value(QStringLiteral("compartments")));
        }
        edited.append(slot);
    }
    root.insert(QStringLiteral("slots"), edited);
    writeSlots(root);
    const QJsonObject renamed = slotOf(readSlots(), QStringLiteral("amira"));
    ASSERT_TRUE(renamed.value(QStringLiteral("compartments")).toObject().contains(QStringLiteral("cases")));

    // Under the name it now has, the slot does not unwrap at all (the name is bound into its wrapping).
    const QString samPassword = password(QStringLiteral("sam"));
    const CliResult asDsl = slotKeys(slotArguments(vaultId, renamed, QStringLiteral("amira")), samPassword);
    EXPECT_EQ(asDsl.exitCode, 1) << asDsl.err.toStdString();
    EXPECT_TRUE(asDsl.out.isEmpty()) << asDsl.out.toStdString();
    // Under sam's own name it does, and gives up the directory key alone: the copied grants are sealed to
    // amira's key pair, not sam's.
    const CliResult asSam = slotKeys(slotArguments(vaultId, renamed, QStringLiteral("sam")), samPassword);
    EXPECT_EQ(asSam.exitCode, 0) << asSam.err.toStdString();
    EXPECT_EQ(keysFrom(asSam).keys().join(u' ').toStdString(), "directory");
    EXPECT_TRUE(asSam.err.contains(QStringLiteral("sealed key of cases does not open")))
        << asSam.err.toStdString();
    for (const QString& store :
         {QStringLiteral("cases"), QStringLiteral("adults"), QStringLiteral("headteacher")})
        EXPECT_TRUE(sqlcipher(store, keysFrom(asSam).value(QStringLiteral("directory")), {})
                        .err.contains(QStringLiteral("file is encrypted or is not a database")))
            << store.toStdString();

    // And Lantern itself refuses the slot as amira's.
    const CliResult cli = runCli({QStringLiteral("user"), QStringLiteral("list"), vault(),
                                  QStringLiteral("--as"), QStringLiteral("amira")},
                                 line(samPassword));
    EXPECT_EQ(cli.exitCode, 3) << cli.err.toStdString();
    EXPECT_TRUE(cli.err.contains(QStringLiteral("key slot does not belong to this user")))
        << cli.err.toStdString();
}

TEST_F(CompartmentKeysOutsideTest, TheHeadteacherOpensTheCaseStoreOnlyWhileTheSchoolAllowsIt)
{
    const QString head = QStringLiteral("hana");
    const auto headKeys = [&] {
        const QJsonObject root = readSlots();
        const CliResult opened = slotKeys(
            slotArguments(root.value(QStringLiteral("vault_id")).toString(), slotOf(root, head), head),
            password(head));
        EXPECT_EQ(opened.exitCode, 0) << opened.err.toStdString();
        return keysFrom(opened);
    };
    ASSERT_FALSE(headKeys().contains(QStringLiteral("cases")));

    // The administrator, who holds the directory key only, cannot make the choice.
    const QStringList allow{QStringLiteral("--headteacher"), QStringLiteral("yes")};
    CliResult done = as(QStringLiteral("ada"), {QStringLiteral("case-access")}, allow);
    EXPECT_EQ(done.exitCode, 2) << done.err.toStdString();
    EXPECT_TRUE(done.err.contains(QStringLiteral("case key"))) << done.err.toStdString();
    ASSERT_FALSE(headKeys().contains(QStringLiteral("cases")));

    // The DSL allows it: the head's password now gives up the case key, and the shell reads the records.
    done = as(QStringLiteral("amira"), {QStringLiteral("case-access")}, allow);
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Gave the case key to: hana"))) << done.out.toStdString();
    const QString caseKey = headKeys().value(QStringLiteral("cases"));
    ASSERT_FALSE(caseKey.isEmpty());
    const Evidence& cases = evidence[QStringLiteral("cases")];
    const CliResult read = sqlcipher(QStringLiteral("cases"), caseKey, cases.query);
    EXPECT_EQ(read.exitCode, 0) << read.err.toStdString();
    EXPECT_TRUE(read.out.contains(cases.present)) << read.out.toStdString();

    // Withdrawn and the keys renewed: the slot gives up no case key, and the one the head had kept opens
    // nothing.
    done = as(QStringLiteral("amira"), {QStringLiteral("case-access")},
              {QStringLiteral("--headteacher"), QStringLiteral("no")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("rotate-key"))) << done.out.toStdString();
    done = as(QStringLiteral("amira"), {QStringLiteral("rotate-key")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_FALSE(headKeys().contains(QStringLiteral("cases")));
    const CliResult kept = sqlcipher(QStringLiteral("cases"), caseKey, cases.query);
    EXPECT_TRUE(kept.err.contains(QStringLiteral("file is encrypted or is not a database")))
        << kept.err.toStdString();
    EXPECT_FALSE(kept.out.contains(cases.present)) << kept.out.toStdString();
}

} // namespace
