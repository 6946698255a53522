// The synthetic demo school: believable, spread across the categories, never real, and the same every time
// for the same seed.
#include "demo/DemoSchool.h"

#include "adults/AdultRegister.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "demo/DemoNames.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "records/PupilRepository.h"
#include "records/SchoolRepository.h"
#include "reference/HarmCategories.h"
#include "reference/NhsNumber.h"
#include "reference/Upn.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QSet>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

const QDate today(2026, 3, 18);

SecureBytes demoPassword()
{
    return secret("lantern demo 2026");
}

DemoOptions options(quint32 seed, int pupils = 20)
{
    DemoOptions o;
    o.pupils = pupils;
    o.seed = seed;
    o.today = today;
    return o;
}

Vault::NewUser demoDsl()
{
    return {QStringLiteral("demo-dsl"), QStringLiteral("Demo DSL (synthetic)"), Role::Dsl};
}

// Everything a person would compare between two demo schools: the roll, and each child's concerns and
// chronology as they read them.
struct SchoolPicture {
    QStringList roll;
    QMap<QString, int> concernsByUpn;
    QMap<QString, QStringList> chronologyByUpn;
    QStringList adults; // the adults register as the DSL reads it
};

class DemoSchoolTest : public ::testing::Test {
protected:
    // One school for the whole suite: generating it is the slow part.
    static void SetUpTestSuite()
    {
        s_temp = new TempFolder;
        s_summary =
            DemoSchool::create(s_temp->path(QStringLiteral("demo")), demoDsl(), demoPassword(), options(11));
    }
    static void TearDownTestSuite()
    {
        delete s_temp;
        s_temp = nullptr;
    }

    static QString folder() { return s_temp->path(QStringLiteral("demo.lantern")); }

    std::unique_ptr<Vault> open(const QString& path = folder(),
                                const QString& user = QStringLiteral("demo-dsl"))
    {
        return Vault::unlock(path, user, demoPassword(), m_clock);
    }

    static SchoolPicture picture(Vault& vault)
    {
        SchoolPicture result;
        PupilRepository pupils(vault);
        ConcernRepository concerns(vault);
        ChronologyRepository chronology(vault);
        for (const Pupil& pupil : pupils.list()) {
            result.roll.append(QStringList{pupil.upn, pupil.legalName(),
                                           pupil.dateOfBirth.toString(Qt::ISODate), pupil.yearGroup,
                                           pupil.ethnicity}
                                   .join(QLatin1Char('|')));
            result.concernsByUpn.insert(pupil.upn, static_cast<int>(concerns.listForPupil(pupil.id).size()));
            QStringList lines;
            for (const ChronologyEntry& entry : chronology.entries(pupil.id))
                lines.append(entry.when.value() + QLatin1Char(' ') + entry.summary);
            result.chronologyByUpn.insert(pupil.upn, lines);
        }
        AdultRegister adults(vault);
        for (const AdultSummary& summary : adults.list()) {
            QStringList lines{summary.details.name + QLatin1Char('|') + adultRoleName(summary.details.role)};
            for (const AdultConcern& concern : adults.get(summary.id).concerns)
                lines.append(concern.current.content.occurred.value() + QLatin1Char(' ') +
                             concern.current.content.account);
            result.adults.append(lines.join(QLatin1Char('\n')));
        }
        return result;
    }

    // The pupils' concerns, each once.
    static QMap<qint64, ConcernSummary> allConcerns(Vault& vault)
    {
        QMap<qint64, ConcernSummary> found;
        ConcernRepository concerns(vault);
        for (const Pupil& pupil : PupilRepository(vault).list())
            for (const ConcernSummary& concern : concerns.listForPupil(pupil.id))
                found.insert(concern.id, concern);
        return found;
    }

    ManualClock m_clock{QDateTime(today, QTime(18, 0), Qt::UTC)};

    static TempFolder* s_temp;
    static DemoSummary s_summary;
};

TempFolder* DemoSchoolTest::s_temp = nullptr;
DemoSummary DemoSchoolTest::s_summary;

TEST_F(DemoSchoolTest, MakesARollWithFamiliesAndTheSchoolsDetails)
{
    auto vault = open();
    const QList<Pupil> roll = PupilRepository(*vault).list();
    EXPECT_EQ(roll.size(), 20);
    EXPECT_EQ(s_summary.pupils, 20);
    EXPECT_GT(s_summary.contacts, 20) << "every child has at least one carer";
    QSet<QString> years;
    for (const Pupil& pupil : roll) {
        years.insert(pupil.yearGroup);
        EXPECT_FALSE(PupilRepository(*vault).contacts(pupil.id).isEmpty()) << qPrintable(pupil.displayName());
    }
    EXPECT_EQ(years.size(), 7) << "a primary school: Reception to Year 6";
    const std::optional<SchoolDetails> school = SchoolRepository(*vault).details();
    ASSERT_TRUE(school);
    EXPECT_TRUE(school->name.contains(QStringLiteral("synthetic")));
    EXPECT_EQ(school->laCode, QStringLiteral("999"));
    EXPECT_EQ(SchoolRepository(*vault).safeguardingContacts().size(), 2);
}

TEST_F(DemoSchoolTest, IdentifiersCanNeverBelongToARealChild)
{
    auto vault = open();
    PupilRepository pupils(*vault);
    int withNhsNumber = 0;
    for (const Pupil& pupil : pupils.list()) {
        EXPECT_TRUE(isValidUpn(pupil.upn)) << qPrintable(pupil.upn);
        EXPECT_EQ(pupil.upn.mid(1, 3), QStringLiteral("999")) << "LA 999 belongs to no authority";
        if (!pupil.nhsNumber.isEmpty()) {
            ++withNhsNumber;
            EXPECT_TRUE(isValidNhsNumber(pupil.nhsNumber)) << qPrintable(pupil.nhsNumber);
            EXPECT_TRUE(isTestNhsNumber(pupil.nhsNumber)) << qPrintable(pupil.nhsNumber);
        }
        EXPECT_TRUE(pupil.postcode.startsWith(QStringLiteral("ZZ"))) << qPrintable(pupil.postcode);
        for (const Contact& contact : pupils.contacts(pupil.id)) {
            EXPECT_TRUE(contact.phone.startsWith(QStringLiteral("07700 900"))) << qPrintable(contact.phone);
            if (!contact.email.isEmpty()) {
                EXPECT_TRUE(contact.email.endsWith(QStringLiteral("@example.com")))
                    << qPrintable(contact.email);
            }
        }
    }
    EXPECT_GT(withNhsNumber, 10);
}

TEST_F(DemoSchoolTest, NamesComeFromSeveralCulturesInTheNamesList)
{
    auto vault = open();
    QSet<QString> forenames;
    for (const demo::NamePool& pool : demo::DemoNames::get().pools())
        for (const QString& name : pool.femaleForenames + pool.maleForenames)
            forenames.insert(name);
    for (const Pupil& pupil : PupilRepository(*vault).list())
        EXPECT_TRUE(forenames.contains(pupil.legalForename)) << qPrintable(pupil.legalForename);
    EXPECT_GE(s_summary.cultures.size(), 4) << qPrintable(s_summary.cultures.join(QStringLiteral(", ")));
}

TEST_F(DemoSchoolTest, ConcernsSpreadAcrossCategoriesWithDecisionsAndCasework)
{
    auto vault = open();
    const QMap<qint64, ConcernSummary> concerns = allConcerns(*vault);
    EXPECT_EQ(concerns.size(), s_summary.concerns);
    QMap<QString, int> byCategory;
    QSet<QString> groups;
    for (const ConcernSummary& concern : concerns)
        for (const QString& id : concern.categoryIds) {
            ++byCategory[id];
            ASSERT_TRUE(HarmCategories::get().contains(id)) << qPrintable(id);
            groups.insert(HarmCategories::get().find(id)->group);
        }
    EXPECT_GE(byCategory.size(), 5) << "several categories, not one";
    EXPECT_GE(groups.size(), 3) << "several groups of harm";
    EXPECT_GT(s_summary.decisions, s_summary.concerns / 2);
    EXPECT_GT(s_summary.referrals, 0);
    EXPECT_GT(s_summary.plans, 0);
    EXPECT_GT(s_summary.meetings, 0);
    EXPECT_GT(s_summary.voiceEntries, 0);
}

TEST_F(DemoSchoolTest, TheInboxHoldsNewConcernsTheDeputyRecorded)
{
    auto vault = open();
    const QList<ConcernSummary> inbox = ConcernRepository(*vault).inbox();
    ASSERT_FALSE(inbox.isEmpty());
    EXPECT_EQ(inbox.size(), s_summary.inboxConcerns);
    EXPECT_TRUE(std::any_of(inbox.cbegin(), inbox.cend(), [](const ConcernSummary& concern) {
        return concern.recordedBy == QLatin1String("demo-deputy") && concern.status == ConcernStatus::New;
    }));
    // The deputy sees the receipts of what she recorded. The member of staff signs in with the same password
    // and, holding no case key, sees neither receipts nor the roll.
    vault.reset();
    auto deputy = open(folder(), QStringLiteral("demo-deputy"));
    EXPECT_FALSE(ConcernRepository(*deputy).receipts().isEmpty());
    deputy.reset();
    auto staff = open(folder(), QStringLiteral("demo-staff"));
    EXPECT_THROW(ConcernRepository(*staff).receipts(), Error);
    EXPECT_THROW(PupilRepository(*staff).list(), Error);
}

TEST_F(DemoSchoolTest, NothingHappensOnOrAfterTodayAndChronologiesAreInOrder)
{
    auto vault = open();
    ChronologyRepository chronology(*vault);
    int entries = 0;
    for (const Pupil& pupil : PupilRepository(*vault).list()) {
        QString previous;
        for (const ChronologyEntry& entry : chronology.entries(pupil.id)) {
            ++entries;
            EXPECT_LT(entry.when.lastDay(), today) << qPrintable(entry.summary);
            EXPECT_LT(entry.recordedAt, QDateTime(today, QTime(0, 0), Qt::UTC)) << qPrintable(entry.summary);
            EXPECT_LE(previous, entry.when.sortKey()) << qPrintable(entry.summary);
            previous = entry.when.sortKey();
        }
    }
    EXPECT_GT(entries, s_summary.concerns);
}

TEST_F(DemoSchoolTest, TheAuditChainVerifiesAndTellsTheStoryInOrder)
{
    auto vault = open();
    EXPECT_TRUE(vault->audit().verify().intact());
    QDateTime previous;
    QSet<QString> actors;
    for (const AuditEntry& entry : vault->audit().entries()) {
        if (previous.isValid()) {
            EXPECT_LE(previous, entry.atUtc) << entry.seq << " " << qPrintable(entry.action);
        }
        previous = entry.atUtc;
        actors.insert(entry.actor);
        // The generator writes records; it never reads a child's record, so no one "viewed" anything before
        // today (a test reading the shared school reads it today).
        if (entry.atUtc < QDateTime(today, QTime(0, 0), Qt::UTC)) {
            EXPECT_FALSE(entry.action.endsWith(QStringLiteral(".view"))) << qPrintable(entry.action);
        }
    }
    EXPECT_TRUE(actors.contains(QStringLiteral("demo-dsl")));
    EXPECT_TRUE(actors.contains(QStringLiteral("demo-deputy")));
}

TEST_F(DemoSchoolTest, TheAdultsRegisterHasLowLevelConcernsAPatternAndALadoConsultation)
{
    auto vault = open();
    AdultRegister adults(*vault);
    const QList<AdultSummary> entries = adults.list();
    EXPECT_EQ(entries.size(), 5);
    EXPECT_EQ(entries.size(), s_summary.adults);
    QSet<QString> roles;
    int concerns = 0;
    QList<AdultSummary> prompted;
    for (const AdultSummary& adult : entries) {
        roles.insert(adultRoleName(adult.details.role));
        EXPECT_FALSE(adult.isHeadteacher) << "the DSL sees every concern, so none is about the head";
        concerns += adult.concernCount;
        if (adult.patternPrompt)
            prompted.append(adult);
    }
    EXPECT_EQ(roles.size(), 4) << "staff, supply, a volunteer and a contractor";
    EXPECT_EQ(concerns, s_summary.adultConcerns);
    EXPECT_GE(concerns, 5);
    ASSERT_EQ(prompted.size(), 1) << "one adult's concerns form a pattern to consider";
    EXPECT_EQ(prompted.first().promptConcernIds.size(), 2);

    int consultations = 0;
    int selfReports = 0;
    int unreviewed = 0;
    for (const AdultSummary& summary : entries) {
        const Adult adult = adults.get(summary.id);
        for (const AdultConcern& concern : adult.concerns) {
            EXPECT_LT(concern.recordedAt, QDateTime(today, QTime(0, 0), Qt::UTC));
            EXPECT_FALSE(concern.current.content.reporterName.isEmpty());
            selfReports += concern.current.content.selfReport ? 1 : 0;
            unreviewed += concern.reviews.isEmpty() ? 1 : 0;
            for (const AdultConcernReview& review : concern.reviews)
                EXPECT_EQ(review.reviewer, QStringLiteral("demo-dsl"));
        }
        for (const LadoConsultation& consultation : adult.consultations) {
            ++consultations;
            EXPECT_EQ(consultation.outcome, LadoOutcome::BelowThreshold);
            EXPECT_FALSE(consultation.concernIds.isEmpty());
            EXPECT_FALSE(summary.patternPrompt) << "a consultation clears the prompt";
        }
    }
    EXPECT_EQ(consultations, 1);
    EXPECT_EQ(selfReports, 1);
    EXPECT_EQ(unreviewed, 1) << "the newest concern waits for the DSL's review";
    EXPECT_TRUE(vault->audit().verify().intact());
}

TEST_F(DemoSchoolTest, TheSameSeedMakesTheSameSchoolAndAnotherSeedAnother)
{
    TempFolder temp;
    const DemoSummary again =
        DemoSchool::create(temp.path(QStringLiteral("again")), demoDsl(), demoPassword(), options(11));
    const DemoSummary other =
        DemoSchool::create(temp.path(QStringLiteral("other")), demoDsl(), demoPassword(), options(12));
    EXPECT_EQ(again.concerns, s_summary.concerns);
    EXPECT_EQ(again.decisions, s_summary.decisions);
    EXPECT_EQ(again.referrals, s_summary.referrals);

    SchoolPicture first;
    {
        auto vault = open();
        first = picture(*vault);
    }
    auto repeat = open(temp.path(QStringLiteral("again.lantern")));
    const SchoolPicture second = picture(*repeat);
    EXPECT_EQ(first.roll, second.roll);
    EXPECT_EQ(first.concernsByUpn, second.concernsByUpn);
    EXPECT_EQ(first.chronologyByUpn, second.chronologyByUpn);
    EXPECT_EQ(first.adults, second.adults);
    repeat.reset();

    auto different = open(temp.path(QStringLiteral("other.lantern")));
    EXPECT_NE(first.roll, picture(*different).roll);
}

TEST_F(DemoSchoolTest, NeverGoesBesideRealRecordsAndOnlyADslMayFillAVault)
{
    // A vault that already has pupils is refused, and nothing is added to it.
    EXPECT_THROW(
        {
            try {
                DemoSchool::addTo(folder(), QStringLiteral("demo-dsl"), demoPassword(), options(3));
            } catch (const Error& error) {
                EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
                throw;
            }
        },
        Error);
    {
        auto vault = open();
        EXPECT_EQ(PupilRepository(*vault).list().size(), 20);
    }

    // An empty vault: a member of staff may not fill it; its DSL may.
    TempFolder temp;
    ManualClock clock(QDateTime(today, QTime(7, 0), Qt::UTC));
    {
        auto vault =
            Vault::create(temp.path(QStringLiteral("empty")),
                          {QStringLiteral("lead"), QStringLiteral("Lead"), Role::Dsl}, demoPassword(), clock);
        vault->addUser({QStringLiteral("teacher"), QStringLiteral("Teacher"), Role::Staff}, demoPassword());
    }
    const QString empty = temp.path(QStringLiteral("empty.lantern"));
    EXPECT_THROW(
        {
            try {
                DemoSchool::addTo(empty, QStringLiteral("teacher"), demoPassword(), options(3, 5));
            } catch (const Error& error) {
                EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied);
                throw;
            }
        },
        Error);
    const DemoSummary filled =
        DemoSchool::addTo(empty, QStringLiteral("lead"), demoPassword(), options(3, 5));
    EXPECT_EQ(filled.pupils, 5);
}

TEST_F(DemoSchoolTest, AnOutOfRangeSizeIsRefusedBeforeAnyVaultIsMade)
{
    TempFolder temp;
    try {
        DemoSchool::create(temp.path(QStringLiteral("huge")), demoDsl(), demoPassword(), options(1, 100000));
        FAIL() << "expected a refusal";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("Pupils"))) << qPrintable(error.message());
    }
    EXPECT_FALSE(QDir(temp.path(QStringLiteral("huge.lantern"))).exists());
}

} // namespace
