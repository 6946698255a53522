// Finding the right child, every time: a forename or surname typed in full ranks above one begun, which ranks
// above a child found only through a middle name; children who share a name are counted so the finder can
// mark them; and only roles that may read pupil records learn what tells them apart.
#include "records/PupilRanking.h"

#include "records/PupilDirectory.h"
#include "records/PupilRepository.h"
#include "submit/RosterSearch.h"
#include "support/RecordsFixture.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class PupilRankingTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        PupilRepository pupils(dsl());
        // Leo's legal middle name is Archie and Cooper sorts before Smith: by roll order alone he would come
        // above two of the Archies, which is how the wrong child was named (issue 15).
        m_leo = pupils.add(pupil("Leo", "Archie", "Cooper", "3", {2018, 9, 1}, "3C"));
        m_archieBrown = pupils.add(pupil("Archie", "", "Brown", "6", {2015, 1, 20}, "6B"));
        m_archieSmith4a = pupils.add(pupil("Archie", "", "Smith", "4", {2016, 10, 2}, "4A"));
        m_archieSmith4b = pupils.add(pupil("Archie", "James", "Smith", "4", {2017, 3, 12}, "4B"));
        m_archibald = pupils.add(pupil("Archibald", "", "Adeyemi", "5", {2016, 6, 6}, "5A"));
    }

    static Pupil pupil(const char* forename, const char* middle, const char* surname, const char* year,
                       QDate born, const char* registration)
    {
        Pupil p;
        p.upnUnknownReason = QStringLiteral("UN2");
        p.legalForename = QString::fromUtf8(forename);
        p.legalMiddleNames = QString::fromUtf8(middle);
        p.legalSurname = QString::fromUtf8(surname);
        p.dateOfBirth = born;
        p.yearGroup = QString::fromUtf8(year);
        p.registrationGroup = QString::fromUtf8(registration);
        return p;
    }

    static QList<qint64> idsOf(const QList<DirectoryPupil>& found)
    {
        QList<qint64> ids;
        for (const DirectoryPupil& pupil : found)
            ids.append(pupil.id);
        return ids;
    }

    qint64 m_leo = 0;
    qint64 m_archieBrown = 0;
    qint64 m_archieSmith4a = 0;
    qint64 m_archieSmith4b = 0;
    qint64 m_archibald = 0;
};

TEST_F(PupilRankingTest, AForenameTypedInFullRanksAboveABegunNameAboveAMiddleName)
{
    const QList<DirectoryPupil> found = PupilDirectory(dsl()).search(QStringLiteral("archie"));
    // The three Archies by surname, then Leo (middle name only), though Cooper sorts before Smith.
    EXPECT_EQ(idsOf(found), (QList<qint64>{m_archieBrown, m_archieSmith4a, m_archieSmith4b, m_leo}));
    ASSERT_EQ(found.size(), 4);
    EXPECT_EQ(found[0].match, NameMatch::Exact);
    EXPECT_EQ(found[2].match, NameMatch::Exact);
    EXPECT_EQ(found[3].match, NameMatch::Other);

    // A name begun: Archibald and the Archies alike, by surname, and still Leo last.
    const QList<DirectoryPupil> begun = PupilDirectory(dsl()).search(QStringLiteral("archi"));
    EXPECT_EQ(idsOf(begun),
              (QList<qint64>{m_archibald, m_archieBrown, m_archieSmith4a, m_archieSmith4b, m_leo}));
    ASSERT_EQ(begun.size(), 5);
    EXPECT_EQ(begun[0].match, NameMatch::Prefix);
    EXPECT_EQ(begun[4].match, NameMatch::Other);
}

TEST_F(PupilRankingTest, TheLimitCutsAfterRankingSoTheChildMeantIsNeverCutOff)
{
    const QList<DirectoryPupil> found = PupilDirectory(dsl()).search(QStringLiteral("archie"), 3);
    EXPECT_EQ(idsOf(found), (QList<qint64>{m_archieBrown, m_archieSmith4a, m_archieSmith4b}));
}

TEST_F(PupilRankingTest, TheDslTeamSeesLegalNameDateOfBirthAndRegistrationGroup)
{
    const QList<DirectoryPupil> found = PupilDirectory(dsl()).search(QStringLiteral("cooper"));
    ASSERT_EQ(found.size(), 1);
    ASSERT_TRUE(found[0].details.has_value());
    EXPECT_EQ(found[0].details->legalName, QStringLiteral("Leo Archie Cooper"));
    EXPECT_EQ(found[0].details->dateOfBirth, QDate(2018, 9, 1));
    EXPECT_EQ(found[0].details->registrationGroup, QStringLiteral("3C"));
}

TEST_F(PupilRankingTest, ChildrenWhoShareANameAreCountedInAllAndWithinTheirYear)
{
    const QList<DirectoryPupil> found = PupilDirectory(dsl()).search(QStringLiteral("archie smith"));
    ASSERT_EQ(found.size(), 2);
    for (const DirectoryPupil& pupil : found) {
        EXPECT_EQ(pupil.sameName, 2);
        EXPECT_EQ(pupil.sameNameInYear, 2);
    }
    const QList<DirectoryPupil> brown = PupilDirectory(dsl()).search(QStringLiteral("brown"));
    ASSERT_EQ(brown.size(), 1);
    EXPECT_EQ(brown[0].sameName, 1);
}

// Lantern Submit on a staff member's computer: the same order, the same marks, and nothing but the name and
// year group the roster carries.
TEST_F(PupilRankingTest, TheStaffRosterRanksAndMarksTheSameWayWithoutDetails)
{
    const QList<RosterEntry> roster{{QStringLiteral("Leo Cooper"), QStringLiteral("3")},
                                    {QStringLiteral("Archibald Adeyemi"), QStringLiteral("5")},
                                    {QStringLiteral("Archie Smith"), QStringLiteral("4")},
                                    {QStringLiteral("Archie Smith"), QStringLiteral("4")},
                                    {QStringLiteral("Archie Smith"), QStringLiteral("6")}};
    const QList<DirectoryPupil> found = RosterSearch(roster).search(QStringLiteral("archie"));
    EXPECT_EQ(idsOf(found), (QList<qint64>{3, 4, 5})); // Leo's roster name has no Archie in it
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].match, NameMatch::Exact);
    EXPECT_EQ(found[0].sameName, 3);
    EXPECT_EQ(found[0].sameNameInYear, 2);
    EXPECT_EQ(found[2].sameNameInYear, 1);
    for (const DirectoryPupil& pupil : found)
        EXPECT_FALSE(pupil.details.has_value());
    // A year group typed finds the children through the year, which ranks with a middle name, not a name.
    const QList<DirectoryPupil> withYear = RosterSearch(roster).search(QStringLiteral("archi 4"));
    ASSERT_EQ(withYear.size(), 2);
    EXPECT_EQ(withYear[0].match, NameMatch::Other);
}

TEST(PupilRanking, AccentsAndCaseAreFoldedAndAUpnOrMiddleNameRanksLast)
{
    const PupilRanking ranking(QStringLiteral("ZOË"));
    EXPECT_EQ(ranking.match({QStringLiteral("Zoe"), QStringLiteral("Kowalski")}), NameMatch::Exact);
    EXPECT_EQ(
        PupilRanking(QStringLiteral("zo kow")).match({QStringLiteral("Zoë"), QStringLiteral("Kowalski")}),
        NameMatch::Prefix);
    EXPECT_EQ(PupilRanking(QStringLiteral("a123")).match({QStringLiteral("Zoë"), QStringLiteral("Kowalski")}),
              NameMatch::Other);
}

} // namespace
