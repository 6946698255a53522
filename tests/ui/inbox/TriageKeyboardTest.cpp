// The key path, by keyboard alone: a DSL records a concern (QTest key presses only, no mouse),
// triages it from the inbox, and finds both in the children's chronology.
#include "TriageTestSupport.h"
#include "app/MainWindow.h"
#include "common/PartialDateEdit.h"
#include "common/PupilPicker.h"
#include "common/PupilPickerModels.h"
#include "concern/BodyMapWidget.h"
#include "concern/CategoryPicker.h"
#include "concern/ConcernForm.h"
#include "inbox/InboxFeature.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPage.h"
#include "inbox/TriageDialog.h"
#include "pupils/ChronologyModel.h"
#include "pupils/ChronologyTab.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilsFeature.h"
#include "pupils/PupilsPage.h"
#include "records/ChronologyRepository.h"
#include "records/DecisionRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class TriageKeyboardTest : public TriageFixture {};

template <typename T> T* activeDialog()
{
    T* found = nullptr;
    const bool active = QTest::qWaitFor([&found]() {
        found = qobject_cast<T*>(QApplication::activeModalWidget());
        return found && found->isActiveWindow();
    });
    return active ? found : nullptr;
}

TEST_F(TriageKeyboardTest, RecordByKeyboardAloneTriageAndFindItInTheChronology)
{
    MainWindow window(harness.services);
    registerInboxPages(window);
    registerPupilsPages(window);
    dsl();
    window.openSession(std::move(m_vault));
    ASSERT_TRUE(showActive(window));
    ASSERT_EQ(window.currentPageId(), QStringLiteral("inbox")); // first in the navigation
    auto* inbox = qobject_cast<InboxPage*>(window.page(QStringLiteral("inbox")));
    ASSERT_NE(inbox, nullptr);
    EXPECT_EQ(inbox->count(), 0);

    // Ctrl+N opens the form with the focus in "Find a child".
    pressKey(Qt::Key_N, Qt::ControlModifier);
    auto* form = activeDialog<ConcernForm>();
    ASSERT_NE(form, nullptr);
    QPointer<ConcernForm> formAlive(form);
    ASSERT_EQ(QApplication::focusWidget(), form->pupilPicker()->searchEdit());

    // Amy, the subject: type and Enter.
    typeText(QStringLiteral("amy"));
    pressKey(Qt::Key_Return);
    // Ben, the alleged harmer: type, wait for the matches, Tab to "Their part", Down, Tab to "Add child",
    // Space.
    typeText(QStringLiteral("hughes"));
    ASSERT_TRUE(QTest::qWaitFor([form]() { return form->pupilPicker()->searchModel()->rowCount() == 1; }));
    ASSERT_TRUE(tabTo(form->pupilPicker()->roleCombo()));
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Space);
    const QList<ConcernChild> children = form->pupilPicker()->children();
    ASSERT_EQ(children.size(), 2);
    EXPECT_EQ(children[0].pupilId, m_amy);
    EXPECT_EQ(children[0].role, ChildRole::Subject);
    EXPECT_EQ(children[1].pupilId, m_ben);
    EXPECT_EQ(children[1].role, ChildRole::AllegedHarmer);

    // When it happened: known to the month only (precision Day → Month with Down).
    ASSERT_TRUE(tabTo(form->whenEdit()->precisionCombo()));
    pressKey(Qt::Key_Down);
    EXPECT_EQ(form->whenEdit()->value(), PartialDate::month(2026, 11));

    ASSERT_TRUE(tabTo(form->locationEdit()));
    typeText(QStringLiteral("Year 6 cloakroom"));

    // A category: filter, Down into the tree, Space ticks the first match.
    ASSERT_TRUE(tabTo(form->categoryPicker()->filterEdit()));
    typeText(QStringLiteral("physical another"));
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Space);
    EXPECT_EQ(form->categoryPicker()->checkedIds(), QStringList{QStringLiteral("child-on-child-physical")});

    ASSERT_TRUE(tabTo(form->accountEdit()));
    typeText(QStringLiteral("At 10:40 Amy came out of the cloakroom crying and holding her left arm."));
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), form->childWordsEdit());
    typeText(QStringLiteral("Ben twisted it cos I wouldn't give him my phone"));

    // A body-map mark without a mouse: choose "Front: left arm", Add mark, then the note.
    ASSERT_TRUE(tabTo(form->bodyMap()->regionCombo()));
    const int leftArm = form->bodyMap()->regionCombo()->findText(QStringLiteral("Front: left arm"));
    ASSERT_GE(leftArm, 0);
    for (int i = form->bodyMap()->regionCombo()->currentIndex(); i < leftArm; ++i)
        pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Space);
    ASSERT_EQ(QApplication::focusWidget(), form->bodyMap()->noteEdit());
    typeText(QStringLiteral("Red mark, about 4 cm"));

    ASSERT_TRUE(tabTo(form->immediateActionEdit()));
    typeText(QStringLiteral("Took Amy to the office; told the DSL in person."));

    // Ctrl+Enter records; the form closes and the inbox shows the concern.
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&formAlive]() { return formAlive.isNull() || !formAlive->isVisible(); }));
    ASSERT_EQ(inbox->count(), 1);
    EXPECT_EQ(inbox->title(), QStringLiteral("Inbox (1)"));
    const QModelIndex occurred = inbox->model()->index(0, InboxModel::OccurredColumn);
    EXPECT_EQ(occurred.data().toString(), QStringLiteral("November 2026"));
    const qint64 concernId = inbox->model()->concernId(0);

    Vault& vault = *window.vault();
    const Concern stored = ConcernRepository(vault).get(concernId);
    EXPECT_EQ(stored.current.location, QStringLiteral("Year 6 cloakroom"));
    EXPECT_EQ(stored.current.childWords, QStringLiteral("Ben twisted it cos I wouldn't give him my phone"));
    ASSERT_EQ(stored.current.bodyMap.size(), 1);
    EXPECT_EQ(stored.current.bodyMap[0].side, BodyMapMark::Side::Front);
    EXPECT_EQ(stored.current.bodyMap[0].note, QStringLiteral("Red mark, about 4 cm"));
    EXPECT_EQ(stored.recordedBy, QStringLiteral("dsl"));

    // Triage: Tab to the inbox, Enter on the row.
    ASSERT_TRUE(tabTo(inbox->table()));
    pressKey(Qt::Key_Return);
    auto* triage = activeDialog<TriageDialog>();
    ASSERT_NE(triage, nullptr);
    QPointer<TriageDialog> triageAlive(triage);
    EXPECT_TRUE(triage->concernText().contains(QStringLiteral("holding her left arm")));
    EXPECT_TRUE(triage->concernText().contains(QStringLiteral("Red mark, about 4 cm")));
    ASSERT_EQ(QApplication::focusWidget(), triage->outcomeCombo());
    pressKey(Qt::Key_Down); // No further action
    pressKey(Qt::Key_Down); // Monitor
    EXPECT_EQ(triage->outcomeCombo()->currentData().toString(), QStringLiteral("monitor"));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("First concern; Ben's behaviour is being addressed separately."));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Deputy DSL"));
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), triage->parentsCombo());
    EXPECT_FALSE(triage->parentsReasonEdit()->isEnabled());
    pressKey(Qt::Key_Down); // Yes
    pressKey(Qt::Key_Down); // No
    pressKey(Qt::Key_Down); // Not yet
    EXPECT_TRUE(triage->parentsReasonEdit()->isEnabled());
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), triage->parentsReasonEdit());
    typeText(QStringLiteral("Mother will be called after school today."));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(
        QTest::qWaitFor([&triageAlive]() { return triageAlive.isNull() || !triageAlive->isVisible(); }));

    // It has left the inbox and is triaged.
    EXPECT_EQ(inbox->count(), 0);
    EXPECT_EQ(inbox->title(), QStringLiteral("Inbox"));
    EXPECT_EQ(ConcernRepository(vault).status(concernId), ConcernStatus::Triaged);
    const QList<Decision> decisions = DecisionRepository(vault).list(concernId);
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions[0].current.parentsInformed, ParentsInformed::NotYet);
    EXPECT_EQ(decisions[0].current.consulted, QStringLiteral("Deputy DSL"));

    // Both children's chronologies hold the concern and the decision.
    for (const qint64 pupilId : {m_amy, m_ben}) {
        const QList<ChronologyEntry> entries = ChronologyRepository(vault).entries(pupilId);
        bool concernEntry = false;
        bool decisionEntry = false;
        for (const ChronologyEntry& entry : entries) {
            concernEntry = concernEntry ||
                           (entry.sourceType == QStringLiteral("concern") && entry.sourceId == concernId);
            decisionEntry = decisionEntry || (entry.sourceType == QStringLiteral("decision") &&
                                              entry.sourceId == decisions[0].id);
        }
        EXPECT_TRUE(concernEntry) << "pupil " << pupilId;
        EXPECT_TRUE(decisionEntry) << "pupil " << pupilId;
    }

    // And where the DSL reads it: Pupils → Amy's record → Chronology.
    ASSERT_TRUE(window.showPage(QStringLiteral("pupils")));
    auto* pupils = qobject_cast<PupilsPage*>(window.page(QStringLiteral("pupils")));
    ASSERT_NE(pupils, nullptr);
    pupils->openPupil(m_amy);
    PupilRecordPage* record = pupils->record();
    ASSERT_NE(record, nullptr);
    record->tabs()->setCurrentWidget(record->chronologyTab());
    ChronologyModel* chronology = record->chronologyTab()->model();
    ASSERT_TRUE(QTest::qWaitFor([chronology]() { return chronology->rowCount() >= 2; }));
    QStringList shown;
    const QAbstractItemModel* view = record->chronologyTab()->table()->model();
    for (int row = 0; row < view->rowCount(); ++row)
        shown.append(view->index(row, ChronologyModel::SummaryColumn).data().toString());
    const QString all = shown.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Concern (subject)"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Decision on concern %1: Monitor").arg(concernId)))
        << all.toStdString();
}

} // namespace
