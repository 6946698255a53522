// The child's voice: recorded verbatim, placed in the chronology, amended by new versions that keep the
// original.
#include "records/VoiceRepository.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "records/ChronologyRepository.h"
#include "records/SearchIndex.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

using namespace lantern;
using namespace lantern::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

qint64 insertPupil(Vault& vault, const QString& forename, const QString& surname)
{
    return addTestPupil(vault,
                        TestPupil(forename, surname).bornOn(QDate(2019, 2, 11)).withSex(QStringLiteral("M")));
}

VoiceContent voice(const char* when, const char* method, const char* words)
{
    VoiceContent content;
    content.captured = PartialDate::parse(QString::fromUtf8(when), QStringLiteral("test"));
    content.method = QString::fromLatin1(method);
    content.words = QString::fromUtf8(words);
    return content;
}

class VoiceRepositoryTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        pupil = insertPupil(dsl(), s("Oisín"), s("Ó Briain"));
    }

    qint64 pupil = 0;
};

TEST_F(VoiceRepositoryTest, AnEntryKeepsTheChildsWordsAndGoesInTheChronology)
{
    VoiceContent content = voice("2026-11-20T10:15", "conversation",
                                 "I don't want to go home when dad is shouting.\n"
                                 "  He throws things.");
    content.adaptations = s("Quiet room, his key adult present, drawing materials");
    content.wishesAndFeelings = s("Wants to live with his nan");
    content.toldWhatHappensNext = true;
    const qint64 id = VoiceRepository(dsl()).add(pupil, content);

    const QList<VoiceEntry> entries = VoiceRepository(dsl()).list(pupil);
    ASSERT_EQ(entries.size(), 1);
    const VoiceEntry& entry = entries[0];
    EXPECT_EQ(entry.id, id);
    EXPECT_EQ(entry.recordedBy, QStringLiteral("dsl"));
    EXPECT_FALSE(entry.isAmended());
    // Verbatim: line breaks and spacing as typed.
    EXPECT_EQ(entry.current().content.words, content.words);
    EXPECT_EQ(entry.current().content.captured.display(), s("20 November 2026, 10:15"));
    EXPECT_EQ(entry.current().content.adaptations, content.adaptations);
    EXPECT_EQ(entry.current().content.wishesAndFeelings, content.wishesAndFeelings);
    EXPECT_TRUE(entry.current().content.toldWhatHappensNext);

    const QList<ChronologyEntry> chronology = ChronologyRepository(dsl()).entries(pupil);
    ASSERT_EQ(chronology.size(), 1);
    EXPECT_EQ(chronology[0].type, QStringLiteral("voice"));
    EXPECT_EQ(chronology[0].sourceType, QStringLiteral("voice"));
    EXPECT_EQ(chronology[0].sourceId, id);
    EXPECT_TRUE(chronology[0].summary.startsWith(s("Conversation: \u201CI don't want to go home")));
    EXPECT_EQ(chronology[0].when, content.captured);

    const QList<SearchIndex::Hit> hits = SearchIndex(dsl().database()).search(QStringLiteral("nan"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].objectType, QStringLiteral("voice"));
    EXPECT_EQ(hits[0].objectId, id);

    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("voice.add");
    EXPECT_EQ(dsl().audit().entries(filter).size(), 1);
}

TEST_F(VoiceRepositoryTest, AnAmendmentIsANewVersionAndTheOriginalStaysReadable)
{
    const qint64 id =
        VoiceRepository(dsl()).add(pupil, voice("2026-11-20", "interpreter", "My uncle hits me"));
    m_clock.advanceSeconds(86400);
    VoiceChanges changes;
    changes.words = s("My uncle hit my cousin");
    changes.adaptations = s("Polish interpreter by phone");
    EXPECT_EQ(VoiceRepository(as(QStringLiteral("deputy")))
                  .amend(id, changes, s("Interpreter corrected the words")),
              2);

    const QList<VoiceEntry> entries = VoiceRepository(dsl()).list(pupil);
    ASSERT_EQ(entries.size(), 1);
    const VoiceEntry& entry = entries[0];
    ASSERT_EQ(entry.versions.size(), 2);
    EXPECT_EQ(entry.original().content.words, s("My uncle hits me"));
    EXPECT_TRUE(entry.original().amendReason.isEmpty());
    EXPECT_EQ(entry.current().version, 2);
    EXPECT_EQ(entry.current().content.words, s("My uncle hit my cousin"));
    EXPECT_EQ(entry.current().content.method, QStringLiteral("interpreter")); // carried over
    EXPECT_EQ(entry.current().content.adaptations, s("Polish interpreter by phone"));
    EXPECT_EQ(entry.current().amendedBy, QStringLiteral("deputy"));
    EXPECT_EQ(entry.current().amendReason, s("Interpreter corrected the words"));
    EXPECT_EQ(entry.current().amendedAt, m_clock.nowUtc());

    // The chronology shows the corrected words; the old line is kept, superseded, with the reason.
    ChronologyFilter all;
    all.includeSuperseded = true;
    const QList<ChronologyEntry> chronology = ChronologyRepository(dsl()).entries(pupil, all);
    ASSERT_EQ(chronology.size(), 2);
    EXPECT_TRUE(chronology[0].summary.contains(s("My uncle hits me")));
    EXPECT_FALSE(chronology[0].isCurrent());
    EXPECT_EQ(chronology[0].amendReason, s("Interpreter corrected the words"));
    EXPECT_TRUE(chronology[1].summary.contains(s("My uncle hit my cousin")));
    EXPECT_TRUE(chronology[1].isCurrent());

    // Search finds the current words only.
    SearchIndex index(dsl().database());
    EXPECT_EQ(index.search(QStringLiteral("cousin")).size(), 1);
    EXPECT_TRUE(index.search(QStringLiteral("hits")).isEmpty());
}

TEST_F(VoiceRepositoryTest, AnAmendmentNeedsAReason)
{
    const qint64 id =
        VoiceRepository(dsl()).add(pupil, voice("2026-11-20", "drawing", "Drew his family without dad"));
    VoiceChanges changes;
    changes.words = s("Drew his family, dad drawn small and far away");
    try {
        VoiceRepository(dsl()).amend(id, changes, QString());
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().startsWith(QStringLiteral("Reason")));
    }
    EXPECT_EQ(VoiceRepository(dsl()).list(pupil)[0].versions.size(), 1);
}

TEST_F(VoiceRepositoryTest, MissingWordsUnknownMethodsAndFutureDatesAreRefusedNamingTheField)
{
    const auto refusal = [&](const VoiceContent& content) {
        try {
            VoiceRepository(dsl()).add(pupil, content);
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
            return error.message();
        }
        return QString();
    };
    EXPECT_TRUE(refusal(voice("2026-11-20", "conversation", "  \n ")).startsWith(QStringLiteral("Words:")));
    const QString method = refusal(voice("2026-11-20", "telepathy", "Hello"));
    EXPECT_TRUE(method.startsWith(QStringLiteral("Method:")));
    EXPECT_TRUE(method.contains(QStringLiteral("communication-aid")));
    EXPECT_TRUE(refusal(voice("2026-11-26", "conversation", "Hello")).startsWith(QStringLiteral("Date:")));
    EXPECT_TRUE(VoiceRepository(dsl()).list(pupil).isEmpty());
}

TEST_F(VoiceRepositoryTest, MethodsHaveLabelsForPeople)
{
    QStringList ids;
    for (const VoiceMethod& method : VoiceMethods::all())
        ids.append(method.id);
    EXPECT_EQ(ids, (QStringList{QStringLiteral("conversation"), QStringLiteral("drawing"),
                                QStringLiteral("writing"), QStringLiteral("interpreter"),
                                QStringLiteral("communication-aid"), QStringLiteral("observation")}));
    EXPECT_EQ(VoiceMethods::label(QStringLiteral("observation")),
              s("Observation (baby or non-verbal child)"));
}

TEST_F(VoiceRepositoryTest, StaffHeadAndAdministratorCannotReadOrAdd)
{
    for (const char* name : {"staff", "admin", "head"}) {
        VoiceRepository repository(as(QString::fromLatin1(name)));
        try {
            repository.add(pupil, voice("2026-11-20", "conversation", "Hello"));
            ADD_FAILURE() << name << " added a voice entry";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << name;
        }
        try {
            repository.list(pupil);
            ADD_FAILURE() << name << " read the child's voice";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << name;
        }
    }
    EXPECT_TRUE(VoiceRepository(dsl()).list(pupil).isEmpty());
}

TEST_F(VoiceRepositoryTest, ReadingIsAuditedWithTheActingUser)
{
    VoiceRepository(dsl()).add(pupil, voice("2026-11-20", "writing", "I feel safe at school"));
    VoiceRepository(as(QStringLiteral("deputy"))).list(pupil);
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("voice.view");
    const QList<AuditEntry> views = as(QStringLiteral("deputy")).audit().entries(filter);
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views[0].actor, QStringLiteral("deputy"));
    EXPECT_EQ(views[0].objectType, QStringLiteral("pupil"));
    EXPECT_EQ(views[0].objectId, QString::number(pupil));
}

TEST_F(VoiceRepositoryTest, ListIsMostRecentFirstAndLatestInPeriodFindsTheNewestInRange)
{
    VoiceRepository repository(dsl());
    const qint64 june = repository.add(pupil, voice("2026-06-03", "conversation", "June words"));
    const qint64 october =
        repository.add(pupil, voice("2026-10", "observation", "Flinched when an adult shouted"));
    const qint64 march = repository.add(pupil, voice("2026-03-17", "communication-aid", "Pointed to 'sad'"));

    const QList<VoiceEntry> entries = repository.list(pupil);
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[0].id, october);
    EXPECT_EQ(entries[1].id, june);
    EXPECT_EQ(entries[2].id, march);

    const std::optional<VoiceEntry> recent =
        repository.latestInPeriod(pupil, QDate(2026, 8, 25), QDate(2026, 11, 25));
    ASSERT_TRUE(recent.has_value());
    EXPECT_EQ(recent->id, october);
    const std::optional<VoiceEntry> spring =
        repository.latestInPeriod(pupil, QDate(2026, 1, 1), QDate(2026, 6, 2));
    ASSERT_TRUE(spring.has_value());
    EXPECT_EQ(spring->id, march);
    EXPECT_FALSE(repository.latestInPeriod(pupil, QDate(2026, 7, 1), QDate(2026, 8, 31)).has_value());
}

} // namespace
