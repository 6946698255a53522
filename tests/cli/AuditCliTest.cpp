// lantern-cli's audit list and export as a DSL uses them before an inspection: filters, a CSV file that a
// spreadsheet opens safely, and the log recording that it was read and exported. And audit anchor and audit
// verify --anchor as a school uses them against a key holder who edits the chain with code of their own.
#include "audit/AuditAnchor.h"
#include "audit/AuditLog.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "reference/Upn.h"
#include "support/AuditTampering.h"
#include "support/CliFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class AuditCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        for (int serial : {1, 2}) {
            const CliResult added =
                as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")},
                   {QStringLiteral("--upn"), upn(serial), QStringLiteral("--forename"),
                    QStringLiteral("Child%1").arg(serial), QStringLiteral("--surname"),
                    QStringLiteral("Test"), QStringLiteral("--dob"), QStringLiteral("2015-03-05"),
                    QStringLiteral("--sex"), QStringLiteral("F")});
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("show")},
                                   {QStringLiteral("--pupil"), upn(2)});
        ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    }

    static QString upn(int serial) { return makeUpn(999, 4001, 15, serial); }

    CliResult audit(const char* verb, const QStringList& more, const QString& who = QStringLiteral("amira"))
    {
        return as(who, {QStringLiteral("audit"), QString::fromLatin1(verb)}, more);
    }
};

TEST_F(AuditCliTest, ListFiltersByPupilUserActionAndDay)
{
    const CliResult second = audit("list", {QStringLiteral("--pupil"), upn(2)});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("pupil.add"))) << second.out.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("pupil.view")));
    EXPECT_TRUE(second.out.contains(QStringLiteral("4 entries (pupil 2)")))
        << second.out.toStdString(); // add, view, contacts, links
    const CliResult first = audit("list", {QStringLiteral("--pupil"), QStringLiteral("#1")});
    EXPECT_FALSE(first.out.contains(QStringLiteral("pupil.view"))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("1 entries")));

    const CliResult byAdmin = audit("list", {QStringLiteral("--user"), QStringLiteral("ada")});
    EXPECT_TRUE(byAdmin.out.contains(QStringLiteral("0 entries"))) << byAdmin.out.toStdString();
    const CliResult added = audit("list", {QStringLiteral("--action"), QStringLiteral("user.add")});
    EXPECT_TRUE(added.out.contains(QStringLiteral("3 entries"))) << added.out.toStdString();

    const CliResult longAgo = audit("list", {QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                                             QStringLiteral("--to"), QStringLiteral("2001-12-31")});
    EXPECT_TRUE(longAgo.out.contains(QStringLiteral("0 entries"))) << longAgo.out.toStdString();
    EXPECT_EQ(audit("list", {QStringLiteral("--from"), QStringLiteral("yesterday")}).exitCode, 1);
}

TEST_F(AuditCliTest, ExportWritesTheFilteredLogAsCsvAndIsRecorded)
{
    const QString out = m_temp.path(QStringLiteral("inspection.csv"));
    const CliResult exported =
        audit("export", {QStringLiteral("--pupil"), upn(2), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Exported 4 audit entries")))
        << exported.out.toStdString();
    const QByteArray csv = readWholeFile(out);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"
                               "seq,time_uk,at_utc,actor,actor_name,action"));
    EXPECT_EQ(csv.count("\r\n"), 5);
    EXPECT_TRUE(csv.contains(",Amira Haddad,pupil.view,"));

    const CliResult recorded = audit("list", {QStringLiteral("--action"), QStringLiteral("audit.export")});
    EXPECT_TRUE(recorded.out.contains(QStringLiteral("audit.export"))) << recorded.out.toStdString();
    EXPECT_TRUE(recorded.out.contains(out));
    // Listing is recorded too: the next listing shows the last.
    EXPECT_TRUE(audit("list", {QStringLiteral("--action"), QStringLiteral("audit.view")})
                    .out.contains(QStringLiteral("action audit.export; 1 entries")));
}

TEST_F(AuditCliTest, StaffAndAdministratorsMayNotReadOrExportTheLog)
{
    const QString out = m_temp.path(QStringLiteral("nope.csv"));
    for (const char* who : {"sam", "ada"}) {
        EXPECT_EQ(audit("list", {}, QString::fromLatin1(who)).exitCode, 2) << who;
        EXPECT_EQ(audit("export", {QStringLiteral("--out"), out}, QString::fromLatin1(who)).exitCode, 2)
            << who;
    }
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(audit("export", {}).exitCode, 1); // --out is required
}

// The school's anchor file, written as amira; its entry number.
class AuditAnchorCliTest : public AuditCliTest {
protected:
    void SetUp() override
    {
        AuditCliTest::SetUp();
        // sam has signed in once, so the chain has registered his signing key.
        ASSERT_EQ(audit("verify", {}, QStringLiteral("sam")).exitCode, 0);
    }

    qint64 writeAnchor(const QString& file)
    {
        const CliResult anchored = audit("anchor", {QStringLiteral("--out"), file});
        EXPECT_EQ(anchored.exitCode, 0) << anchored.err.toStdString();
        return AuditAnchor::load(file).seq;
    }

    CliResult verifyAgainst(const QStringList& anchors, const QString& who = QStringLiteral("amira"))
    {
        QStringList more;
        for (const QString& anchor : anchors)
            more << QStringLiteral("--anchor") << anchor;
        return audit("verify", more, who);
    }

    // sam, who knows only his own password, with code of his own.
    InsiderKeys sam() { return insiderKeys(vault(), QStringLiteral("sam"), password(QStringLiteral("sam"))); }
};

TEST_F(AuditAnchorCliTest, AnAnchorWrittenAndVerifiedAgainstIsIntact)
{
    const QString file = m_temp.path(QStringLiteral("anchor.json"));
    const qint64 seq = writeAnchor(file);
    EXPECT_GT(seq, 5);
    const CliResult verified = verifyAgainst({file});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("consistent with 1 anchor(s)")))
        << verified.out.toStdString();
    const CliResult recorded = audit("list", {QStringLiteral("--action"), QStringLiteral("audit.anchor")});
    EXPECT_TRUE(recorded.out.contains(QStringLiteral("entry %1 anchored in %2").arg(seq).arg(file)))
        << recorded.out.toStdString();
}

TEST_F(AuditAnchorCliTest, TheLastFiveEntriesRemovedAfterAnAnchorAreFound)
{
    const QString file = m_temp.path(QStringLiteral("anchor.json"));
    const qint64 anchored = writeAnchor(file);
    {
        Database db = openRecords(vault(), sam().masterKey);
        const qint64 last = AuditLog(db, SystemClock::instance()).head().seq;
        truncateAuditAfter(db, last - 5);
    }
    // Without the anchor nothing shows: what is left is a whole chain.
    EXPECT_EQ(audit("verify", {}).exitCode, 0);
    // With it: the verifying session's unlock already took the place of the first removed entry.
    const CliResult verified = verifyAgainst({file});
    EXPECT_EQ(verified.exitCode, 3) << verified.out.toStdString();
    // The anchoring session wrote one entry after the anchored one: the five removed began at anchored - 3.
    EXPECT_TRUE(verified.err.contains(
        QStringLiteral("broken at entry %1: entry %1 differs from the anchor").arg(anchored - 3)))
        << verified.err.toStdString();
    EXPECT_TRUE(verified.err.contains(QStringLiteral("before the anchor's entry %1").arg(anchored)))
        << verified.err.toStdString();
    EXPECT_TRUE(verified.err.contains(QStringLiteral("made by amira"))) << verified.err.toStdString();
}

TEST_F(AuditAnchorCliTest, ARewriteWithRecomputedHashesIsNamedWithAndWithoutTheAnchor)
{
    const QString file = m_temp.path(QStringLiteral("anchor.json"));
    writeAnchor(file);
    // sam's key opens only the directory's store: what amira did to a child's record is in the cases
    // store, beyond him (CompartmentKeysOutsideTest). He rewrites what he can reach: her last unlock.
    qint64 target = 0;
    {
        InsiderKeys keys = sam();
        Database db = openRecords(vault(), keys.masterKey);
        for (const AuditEntry& entry : AuditLog(db, SystemClock::instance()).entries())
            if (entry.action == QLatin1String("vault.unlock") && entry.actor == QLatin1String("amira"))
                target = entry.seq;
        ASSERT_GT(target, 0);
        rewriteAuditEntry(db, target, QStringLiteral("nothing to see"), *keys.signingKey);
    }
    const CliResult plain = audit("verify", {});
    EXPECT_EQ(plain.exitCode, 3);
    EXPECT_TRUE(plain.err.contains(QStringLiteral("broken at entry %1").arg(target)))
        << plain.err.toStdString();
    // sam's key signed it, and the directory's chain registered that key to sam when he signed in: he is
    // named.
    EXPECT_TRUE(plain.err.contains(QStringLiteral("signed by sam's key, not by amira")))
        << plain.err.toStdString();
    const CliResult anchoredCheck = verifyAgainst({file});
    EXPECT_EQ(anchoredCheck.exitCode, 3);
    EXPECT_TRUE(anchoredCheck.err.contains(QStringLiteral("broken at entry %1").arg(target)))
        << anchoredCheck.err.toStdString();
}

TEST_F(AuditAnchorCliTest, AnEntryForgedInAnotherUsersNameIsNamed)
{
    {
        InsiderKeys keys = sam();
        Database db = openRecords(vault(), keys.masterKey);
        forgeAuditEntry(db, QStringLiteral("amira"), *keys.signingKey);
    }
    const CliResult verified = audit("verify", {});
    EXPECT_EQ(verified.exitCode, 3);
    EXPECT_TRUE(verified.err.contains(QStringLiteral("is signed by sam's key, not by amira")))
        << verified.err.toStdString();
}

TEST_F(AuditAnchorCliTest, AnAnchorOfAnotherVaultOrAlteredIsRefused)
{
    // Another school's vault, and its anchor.
    TempFolder elsewhere;
    const QString otherVault = elsewhere.path(QStringLiteral("other.lantern"));
    ASSERT_EQ(runCli({QStringLiteral("init"), otherVault, QStringLiteral("--user"), QStringLiteral("amira"),
                      QStringLiteral("--name"), QStringLiteral("Amira Haddad")},
                     line(password(QStringLiteral("amira"))))
                  .exitCode,
              0);
    const QString foreign = m_temp.path(QStringLiteral("foreign.json"));
    ASSERT_EQ(runCli({QStringLiteral("audit"), QStringLiteral("anchor"), otherVault, QStringLiteral("--as"),
                      QStringLiteral("amira"), QStringLiteral("--out"), foreign},
                     line(password(QStringLiteral("amira"))))
                  .exitCode,
              0);
    const CliResult refused = verifyAgainst({foreign});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("another vault"))) << refused.err.toStdString();

    // Our own anchor with a later entry number typed in: its signature no longer matches.
    const QString file = m_temp.path(QStringLiteral("anchor.json"));
    const qint64 seq = writeAnchor(file);
    QJsonObject json = QJsonDocument::fromJson(readWholeFile(file)).object();
    json.insert(QStringLiteral("seq"), seq + 1000);
    writeFileAtomically(file, QJsonDocument(json).toJson());
    const CliResult altered = verifyAgainst({file});
    EXPECT_EQ(altered.exitCode, 3);
    EXPECT_TRUE(altered.err.contains(QStringLiteral("signature does not match")))
        << altered.err.toStdString();
    EXPECT_EQ(verifyAgainst({m_temp.path(QStringLiteral("missing.json"))}).exitCode, 1); // not found
}

} // namespace
