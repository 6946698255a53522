// The inbox and the staff page: what each role sees, the order and the count, and Enter to triage.
#include "TriageTestSupport.h"
#include "app/MainWindow.h"
#include "audit/AuditLog.h"
#include "common/PupilPicker.h"
#include "concern/CategoryPicker.h"
#include "concern/ConcernForm.h"
#include "inbox/InboxFeature.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPage.h"
#include "inbox/TriageDialog.h"
#include "records/DecisionRepository.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class InboxTest : public TriageFixture {
protected:
    // Records a concern as `username`, `minutesLater` after the fixture's time.
    qint64 recordAs(const QString& username, const NewConcern& concern, int minutesLater)
    {
        m_clock.set(fixedNow().addSecs(60LL * minutesLater));
        return ConcernRepository(as(username)).record(concern);
    }

    QStringList navigationTitles(MainWindow& window)
    {
        QStringList titles;
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int i = 0; nav && i < nav->count(); ++i)
            titles.append(nav->item(i)->text());
        return titles;
    }
};

TEST_F(InboxTest, NewConcernsAreListedOldestFirstWithTheCountInTheTitle)
{
    NewConcern backdated = concernAbout(m_zoe, QStringLiteral("Zoë's account."));
    backdated.occurred = PartialDate::month(2026, 10);
    const qint64 second = recordAs(QStringLiteral("dsl"), concernAbout(m_ben), 20);
    const qint64 first = recordAs(QStringLiteral("deputy"), concernAbout(m_amy), 5);
    const qint64 third = recordAs(QStringLiteral("deputy"), backdated, 40);
    const qint64 triaged = recordAs(QStringLiteral("dsl"), concernAbout(m_amy), 50);
    NewDecision decision;
    decision.outcome = QStringLiteral("monitor");
    decision.reasons = QStringLiteral("Watch and wait.");
    decision.parentsInformed = ParentsInformed::Yes;
    DecisionRepository(dsl()).add(triaged, decision);

    MainWindow window(harness.services);
    registerInboxPages(window);
    window.openSession(std::move(m_vault));
    EXPECT_EQ(window.pageIds().constFirst(), QStringLiteral("inbox"));
    EXPECT_EQ(navigationTitles(window).constFirst(), QStringLiteral("Inbox (3)"));
    EXPECT_FALSE(window.pageIds().contains(QStringLiteral("my-concerns")));

    auto* page = qobject_cast<InboxPage*>(window.page(QStringLiteral("inbox")));
    ASSERT_NE(page, nullptr);
    InboxModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 3);
    // Oldest recorded first, whatever the concern is about.
    EXPECT_EQ(model->concernId(0), first);
    EXPECT_EQ(model->concernId(1), second);
    EXPECT_EQ(model->concernId(2), third);
    EXPECT_EQ(model->index(0, InboxModel::ChildrenColumn).data().toString(), QStringLiteral("Amy Okafor"));
    EXPECT_EQ(model->index(2, InboxModel::OccurredColumn).data().toString(), QStringLiteral("October 2026"));
    EXPECT_EQ(model->index(0, InboxModel::CategoriesColumn).data().toString(),
              QStringLiteral("Physical abuse by an adult"));
    EXPECT_EQ(model->index(1, InboxModel::RecordedByColumn).data(InboxModel::RawRole).toString(),
              QStringLiteral("dsl"));
    EXPECT_EQ(model->index(0, InboxModel::RecordedColumn).data(InboxModel::RawRole).toDateTime(),
              fixedNow().addSecs(300));

    // Reading the inbox is a view, with the acting user.
    bool audited = false;
    for (const AuditEntry& entry : window.vault()->audit().entries())
        audited = audited || (entry.action == QStringLiteral("concern.inbox.view") &&
                              entry.actor == QStringLiteral("dsl"));
    EXPECT_TRUE(audited);
}

TEST_F(InboxTest, EnterOnARowOpensTriageForThatConcern)
{
    recordAs(QStringLiteral("deputy"), concernAbout(m_amy), 1);
    const qint64 second =
        recordAs(QStringLiteral("deputy"), concernAbout(m_ben, QStringLiteral("Ben's.")), 2);
    InboxPage page(dsl(), harness.services);
    page.resize(900, 500);
    ASSERT_TRUE(showActive(page));
    page.table()->setFocus();
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Return);
    auto* dialog = page.findChild<TriageDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->concern().id, second);
    EXPECT_TRUE(dialog->concernText().contains(QStringLiteral("Ben's.")));
    dialog->reject();
}

TEST_F(InboxTest, StaffTheHeadAndTheAdministratorGetNeitherTheInboxNorAConcernPage)
{
    // None of them holds the case key: staff and the head send concerns through Lantern Submit, whose
    // receipts Submit keeps, so the vault offers them no concern form and no "My concerns".
    recordAs(QStringLiteral("deputy"), concernAbout(m_zoe), 1);
    m_vault.reset();
    MainWindow window(harness.services);
    registerInboxPages(window);
    bool open = false;
    for (const char* name : {"staff", "head", "admin"}) {
        SCOPED_TRACE(name);
        if (open)
            window.lock();
        open = true;
        window.openSession(
            Vault::unlock(vaultFolder(), QString::fromLatin1(name),
                          SecureBytes::fromUtf8(passwordFor(QString::fromLatin1(name)).toUtf8()), m_clock));
        EXPECT_FALSE(window.pageIds().contains(QStringLiteral("inbox")));
        EXPECT_FALSE(window.pageIds().contains(QStringLiteral("my-concerns")));
        EXPECT_EQ(window.findChild<ConcernForm*>(), nullptr);
    }
}

// With LANTERN_SCREENSHOT_DIR set, saves the window with a few concerns waiting (inbox.png).
TEST_F(InboxTest, TheInboxCanBeLookedAt)
{
    NewConcern first = concernAbout(m_amy);
    first.occurred = PartialDate::minute(QDateTime(QDate(2026, 11, 24), QTime(10, 40)));
    first.children.append({m_ben, ChildRole::AllegedHarmer, {}, {}});
    first.categoryIds = {QStringLiteral("child-on-child-physical")};
    recordAs(QStringLiteral("deputy"), first, 1);
    NewConcern second = concernAbout(m_zoe);
    second.occurred = PartialDate::month(2026, 10);
    second.categoryIds = {QStringLiteral("online-abuse"), QStringLiteral("child-mental-health")};
    recordAs(QStringLiteral("dsl"), second, 30);
    NewConcern third = concernAbout(m_ben);
    third.categoryIds = {QStringLiteral("neglect")};
    recordAs(QStringLiteral("deputy"), third, 55);

    MainWindow window(harness.services);
    registerInboxPages(window);
    dsl();
    window.openSession(std::move(m_vault));
    window.resize(1100, 560);
    ASSERT_TRUE(showActive(window));
    auto* page = qobject_cast<InboxPage*>(window.page(QStringLiteral("inbox")));
    page->table()->setFocus();
    EXPECT_EQ(page->count(), 3);
    const QString dir = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/inbox.png")));
    }
}

} // namespace
