// The audit chain: it verifies when whole and names the first broken link when edited, deleted or reordered;
// signed, it names an entry written in someone else's name; against an anchor kept outside, it shows entries
// removed from the end and a chain rewritten with recomputed hashes.
#include "audit/AuditLog.h"

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "crypto/SigningKey.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/AuditTampering.h"
#include "support/LegacyVault.h"
#include "support/TestSupport.h"
#include "vault/AuditAnchorWriter.h"
#include "vault/Vault.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class AuditLogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = Database::open(m_temp.path(QStringLiteral("records.db")), m_key, Database::Mode::CreateNew);
        Migrations::apply(m_db);
        m_log = std::make_unique<AuditLog>(m_db, m_clock);
        for (int i = 1; i <= 5; ++i) {
            m_clock.advanceSeconds(60);
            m_log->append(QStringLiteral("dsl"), QStringLiteral("pupil.view"), QStringLiteral("pupil"),
                          QString::number(i), QStringLiteral("viewed record %1").arg(i));
        }
    }

    // What someone with the key and a SQL prompt could do: remove the guard triggers, then edit.
    void tamper(const char* sql)
    {
        m_db.exec("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
        m_db.exec(sql);
    }

    TempFolder m_temp;
    SecureBytes m_key = SecureBytes::random(32);
    ManualClock m_clock{fixedNow()};
    Database m_db = Database();
    std::unique_ptr<AuditLog> m_log;
};

TEST_F(AuditLogTest, WholeChainVerifies)
{
    const AuditVerification result = m_log->verify();
    EXPECT_TRUE(result.intact()) << result.problem.toStdString();
    EXPECT_EQ(result.entriesChecked, 5);
}

TEST_F(AuditLogTest, EntriesAreKeptInOrderWithTheirDetails)
{
    const QList<AuditEntry> entries = m_log->entries();
    ASSERT_EQ(entries.size(), 5);
    EXPECT_EQ(entries.at(2).objectId, QStringLiteral("3"));
    EXPECT_EQ(entries.at(2).atUtc, fixedNow().addSecs(180));
    EXPECT_EQ(entries.at(3).prevHash, entries.at(2).hash);
}

TEST_F(AuditLogTest, TimesInTheHoursTheClocksChangeReadBackExactly)
{
    // Stored times are UTC; reading them must never pass through local time, where 01:30 on the last Sunday
    // of March does not exist in England and 01:30 on the last Sunday of October happens twice.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/London");
    const QList<QDateTime> times{QDateTime(QDate(2026, 3, 29), QTime(1, 30, 15, 250), Qt::UTC),
                                 QDateTime(QDate(2026, 10, 25), QTime(1, 30, 0, 999), Qt::UTC)};
    for (const QDateTime& at : times) {
        m_clock.set(at);
        m_log->append(QStringLiteral("dsl"), QStringLiteral("pupil.view"), QStringLiteral("pupil"),
                      QStringLiteral("9"), QStringLiteral("viewed at a clock change"));
    }
    const QList<AuditEntry> entries = m_log->entries();
    const AuditVerification result = m_log->verify();
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    ASSERT_EQ(entries.size(), 7);
    EXPECT_EQ(entries.at(5).atUtc, times.at(0));
    EXPECT_EQ(entries.at(6).atUtc, times.at(1));
    EXPECT_TRUE(result.intact()) << result.problem.toStdString();
}

TEST_F(AuditLogTest, TheTableRefusesEditsAndDeletes)
{
    EXPECT_THROW(m_db.exec("UPDATE audit_log SET details = 'x' WHERE seq = 2;"), Error);
    EXPECT_THROW(m_db.exec("DELETE FROM audit_log WHERE seq = 5;"), Error);
    EXPECT_TRUE(m_log->verify().intact());
}

TEST_F(AuditLogTest, AnEditedEntryIsNamed)
{
    tamper("UPDATE audit_log SET details = 'nothing to see' WHERE seq = 3;");
    const AuditVerification result = m_log->verify();
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, 3);
    EXPECT_TRUE(result.problem.contains(QStringLiteral("changed")));
}

TEST_F(AuditLogTest, AChangedActorIsFound)
{
    tamper("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 4;");
    EXPECT_EQ(m_log->verify().firstBrokenSeq, 4);
}

TEST_F(AuditLogTest, ADeletedEntryIsNamed)
{
    tamper("DELETE FROM audit_log WHERE seq = 2;");
    const AuditVerification result = m_log->verify();
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, 2);
    EXPECT_TRUE(result.problem.contains(QStringLiteral("missing")));
}

TEST_F(AuditLogTest, DeletedAndRenumberedEntriesAreFound)
{
    // A careful tamperer closes the gap by renumbering: the hash links still break.
    tamper("DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2;");
    EXPECT_EQ(m_log->verify().firstBrokenSeq, 2);
}

TEST_F(AuditLogTest, ReorderedEntriesAreFound)
{
    tamper("UPDATE audit_log SET seq = 100 WHERE seq = 2;"
           "UPDATE audit_log SET seq = 2 WHERE seq = 4;"
           "UPDATE audit_log SET seq = 4 WHERE seq = 100;");
    EXPECT_EQ(m_log->verify().firstBrokenSeq, 2);
}

TEST_F(AuditLogTest, OnceSignedTheChainTakesNoUnsignedEntryAndNoEntryInAnotherName)
{
    const SigningKey key(SecureBytes::random(SigningKey::seedBytes));
    m_log->setSigner(QStringLiteral("dsl"), &key);
    m_log->append(QStringLiteral("dsl"), QStringLiteral("pupil.view"), QStringLiteral("pupil"),
                  QStringLiteral("6"));
    // The five unsigned entries before it are history; the key was registered before it signed.
    const QList<AuditEntry> entries = m_log->entries();
    ASSERT_EQ(entries.size(), 7);
    EXPECT_EQ(entries.at(5).action, QStringLiteral("audit.key-registered"));
    EXPECT_EQ(entries.at(6).signerKey, key.publicKey());
    EXPECT_TRUE(m_log->verify().intact()) << m_log->verify().problem.toStdString();

    EXPECT_THROW(m_log->append(QStringLiteral("deputy"), QStringLiteral("pupil.view"),
                               QStringLiteral("pupil"), QStringLiteral("6")),
                 Error);
    m_log->setSigner({}, nullptr);
    EXPECT_THROW(m_log->append(QStringLiteral("dsl"), QStringLiteral("pupil.view"), QStringLiteral("pupil"),
                               QStringLiteral("6")),
                 Error);
    EXPECT_EQ(m_log->entries().size(), 7);
}

TEST_F(AuditLogTest, FiltersByActorActionAndObject)
{
    m_log->append(QStringLiteral("deputy"), QStringLiteral("concern.add"), QStringLiteral("concern"),
                  QStringLiteral("9"));
    AuditFilter byActor;
    byActor.actor = QStringLiteral("deputy");
    EXPECT_EQ(m_log->entries(byActor).size(), 1);
    AuditFilter byAction;
    byAction.actionPrefix = QStringLiteral("pupil.");
    EXPECT_EQ(m_log->entries(byAction).size(), 5);
    AuditFilter byObject;
    byObject.objectType = QStringLiteral("pupil");
    byObject.objectId = QStringLiteral("2");
    EXPECT_EQ(m_log->entries(byObject).size(), 1);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// The signed chain, in a real vault on disk: what a key holder can do to it with their own code (the guard
// triggers dropped, the hashes recomputed), and what verify() and the anchors show.

namespace {

const QString amiraPassword = QStringLiteral("amira's long password");
const QString bobPassword = QStringLiteral("bob's long password");

class SignedAuditChainTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto vault =
            Vault::create(folder(), {QStringLiteral("amira"), QStringLiteral("Amira Haddad"), Role::Dsl},
                          password(QStringLiteral("amira")), m_clock);
        vault->addUser({QStringLiteral("bob"), QStringLiteral("Bob Jones"), Role::Deputy},
                       password(QStringLiteral("bob")));
        vault.reset();
        unlock(QStringLiteral("bob")); // bob's key is registered as he first signs
    }

    QString folder() const { return m_temp.path(QStringLiteral("school.lantern")); }
    static SecureBytes password(const QString& user)
    {
        return SecureBytes::fromUtf8((user == QLatin1String("bob") ? bobPassword : amiraPassword).toUtf8());
    }
    std::unique_ptr<Vault> unlock(const QString& user)
    {
        return Vault::unlock(folder(), user, password(user), m_clock);
    }
    // What the vault's user does that the chain records: `count` views.
    void view(Vault& vault, int count)
    {
        for (int i = 0; i < count; ++i) {
            m_clock.advanceSeconds(60);
            Transaction transaction(vault.database());
            // The directory's chain, which the tampering helpers below edit (audit_log in directory.db).
            vault.audit().append(vault.user().username, QStringLiteral("audit.view"), QStringLiteral("audit"),
                                 QString::number(i + 1));
            transaction.commit();
        }
    }
    // Bob's own signing key, as his code takes it from his slot.
    std::unique_ptr<SigningKey> bobsKey()
    {
        return std::move(insiderKeys(folder(), QStringLiteral("bob"), bobPassword).signingKey);
    }
    static QList<AuditEntry> withAction(Vault& vault, const QString& action)
    {
        AuditFilter filter;
        filter.actionPrefix = action;
        return vault.audit().entries(filter);
    }

    TempFolder m_temp;
    ManualClock m_clock{fixedNow()};
};

TEST_F(SignedAuditChainTest, EveryEntryIsSignedWithAKeyTheChainRegisteredToItsActor)
{
    auto vault = unlock(QStringLiteral("amira"));
    const QList<AuditEntry> entries = vault->audit().entries();
    ASSERT_GT(entries.size(), 5);
    for (const AuditEntry& entry : entries) {
        EXPECT_EQ(entry.signerKey.size(), 32) << entry.seq;
        EXPECT_TRUE(SigningKey::verify(entry.signerKey, AuditLog::signedMessage(entry.hash), entry.signature))
            << entry.seq;
    }
    // The creator's key is registered by the chain's first entry; bob's was issued when amira made his slot
    // and registered by bob himself, with that very key.
    EXPECT_EQ(entries.first().action, QStringLiteral("audit.key-registered"));
    const QList<AuditEntry> issued = withAction(*vault, QStringLiteral("audit.key-issued"));
    ASSERT_EQ(issued.size(), 1);
    EXPECT_EQ(issued.first().actor, QStringLiteral("amira"));
    EXPECT_EQ(issued.first().objectId, QStringLiteral("bob"));
    const QList<AuditEntry> registered = withAction(*vault, QStringLiteral("audit.key-registered"));
    ASSERT_EQ(registered.size(), 2);
    EXPECT_EQ(registered.at(1).actor, QStringLiteral("bob"));
    EXPECT_EQ(registered.at(1).details, issued.first().details);
    EXPECT_EQ(registered.at(1).signerKey, bobsKey()->publicKey());
    EXPECT_TRUE(vault->audit().verify().intact()) << vault->audit().verify().problem.toStdString();
}

TEST_F(SignedAuditChainTest, ANewPasswordGivesANewSigningKeyThatStillVerifies)
{
    const QByteArray before = bobsKey()->publicKey();
    {
        auto bob = unlock(QStringLiteral("bob"));
        bob->changePassword(QStringLiteral("bob"), SecureBytes::fromUtf8("bob's second password"));
    }
    const QByteArray after =
        insiderKeys(folder(), QStringLiteral("bob"), QStringLiteral("bob's second password"))
            .signingKey->publicKey();
    EXPECT_NE(before, after);
    auto bob = Vault::unlock(folder(), QStringLiteral("bob"), SecureBytes::fromUtf8("bob's second password"),
                             m_clock);
    EXPECT_EQ(withAction(*bob, QStringLiteral("audit.key-registered")).last().signerKey, after);
    const AuditVerification result = bob->audit().verify();
    EXPECT_TRUE(result.intact()) << result.problem.toStdString();
}

TEST_F(SignedAuditChainTest, TruncationAfterAnAnchorIsDetectedAndTheRemovedEntriesNamed)
{
    auto vault = unlock(QStringLiteral("amira"));
    view(*vault, 10);
    const AuditAnchor anchor = vault->audit().anchor(vault->vaultId(), QStringLiteral("main"));
    const qint64 head = anchor.seq;

    truncateAuditAfter(vault->database(), head - 5);
    // Signatures cannot show entries missing from the end: the chain that is left is whole.
    EXPECT_TRUE(vault->audit().verify().intact());
    const AuditVerification result = vault->audit().verifyAgainst({anchor}, vault->vaultId());
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, head - 4);
    EXPECT_TRUE(
        result.problem.contains(QStringLiteral("entries %1 to %2 were removed").arg(head - 4).arg(head)))
        << result.problem.toStdString();
    EXPECT_TRUE(result.problem.contains(QStringLiteral("made by amira"))) << result.problem.toStdString();
}

TEST_F(SignedAuditChainTest, AnotherUsersEntryRewrittenWithRecomputedHashesIsCaughtBySignatureAndAnchor)
{
    auto vault = unlock(QStringLiteral("amira"));
    view(*vault, 10);
    const AuditAnchor anchor = vault->audit().anchor(vault->vaultId(), QStringLiteral("main"));
    const qint64 target = anchor.seq - 2; // one of amira's views

    // Bob rewrites it and every entry after it, re-signing each with the one key he has.
    rewriteAuditEntry(vault->database(), target, QStringLiteral("nothing to see"), *bobsKey());
    const AuditVerification bySignature = vault->audit().verify();
    ASSERT_FALSE(bySignature.intact());
    EXPECT_EQ(*bySignature.firstBrokenSeq, target);
    EXPECT_TRUE(bySignature.problem.contains(QStringLiteral("signed by bob's key, not by amira")))
        << bySignature.problem.toStdString();

    const AuditVerification byAnchor = vault->audit().verifyAgainst({anchor}, vault->vaultId());
    ASSERT_FALSE(byAnchor.intact());
    EXPECT_EQ(*byAnchor.firstBrokenSeq, target);
}

TEST_F(SignedAuditChainTest, KeepingTheOldSignatureOfARewrittenEntryIsCaught)
{
    auto vault = unlock(QStringLiteral("amira"));
    view(*vault, 3);
    const qint64 target = vault->audit().head(QStringLiteral("main")).seq - 1;
    vault->database().exec("DROP TRIGGER IF EXISTS audit_log_no_update;");
    // The entry changed and its hash recomputed (and the next entry's link), its signature left as it was.
    const QList<AuditEntry> entries = vault->audit().entries();
    AuditEntry changed = entries.at(target - 1);
    changed.details = QStringLiteral("nothing to see");
    const QByteArray hash = AuditLog::chainHash(changed.prevHash, changed);
    Statement update(vault->database(),
                     "UPDATE audit_log SET details = :details, hash = :hash WHERE seq = :seq;");
    update.bind(":details", changed.details).bindBlob(":hash", hash).bind(":seq", target).run();

    const AuditVerification result = vault->audit().verify();
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, target);
    EXPECT_TRUE(result.problem.contains(QStringLiteral("signature does not match")))
        << result.problem.toStdString();
}

TEST_F(SignedAuditChainTest, AnInsiderRewritingOnlyTheirOwnEntriesIsCaughtByTheAnchorAlone)
{
    auto vault = unlock(QStringLiteral("bob"));
    view(*vault, 24);
    const AuditAnchor anchor = vault->audit().anchor(vault->vaultId(), QStringLiteral("main"));
    const qint64 head = anchor.seq;

    // Every entry from the change on is bob's, re-signed with his own key: the signatures all check.
    rewriteAuditEntry(vault->database(), head - 3, QStringLiteral("nothing to see"), *bobsKey());
    EXPECT_TRUE(vault->audit().verify().intact());
    AuditVerification result = vault->audit().verifyAgainst({anchor}, vault->vaultId());
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, head - 3); // within the last eight entries: named exactly
    EXPECT_TRUE(
        result.problem.contains(QStringLiteral("entry %1 differs from the anchor made by bob").arg(head - 3)))
        << result.problem.toStdString();

    // Further back the anchor keeps sparser checkpoints (8, 16, … entries before its head): the first entry
    // that differs is placed between the last that matches and the first that does not.
    rewriteAuditEntry(vault->database(), head - 12, QStringLiteral("nothing here either"), *bobsKey());
    EXPECT_TRUE(vault->audit().verify().intact());
    result = vault->audit().verifyAgainst({anchor}, vault->vaultId());
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, head - 15);
    EXPECT_TRUE(result.problem.contains(
        QStringLiteral("an entry from %1 to %2 differs").arg(head - 15).arg(head - 8)))
        << result.problem.toStdString();
}

TEST_F(SignedAuditChainTest, AnEntryForgedUnderAnotherUsersNameIsNamed)
{
    auto vault = unlock(QStringLiteral("amira"));
    const qint64 forged = forgeAuditEntry(vault->database(), QStringLiteral("amira"), *bobsKey());
    const AuditVerification result = vault->audit().verify();
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, forged);
    EXPECT_TRUE(
        result.problem.contains(QStringLiteral("entry %1 is signed by bob's key, not by amira").arg(forged)))
        << result.problem.toStdString();
}

TEST_F(SignedAuditChainTest, AKeyRegisteredInTheVictimsNameByAnyoneElseIsRefused)
{
    auto vault = unlock(QStringLiteral("amira"));
    const qint64 before = vault->audit().head(QStringLiteral("main")).seq;
    // Bob makes a key of his own and registers it for amira, signing the registration with it.
    const SigningKey made(SecureBytes::random(SigningKey::seedBytes));
    forgeAuditEntry(vault->database(), QStringLiteral("amira"), made);
    const AuditVerification result = vault->audit().verify();
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, before + 1); // the registration
    EXPECT_TRUE(
        result.problem.contains(QStringLiteral("registers a signing key for amira that no earlier entry "
                                               "issued to them")))
        << result.problem.toStdString();
}

TEST_F(SignedAuditChainTest, AnAnchorOfAnotherVaultOrWithAnAlteredSignatureIsRefused)
{
    TempFolder elsewhere;
    AuditAnchor foreign;
    {
        auto other = Vault::create(elsewhere.path(QStringLiteral("other.lantern")),
                                   {QStringLiteral("amira"), QStringLiteral("Amira Haddad"), Role::Dsl},
                                   password(QStringLiteral("amira")), m_clock);
        foreign = other->audit().anchor(other->vaultId(), QStringLiteral("main"));
    }
    auto vault = unlock(QStringLiteral("amira"));
    const auto refusal = [&vault](const AuditAnchor& anchor) -> Error {
        try {
            vault->audit().verifyAgainst({anchor}, vault->vaultId());
        } catch (const Error& error) {
            return error;
        }
        return Error(ErrorKind::Internal, QStringLiteral("accepted"));
    };
    const Error fromElsewhere = refusal(foreign);
    EXPECT_EQ(fromElsewhere.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(fromElsewhere.message().contains(QStringLiteral("another vault")))
        << fromElsewhere.message().toStdString();

    AuditAnchor altered = vault->audit().anchor(vault->vaultId(), QStringLiteral("main"));
    altered.seq += 1;
    const Error changed = refusal(altered);
    EXPECT_EQ(changed.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(changed.message().contains(QStringLiteral("signature does not match")))
        << changed.message().toStdString();
}

TEST_F(SignedAuditChainTest, AnAnchorFileIsRecordedInTheChainAndReadsBackIntact)
{
    auto vault = unlock(QStringLiteral("amira"));
    view(*vault, 3);
    const QString path = m_temp.path(QStringLiteral("anchor.json"));
    // One anchor per chain the DSL holds that has entries: the directory's at the path given, the cases
    // chain's beside it; the adults register's chain is still empty.
    {
        Transaction transaction(vault->database());
        vault->audit().append(vault->user().username, QStringLiteral("pupil.directory.view"),
                              QStringLiteral("pupil"), QStringLiteral("directory"),
                              QStringLiteral("0 shown"));
        transaction.commit();
    }
    const QList<AuditAnchor> anchors = AuditAnchorWriter(*vault).write(path);
    ASSERT_EQ(anchors.size(), 2);
    const AuditAnchor written = anchors.last(); // "main", the directory's: the names sort cases, main
    EXPECT_EQ(written.chain, QStringLiteral("main"));
    EXPECT_TRUE(QFile::exists(m_temp.path(QStringLiteral("anchor.cases.json"))));
    EXPECT_FALSE(QFile::exists(m_temp.path(QStringLiteral("anchor.adults.json"))));
    const QList<AuditEntry> recorded = withAction(*vault, QStringLiteral("audit.anchor"));
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_TRUE(recorded.first().details.contains(path));
    EXPECT_EQ(recorded.first().seq, written.seq + 1);

    const AuditAnchor read = AuditAnchor::load(path);
    EXPECT_EQ(read.seq, written.seq);
    EXPECT_EQ(read.checkpoints.size(), AuditAnchor::checkpointSeqs(written.seq).size());
    view(*vault, 2); // the chain goes on after its anchor
    QList<AuditAnchor> everyChain;
    for (const AuditAnchor& each : anchors)
        everyChain.append(AuditAnchor::load(each.source));
    const AuditVerification result = vault->audit().verifyAgainst(everyChain, vault->vaultId());
    EXPECT_TRUE(result.intact()) << result.problem.toStdString();
    EXPECT_EQ(result.anchorsChecked, 2);

    // One changed hex digit in the file, and the anchor is refused.
    QByteArray json = fileBytes(path);
    const qsizetype at = json.indexOf("\"hash\": \"") + 9;
    json[at] = json.at(at) == '0' ? '1' : '0';
    writeFileAtomically(path, json);
    EXPECT_THROW(vault->audit().verifyAgainst({AuditAnchor::load(path)}, vault->vaultId()), Error);
}

TEST_F(SignedAuditChainTest, AChainFromBeforeSigningStillVerifiesAndContinuesSigned)
{
    makeLegacyAuditChain(folder(), insiderKeys(folder(), QStringLiteral("amira"), amiraPassword).masterKey);
    qint64 legacyEntries = 0;
    {
        auto vault = unlock(QStringLiteral("amira"));
        const QList<AuditEntry> entries = vault->audit().entries();
        while (legacyEntries < entries.size() && entries.at(legacyEntries).signature.isEmpty())
            ++legacyEntries;
        EXPECT_GE(legacyEntries, 3); // vault.create, user.add ×2, …
        ASSERT_LT(legacyEntries, entries.size());
        EXPECT_EQ(entries.at(legacyEntries).action, QStringLiteral("audit.key-registered"));
        for (qsizetype i = legacyEntries; i < entries.size(); ++i)
            EXPECT_FALSE(entries.at(i).signature.isEmpty()) << entries.at(i).seq;
        const AuditVerification result = vault->audit().verify();
        EXPECT_TRUE(result.intact()) << result.problem.toStdString();
    }
    // Bob, a user from before signing, registers his key at his first unlock.
    auto vault = unlock(QStringLiteral("bob"));
    EXPECT_EQ(withAction(*vault, QStringLiteral("audit.key-registered")).size(), 2);
    EXPECT_TRUE(vault->audit().verify().intact()) << vault->audit().verify().problem.toStdString();

    // Unsigned entries are history only: one added after signing began is not Lantern's.
    const qint64 added = appendUnsignedAuditEntry(vault->database(), QStringLiteral("amira"));
    const AuditVerification result = vault->audit().verify();
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, added);
    EXPECT_TRUE(result.problem.contains(QStringLiteral("is not signed"))) << result.problem.toStdString();
}

} // namespace
