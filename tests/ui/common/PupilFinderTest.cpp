// Finding the right child, every time (issue 15), by keyboard: "archie" ranks the three Archies above the
// child whose middle name is Archie and shows each one's date of birth; Enter never adds a child chosen for
// the person; in staff mode (Lantern Submit's roster) Enter with no match adds nothing, and a child who is
// not on the list needs a year group and a confirmation.
#include "TriageTestSupport.h"
#include "common/PupilPicker.h"
#include "common/PupilPickerModels.h"
#include "concern/ConcernForm.h"
#include "submit/RosterSearch.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class PupilFinderTest : public TriageFixture {
protected:
    void SetUp() override
    {
        TriageFixture::SetUp();
        PupilRepository pupils(dsl());
        // Cooper sorts before Smith: by roll order alone Leo would have come first of these (issue 15).
        m_leo = pupils.add(child("Leo", "Archie", "Cooper", "3", QDate(2018, 9, 1), "3C", 11));
        m_archieBrown = pupils.add(child("Archie", "", "Brown", "6", QDate(2015, 1, 20), "6B", 12));
        m_archieSmith = pupils.add(child("Archie", "", "Smith", "4", QDate(2016, 10, 2), "4A", 13));
        m_otherArchieSmith = pupils.add(child("Archie", "James", "Smith", "4", QDate(2017, 3, 12), "4B", 14));
    }

    static Pupil child(const char* forename, const char* middle, const char* surname, const char* year,
                       QDate born, const char* registration, int serial)
    {
        Pupil p = pupil(forename, surname, serial, QString::fromUtf8(year));
        p.legalMiddleNames = QString::fromUtf8(middle);
        p.dateOfBirth = born;
        p.registrationGroup = QString::fromUtf8(registration);
        return p;
    }

    static QStringList rowsShown(const PupilPicker& picker)
    {
        QStringList rows;
        const QAbstractItemModel* model = picker.resultsView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, 0).data().toString());
        return rows;
    }

    // Staff mode as Lantern Submit builds it: the roster the profile carries, and a typed child allowed.
    static QList<RosterEntry> roster()
    {
        return {{QStringLiteral("Leo Cooper"), QStringLiteral("3")},
                {QStringLiteral("Archie Smith"), QStringLiteral("4")},
                {QStringLiteral("Archie Smith"), QStringLiteral("4")},
                {QStringLiteral("Amy Okafor"), QStringLiteral("6")}};
    }

    qint64 m_leo = 0;
    qint64 m_archieBrown = 0;
    qint64 m_archieSmith = 0;
    qint64 m_otherArchieSmith = 0;
};

TEST_F(PupilFinderTest, ArchieRanksTheThreeArchiesFirstWithTheirDatesOfBirthAndEnterWaitsForAChoice)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    PupilPicker& picker = *form.pupilPicker();
    ASSERT_EQ(QApplication::focusWidget(), picker.searchEdit());
    typeText(QStringLiteral("archie"));
    pressKey(Qt::Key_Return);

    // Three children are called Archie: Enter names none of them, and says why.
    EXPECT_TRUE(picker.isEmpty());
    EXPECT_TRUE(picker.hintText().contains(QStringLiteral("press Down"))) << picker.hintText().toStdString();
    EXPECT_TRUE(picker.findChild<QLabel*>(QStringLiteral("pupilPickerHint"))->isVisible());

    const QStringList rows = rowsShown(picker);
    ASSERT_EQ(rows.size(), 4) << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(rows[0].startsWith(QStringLiteral("Archie Brown"))) << rows[0].toStdString();
    EXPECT_TRUE(rows[0].contains(QStringLiteral("born 20/01/2015"))) << rows[0].toStdString();
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("Archie Smith"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QStringLiteral("born 02/10/2016"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QStringLiteral("registration group 4A"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[2].contains(QStringLiteral("legal name Archie James Smith"))) << rows[2].toStdString();
    EXPECT_TRUE(rows[2].contains(QStringLiteral("born 12/03/2017"))) << rows[2].toStdString();
    // The two Archie Smiths are marked; Archie Brown is not.
    EXPECT_TRUE(rows[1].contains(QStringLiteral("2 children called Archie Smith"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[2].contains(QStringLiteral("2 children called Archie Smith"))) << rows[2].toStdString();
    EXPECT_FALSE(rows[0].contains(QStringLiteral("children called"))) << rows[0].toStdString();
    // Leo, whose middle name is Archie, comes last.
    EXPECT_TRUE(rows[3].startsWith(QStringLiteral("Leo Cooper (legal name Leo Archie Cooper)")))
        << rows[3].toStdString();

    // Down into the matches, Down again, Enter: the row the person moved to, Archie Smith in 4A.
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Return);
    const QList<ConcernChild> children = picker.children();
    ASSERT_EQ(children.size(), 1);
    EXPECT_EQ(children[0].pupilId, m_archieSmith);
    EXPECT_TRUE(picker.hintText().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), picker.searchEdit()); // ready for the next child
}

TEST_F(PupilFinderTest, TheOneChildWhoseNameWasTypedInFullIsAddedByEnter)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    PupilPicker& picker = *form.pupilPicker();
    typeText(QStringLiteral("archie brown"));
    pressKey(Qt::Key_Return);
    ASSERT_EQ(picker.children().size(), 1);
    EXPECT_EQ(picker.children()[0].pupilId, m_archieBrown);

    // "coop" only begins Leo's surname: one match, but not typed in full, so he waits to be chosen.
    typeText(QStringLiteral("coop"));
    pressKey(Qt::Key_Return);
    EXPECT_EQ(picker.children().size(), 1);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Return);
    ASSERT_EQ(picker.children().size(), 2);
    EXPECT_EQ(picker.children()[1].pupilId, m_leo);
}

TEST_F(PupilFinderTest, StaffSeeOnlyNameAndYearWithAMarkWhereTwoChildrenShareAName)
{
    const RosterSearch search(roster());
    PupilPicker picker([&search](const QString& text) { return search.search(text); }, harness.messages);
    ASSERT_TRUE(showActive(picker));
    picker.searchEdit()->setFocus();
    typeText(QStringLiteral("archie"));
    pressKey(Qt::Key_Return); // two Archie Smiths: nothing is added
    EXPECT_TRUE(picker.isEmpty());
    const QStringList rows = rowsShown(picker);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0], QStringLiteral("Archie Smith — Year 4 (2 children called Archie Smith in Year 4)"));
    EXPECT_FALSE(rows[0].contains(QStringLiteral("born")));
}

TEST_F(PupilFinderTest, StaffEnterWithNoMatchAddsNothingAndSaysHowToAddAChildWhoIsNotListed)
{
    const RosterSearch search(roster());
    PupilPicker picker([&search](const QString& text) { return search.search(text); }, harness.messages);
    ASSERT_TRUE(showActive(picker));
    picker.searchEdit()->setFocus();
    typeText(QStringLiteral("bully"));
    pressKey(Qt::Key_Return);
    EXPECT_TRUE(picker.isEmpty());
    EXPECT_TRUE(harness.messages.shown.isEmpty()); // not even a question
    EXPECT_TRUE(picker.hintText().contains(QStringLiteral("No child on the school's list matches \"bully\"")))
        << picker.hintText().toStdString();

    // "Add as typed" without a year group: refused beside the field, the keyboard taken to the year group.
    picker.addTypedButton()->setFocus();
    pressKey(Qt::Key_Space);
    EXPECT_TRUE(picker.isEmpty());
    EXPECT_TRUE(picker.hintText().startsWith(QStringLiteral("Year group:")))
        << picker.hintText().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), picker.typedYearEdit());
}

TEST_F(PupilFinderTest, AChildWhoIsNotListedIsAddedOnlyWithAYearGroupAndOnceConfirmed)
{
    const RosterSearch search(roster());
    PupilPicker picker([&search](const QString& text) { return search.search(text); }, harness.messages);
    ASSERT_TRUE(showActive(picker));
    picker.searchEdit()->setFocus();
    typeText(QStringLiteral("Kofi Mensah"));
    picker.typedYearEdit()->setFocus();
    typeText(QStringLiteral("3"));
    picker.addTypedButton()->setFocus();

    harness.messages.nextAnswers = {false}; // "No": nothing added
    pressKey(Qt::Key_Space);
    EXPECT_TRUE(picker.isEmpty());
    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_EQ(harness.messages.shown[0].kind, QStringLiteral("confirm"));
    EXPECT_TRUE(harness.messages.shown[0].text.contains(QStringLiteral("Kofi Mensah (Year 3) is not on")))
        << harness.messages.shown[0].text.toStdString();

    harness.messages.nextAnswers = {true};
    pressKey(Qt::Key_Space);
    ASSERT_EQ(picker.chosenModel()->rowCount(), 1);
    const DirectoryPupil typed = picker.chosenModel()->chosen().first().pupil;
    EXPECT_LT(typed.id, 0);
    EXPECT_EQ(typed.displayName, QStringLiteral("Kofi Mensah"));
    EXPECT_EQ(typed.yearGroup, QStringLiteral("3"));
}

} // namespace
