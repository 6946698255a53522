// "My actions" (issue #15): a DSL sets an action for a deputy by keyboard (child found with the picker, what,
// due date, who); it appears in the deputy's list; after unlock with an overdue action the window opens on
// the list, the overdue one first and saying so in words; Done… by keyboard puts it in the child's
// chronology.
#include "actions/ActionsPage.h"

#include "GuiTestSupport.h"
#include "actions/ActionDialogs.h"
#include "actions/ActionsFeature.h"
#include "actions/ActionsModel.h"
#include "app/AllFeatures.h"
#include "app/MainWindow.h"
#include "common/PupilPicker.h"
#include "records/ActionRepository.h"
#include "records/ChronologyRepository.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

class ActionsPageTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        leo = addTestPupil(dsl(), TestPupil(s("Leo"), s("Cooper")).bornOn(QDate(2015, 3, 2)));
    }

    // The vault's clock and the window's, moved on together by whole days (today is 25 November 2026).
    void daysPass(int days)
    {
        m_clock.advanceSeconds(qint64(days) * 24 * 60 * 60);
        harness.clock.advanceSeconds(qint64(days) * 24 * 60 * 60);
    }

    GuiHarness harness;
    qint64 leo = 0;
    const QDate today{2026, 11, 25};
};

TEST_F(ActionsPageTest, ADslSetsAnActionByKeyboardAndItAppearsForItsAssignee)
{
    {
        ActionsPage page(dsl(), harness.services);
        ASSERT_TRUE(showActive(page));
        EXPECT_EQ(page.summaryLabel()->text(), s("You have no open actions."));
        page.newButton()->setFocus();
        pressKey(Qt::Key_Space);
        auto* dialog = page.findChild<NewActionDialog*>();
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(showActive(*dialog));

        // Saving with nothing chosen names the child first, and keeps the dialog open.
        pressKey(Qt::Key_Return, Qt::ControlModifier);
        EXPECT_TRUE(dialog->errorText().startsWith(s("Child:"))) << dialog->errorText().toStdString();

        dialog->picker()->searchEdit()->setFocus();
        typeText(s("Leo"));
        pressKey(Qt::Key_Return); // the one match is chosen
        ASSERT_EQ(dialog->picker()->children().size(), 1);
        EXPECT_EQ(dialog->picker()->children().first().pupilId, leo);

        pressMnemonic(Qt::Key_W);
        ASSERT_EQ(QApplication::focusWidget(), dialog->whatEdit());
        typeText(s("Call the social worker"));
        pressMnemonic(Qt::Key_U);
        ASSERT_EQ(QApplication::focusWidget(), dialog->dueEdit());
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(s("27/11/2026"));
        pressMnemonic(Qt::Key_T);
        ASSERT_EQ(QApplication::focusWidget(), dialog->assigneeCombo());
        typeText(s("Tomasz"));
        EXPECT_EQ(dialog->assigneeCombo()->currentData().toString(), s("deputy"));
        pressKey(Qt::Key_Return, Qt::ControlModifier);
        QApplication::processEvents();

        // The DSL's own list stays empty (it is the deputy's), and the page says what was saved.
        EXPECT_EQ(page.model()->rowCount(), 0);
        EXPECT_TRUE(page.confirmationLabel()->isVisible());
        EXPECT_TRUE(page.confirmationLabel()->text().contains(s("Tomasz")))
            << page.confirmationLabel()->text().toStdString();
    }

    MainWindow window(harness.services);
    registerActionsPages(window);
    as(s("deputy"));
    window.openSession(std::move(m_vault));
    auto* page = qobject_cast<ActionsPage*>(window.page(s("actions")));
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(page->model()->rowCount(), 1);
    const ActionsModel& model = *page->model();
    EXPECT_EQ(model.index(0, ActionsModel::ChildColumn).data().toString(), s("Leo Cooper"));
    EXPECT_EQ(model.index(0, ActionsModel::WhatColumn).data().toString(), s("Call the social worker"));
    EXPECT_EQ(model.index(0, ActionsModel::StatusColumn).data().toString(), s("Due in 2 days"));
    EXPECT_EQ(model.index(0, ActionsModel::SetByColumn).data().toString(), s("dsl"));
    window.lock();
}

TEST_F(ActionsPageTest, AfterUnlockTheOverdueListComesFirstAndDoneGoesIntoTheChronology)
{
    ActionRepository actions(dsl());
    actions.add(leo, s("Chase the school nurse"), today.addDays(9), s("deputy"));
    actions.add(leo, s("Call the social worker"), today, s("deputy"));
    daysPass(2);

    MainWindow window(harness.services);
    registerAllFeatures(window);
    as(s("deputy"));
    window.openSession(std::move(m_vault));
    ASSERT_TRUE(showActive(window));
    EXPECT_EQ(window.currentPageId(), s("actions"));
    auto* page = qobject_cast<ActionsPage*>(window.page(s("actions")));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->summaryLabel()->text(), s("You have 2 open actions; 1 is overdue, listed first."));
    const ActionsModel& model = *page->model();
    ASSERT_EQ(model.rowCount(), 2);
    // Overdue in words, first, not only in colour.
    EXPECT_EQ(model.index(0, ActionsModel::StatusColumn).data().toString(), s("Overdue by 2 days"));
    EXPECT_EQ(model.index(0, ActionsModel::WhatColumn).data().toString(), s("Call the social worker"));
    EXPECT_TRUE(model.index(0, ActionsModel::WhatColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(1, ActionsModel::StatusColumn).data().toString(), s("Due in 7 days"));
    EXPECT_FALSE(model.index(1, ActionsModel::WhatColumn).data(Qt::ForegroundRole).isValid());

    // The first (overdue) row is selected: Done… by keyboard, with a note, then Ctrl+Enter.
    page->table()->setFocus();
    pressMnemonic(Qt::Key_D);
    auto* dialog = page->findChild<EndActionDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    ASSERT_EQ(QApplication::focusWidget(), dialog->textEdit());
    typeText(s("Spoke to Sam Patel"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QApplication::processEvents();

    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ActionsModel::WhatColumn).data().toString(), s("Chase the school nurse"));
    EXPECT_TRUE(page->confirmationLabel()->text().contains(s("Leo Cooper's chronology")));
    EXPECT_EQ(page->summaryLabel()->text(), s("You have 1 open action; it is not overdue."));

    Vault* vault = window.vault();
    ASSERT_NE(vault, nullptr);
    const QList<ChronologyEntry> entries = ChronologyRepository(*vault).entries(leo);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].summary, s("Action done: Call the social worker — Spoke to Sam Patel"));
    window.lock();
}

TEST_F(ActionsPageTest, WithNothingOverdueTheWindowStartsAsUsualAndOnlyTheDslTeamHasThePage)
{
    ActionRepository(dsl()).add(leo, s("Call the social worker"), today, s("dsl"));
    for (const char* user : {"dsl", "deputy", "staff", "admin"}) {
        MainWindow window(harness.services);
        registerAllFeatures(window);
        as(s(user));
        window.openSession(std::move(m_vault));
        const bool team = QByteArray(user) == "dsl" || QByteArray(user) == "deputy";
        EXPECT_EQ(window.pageIds().contains(s("actions")), team) << user;
        EXPECT_NE(window.currentPageId(), s("actions")) << user;
        window.lock();
    }
}

// With LANTERN_SCREENSHOT_DIR set, saves the window as a deputy finds it after unlock with an overdue action
// (actions.png).
TEST_F(ActionsPageTest, MyActionsCanBeLookedAt)
{
    const qint64 maisie = addTestPupil(dsl(), TestPupil(s("Maisie"), s("Brown")).bornOn(QDate(2016, 5, 2)));
    ActionRepository actions(dsl());
    actions.add(leo, s("Call Leo's social worker about the strategy meeting"), today, s("deputy"));
    actions.add(maisie, s("Ask mum about the bruise on Maisie's arm"), today.addDays(3), s("deputy"));
    actions.add(leo, s("Chase the school nurse for the health assessment"), today.addDays(9), s("deputy"));
    daysPass(1);
    MainWindow window(harness.services);
    registerAllFeatures(window);
    as(s("deputy"));
    window.openSession(std::move(m_vault));
    window.resize(1100, 560);
    ASSERT_TRUE(showActive(window));
    EXPECT_EQ(window.currentPageId(), s("actions"));
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(50);
        EXPECT_TRUE(window.grab().save(folder + QStringLiteral("/actions.png")));
    }
    window.lock();
}

// Every control a person can reach has a name a screen reader can say (a button its text at least).
TEST_F(ActionsPageTest, EveryControlOnThePageAndInTheDialogsIsNamed)
{
    ActionRepository(dsl()).add(leo, s("Call the social worker"), today, s("dsl"));
    ActionsPage page(dsl(), harness.services);
    ASSERT_TRUE(showActive(page));
    const QList<QWidget*> roots{&page, page.newAction(), page.markDone(), page.cancelAction()};
    for (QWidget* root : roots) {
        ASSERT_NE(root, nullptr);
        root->show();
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            const bool control = button || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QTableView*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                                 qobject_cast<QLineEdit*>(widget);
            if (!control || !widget->isVisibleTo(root) || (button && !button->text().isEmpty()))
                continue;
            EXPECT_FALSE(widget->accessibleName().isEmpty())
                << root->objectName().toStdString() << "/" << widget->objectName().toStdString();
        }
    }
}

TEST_F(ActionsPageTest, ADueDateThatIsNotADayIsRefusedByName)
{
    EXPECT_EQ(NewActionDialog::parseDay(s("27/11/2026")), QDate(2026, 11, 27));
    EXPECT_EQ(NewActionDialog::parseDay(s("2026-11-27")), QDate(2026, 11, 27));
    EXPECT_EQ(NewActionDialog::parseDay(s("7/1/27")), QDate(2027, 1, 7));
    EXPECT_FALSE(NewActionDialog::parseDay(s("next week")).has_value());
    EXPECT_FALSE(NewActionDialog::parseDay(s("31/02/2027")).has_value());
}

} // namespace
