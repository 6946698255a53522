// Retention of the adults register: kept at least until the adult leaves; due the configured months after;
// deleted only by the explicit retention action, which leaves a tombstone in the audit chain.
#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "adults/AdultRetention.h"
#include "adults/AdultsSettings.h"
#include "adults/LadoConsultationRepository.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "storage/Database.h"
#include "support/AdultsFixture.h"

using namespace lantern;
using namespace lantern::test;

namespace {

class AdultsRetentionTest : public AdultsFixture {
protected:
    void leaves(qint64 adultId, const char* name, const QDate& on)
    {
        AdultDetails details{QString::fromUtf8(name), AdultRole::Supply, on};
        AdultRegister(dsl()).amend(adultId, details, QStringLiteral("Left"));
    }

    // Rows of `table` in the register `vault` keeps (the adults store, or the chair's headteacher store).
    int rows(const char* table) { return rows(dsl(), table); }
    int rows(Vault& vault, const char* table)
    {
        const QByteArray sql = QByteArray("SELECT COUNT(*) FROM ") + table + ";";
        Statement query(vault.database(), sql.constData());
        query.step();
        return static_cast<int>(query.integer(0));
    }

    void setRetentionMonths(int months)
    {
        AdultsRegisterSettings settings;
        settings.retentionMonthsAfterLeaving = months;
        AdultsSettings(dsl()).set(settings);
    }
};

TEST_F(AdultsRetentionTest, RecordsAreKeptUntilTheAdultLeavesAndTheConfiguredPeriodIsOver)
{
    const qint64 stays = addAdult("Daniel Okafor");
    const qint64 left = addAdult("Marta Kowalska", AdultRole::Supply);
    const qint64 leavesLater = addAdult("Aoife Byrne", AdultRole::Volunteer);
    concernAbout(stays, "2026-01-05");
    concernAbout(left, "2026-02-05");
    leaves(left, "Marta Kowalska", QDate(2026, 3, 31));
    leaves(leavesLater, "Aoife Byrne", QDate(2026, 12, 19)); // a leaving date in the future

    setRetentionMonths(6);
    QList<RetentionDue> due = AdultRetention(dsl()).due();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().adultId, left);
    EXPECT_EQ(due.first().dueOn, QDate(2026, 9, 30));
    EXPECT_EQ(due.first().concernCount, 1);

    setRetentionMonths(12);
    EXPECT_TRUE(AdultRetention(dsl()).due().isEmpty());
    EXPECT_THROW(AdultRetention(dsl()).remove(left), Error);
    EXPECT_THROW(AdultRetention(dsl()).remove(stays), Error) << "never before the adult leaves";
}

TEST_F(AdultsRetentionTest, DeletionRemovesEverythingAndLeavesATombstone)
{
    const qint64 adult = addAdult("Marta Kowalska", AdultRole::Supply);
    const qint64 concern = concernAbout(adult, "2026-02-05");
    concernAbout(adult, "2026-02-06");
    AdultConcernRepository(dsl()).amend(concern, changesTo("Corrected"), QStringLiteral("Typo"));
    AdultConcernRepository(dsl()).review(concern, QDate(2026, 2, 10), QStringLiteral("Reviewed"));
    LadoConsultationRepository(dsl()).record(adult, {QDate(2026, 2, 12),
                                                     QStringLiteral("Priya Raman"),
                                                     QStringLiteral("Below threshold"),
                                                     LadoOutcome::BelowThreshold,
                                                     {}});
    leaves(adult, "Marta Kowalska", QDate(2026, 3, 31));

    AdultRetention(dsl()).remove(adult);

    for (const char* table : {"adults", "adult_versions", "adult_concerns", "adult_concern_versions",
                              "adult_concern_reviews", "lado_consultations", "lado_consultation_concerns"})
        EXPECT_EQ(rows(table), 0) << table;
    EXPECT_THROW(AdultRegister(dsl()).get(adult), Error);

    const QList<AuditEntry> tombstones = auditEntries(dsl(), QStringLiteral("adult.retention.delete"));
    ASSERT_EQ(tombstones.size(), 1);
    EXPECT_EQ(tombstones.first().objectId, QString::number(adult));
    EXPECT_EQ(tombstones.first().actor, QStringLiteral("dsl"));
    EXPECT_TRUE(tombstones.first().details.contains(QStringLiteral("left 2026-03-31")));
    EXPECT_TRUE(
        tombstones.first().details.contains(QStringLiteral("2 concern(s) (3 version(s)), 1 review(s), 1 "
                                                           "LADO consultation(s)")));
    EXPECT_FALSE(tombstones.first().details.contains(QStringLiteral("Kowalska")))
        << "no name in the tombstone";
    EXPECT_TRUE(dsl().audit().verify().intact());
}

TEST_F(AdultsRetentionTest, AnAllegationOutcomeIsNotDeletedUnderTheLowLevelRule)
{
    const qint64 adult = addAdult("Marta Kowalska", AdultRole::Supply);
    concernAbout(adult, "2026-02-05");
    LadoConsultationRepository(dsl()).record(adult, {QDate(2026, 2, 12),
                                                     QStringLiteral("Priya Raman"),
                                                     QStringLiteral("Meets the threshold"),
                                                     LadoOutcome::Allegation,
                                                     {}});
    leaves(adult, "Marta Kowalska", QDate(2026, 3, 31));
    EXPECT_TRUE(AdultRetention(dsl()).due().isEmpty());
    EXPECT_THROW(AdultRetention(dsl()).remove(adult), Error);
    EXPECT_EQ(rows("adult_concerns"), 1);
}

TEST_F(AdultsRetentionTest, TheHeadteachersRecordsAreDueOnlyToTheChair)
{
    const qint64 head = addHeadteacher();
    ReportedAdultConcern concern;
    concern.adult.isHeadteacher = true;
    concern.content = content("2026-02-05", "Something about the head.");
    concern.reporterUsername = QStringLiteral("staff"); // told the chair, who alone holds the key
    AdultConcernRepository(as(QStringLiteral("chair"))).record(concern);
    AdultRegister(as(QStringLiteral("chair")))
        .amend(head, {QStringLiteral("Grace Mensah"), AdultRole::Staff, QDate(2026, 8, 31)},
               QStringLiteral("Retired"));

    EXPECT_TRUE(AdultRetention(dsl()).due().isEmpty());
    EXPECT_THROW(AdultRetention(dsl()).remove(head), Error);
    ASSERT_EQ(AdultRetention(as(QStringLiteral("chair"))).due().size(), 1);
    AdultRetention(as(QStringLiteral("chair"))).remove(head);
    EXPECT_EQ(rows(as(QStringLiteral("chair")), "adults"), 0);
    EXPECT_EQ(rows(as(QStringLiteral("chair")), "adult_concerns"), 0);
}

} // namespace
