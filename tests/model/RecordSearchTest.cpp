// Searching the records as a DSL would: names and words from every language a school hears, found whatever
// the case and accents typed, grouped by kind, with the child's name and a snippet of the current text.
#include "records/RecordSearch.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "records/VoiceRepository.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"
#include "text/TextServices.h"

using namespace lantern;
using namespace lantern::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

qint64 insertPupil(Vault& vault, const QString& forename, const QString& surname, const QString& upn = {},
                   const QString& preferredForename = {})
{
    return addTestPupil(
        vault,
        TestPupil(forename, surname).withUpn(upn).preferring(preferredForename).bornOn(QDate(2016, 7, 14)));
}

ManualChronologyEntry manual(const char* when, const char* summary)
{
    ManualChronologyEntry entry;
    entry.when = PartialDate::parse(QString::fromUtf8(when), QStringLiteral("test"));
    entry.type = QStringLiteral("other");
    entry.summary = QString::fromUtf8(summary);
    return entry;
}

VoiceContent voice(const char* when, const char* words)
{
    VoiceContent content;
    content.captured = PartialDate::parse(QString::fromUtf8(when), QStringLiteral("test"));
    content.method = QStringLiteral("conversation");
    content.words = QString::fromUtf8(words);
    return content;
}

QStringList names(const QList<SearchResult>& results)
{
    QStringList list;
    for (const SearchResult& result : results)
        list.append(result.pupilNames);
    return list;
}

class RecordSearchTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        Vault& vault = dsl();
        zoe = insertPupil(vault, s("Zoë"), s("Nguyễn"), QStringLiteral("B801200005001"));
        fatima = insertPupil(vault, s("فاطِمة"), s("الزَّهراء"), QStringLiteral("A950000178301"));
        lukasz = insertPupil(vault, s("Łukasz"), s("Wiśniewski"));
        siobhan = insertPupil(vault, s("Siobhán"), s("Ó Súilleabháin"), QString(), s("Shiv"));
        wang = insertPupil(vault, s("小明"), s("王"));
    }

    SearchResults search(const char* text) { return RecordSearch(dsl()).search(QString::fromUtf8(text)); }

    qint64 zoe = 0;
    qint64 fatima = 0;
    qint64 lukasz = 0;
    qint64 siobhan = 0;
    qint64 wang = 0;
};

TEST_F(RecordSearchTest, FindsPupilsByNameWhateverTheCaseAndAccents)
{
    EXPECT_EQ(names(search("zoe").pupils), QStringList{s("Zoë Nguyễn")});
    EXPECT_EQ(names(search("NGUYEN").pupils), QStringList{s("Zoë Nguyễn")});
    EXPECT_EQ(names(search("ngu").pupils), QStringList{s("Zoë Nguyễn")}); // the start of a word is enough
    EXPECT_EQ(names(search("lukasz wisniewski").pupils), QStringList{s("Łukasz Wiśniewski")});
    EXPECT_EQ(names(search("siobhan o suilleabhain").pupils), QStringList{s("Shiv Ó Súilleabháin")});
    EXPECT_EQ(names(search("shiv").pupils), QStringList{s("Shiv Ó Súilleabháin")}); // preferred name
    // Arabic typed without the vowel marks the record has.
    EXPECT_EQ(names(search("فاطمة").pupils), QStringList{s("فاطِمة الزَّهراء")});
    EXPECT_EQ(names(search("小明").pupils), QStringList{s("小明 王")});
    // By UPN, in any case.
    EXPECT_EQ(names(search("a950000178301").pupils), QStringList{s("فاطِمة الزَّهراء")});
    // Not the middle of a word.
    EXPECT_TRUE(search("guyen").pupils.isEmpty());
    // Every word must match.
    EXPECT_TRUE(search("zoe wisniewski").pupils.isEmpty());
}

TEST_F(RecordSearchTest, FindsChronologyAndVoiceInManyLanguages)
{
    ChronologyRepository chronology(dsl());
    chronology.addManual(lukasz, manual("2026-04", "Moved back to Łódź for the summer with his father"));
    chronology.addManual(wang, manual("2026-05-02", "他说他很害怕回家"));
    VoiceRepository voices(dsl());
    voices.add(zoe, voice("2026-11-20", "Con muốn ở với bà ngoại"));
    voices.add(fatima, voice("2026-11-18", "أُرِيدُ أَنْ أَعِيشَ مَعَ جَدَّتِي"));
    voices.add(siobhan, voice("2026-11-19", "Tá eagla orm roimh Dhaidí"));

    const SearchResults lodz = search("LODZ");
    ASSERT_EQ(lodz.chronology.size(), 1);
    EXPECT_EQ(lodz.chronology[0].pupilNames, s("Łukasz Wiśniewski"));
    EXPECT_EQ(lodz.chronology[0].when, s("April 2026"));
    EXPECT_TRUE(lodz.chronology[0].snippet.contains(s("Łódź")));

    const SearchResults vietnamese = search("muon o voi ba");
    ASSERT_EQ(vietnamese.voice.size(), 1);
    EXPECT_EQ(vietnamese.voice[0].pupilNames, s("Zoë Nguyễn"));
    EXPECT_EQ(vietnamese.voice[0].snippet, s("Con muốn ở với bà ngoại"));

    const SearchResults arabic = search("جدتي");
    ASSERT_EQ(arabic.voice.size(), 1);
    EXPECT_EQ(arabic.voice[0].pupilNames, s("فاطِمة الزَّهراء"));

    const SearchResults chinese = search("害怕");
    ASSERT_EQ(chinese.chronology.size(), 1);
    EXPECT_EQ(chinese.chronology[0].pupilNames, s("小明 王"));

    const SearchResults irish = search("DHAIDI");
    ASSERT_EQ(irish.voice.size(), 1);
    EXPECT_EQ(irish.voice[0].pupilNames, s("Shiv Ó Súilleabháin"));
}

TEST_F(RecordSearchTest, FindsConcernsAndGroupsResultsByKind)
{
    NewConcern concern;
    concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24"), QStringLiteral("test"));
    concern.children = {ConcernChild{zoe, ChildRole::Subject, {}, {}}};
    concern.categoryIds = {QStringLiteral("neglect")};
    concern.account =
        s("Zoë arrived without a coat again and said she had no breakfast. Her shoes are split.");
    concern.childWords = s("Mum was asleep");
    const qint64 concernId = ConcernRepository(as(QStringLiteral("deputy"))).record(concern);
    ChronologyRepository(dsl()).addManual(zoe, manual("2026-10-01", "Breakfast club place offered"));
    VoiceRepository(dsl()).add(zoe, voice("2026-11-24", "I was hungry, there was no breakfast"));

    const SearchResults results = search("Breakfast");
    EXPECT_TRUE(results.pupils.isEmpty());
    ASSERT_EQ(results.concerns.size(), 1);
    EXPECT_EQ(results.concerns[0].objectId, concernId);
    EXPECT_EQ(results.concerns[0].pupilIds, QList<qint64>{zoe});
    EXPECT_EQ(results.concerns[0].pupilNames, s("Zoë Nguyễn"));
    EXPECT_EQ(results.concerns[0].when, s("24 November 2026"));
    EXPECT_TRUE(results.concerns[0].snippet.contains(QStringLiteral("breakfast")));
    ASSERT_EQ(results.chronology.size(), 1);
    EXPECT_EQ(results.chronology[0].snippet, s("Breakfast club place offered"));
    ASSERT_EQ(results.voice.size(), 1);
    EXPECT_EQ(results.total(), 3);

    // A name finds the pupil and the concern whose text mentions her.
    const SearchResults zoeResults = search("zoe");
    EXPECT_EQ(zoeResults.pupils.size(), 1);
    EXPECT_EQ(zoeResults.concerns.size(), 1);
}

TEST_F(RecordSearchTest, AnAmendedEntryIsFoundByItsNewWordsOnly)
{
    ChronologyRepository chronology(dsl());
    const qint64 id =
        chronology.addManual(lukasz, manual("2026-04-02", "Missing from home overnight, found in Leeds"));
    ManualChronologyChanges changes;
    changes.summary = s("Missing from home overnight, found in Bradford");
    chronology.amendManual(id, changes, s("Police corrected the place"));

    EXPECT_TRUE(search("leeds").isEmpty());
    const SearchResults bradford = search("bradford");
    ASSERT_EQ(bradford.chronology.size(), 1);
    EXPECT_NE(bradford.chronology[0].objectId, id);
}

TEST_F(RecordSearchTest, ASnippetIsShortAndShowsTheMatch)
{
    QString longText;
    for (int i = 0; i < 30; ++i)
        longText += QStringLiteral("Ordinary morning routine described at length. ");
    longText += s("Then she mentioned Łódź and her cousin. ");
    for (int i = 0; i < 30; ++i)
        longText += QStringLiteral("More ordinary detail follows here. ");
    const QString snippet =
        RecordSearch::snippet(longText, TextServices::searchTokens(QStringLiteral("lodz")));
    EXPECT_LE(snippet.size(), 124);
    EXPECT_TRUE(snippet.contains(s("Łódź"))) << snippet.toStdString();
    EXPECT_TRUE(snippet.startsWith(QChar(0x2026)));
    EXPECT_TRUE(snippet.endsWith(QChar(0x2026)));
}

TEST_F(RecordSearchTest, SearchSyntaxInTheQueryIsJustText)
{
    ChronologyRepository(dsl()).addManual(zoe, manual("2026-04-02", "Saw the school nurse"));
    EXPECT_NO_THROW(search("nurse OR \" NEAR* -school"));
    EXPECT_EQ(search("\"nurse\"").chronology.size(), 1);
    EXPECT_TRUE(search("100%_").isEmpty());
    try {
        search(" ,. ");
        FAIL() << "an empty search ran";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().startsWith(QStringLiteral("Search")));
    }
}

TEST_F(RecordSearchTest, StaffHeadAndAdministratorCannotSearch)
{
    for (const char* name : {"staff", "admin", "head"}) {
        try {
            RecordSearch(as(QString::fromLatin1(name))).search(QStringLiteral("zoe"));
            ADD_FAILURE() << name << " searched the records";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << name;
        }
    }
}

TEST_F(RecordSearchTest, ASearchIsAuditedWithTheQueryAndTheActingUser)
{
    RecordSearch(as(QStringLiteral("deputy"))).search(s("Zoë"));
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("search");
    const QList<AuditEntry> searches = as(QStringLiteral("deputy")).audit().entries(filter);
    ASSERT_EQ(searches.size(), 1);
    EXPECT_EQ(searches[0].actor, QStringLiteral("deputy"));
    EXPECT_TRUE(searches[0].details.contains(s("\"Zoë\""))) << searches[0].details.toStdString();
    EXPECT_TRUE(searches[0].details.contains(QStringLiteral("pupils 1,")))
        << searches[0].details.toStdString();
}

} // namespace
