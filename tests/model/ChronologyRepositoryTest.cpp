// A child's chronology as the DSL team reads and keeps it: order, dates with precision, filters, amendments,
// who may see it, and the text, JSON and CSV it prints as.
#include "records/ChronologyRepository.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "records/ChronologyFormatter.h"
#include "records/ChronologyWriter.h"
#include "records/ConcernRepository.h"
#include "records/SearchIndex.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace lantern;
using namespace lantern::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

qint64 insertPupil(Vault& vault, const QString& forename, const QString& surname, const QString& upn = {})
{
    return addTestPupil(vault, TestPupil(forename, surname).withUpn(upn));
}

ManualChronologyEntry manual(const char* when, const char* type, const char* summary,
                             bool significant = false)
{
    ManualChronologyEntry entry;
    entry.when = PartialDate::parse(QString::fromUtf8(when), QStringLiteral("test"));
    entry.type = QString::fromLatin1(type);
    entry.summary = QString::fromUtf8(summary);
    entry.significant = significant;
    return entry;
}

QStringList summaries(const QList<ChronologyEntry>& entries)
{
    QStringList list;
    for (const ChronologyEntry& entry : entries)
        list.append(entry.summary);
    return list;
}

class ChronologyRepositoryTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        pupil = insertPupil(dsl(), s("Zoë"), s("Nguyễn"), QStringLiteral("B801200005001"));
    }

    qint64 add(const ManualChronologyEntry& entry)
    {
        return ChronologyRepository(dsl()).addManual(pupil, entry);
    }
    QList<ChronologyEntry> read(const ChronologyFilter& filter = {})
    {
        return ChronologyRepository(dsl()).entries(pupil, filter);
    }
    // What a concern's recording puts in the chronology (ConcernRepository calls ChronologyWriter the same
    // way).
    qint64 concernEntry(const char* when, const char* summary, bool significant)
    {
        Database& db = dsl().database();
        Transaction transaction(db);
        ChronologyWriter::Entry entry;
        entry.pupilId = pupil;
        entry.when = PartialDate::parse(QString::fromUtf8(when), QStringLiteral("test"));
        entry.type = QStringLiteral("concern");
        entry.summary = QString::fromUtf8(summary);
        entry.sourceType = QStringLiteral("concern");
        entry.sourceId = 1;
        entry.significant = significant;
        const qint64 id = ChronologyWriter(db, QStringLiteral("staff"), isoUtc(m_clock.nowUtc())).add(entry);
        transaction.commit();
        return id;
    }

    qint64 pupil = 0;
};

TEST_F(ChronologyRepositoryTest, EventsAreInDateOrderAndABackdatedEntryFallsIntoPlace)
{
    add(manual("2026-05-10", "house-move", "Moved to her aunt's flat"));
    add(manual("2026-09-01", "exclusion", "Fixed-term suspension, two days"));
    m_clock.advanceSeconds(3600);
    // Recorded last, but it happened first.
    add(manual("2026-03-05", "bereavement", "Grandmother died", true));

    EXPECT_EQ(summaries(read()), (QStringList{s("Grandmother died"), s("Moved to her aunt's flat"),
                                              s("Fixed-term suspension, two days")}));
}

TEST_F(ChronologyRepositoryTest, EventsOnTheSameDateKeepTheOrderTheyWereRecordedIn)
{
    add(manual("2026-05-10", "police-contact", "Police called to the home"));
    concernEntry("2026-05-10", "Concern: arrived upset and hungry", true);
    add(manual("2026-05-10", "health", "Seen by the school nurse"));

    EXPECT_EQ(summaries(read()),
              (QStringList{s("Police called to the home"), s("Concern: arrived upset and hungry"),
                           s("Seen by the school nurse")}));
}

TEST_F(ChronologyRepositoryTest, AMonthOnlyEntrySortsAtTheMonthsStartAndSaysMarch2026)
{
    add(manual("2026-03-15", "health", "Hospital appointment"));
    add(manual("2026-02-28", "family-change", "Father left the family home"));
    add(manual("2026-03", "house-move", "Moved in with grandparents"));

    const QList<ChronologyEntry> entries = read();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[1].summary, s("Moved in with grandparents"));
    EXPECT_EQ(entries[1].when.precision(), PartialDate::Precision::Month);
    EXPECT_EQ(entries[1].when.display(), s("March 2026"));
    EXPECT_EQ(entries[2].when.display(), s("15 March 2026"));
    const QStringList lines = ChronologyFormatter::text(entries).split(QLatin1Char('\n'));
    EXPECT_TRUE(lines[1].startsWith(s("  March 2026 "))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(s("House move"))) << lines[1].toStdString();
}

TEST_F(ChronologyRepositoryTest, FiltersByDatesSignificanceAndType)
{
    add(manual("2026-01-20", "health", "Asthma review"));
    add(manual("2026-03", "house-move", "Moved in with grandparents", true));
    add(manual("2026-04-02", "missing-episode", "Missing overnight, found next morning", true));
    concernEntry("2026-06-11", "Concern: bruise on arm", true);
    add(manual("2026-10-01", "other", "Started at the breakfast club"));

    ChronologyFilter range;
    range.from = QDate(2026, 3, 15); // "March 2026" may have been after the 15th, so it stays in
    range.to = QDate(2026, 6, 11);
    EXPECT_EQ(summaries(read(range)),
              (QStringList{s("Moved in with grandparents"), s("Missing overnight, found next morning"),
                           s("Concern: bruise on arm")}));

    ChronologyFilter significant;
    significant.significantOnly = true;
    EXPECT_EQ(read(significant).size(), 3);

    ChronologyFilter types;
    types.types = QStringList{QStringLiteral("concern"), QStringLiteral("health")};
    EXPECT_EQ(summaries(read(types)), (QStringList{s("Asthma review"), s("Concern: bruise on arm")}));

    ChronologyFilter nothing;
    nothing.to = QDate(2025, 12, 31);
    EXPECT_TRUE(read(nothing).isEmpty());
}

TEST_F(ChronologyRepositoryTest, AnAmendedEntryIsHiddenUnlessAskedForAndKeepsItsReason)
{
    const qint64 original = add(manual("2026-05-10", "house-move", "Moved to her aunt's flat"));
    m_clock.advanceSeconds(600);
    ManualChronologyChanges changes;
    changes.summary = s("Moved to her uncle's flat");
    changes.significant = true;
    const qint64 replacement = ChronologyRepository(as(QStringLiteral("deputy")))
                                   .amendManual(original, changes, s("Wrong relative named"));

    const QList<ChronologyEntry> current = read();
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current[0].id, replacement);
    EXPECT_EQ(current[0].summary, s("Moved to her uncle's flat"));
    EXPECT_EQ(current[0].type, QStringLiteral("house-move")); // carried over
    EXPECT_EQ(current[0].when.display(), s("10 May 2026"));
    EXPECT_TRUE(current[0].significant);
    EXPECT_EQ(current[0].recordedBy, QStringLiteral("deputy"));

    ChronologyFilter all;
    all.includeSuperseded = true;
    const QList<ChronologyEntry> everything = read(all);
    ASSERT_EQ(everything.size(), 2);
    EXPECT_EQ(everything[0].summary, s("Moved to her aunt's flat"));
    EXPECT_FALSE(everything[0].isCurrent());
    EXPECT_EQ(everything[0].supersededBy, replacement);
    EXPECT_EQ(everything[0].amendReason, s("Wrong relative named"));
    EXPECT_EQ(everything[0].recordedBy, QStringLiteral("dsl"));
    EXPECT_TRUE(ChronologyFormatter::text(everything).contains(s("[superseded: Wrong relative named]")));

    // The old entry cannot be amended again, and an amendment needs a reason.
    EXPECT_THROW(ChronologyRepository(dsl()).amendManual(original, changes, s("again")), Error);
    try {
        ChronologyRepository(dsl()).amendManual(replacement, changes, QStringLiteral("  "));
        FAIL() << "amended without a reason";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().startsWith(QStringLiteral("Reason"))) << error.message().toStdString();
    }
}

TEST_F(ChronologyRepositoryTest, AnEntryFromAConcernIsAmendedThroughTheConcernNotHere)
{
    const qint64 id = concernEntry("2026-05-10", "Concern: arrived upset", false);
    ManualChronologyChanges changes;
    changes.summary = s("edited");
    try {
        ChronologyRepository(dsl()).amendManual(id, changes, s("typo"));
        FAIL() << "an automatic entry was amended directly";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("amend the concern")))
            << error.message().toStdString();
    }
}

TEST_F(ChronologyRepositoryTest, AnEntryInTheFutureOrWithoutASummaryIsRefusedNamingTheField)
{
    // The test clock says 25 November 2026.
    const auto refusal = [&](const ManualChronologyEntry& entry) {
        try {
            add(entry);
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
            return error.message();
        }
        return QString();
    };
    EXPECT_TRUE(refusal(manual("2026-11-26", "other", "Tomorrow"))
                    .startsWith(QStringLiteral("Date: 26 November 2026 "
                                               "is in the future")));
    EXPECT_TRUE(refusal(manual("2026-12", "other", "Next month")).startsWith(QStringLiteral("Date:")));
    EXPECT_TRUE(refusal(manual("2026-11-25", "other", "   ")).startsWith(QStringLiteral("Summary:")));
    const QString type = refusal(manual("2026-11-25", "holiday", "Went to Spain"));
    EXPECT_TRUE(type.startsWith(QStringLiteral("Type:")));
    EXPECT_TRUE(type.contains(QStringLiteral("missing-episode")));
    EXPECT_TRUE(read().isEmpty());

    // This month, said as a month, has already begun.
    EXPECT_NO_THROW(add(manual("2026-11", "other", "Started seeing the school counsellor")));
    EXPECT_NO_THROW(add(manual("2026-11-25", "other", "Told a teacher she is worried about her mum")));
}

TEST_F(ChronologyRepositoryTest, StaffHeadAndAdministratorCannotReadOrAdd)
{
    for (const char* name : {"staff", "admin", "head"}) {
        Vault& vault = as(QString::fromLatin1(name));
        ChronologyRepository repository(vault);
        try {
            repository.entries(pupil);
            ADD_FAILURE() << name << " read a chronology";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << name;
        }
        try {
            repository.addManual(pupil, manual("2026-05-10", "other", "Should not be saved"));
            ADD_FAILURE() << name << " added to a chronology";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << name;
        }
    }
    EXPECT_TRUE(read().isEmpty());
}

TEST_F(ChronologyRepositoryTest, TheLargestChronologyIsCountedWithoutReadingIt)
{
    EXPECT_FALSE(ChronologyRepository(dsl()).largest().has_value());
    const qint64 other = insertPupil(dsl(), s("Łukasz"), s("Wiśniewski"));
    add(manual("2026-03", "house-move", "Moved to Łódź"));
    ChronologyRepository repository(dsl());
    repository.addManual(other, manual("2026-04", "bereavement", "Grandfather died"));
    const qint64 boxing = repository.addManual(other, manual("2026-05", "other", "Started boxing"));
    std::optional<ChronologySize> largest = repository.largest();
    ASSERT_TRUE(largest.has_value());
    EXPECT_EQ(largest->pupilId, other);
    EXPECT_EQ(largest->currentEntries, 2);

    // An amended-away entry does not count; on a tie the lower pupil id is named.
    ManualChronologyChanges changes;
    changes.summary = s("Started judo");
    repository.amendManual(boxing, changes, s("Wrong sport"));
    add(manual("2026-06", "health", "Broke her arm"));
    largest = repository.largest();
    ASSERT_TRUE(largest.has_value());
    EXPECT_EQ(largest->pupilId, std::min(pupil, other));
    EXPECT_EQ(largest->currentEntries, 2);

    EXPECT_TRUE(auditEntries(dsl(), QStringLiteral("chronology.view")).isEmpty());
    EXPECT_THROW(ChronologyRepository(as(QStringLiteral("staff"))).largest(), Error);
}

TEST_F(ChronologyRepositoryTest, ReadingIsAuditedWithTheActingUser)
{
    add(manual("2026-05-10", "other", "Something"));
    ChronologyRepository(as(QStringLiteral("deputy"))).entries(pupil);

    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("chronology.view");
    const QList<AuditEntry> views = as(QStringLiteral("deputy")).audit().entries(filter);
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views[0].actor, QStringLiteral("deputy"));
    EXPECT_EQ(views[0].objectType, QStringLiteral("pupil"));
    EXPECT_EQ(views[0].objectId, QString::number(pupil));
}

TEST_F(ChronologyRepositoryTest, AddingIsAuditedAndIndexedForSearch)
{
    ManualChronologyEntry entry = manual("2026-05-10", "house-move", "Moved to Łódź with her mother");
    entry.source = s("Mother, by phone");
    entry.whyItMatters = s("Leaves her friends and school");
    entry.effectOnChild = s("Anxious, not sleeping");
    const qint64 id = add(entry);

    const QList<AuditEntry> adds = auditEntries(dsl(), QStringLiteral("chronology.add"));
    ASSERT_EQ(adds.size(), 1);
    EXPECT_EQ(adds[0].actor, QStringLiteral("dsl"));
    EXPECT_EQ(adds[0].objectId, QString::number(id));

    const QList<SearchIndex::Hit> hits = SearchIndex(dsl().database()).search(QStringLiteral("LODZ"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].objectType, QStringLiteral("chronology"));
    EXPECT_EQ(hits[0].objectId, id);
    EXPECT_EQ(hits[0].pupilIds, QList<qint64>{pupil});
    EXPECT_EQ(SearchIndex(dsl().database()).search(QStringLiteral("sleep")).size(), 1);

    const ChronologyEntry stored = read().constFirst();
    EXPECT_EQ(stored.source, s("Mother, by phone"));
    EXPECT_EQ(stored.whyItMatters, s("Leaves her friends and school"));
    EXPECT_EQ(stored.effectOnChild, s("Anxious, not sleeping"));
    EXPECT_EQ(stored.recordedAt, m_clock.nowUtc());
}

TEST_F(ChronologyRepositoryTest, TextIsStoredNormalised)
{
    // "Zoë" typed with a combining diaeresis (as macOS sends it) is stored composed.
    add(manual("2026-05-10", "other", "Zoe\xCC\x88 was upset"));
    EXPECT_EQ(read().constFirst().summary, s("Zoë was upset"));
}

TEST_F(ChronologyRepositoryTest, TextColumnsLineUpAndSignificantEventsAreMarked)
{
    add(manual("2026-03", "house-move", "Moved in with grandparents", true));
    add(manual("2026-04-02", "missing-episode", "Missing overnight"));
    const QStringList lines = ChronologyFormatter::text(read()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("! March 2026")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("  2 April 2026")));
    EXPECT_EQ(lines[0].indexOf(QStringLiteral("Moved")),
              lines[1].indexOf(QStringLiteral("Missing overnight")));
    EXPECT_EQ(lines[0].indexOf(QStringLiteral("House move")),
              lines[1].indexOf(QStringLiteral("Missing episode")));
}

TEST_F(ChronologyRepositoryTest, JsonParsesWithEveryField)
{
    ManualChronologyEntry entry = manual("2026-03", "bereavement", "Grandmother died \"suddenly\"", true);
    entry.source = s("Mother");
    entry.whyItMatters = s("Her main carer");
    entry.effectOnChild = s("Withdrawn in class");
    add(entry);
    add(manual("2026-04-02", "other", "Zoë said: \u201Cwhere is nana?\u201D"));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(ChronologyFormatter::json(read()), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(document.isArray());
    const QJsonArray array = document.array();
    ASSERT_EQ(array.size(), 2);
    const QJsonObject first = array[0].toObject();
    EXPECT_EQ(first[QStringLiteral("date")].toString(), QStringLiteral("2026-03"));
    EXPECT_EQ(first[QStringLiteral("precision")].toString(), QStringLiteral("month"));
    EXPECT_EQ(first[QStringLiteral("type")].toString(), QStringLiteral("bereavement"));
    EXPECT_EQ(first[QStringLiteral("summary")].toString(), s("Grandmother died \"suddenly\""));
    EXPECT_EQ(first[QStringLiteral("source")].toString(), s("Mother"));
    EXPECT_EQ(first[QStringLiteral("why_it_matters")].toString(), s("Her main carer"));
    EXPECT_EQ(first[QStringLiteral("effect_on_child")].toString(), s("Withdrawn in class"));
    EXPECT_TRUE(first[QStringLiteral("significant")].toBool());
    EXPECT_EQ(first[QStringLiteral("recorded_at")].toString(), QStringLiteral("2026-11-25T09:30:00.000Z"));
    EXPECT_EQ(first[QStringLiteral("recorded_by")].toString(), QStringLiteral("dsl"));
    EXPECT_EQ(array[1].toObject()[QStringLiteral("summary")].toString(),
              s("Zoë said: \u201Cwhere is nana?\u201D"));
    EXPECT_FALSE(array[1].toObject()[QStringLiteral("significant")].toBool());
}

TEST_F(ChronologyRepositoryTest, CsvQuotesLikeRfc4180AndDefusesFormulas)
{
    add(manual("2026-03-05", "other", "Said \"no\", then left,\nlater came back"));
    add(manual("2026-03-06", "other", "=HYPERLINK(\"http://example.invalid\",\"click\")"));
    add(manual("2026-03-07", "other", "+44 7700 900123 called"));
    add(manual("2026-03-08", "other", "-2 marks; @teacher told"));
    add(manual("2026-03-09", "other", "Zoë Nguyễn: Łódź"));

    const QByteArray bytes = ChronologyFormatter::csv(read());
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 byte-order mark, for Excel
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList rows = text.split(QStringLiteral("\r\n"));
    EXPECT_EQ(rows[0],
              QStringLiteral("date,precision,type,summary,source,why_it_matters,effect_on_child,child_words,"
                             "significant,recorded_at,recorded_by,superseded_reason"));
    EXPECT_TRUE(
        rows[1].startsWith(QStringLiteral("2026-03-05,day,other,\"Said \"\"no\"\", then left,\nlater came "
                                          "back\",,,,,no,2026-11-25T09:30:00.000Z,dsl,")))
        << rows[1].toStdString();
    EXPECT_TRUE(rows[2].startsWith(QStringLiteral("2026-03-06,day,other,\"'=HYPERLINK(\"\"http")))
        << rows[2].toStdString();
    EXPECT_TRUE(rows[3].contains(QStringLiteral(",'+44 7700 900123 called,")));
    EXPECT_TRUE(rows[4].contains(QStringLiteral(",'-2 marks; @teacher told,")));
    EXPECT_TRUE(rows[5].contains(s(",Zoë Nguyễn: Łódź,")));
    EXPECT_EQ(rows.size(), 7); // header, five rows, and the empty string after the last CRLF
    EXPECT_TRUE(rows[6].isEmpty());

    EXPECT_EQ(ChronologyFormatter::csvCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(ChronologyFormatter::csvCell(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(ChronologyFormatter::csvCell(QString()), QString());
}

// Issue #14: the child's exact words of a concern stay in their chronology, verbatim, in every form it is
// read in; a witness's chronology does not carry the words of the child the concern is about.
TEST_F(ChronologyRepositoryTest, TheChildsExactWordsOfAConcernAreInTheirChronologyAndNotAWitnesss)
{
    const qint64 witness = insertPupil(dsl(), s("Amy"), s("Okafor"));
    const QString words = s("Mum's boyfriend gets angry.\nI don't want to go home.");
    NewConcern concern;
    concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24"), QStringLiteral("When"));
    concern.children = {{pupil, ChildRole::Subject, {}, {}}, {witness, ChildRole::Witness, {}, {}}};
    concern.categoryIds = {QStringLiteral("neglect")};
    concern.account = s("Zoë was upset at the gate.");
    concern.childWords = words;
    ConcernRepository(dsl()).record(concern);

    const QList<ChronologyEntry> own = read();
    ASSERT_EQ(own.size(), 1);
    EXPECT_EQ(own.first().childWords, words);
    const QJsonArray json = QJsonDocument::fromJson(ChronologyFormatter::json(own)).array();
    EXPECT_EQ(json.at(0).toObject().value(QStringLiteral("child_words")).toString(), words);
    EXPECT_TRUE(QString::fromUtf8(ChronologyFormatter::csv(own)).contains(s("I don't want to go home.")));
    EXPECT_TRUE(ChronologyFormatter::text(own).contains(QChar(0x201C) + s("Mum's boyfriend gets angry.")))
        << ChronologyFormatter::text(own).toStdString();

    const QList<ChronologyEntry> witnessEntries = ChronologyRepository(dsl()).entries(witness, {});
    ASSERT_EQ(witnessEntries.size(), 1);
    EXPECT_TRUE(witnessEntries.first().childWords.isEmpty());
    EXPECT_FALSE(ChronologyFormatter::json(witnessEntries).contains("want to go home"));
}

TEST_F(ChronologyRepositoryTest, ManualTypesHaveLabels)
{
    QStringList ids;
    for (const ChronologyType& type : ChronologyTypes::manual())
        ids.append(type.id);
    EXPECT_EQ(ids, (QStringList{QStringLiteral("bereavement"), QStringLiteral("house-move"),
                                QStringLiteral("exclusion"), QStringLiteral("missing-episode"),
                                QStringLiteral("family-change"), QStringLiteral("health"),
                                QStringLiteral("police-contact"), QStringLiteral("other")}));
    EXPECT_EQ(ChronologyTypes::label(QStringLiteral("police-contact")), QStringLiteral("Police contact"));
    EXPECT_EQ(ChronologyTypes::label(QStringLiteral("voice")), s("Child's voice"));
}

TEST_F(ChronologyRepositoryTest, AnUnknownPupilIsNamedAsNotFound)
{
    try {
        ChronologyRepository(dsl()).entries(pupil + 100);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::NotFound);
    }
}

} // namespace
