// The Child's voice tab: adding an entry by keyboard alone, and what the dialog refuses.
#include "pupils/VoiceTab.h"

#include "GuiTestSupport.h"
#include "common/PartialDateEdit.h"
#include "pupils/PupilRecordFixture.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilRecordTestData.h"
#include "records/VoiceRepository.h"
#include "support/RecordsFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class VoiceTabTest : public ZoesRecordFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ZoesRecordFixture::SetUp());
        record->tabs()->setCurrentWidget(record->voiceTab());
        tab = record->voiceTab();
    }

    VoiceTab* tab = nullptr;
};

TEST_F(VoiceTabTest, AddsTheChildsVoiceByKeyboardAlone)
{
    QAbstractItemModelTester tester(tab->table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(tab->table()->model()->rowCount(), 0);
    tab->addButton()->setFocus();
    pressKey(Qt::Key_Space);
    auto* dialog = tab->findChild<VoiceDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));

    // Precision first: choose "Month" (one down from "Day").
    EXPECT_EQ(QApplication::focusWidget(), dialog->whenEdit()->precisionCombo());
    pressKey(Qt::Key_Down);
    EXPECT_EQ(dialog->whenEdit()->precision(), PartialDate::Precision::Month);
    pressKey(Qt::Key_Tab); // the month
    EXPECT_EQ(QApplication::focusWidget(), dialog->whenEdit()->dateEdit());
    // Tab steps through the date's sections (month, year), then on to "How".
    for (int presses = 0; presses < 4 && QApplication::focusWidget() == dialog->whenEdit()->dateEdit();
         ++presses)
        pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->methodCombo());
    pressKey(Qt::Key_Down); // drawing
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->wordsEdit());
    typeText(QStringLiteral("A house with a sad face in the window"));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Crayons, a quiet room"));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Wants to stay with Nan"));
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->toldCheck());
    pressKey(Qt::Key_Space);
    pressKey(Qt::Key_Return);
    EXPECT_FALSE(dialog->isVisible()) << dialog->errorText().toStdString();

    const QList<VoiceEntry> entries = VoiceRepository(*m_vault).list(data.zoe);
    ASSERT_EQ(entries.size(), 1);
    const VoiceContent& content = entries.constFirst().current().content;
    EXPECT_EQ(content.method, QStringLiteral("drawing"));
    EXPECT_EQ(content.words, QStringLiteral("A house with a sad face in the window"));
    EXPECT_EQ(content.adaptations, QStringLiteral("Crayons, a quiet room"));
    EXPECT_EQ(content.wishesAndFeelings, QStringLiteral("Wants to stay with Nan"));
    EXPECT_TRUE(content.toldWhatHappensNext);
    EXPECT_EQ(content.captured, PartialDate::month(2026, 11));
    ASSERT_EQ(tab->table()->model()->rowCount(), 1);
    EXPECT_EQ(tab->table()->model()->index(0, 0).data().toString(), QStringLiteral("November 2026"));
}

TEST_F(VoiceTabTest, EmptyWordsAreRefusedInTheDialog)
{
    auto* dialog = qobject_cast<VoiceDialog*>(tab->add());
    ASSERT_NE(dialog, nullptr);
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText().isEmpty());
    EXPECT_TRUE(VoiceRepository(*m_vault).list(data.zoe).isEmpty());
}

} // namespace
