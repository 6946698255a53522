// The household on the Family tab: adding an unborn sibling by keyboard alone, amending with a reason,
// removing, and what the dialog refuses.
#include "GuiTestSupport.h"
#include "pupils/FamilyTab.h"
#include "pupils/HouseholdDialog.h"
#include "pupils/PupilRecordFixture.h"
#include "pupils/PupilRecordPage.h"
#include "records/HouseholdRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class FamilyTabHouseholdTest : public ZoesRecordFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ZoesRecordFixture::SetUp());
        tab = record->familyTab();
        record->tabs()->setCurrentWidget(tab);
    }

    QString cell(int row, int column) const
    {
        return tab->householdModel()->index(row, column).data().toString();
    }

    FamilyTab* tab = nullptr;
};

TEST_F(FamilyTabHouseholdTest, AddsAnUnbornSiblingByKeyboardAlone)
{
    QAbstractItemModelTester tester(tab->householdModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(tab->householdModel()->rowCount(), 0);
    ASSERT_TRUE(tab->addHouseholdButton()->isVisible());
    // Nothing selected: nothing to amend or remove.
    EXPECT_FALSE(tab->amendHouseholdButton()->isEnabled());
    EXPECT_FALSE(tab->removeHouseholdButton()->isEnabled());

    tab->addHouseholdButton()->setFocus();
    pressKey(Qt::Key_Space);
    // The dialog deletes itself once closed: watched through a QPointer.
    QPointer<HouseholdDialog> dialog = tab->findChild<HouseholdDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));

    EXPECT_EQ(QApplication::focusWidget(), dialog->nameEdit());
    typeText(QStringLiteral("Unborn baby"));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Unborn sibling"));
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->dateKindCombo());
    pressKey(Qt::Key_Down); // date of birth
    pressKey(Qt::Key_Down); // expected delivery date
    EXPECT_EQ(dialog->dateKindCombo()->currentIndex(),
              static_cast<int>(HouseholdDialog::DateKind::ExpectedDelivery));
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->dateEdit());
    // Today is 25 November 2026: the day is selected first; type the date over it, then Tab on to "Lives with
    // the child" (ticked already).
    typeText(QStringLiteral("01032027")); // each part moves on to the next once it is full
    EXPECT_EQ(dialog->dateEdit()->date(), QDate(2027, 3, 1));
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->livesWithCheck());
    EXPECT_TRUE(dialog->livesWithCheck()->isChecked());
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->responsibilityCheck());
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->interpreterCheck());
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->languageCombo());
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->notesEdit());
    typeText(QStringLiteral("Midwife involved"));
    pressMnemonic(Qt::Key_S);
    EXPECT_TRUE(!dialog || !dialog->isVisible()) << dialog->errorText().toStdString();

    ASSERT_EQ(tab->householdModel()->rowCount(), 1);
    EXPECT_EQ(cell(0, 0), QStringLiteral("Unborn baby"));
    EXPECT_EQ(cell(0, 1), QStringLiteral("Unborn sibling"));
    EXPECT_EQ(cell(0, 2), QStringLiteral("expected 1 March 2027"));
    EXPECT_EQ(cell(0, 3), QStringLiteral("Yes"));

    const QList<HouseholdMember> members = HouseholdRepository(*m_vault).members(data.zoe);
    ASSERT_EQ(members.size(), 1);
    EXPECT_EQ(members[0].current.expectedDeliveryDate, QDate(2027, 3, 1));
    EXPECT_FALSE(members[0].current.dateOfBirth.has_value());
    EXPECT_EQ(members[0].current.notes, QStringLiteral("Midwife involved"));
}

TEST_F(FamilyTabHouseholdTest, ARefusalIsShownBesideTheFieldAndNothingTypedIsLost)
{
    auto* dialog = qobject_cast<HouseholdDialog*>(tab->addHouseholdMember());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    dialog->nameEdit()->setText(QStringLiteral("Ava"));
    dialog->accept(); // no relationship
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().startsWith(QStringLiteral("Relationship:")))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(QApplication::focusWidget() == dialog->relationshipCombo() ||
                QApplication::focusWidget() == dialog->relationshipCombo()->lineEdit());
    EXPECT_EQ(dialog->nameEdit()->text(), QStringLiteral("Ava"));
    EXPECT_TRUE(HouseholdRepository(*m_vault).members(data.zoe).isEmpty());
}

TEST_F(FamilyTabHouseholdTest, AmendNeedsAReasonAndRemoveTakesThemOffTheList)
{
    HouseholdMemberDetails partner;
    partner.name = QStringLiteral("Dean Walsh");
    partner.relationship = QStringLiteral("Mother's partner");
    const qint64 id = HouseholdRepository(*m_vault).add(data.zoe, partner);
    tab->reload();
    ASSERT_EQ(tab->householdModel()->rowCount(), 1);
    tab->householdTable()->selectRow(0);
    ASSERT_TRUE(tab->amendHouseholdButton()->isEnabled());

    QPointer<HouseholdDialog> amend = qobject_cast<HouseholdDialog*>(tab->amendHouseholdMember());
    ASSERT_NE(amend, nullptr);
    ASSERT_TRUE(showActive(*amend));
    EXPECT_EQ(amend->nameEdit()->text(), QStringLiteral("Dean Walsh"));
    amend->livesWithCheck()->setChecked(false);
    amend->accept();
    EXPECT_TRUE(amend->isVisible());
    EXPECT_TRUE(amend->errorText().startsWith(QStringLiteral("Reason for the amendment")));
    EXPECT_EQ(QApplication::focusWidget(), amend->reasonEdit());
    typeText(QStringLiteral("Moved out on Friday"));
    amend->accept();
    EXPECT_TRUE(!amend || !amend->isVisible());
    ASSERT_EQ(tab->householdModel()->rowCount(), 1);
    EXPECT_EQ(cell(0, 3), QStringLiteral("No"));

    tab->householdTable()->selectRow(0);
    QPointer<HouseholdRemoveDialog> remove =
        qobject_cast<HouseholdRemoveDialog*>(tab->removeHouseholdMember());
    ASSERT_NE(remove, nullptr);
    ASSERT_TRUE(showActive(*remove));
    remove->reasonEdit()->setText(QStringLiteral("Recorded against the wrong child"));
    remove->accept();
    EXPECT_TRUE(!remove || !remove->isVisible());
    EXPECT_EQ(tab->householdModel()->rowCount(), 0);
    EXPECT_EQ(HouseholdRepository(*m_vault).get(id).history.size(), 3);
}

TEST_F(FamilyTabHouseholdTest, AHeadteacherWhoReadsCaseRecordsSeesTheHouseholdButNoButtons)
{
    HouseholdMemberDetails baby;
    baby.name = QStringLiteral("Ava Walsh");
    baby.relationship = QStringLiteral("Half-sister");
    baby.dateOfBirth = QDate(2026, 6, 14);
    HouseholdRepository(dsl()).add(data.zoe, baby);
    record.reset(); // its session is about to be locked
    dsl().setHeadteacherReadsCases(true);

    Vault& head = as(QStringLiteral("head"));
    Pupil zoe;
    zoe.id = data.zoe;
    RecordContext context{head, harness.services, nullptr, zoe, {}};
    FamilyTab readOnly(context);
    ASSERT_TRUE(showActive(readOnly));
    readOnly.ensureLoaded();
    ASSERT_EQ(readOnly.householdModel()->rowCount(), 1);
    EXPECT_EQ(readOnly.householdModel()->index(0, 2).data().toString(),
              QStringLiteral("born 14 June 2026 (5 months)"));
    EXPECT_FALSE(readOnly.addHouseholdButton()->isVisible());
    EXPECT_FALSE(readOnly.amendHouseholdButton()->isVisible());
    EXPECT_FALSE(readOnly.removeHouseholdButton()->isVisible());
}

} // namespace
