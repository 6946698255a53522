// The audit chain: it verifies when whole and names the first broken link when edited, deleted or reordered.
#include "audit/AuditLog.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TestSupport.h"

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
