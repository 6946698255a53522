// Every input on the Pupils page, on each tab of a pupil's record and in each of their dialogs has a name a
// screen reader can say.
#include "GuiTestSupport.h"
#include "pupils/ConcernHistory.h"
#include "pupils/PlansTab.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilRecordTestData.h"
#include "pupils/PupilsPage.h"
#include "pupils/VoiceTab.h"
#include "support/RecordsFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

bool isInput(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QAbstractItemView*>(widget);
}

// Parts Qt builds inside a composite control (a spin box's line edit, a combo's list, a table's corner
// button) are named by the control itself.
bool isInternal(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent) ||
            qobject_cast<const QAbstractItemView*>(parent) || qobject_cast<const QLineEdit*>(parent))
            return true;
    }
    return false;
}

QStringList unnamedInputs(const QWidget* root)
{
    QStringList unnamed;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isInput(widget) || isInternal(widget))
            continue;
        QString name = widget->accessibleName();
        if (name.isEmpty())
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
                name = button->text();
        if (name.isEmpty())
            unnamed.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                       widget->objectName()));
    }
    return unnamed;
}

class PupilRecordAccessibilityTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        data = makePupilRecordData(dsl());
    }
    GuiHarness harness;
    PupilRecordData data;
};

TEST_F(PupilRecordAccessibilityTest, EveryInputOnTheListTheTabsAndTheDialogsHasAnAccessibleName)
{
    PupilsPage list(dsl(), harness.services, nullptr);
    EXPECT_EQ(unnamedInputs(&list), QStringList());

    PupilRecordPage record(dsl(), harness.services, nullptr, data.zoe, std::function<void(qint64)>());
    ASSERT_TRUE(record.isValid());
    for (int index = 0; index < record.tabs()->count(); ++index) {
        record.tabs()->setCurrentIndex(index);
        EXPECT_EQ(unnamedInputs(record.tabs()->widget(index)), QStringList())
            << record.tabs()->tabText(index).toStdString();
    }
    EXPECT_EQ(unnamedInputs(&record), QStringList());

    record.concernsTab()->table()->selectRow(0);
    QDialog* amend = record.concernsTab()->amend();
    ASSERT_NE(amend, nullptr);
    EXPECT_EQ(unnamedInputs(amend), QStringList());
    amend->reject();
    QDialog* history = record.concernsTab()->showHistory();
    ASSERT_NE(history, nullptr);
    EXPECT_EQ(unnamedInputs(history), QStringList());
    history->reject();
    QDialog* voice = record.voiceTab()->add();
    EXPECT_EQ(unnamedInputs(voice), QStringList());
    voice->reject();
    QDialog* plan = record.plansTab()->addPlan();
    EXPECT_EQ(unnamedInputs(plan), QStringList());
    plan->reject();
    QDialog* meeting = record.plansTab()->addMeeting();
    EXPECT_EQ(unnamedInputs(meeting), QStringList());
    meeting->reject();
}

} // namespace
