// The adults register's records: low-level concerns amended without losing the original, reviews, the pattern
// prompt and the LADO consultation that clears it, and the audit entries each leaves.
#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "adults/AdultsSettings.h"
#include "adults/LadoConsultationRepository.h"
#include "adults/PatternPrompt.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "support/AdultsFixture.h"

#include <algorithm>
#include <map>

using namespace lantern;
using namespace lantern::test;

namespace {

// The last entry of each audit chain open in `vault` (each store keeps its own chain, numbered from 1).
std::map<QString, qint64> lastSeqs(Vault& vault)
{
    std::map<QString, qint64> last;
    for (const AuditEntry& entry : vault.audit().entries())
        last[entry.chain] = std::max(last[entry.chain], entry.seq);
    return last;
}

// The actions written to any chain after `after` (lastSeqs).
QStringList actionsSince(Vault& vault, const std::map<QString, qint64>& after)
{
    QStringList actions;
    for (const AuditEntry& entry : vault.audit().entries()) {
        const auto seen = after.find(entry.chain);
        if (seen == after.end() || entry.seq > seen->second)
            actions.append(entry.action);
    }
    return actions;
}

class AdultsRegisterTest : public AdultsFixture {
protected:
    void SetUp() override
    {
        AdultsFixture::SetUp();
        adult = addAdult("Daniel Okafor");
    }

    qint64 adult = 0;
};

TEST_F(AdultsRegisterTest, AConcernKeepsWhoReportedWhenAndWhatWasDone)
{
    ReportedAdultConcern concern;
    concern.adult.adultId = adult;
    concern.content = content("2026-10", "Called a pupil by a nickname the pupil dislikes.");
    concern.content.response = QStringLiteral("Spoke to Daniel the same day.");
    concern.content.reporterWithheld = true;
    concern.reporterUsername = QStringLiteral("staff");
    const qint64 id = AdultConcernRepository(dsl()).record(concern);

    const Adult read = AdultRegister(dsl()).get(adult);
    ASSERT_EQ(read.concerns.size(), 1);
    const AdultConcern& stored = read.concerns.first();
    EXPECT_EQ(stored.id, id);
    EXPECT_EQ(stored.recordedBy, QStringLiteral("dsl"));
    EXPECT_EQ(stored.reporterUsername, QStringLiteral("staff"));
    EXPECT_EQ(stored.current.content.reporterName, QString::fromUtf8("Nguyễn Thị Lan"));
    EXPECT_TRUE(stored.current.content.reporterWithheld);
    EXPECT_FALSE(stored.current.content.selfReport);
    EXPECT_EQ(stored.current.content.occurred.precision(), PartialDate::Precision::Month);
    EXPECT_EQ(stored.current.content.response, QStringLiteral("Spoke to Daniel the same day."));
    EXPECT_EQ(stored.recordedAt, fixedNow());
}

TEST_F(AdultsRegisterTest, ASelfReportNeedsNoOtherReporter)
{
    ReportedAdultConcern concern;
    concern.adult.name = QStringLiteral("Nguyễn Thị Lan");
    concern.content = content("2026-11-20", "I hugged a crying pupil; reporting it myself.");
    concern.content.selfReport = true;
    concern.reporterUsername = QStringLiteral("staff"); // she told the DSL, who recorded it
    AdultConcernRepository(dsl()).record(concern);

    const QList<AdultSummary> register_ = AdultRegister(dsl()).list();
    ASSERT_EQ(register_.size(), 2); // a new entry for her, beside Daniel's
    const Adult lan = AdultRegister(dsl()).get(register_.at(1).id);
    EXPECT_EQ(lan.summary.details.name, QString::fromUtf8("Nguyễn Thị Lan"));
    EXPECT_TRUE(lan.concerns.first().current.content.selfReport);
}

TEST_F(AdultsRegisterTest, RecordingRefusesWhatIsMissingOrInTheFuture)
{
    ReportedAdultConcern concern;
    concern.adult.adultId = adult;
    concern.content = content("2026-10-01", "  ");
    EXPECT_THROW(AdultConcernRepository(dsl()).record(concern), Error);
    concern.content = content("2026-12-01", "Something");
    EXPECT_THROW(AdultConcernRepository(dsl()).record(concern), Error);
    // It is 09:30 in school: 10:15 today has not happened yet; 09:30 has.
    concern.content = content("2026-11-25T10:15", "Something");
    try {
        AdultConcernRepository(dsl()).record(concern);
        FAIL() << "a time later today was accepted";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("in the future")))
            << error.message().toStdString();
    }
    concern.content = content("2026-11-25T09:30", "Something that just happened");
    EXPECT_GT(AdultConcernRepository(dsl()).record(concern), 0);
    concern.adult.adultId.reset();
    concern.content = content("2026-10-01", "Something");
    EXPECT_THROW(AdultConcernRepository(as(QStringLiteral("deputy"))).record(concern), Error); // no name
}

TEST_F(AdultsRegisterTest, AnAmendmentKeepsTheOriginal)
{
    const qint64 id = concernAbout(adult, "2026-10-01", "Shouted at a pupil in the corridor.");
    AdultConcernChanges corrected = changesTo("Shouted at a pupil in the dining hall.");
    corrected.occurred = PartialDate::day(QDate(2026, 9, 30));
    EXPECT_EQ(AdultConcernRepository(dsl()).amend(id, corrected,
                                                  QStringLiteral("The reporter corrected the place "
                                                                 "and day.")),
              2);
    EXPECT_THROW(AdultConcernRepository(dsl()).amend(id, corrected, QStringLiteral("  ")), Error);
    EXPECT_THROW(AdultConcernRepository(dsl()).amend(id, {}, QStringLiteral("Nothing")), Error);

    const AdultConcern read = AdultRegister(dsl()).get(adult).concerns.first();
    ASSERT_EQ(read.history.size(), 2);
    EXPECT_EQ(read.history.at(0).content.account, QStringLiteral("Shouted at a pupil in the corridor."));
    EXPECT_EQ(read.history.at(0).content.occurred.value(), QStringLiteral("2026-10-01"));
    EXPECT_EQ(read.current.content.account, QStringLiteral("Shouted at a pupil in the dining hall."));
    EXPECT_EQ(read.current.amendReason, QStringLiteral("The reporter corrected the place and day."));
    // The reporter is carried over when the amendment does not name one.
    EXPECT_EQ(read.current.content.reporterName, read.history.at(0).content.reporterName);
}

TEST_F(AdultsRegisterTest, ReviewsAreAppendedByTheHeadOrTheDsl)
{
    const qint64 id = concernAbout(adult, "2026-10-01");
    EXPECT_EQ(summaryOf(dsl(), adult).unreviewedCount, 1);
    AdultConcernRepository(as(QStringLiteral("head")))
        .review(id, QDate(2026, 11, 2), QStringLiteral("Noted."));
    AdultConcernRepository(dsl()).review(id, QDate(2026, 11, 24), QStringLiteral("No repeat since."));
    EXPECT_THROW(AdultConcernRepository(dsl()).review(id, QDate(2026, 11, 26), QStringLiteral("Future")),
                 Error);

    const AdultConcern read = AdultRegister(dsl()).get(adult).concerns.first();
    ASSERT_EQ(read.reviews.size(), 2);
    EXPECT_EQ(read.reviews.at(0).reviewer, QStringLiteral("head"));
    EXPECT_EQ(read.reviews.at(1).notes, QStringLiteral("No repeat since."));
    EXPECT_EQ(summaryOf(dsl(), adult).unreviewedCount, 0);
}

TEST_F(AdultsRegisterTest, ThePatternPromptAppearsAtTheThresholdAndNotBelow)
{
    const qint64 first = concernAbout(adult, "2026-01-10");
    EXPECT_FALSE(summaryOf(dsl(), adult).patternPrompt) << "one concern is not a pattern";

    // The default threshold is 2 within 365 days.
    const qint64 second = concernAbout(adult, "2026-06-01");
    const AdultSummary prompted = summaryOf(dsl(), adult);
    EXPECT_TRUE(prompted.patternPrompt);
    EXPECT_EQ(prompted.promptConcernIds, (QList<qint64>{first, second}));

    // A threshold of 3: two concerns are below it, the third meets it.
    AdultsRegisterSettings settings;
    settings.patternThreshold = 3;
    AdultsSettings(dsl()).set(settings);
    EXPECT_FALSE(summaryOf(dsl(), adult).patternPrompt);
    concernAbout(adult, "2026-11-01");
    EXPECT_TRUE(summaryOf(dsl(), adult).patternPrompt);

    // The period counts: no three of them fall within 200 days.
    settings.patternPeriodDays = 200;
    AdultsSettings(dsl()).set(settings);
    EXPECT_FALSE(summaryOf(dsl(), adult).patternPrompt);
}

TEST_F(AdultsRegisterTest, ALadoConsultationClearsThePromptForTheConcernsItConsidered)
{
    const qint64 first = concernAbout(adult, "2026-09-01");
    const qint64 second = concernAbout(adult, "2026-10-01");
    ASSERT_TRUE(summaryOf(dsl(), adult).patternPrompt);

    NewLadoConsultation consultation;
    consultation.consultedOn = QDate(2026, 11, 20);
    consultation.ladoName = QStringLiteral("Priya Raman");
    consultation.advice =
        QStringLiteral("Below the harm threshold; manage under the low-level concerns policy.");
    consultation.outcome = LadoOutcome::BelowThreshold;
    const qint64 id = LadoConsultationRepository(dsl()).record(adult, consultation);
    EXPECT_FALSE(summaryOf(dsl(), adult).patternPrompt);

    const Adult read = AdultRegister(dsl()).get(adult);
    ASSERT_EQ(read.consultations.size(), 1);
    EXPECT_EQ(read.consultations.first().concernIds, (QList<qint64>{first, second}));
    EXPECT_EQ(read.consultations.first().ladoName, QStringLiteral("Priya Raman"));
    EXPECT_EQ(read.concerns.first().consultationId, id);

    // Nothing left to consider; a new concern starts a new count.
    EXPECT_THROW(LadoConsultationRepository(dsl()).record(adult, consultation), Error);
    concernAbout(adult, "2026-11-10");
    EXPECT_FALSE(summaryOf(dsl(), adult).patternPrompt);
    concernAbout(adult, "2026-11-11");
    EXPECT_TRUE(summaryOf(dsl(), adult).patternPrompt);
}

TEST_F(AdultsRegisterTest, AConsultationNeedsTheLadoAndTheAdvice)
{
    concernAbout(adult, "2026-09-01");
    NewLadoConsultation consultation;
    consultation.consultedOn = QDate(2026, 11, 20);
    consultation.advice = QStringLiteral("Advice");
    EXPECT_THROW(LadoConsultationRepository(dsl()).record(adult, consultation), Error);
    consultation.ladoName = QStringLiteral("Priya Raman");
    consultation.concernIds = {9999};
    EXPECT_THROW(LadoConsultationRepository(dsl()).record(adult, consultation), Error);
}

TEST_F(AdultsRegisterTest, EveryChangeAndEveryViewIsAudited)
{
    Vault& vault = dsl();
    const std::map<QString, qint64> before = lastSeqs(vault);
    const qint64 id = concernAbout(adult, "2026-09-01");
    AdultConcernRepository(vault).amend(id, changesTo("Corrected"), QStringLiteral("Typo"));
    AdultConcernRepository(vault).review(id, QDate(2026, 11, 20), QStringLiteral("Reviewed"));
    LadoConsultationRepository(vault).record(adult, {QDate(2026, 11, 20),
                                                     QStringLiteral("Priya Raman"),
                                                     QStringLiteral("Advice"),
                                                     LadoOutcome::Disciplinary,
                                                     {}});
    AdultRegister(vault).list();
    AdultRegister(vault).get(adult);
    AdultsSettings(vault).set({});
    AdultDetails details{QStringLiteral("Daniel Okafor"), AdultRole::Supply, QDate(2026, 11, 1)};
    AdultRegister(vault).amend(adult, details, QStringLiteral("Left"));
    EXPECT_EQ(actionsSince(vault, before),
              (QStringList{QStringLiteral("adult.concern.add"), QStringLiteral("adult.concern.amend"),
                           QStringLiteral("adult.concern.review"), QStringLiteral("adult.lado.add"),
                           QStringLiteral("adult.list.view"), QStringLiteral("adult.view"),
                           QStringLiteral("adults.settings.change"), QStringLiteral("adult.amend")}));
    EXPECT_TRUE(vault.audit().verify().intact());
}

TEST_F(AdultsRegisterTest, AdultDetailsAreVersionedToo)
{
    AdultDetails details{QStringLiteral("Daniel Okafor"), AdultRole::Staff, QDate(2026, 7, 31)};
    AdultRegister(dsl()).amend(adult, details, QStringLiteral("Left at the end of the summer term"));
    const Adult read = AdultRegister(dsl()).get(adult);
    ASSERT_EQ(read.history.size(), 2);
    EXPECT_FALSE(read.history.first().details.leftOn.has_value());
    EXPECT_EQ(read.summary.details.leftOn, QDate(2026, 7, 31));
}

TEST(PatternPromptTest, TheWindowSlidesOverTheDates)
{
    using D = PatternPrompt::DatedConcern;
    const QList<D> concerns{{1, QDate(2025, 1, 1)}, {2, QDate(2025, 6, 1)}, {3, QDate(2026, 3, 1)}};
    EXPECT_TRUE(PatternPrompt::concernsInPattern(concerns, 2, 100).isEmpty());
    EXPECT_EQ(PatternPrompt::concernsInPattern(concerns, 2, 200), (QList<qint64>{1, 2}));
    EXPECT_EQ(PatternPrompt::concernsInPattern(concerns, 2, 300), (QList<qint64>{1, 2, 3}));
    // 1 January 2025 to 1 March 2026 is 424 days.
    EXPECT_TRUE(PatternPrompt::concernsInPattern(concerns, 3, 424).isEmpty());
    EXPECT_EQ(PatternPrompt::concernsInPattern(concerns, 3, 425), (QList<qint64>{1, 2, 3}));
    EXPECT_TRUE(PatternPrompt::concernsInPattern({{1, QDate(2025, 1, 1)}}, 1, 100).isEmpty());
}

} // namespace
