// Amending a concern from a pupil's record: the dialog shows the version it replaces, refuses to save without
// a reason, and with one adds version 2, which History then lists beside the original.
#include "pupils/AmendmentDialog.h"

#include "GuiTestSupport.h"
#include "pupils/ConcernHistory.h"
#include "pupils/PupilRecordFixture.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilRecordTestData.h"
#include "support/RecordsFixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class AmendmentDialogTest : public ZoesRecordFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ZoesRecordFixture::SetUp());
        record->tabs()->setCurrentWidget(record->concernsTab());
        tab = record->concernsTab();
        ASSERT_EQ(tab->table()->model()->rowCount(), 1);
        tab->table()->selectRow(0);
    }

    ConcernHistoryTab* tab = nullptr;
};

TEST_F(AmendmentDialogTest, ShowsTheCurrentVersionOfTheSelectedConcern)
{
    EXPECT_TRUE(tab->detail()->toPlainText().contains(QStringLiteral("“Mum's boyfriend grabbed me.”")));
    EXPECT_TRUE(tab->detail()->toPlainText().contains(QStringLiteral("Playground")));
}

TEST_F(AmendmentDialogTest, RefusesAnEmptyReasonAndWithOneAddsVersionTwo)
{
    QTest::mouseClick(child<QPushButton>(tab, "concernAmend"), Qt::LeftButton);
    auto* dialog = tab->findChild<AmendmentDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    // The version it replaces is shown beside the new one.
    EXPECT_TRUE(child<QPlainTextEdit>(dialog, "amendmentBefore")
                    ->toPlainText()
                    .contains(QStringLiteral("Bruise on the left forearm, about 3 cm.")));

    dialog->accountEdit()->setFocus();
    dialog->accountEdit()->selectAll();
    typeText(QStringLiteral("Bruise on the right forearm, about 3 cm."));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().startsWith(QStringLiteral("Reason for the amendment")));
    EXPECT_EQ(QApplication::focusWidget(), dialog->reasonEdit());
    EXPECT_EQ(ConcernRepository(*m_vault).get(data.concern).history.size(), 1);

    typeText(QStringLiteral("Wrong arm recorded"));
    pressKey(Qt::Key_Return);
    EXPECT_FALSE(dialog->isVisible());
    const Concern concern = ConcernRepository(*m_vault).get(data.concern);
    ASSERT_EQ(concern.history.size(), 2);
    EXPECT_EQ(concern.current.account, QStringLiteral("Bruise on the right forearm, about 3 cm."));
    EXPECT_EQ(concern.current.amendReason, QStringLiteral("Wrong arm recorded"));
    EXPECT_EQ(concern.current.amendedBy, QStringLiteral("dsl"));

    // The list and the detail show the amended concern; History lists both versions.
    EXPECT_EQ(tab->table()->model()->index(0, 3).data().toString(), QStringLiteral("2"));
    EXPECT_TRUE(tab->detail()->toPlainText().contains(QStringLiteral("right forearm")));
    QTest::mouseClick(child<QPushButton>(tab, "concernHistory"), Qt::LeftButton);
    auto* history = tab->findChild<ConcernHistoryDialog*>();
    ASSERT_NE(history, nullptr);
    QAbstractItemModelTester tester(history->versions()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(history->versions()->model()->rowCount(), 2);
    EXPECT_EQ(history->versions()->model()->index(0, 3).data().toString(), QStringLiteral("Original record"));
    EXPECT_EQ(history->versions()->model()->index(1, 2).data().toString(), QStringLiteral("dsl"));
    EXPECT_EQ(history->versions()->model()->index(1, 3).data().toString(),
              QStringLiteral("Wrong arm recorded"));
    history->versions()->selectRow(0);
    EXPECT_TRUE(history->detail()->toPlainText().contains(QStringLiteral("left forearm")));
}

TEST_F(AmendmentDialogTest, RefusesToSaveWhenNothingChanged)
{
    auto* dialog = qobject_cast<AmendmentDialog*>(tab->amend());
    ASSERT_NE(dialog, nullptr);
    dialog->reasonEdit()->setText(QStringLiteral("Just because"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().startsWith(QStringLiteral("Nothing has been changed")));
    EXPECT_EQ(ConcernRepository(*m_vault).get(data.concern).history.size(), 1);
}

} // namespace
