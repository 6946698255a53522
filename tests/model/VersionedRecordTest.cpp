// Amendments, not overwrites, the same for every amendable record (records/VersionedRecord.h): a reason is
// required, an amendment that changes nothing is refused, both with the same message whatever the record;
// each version records its author, time and reason, and history reads oldest first, numbered from 1.
#include "records/VersionedRecord.h"

#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "records/DecisionRepository.h"
#include "records/VoiceRepository.h"
#include "storage/Database.h"
#include "support/AdultsFixture.h"

#include <functional>
#include <gtest/gtest.h>
#include <ostream>

using namespace lantern;
using namespace lantern::test;

namespace {

// One version as a record type reports it.
struct Stamp {
    int version = 0;
    QString amendedBy;
    QString amendReason;
    QDateTime amendedAt;
};

// What the test needs of each amendable record type.
struct Amendable {
    const char* name;
    const char* amendAction; // the audit entry an amendment writes
    std::function<qint64(Vault&, qint64 pupilId)> create;
    // An amendment that gives nothing to change.
    std::function<void(Vault&, qint64 id, const QString& reason)> amendNothing;
    // An amendment that gives fields, every one as it already is.
    std::function<void(Vault&, qint64 id, const QString& reason)> amendSame;
    // A real change; returns the id the record has afterwards (a manual chronology entry's new row).
    std::function<qint64(Vault&, qint64 id, const QString& reason)> amendChange;
    // Every version, oldest first.
    std::function<QList<Stamp>(Vault&, qint64 id, qint64 pupilId)> history;
};

// Names the record in test output instead of its bytes.
void PrintTo(const Amendable& record, std::ostream* out)
{
    *out << record.name;
}

PartialDate when(const char* text)
{
    return PartialDate::parse(QString::fromLatin1(text), QStringLiteral("test"));
}

template <typename Version> QList<Stamp> stamps(const QList<Version>& versions)
{
    QList<Stamp> result;
    for (const Version& version : versions)
        result.append({version.version, version.amendedBy, version.amendReason, version.amendedAt});
    return result;
}

NewConcern concernAbout(qint64 pupilId)
{
    NewConcern concern;
    concern.occurred = when("2026-11-24T14:03");
    concern.location = QStringLiteral("Playground");
    concern.children = {{pupilId, ChildRole::Subject, {}, {}}};
    concern.categoryIds = {QStringLiteral("neglect")};
    concern.account = QStringLiteral("Arrived without a coat; said she had not eaten since yesterday.");
    return concern;
}

NewDecision monitor()
{
    NewDecision decision;
    decision.outcome = QStringLiteral("monitor");
    decision.reasons = QStringLiteral("First concern; no injury");
    decision.parentsInformed = ParentsInformed::Yes;
    return decision;
}

VoiceContent voice()
{
    VoiceContent content;
    content.captured = when("2026-11-20");
    content.method = QStringLiteral("conversation");
    content.words = QStringLiteral("I like my teacher.");
    return content;
}

ManualChronologyEntry houseMove()
{
    ManualChronologyEntry entry;
    entry.when = when("2026-09");
    entry.type = QStringLiteral("house-move");
    entry.summary = QStringLiteral("Moved to her grandmother's");
    return entry;
}

QList<Amendable> amendables()
{
    QList<Amendable> all;

    all.append(
        {"concern", "concern.amend",
         [](Vault& vault, qint64 pupil) { return ConcernRepository(vault).record(concernAbout(pupil)); },
         [](Vault& vault, qint64 id, const QString& reason) {
             ConcernRepository(vault).amend(id, {}, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             const ConcernVersion current = ConcernRepository(vault).get(id).current;
             ConcernChanges changes;
             changes.occurred = current.occurred;
             changes.location = current.location;
             changes.children = current.children;
             changes.categoryIds = current.categoryIds;
             changes.account = current.account;
             changes.childWords = current.childWords;
             changes.bodyMap = current.bodyMap;
             changes.immediateAction = current.immediateAction;
             ConcernRepository(vault).amend(id, changes, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             ConcernChanges changes;
             changes.location = QStringLiteral("School gate");
             ConcernRepository(vault).amend(id, changes, reason);
             return id;
         },
         [](Vault& vault, qint64 id, qint64) { return stamps(ConcernRepository(vault).get(id).history); }});

    all.append(
        {"decision", "decision.amend",
         [](Vault& vault, qint64 pupil) {
             const qint64 concern = ConcernRepository(vault).record(concernAbout(pupil));
             return DecisionRepository(vault).add(concern, monitor());
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             DecisionRepository(vault).amend(id, {}, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             const DecisionVersion current = DecisionRepository(vault).get(id).current;
             DecisionChanges changes;
             changes.outcome = current.outcome;
             changes.reasons = current.reasons;
             changes.consulted = current.consulted;
             changes.parentsInformed = current.parentsInformed;
             changes.parentsNotInformedReason = current.parentsNotInformedReason;
             changes.reviewDate = current.reviewDate;
             DecisionRepository(vault).amend(id, changes, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             DecisionChanges changes;
             changes.reasons = QStringLiteral("First concern; no injury; attendance is good");
             DecisionRepository(vault).amend(id, changes, reason);
             return id;
         },
         [](Vault& vault, qint64 id, qint64) { return stamps(DecisionRepository(vault).get(id).history); }});

    all.append(
        {"voice entry", "voice.amend",
         [](Vault& vault, qint64 pupil) { return VoiceRepository(vault).add(pupil, voice()); },
         [](Vault& vault, qint64 id, const QString& reason) { VoiceRepository(vault).amend(id, {}, reason); },
         [](Vault& vault, qint64 id, const QString& reason) {
             VoiceChanges changes;
             changes.captured = voice().captured;
             changes.method = voice().method;
             changes.words = voice().words;
             changes.adaptations = QString();
             changes.wishesAndFeelings = QString();
             changes.toldWhatHappensNext = false;
             VoiceRepository(vault).amend(id, changes, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             VoiceChanges changes;
             changes.words = QStringLiteral("I like my teacher. She listens.");
             VoiceRepository(vault).amend(id, changes, reason);
             return id;
         },
         [](Vault& vault, qint64 id, qint64 pupil) {
             for (const VoiceEntry& entry : VoiceRepository(vault).list(pupil)) {
                 if (entry.id == id)
                     return stamps(entry.versions);
             }
             return QList<Stamp>();
         }});

    all.append(
        {"manual chronology entry", "chronology.amend",
         [](Vault& vault, qint64 pupil) { return ChronologyRepository(vault).addManual(pupil, houseMove()); },
         [](Vault& vault, qint64 id, const QString& reason) {
             ChronologyRepository(vault).amendManual(id, {}, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             ManualChronologyChanges changes;
             changes.when = houseMove().when;
             changes.type = houseMove().type;
             changes.summary = houseMove().summary;
             changes.source = QString();
             changes.whyItMatters = QString();
             changes.effectOnChild = QString();
             changes.significant = false;
             ChronologyRepository(vault).amendManual(id, changes, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             ManualChronologyChanges changes;
             changes.summary = QStringLiteral("Moved to her grandmother's, across town");
             return ChronologyRepository(vault).amendManual(id, changes, reason);
         },
         // Each version is its own entry; the older is superseded by the newer with the reason.
         [](Vault& vault, qint64 id, qint64 pupil) {
             ChronologyFilter filter;
             filter.includeSuperseded = true;
             QList<ChronologyEntry> chain;
             for (const ChronologyEntry& entry : ChronologyRepository(vault).entries(pupil, filter)) {
                 if (entry.sourceType == QLatin1String("manual"))
                     chain.append(entry);
             }
             QList<Stamp> result;
             QString reason;
             for (qsizetype i = 0; i < chain.size(); ++i) {
                 result.append({int(i + 1), chain[i].recordedBy, reason, chain[i].recordedAt});
                 reason = chain[i].amendReason;
                 if (chain[i].id == id)
                     break;
             }
             return result;
         }});

    all.append(
        {"adult's details", "adult.amend",
         [](Vault& vault, qint64) {
             NewAdult adult;
             adult.details.name = QStringLiteral("Daniel Okafor");
             return AdultRegister(vault).add(adult);
         },
         // An adult's details are amended as a whole: giving them unchanged is giving nothing.
         [](Vault& vault, qint64 id, const QString& reason) {
             AdultRegister(vault).amend(id, AdultRegister(vault).get(id).summary.details, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             AdultDetails details = AdultRegister(vault).get(id).summary.details;
             details.name = QStringLiteral("  Daniel   Okafor ");
             AdultRegister(vault).amend(id, details, reason);
         },
         [](Vault& vault, qint64 id, const QString& reason) {
             AdultDetails details = AdultRegister(vault).get(id).summary.details;
             details.leftOn = QDate(2026, 10, 31);
             AdultRegister(vault).amend(id, details, reason);
             return id;
         },
         [](Vault& vault, qint64 id, qint64) { return stamps(AdultRegister(vault).get(id).history); }});

    all.append({"low-level concern about an adult", "adult.concern.amend",
                [](Vault& vault, qint64) {
                    NewAdult adult;
                    adult.details.name = QStringLiteral("Lan Nguyen");
                    ReportedAdultConcern concern;
                    concern.adult.adultId = AdultRegister(vault).add(adult);
                    concern.content.occurred = when("2026-10");
                    concern.content.account = QStringLiteral("Shouted at a pupil.");
                    return AdultConcernRepository(vault).record(concern);
                },
                [](Vault& vault, qint64 id, const QString& reason) {
                    AdultConcernRepository(vault).amend(id, {}, reason);
                },
                [](Vault& vault, qint64 id, const QString& reason) {
                    AdultConcernChanges changes;
                    changes.occurred = when("2026-10");
                    changes.account = QStringLiteral("Shouted at a pupil.");
                    changes.response = QString();
                    changes.selfReport = false;
                    changes.reporterWithheld = false;
                    AdultConcernRepository(vault).amend(id, changes, reason);
                },
                [](Vault& vault, qint64 id, const QString& reason) {
                    AdultConcernChanges changes;
                    changes.response = QStringLiteral("Spoke to Lan the same day.");
                    AdultConcernRepository(vault).amend(id, changes, reason);
                    return id;
                },
                [](Vault& vault, qint64 id, qint64) {
                    for (const AdultConcern& concern :
                         AdultRegister(vault).get(AdultRegister(vault).list().first().id).concerns) {
                        if (concern.id == id)
                            return stamps(concern.history);
                    }
                    return QList<Stamp>();
                }});
    return all;
}

class VersionedRecordTest : public AdultsFixture, public ::testing::WithParamInterface<Amendable> {
protected:
    void SetUp() override
    {
        AdultsFixture::SetUp();
        Statement insert(dsl().database(),
                         "INSERT INTO pupils (legal_forename, legal_surname, date_of_birth, sex, created_at, "
                         "updated_at) VALUES ('Amy', 'Okafor', '2015-04-01', 'F', :now, :now);");
        insert.bind(":now", isoUtc(m_clock.nowUtc()));
        insert.run();
        pupil = dsl().database().lastInsertId();
        id = GetParam().create(dsl(), pupil);
    }

    // The message of the error `action` throws (InvalidInput), or a failure.
    static QString refusal(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::InvalidInput) << error.message().toStdString();
            return error.message();
        }
        ADD_FAILURE() << "the amendment was accepted";
        return {};
    }

    qint64 amendCount() { return auditEntries(dsl(), QString::fromLatin1(GetParam().amendAction)).size(); }

    qint64 pupil = 0;
    qint64 id = 0;
};

TEST_P(VersionedRecordTest, AnAmendmentWithoutAReasonIsRefusedWithTheSameMessage)
{
    const Amendable& record = GetParam();
    for (const QString& reason : {QString(), QStringLiteral("   \n ")}) {
        EXPECT_EQ(refusal([&] { record.amendChange(dsl(), id, reason); }),
                  AmendmentRules::reasonRequiredMessage());
    }
    EXPECT_EQ(record.history(dsl(), id, pupil).size(), 1);
    EXPECT_EQ(amendCount(), 0);
}

TEST_P(VersionedRecordTest, AnAmendmentThatGivesNothingIsRefusedWithTheSameMessage)
{
    const Amendable& record = GetParam();
    EXPECT_EQ(refusal([&] { record.amendNothing(dsl(), id, QStringLiteral("Checked it")); }),
              AmendmentRules::nothingChangedMessage());
    EXPECT_EQ(record.history(dsl(), id, pupil).size(), 1);
    EXPECT_EQ(amendCount(), 0);
}

TEST_P(VersionedRecordTest, AnAmendmentThatGivesEverythingAsItWasIsRefusedWithTheSameMessage)
{
    const Amendable& record = GetParam();
    EXPECT_EQ(refusal([&] { record.amendSame(dsl(), id, QStringLiteral("Checked it")); }),
              AmendmentRules::nothingChangedMessage());
    EXPECT_EQ(record.history(dsl(), id, pupil).size(), 1);
    EXPECT_EQ(amendCount(), 0);
}

TEST_P(VersionedRecordTest, EachVersionKeepsItsAuthorTimeAndReasonOldestFirst)
{
    const Amendable& record = GetParam();
    const QDateTime created = m_clock.nowUtc();
    m_clock.advanceSeconds(5 * 60);
    const qint64 current = record.amendChange(dsl(), id, QStringLiteral("  Corrected by the reporter  "));
    // The same change again changes nothing.
    m_clock.advanceSeconds(5 * 60);
    EXPECT_EQ(refusal([&] { record.amendChange(dsl(), current, QStringLiteral("Again")); }),
              AmendmentRules::nothingChangedMessage());

    const QList<Stamp> history = record.history(dsl(), current, pupil);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].version, 1);
    EXPECT_EQ(history[0].amendedBy, QStringLiteral("dsl"));
    EXPECT_TRUE(history[0].amendReason.isEmpty());
    EXPECT_EQ(history[0].amendedAt, created);
    EXPECT_EQ(history[1].version, 2);
    EXPECT_EQ(history[1].amendedBy, QStringLiteral("dsl"));
    EXPECT_EQ(history[1].amendReason, QStringLiteral("Corrected by the reporter"));
    EXPECT_EQ(history[1].amendedAt, created.addSecs(5 * 60));
    EXPECT_EQ(amendCount(), 1);
}

INSTANTIATE_TEST_SUITE_P(EveryAmendableRecord, VersionedRecordTest, ::testing::ValuesIn(amendables()),
                         [](const ::testing::TestParamInfo<Amendable>& test) {
                             QString name = QString::fromLatin1(test.param.name);
                             name.replace(QRegularExpression(QStringLiteral("[^A-Za-z]")), QString());
                             return name.toStdString();
                         });

} // namespace
