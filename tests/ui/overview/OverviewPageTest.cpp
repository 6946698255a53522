// The overviews across children as a DSL uses them by keyboard: the referrals waiting, the caseload, and
// Ctrl+F from anywhere, each row opening the child with Enter.
#include "overview/OverviewPage.h"

#include "GuiTestSupport.h"
#include "app/AllFeatures.h"
#include "app/MainWindow.h"
#include "overview/OverviewTable.h"
#include "overview/SearchPage.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilsPage.h"
#include "records/ConcernRepository.h"
#include "records/MeetingRepository.h"
#include "records/PlanRepository.h"
#include "records/ReferralRepository.h"
#include "referral/ReferralPupilFinder.h"
#include "referral/ReferralsPage.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class OverviewPageTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        m_zoe = addTestPupil(dsl(), TestPupil(QStringLiteral("Zoë"), QStringLiteral("Nguyễn")));
        m_leo = addTestPupil(dsl(), TestPupil(QStringLiteral("Leo"), QStringLiteral("Cooper")));

        Referral referral;
        referral.pupilId = m_zoe;
        referral.toWhom = QStringLiteral("MASH");
        referral.referredAt = fixedNow().addDays(-3);
        referral.method = ReferralMethod::Phone;
        ReferralRepository(dsl()).add(referral);

        Plan plan;
        plan.pupilId = m_leo;
        plan.type = PlanType::ChildProtection;
        plan.cpCategory = QStringLiteral("EMO");
        plan.startedOn = QDate(2026, 10, 12);
        plan.leadPractitioner = QStringLiteral("Priya Shah");
        PlanRepository(dsl()).add(plan);
        Meeting review;
        review.pupilId = m_leo;
        review.type = MeetingType::ReviewCpConference;
        review.heldOn = QDate(2027, 1, 18);
        MeetingRepository(dsl()).add(review);

        NewConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24"), QStringLiteral("When"));
        concern.children = {{m_zoe, ChildRole::Subject, {}, {}}};
        concern.categoryIds = {QStringLiteral("child-on-child-physical")};
        concern.account = QStringLiteral("Zoë said an older pupil pushed her into the fence at break.");
        ConcernRepository(dsl()).record(concern);
    }

    // The window a DSL sees after unlocking, every feature registered.
    void openWindow(const QString& username = QStringLiteral("dsl"))
    {
        registerAllFeatures(m_window);
        as(username);
        m_window.openSession(std::move(m_vault));
        m_window.resize(1200, 760);
        ASSERT_TRUE(showActive(m_window));
    }

    QStringList column(OverviewTable* table, int column)
    {
        QStringList values;
        const QAbstractItemModel* model = table->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, column).data().toString());
        return values;
    }

    int auditCount(Vault& vault, const QString& action)
    {
        AuditFilter filter;
        filter.actionPrefix = action;
        int count = 0;
        for (const AuditEntry& entry : vault.audit().entries(filter))
            count += entry.action == action ? 1 : 0;
        return count;
    }

    GuiHarness harness;
    MainWindow m_window{harness.services};
    qint64 m_zoe = 0;
    qint64 m_leo = 0;
};

TEST_F(OverviewPageTest, AReferralAwaitingAcknowledgementIsListedAndEnterOpensIt)
{
    openWindow();
    ASSERT_TRUE(m_window.showPage(QStringLiteral("overview")));
    auto* overview = qobject_cast<OverviewPage*>(m_window.page(QStringLiteral("overview")));
    ASSERT_NE(overview, nullptr);
    OverviewTable* table = overview->referrals()->table();
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(column(table, ReferralsOverview::WaitingColumn).first(),
              QStringLiteral("Awaiting acknowledgement"));
    EXPECT_EQ(column(table, ReferralsOverview::ChildColumn).first(), QStringLiteral("Zoë Nguyễn"));
    EXPECT_EQ(column(table, ReferralsOverview::ToWhomColumn).first(), QStringLiteral("MASH"));
    EXPECT_EQ(column(table, ReferralsOverview::MethodColumn).first(), QStringLiteral("Phone"));
    EXPECT_EQ(column(table, ReferralsOverview::AgeColumn).first(), QStringLiteral("3"));
    EXPECT_FALSE(table->view()->accessibleName().isEmpty());

    table->view()->setFocus();
    pressKey(Qt::Key_Return);
    EXPECT_EQ(m_window.currentPageId(), QStringLiteral("referrals"));
    auto* referrals = qobject_cast<ReferralsPage*>(m_window.page(QStringLiteral("referrals")));
    ASSERT_NE(referrals, nullptr);
    EXPECT_EQ(referrals->finder()->pupilId(), m_zoe);
    ASSERT_EQ(referrals->table()->rowCount(), 1);
    EXPECT_EQ(referrals->table()->currentRow(), 0) << "the referral opened is the one chosen";
    EXPECT_TRUE(referrals->table()->hasFocus());
}

TEST_F(OverviewPageTest, TheCaseloadListsAChildOnAChildProtectionPlanWithTheNextReview)
{
    openWindow();
    ASSERT_TRUE(m_window.showPage(QStringLiteral("overview")));
    auto* overview = qobject_cast<OverviewPage*>(m_window.page(QStringLiteral("overview")));
    overview->tabs()->setFocus();
    pressMnemonic(Qt::Key_C);
    EXPECT_EQ(overview->tabs()->currentWidget(), overview->caseload());
    OverviewTable* table = overview->caseload()->table();
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(column(table, CaseloadView::ChildColumn).first(), QStringLiteral("Leo Cooper"));
    EXPECT_EQ(column(table, CaseloadView::PlanColumn).first(), QStringLiteral("Child protection plan"));
    EXPECT_EQ(column(table, CaseloadView::StartedColumn).first(), QStringLiteral("12/10/2026"));
    EXPECT_EQ(column(table, CaseloadView::LeadColumn).first(), QStringLiteral("Priya Shah"));
    EXPECT_EQ(column(table, CaseloadView::NextMeetingColumn).first(),
              QStringLiteral("Review child protection conference, 18/01/2027"));

    table->view()->setFocus();
    pressKey(Qt::Key_Return);
    EXPECT_EQ(m_window.currentPageId(), QStringLiteral("pupils"));
    auto* pupils = qobject_cast<PupilsPage*>(m_window.page(QStringLiteral("pupils")));
    ASSERT_NE(pupils, nullptr);
    ASSERT_NE(pupils->record(), nullptr) << "Enter opens the child's record";
    EXPECT_GE(auditCount(*m_window.vault(), QStringLiteral("plan.view")), 1);
}

TEST_F(OverviewPageTest, CtrlFThenANameShowsThePupilAndTheConcernAndEnterOpensTheChild)
{
    openWindow();
    ASSERT_TRUE(m_window.showPage(QStringLiteral("overview")));
    pressKey(Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(m_window.currentPageId(), QStringLiteral("search"));
    auto* search = qobject_cast<SearchPage*>(m_window.page(QStringLiteral("search")));
    ASSERT_NE(search, nullptr);
    ASSERT_EQ(QApplication::focusWidget(), search->searchEdit()) << "Ctrl+F puts the cursor in the box";

    const int searchesBefore = auditCount(*m_window.vault(), QStringLiteral("search"));
    typeText(QStringLiteral("zoe"));
    OverviewTable* results = search->results();
    EXPECT_TRUE(QTest::qWaitFor([&] { return results->model()->rowCount() >= 2; }, 3000))
        << "the results come a moment after typing stops";
    const QStringList kinds = column(results, SearchPage::KindColumn);
    EXPECT_EQ(kinds.value(0), QStringLiteral("Pupil"));
    EXPECT_TRUE(kinds.contains(QStringLiteral("Concern"))) << kinds.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(column(results, SearchPage::ChildColumn).value(0), QStringLiteral("Zoë Nguyễn"));
    EXPECT_TRUE(search->summary()->text().contains(QStringLiteral("zoe")));
    EXPECT_EQ(auditCount(*m_window.vault(), QStringLiteral("search")), searchesBefore + 1)
        << "one search, audited as the CLI's is, not one per letter";

    results->view()->setFocus();
    pressKey(Qt::Key_S, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), search->searchEdit()) << "Alt+S returns to the box";
    pressKey(Qt::Key_Down);
    EXPECT_TRUE(results->view()->hasFocus());
    pressKey(Qt::Key_Return);
    EXPECT_EQ(m_window.currentPageId(), QStringLiteral("pupils"));
    auto* pupils = qobject_cast<PupilsPage*>(m_window.page(QStringLiteral("pupils")));
    ASSERT_NE(pupils->record(), nullptr);
}

TEST_F(OverviewPageTest, RolesThatCannotReadCaseRecordsHaveNoOverviews)
{
    openWindow(QStringLiteral("admin"));
    EXPECT_EQ(m_window.page(QStringLiteral("overview")), nullptr);
    EXPECT_EQ(m_window.page(QStringLiteral("search")), nullptr);
    EXPECT_FALSE(m_window.showPage(QStringLiteral("search")));
}

// With LANTERN_SCREENSHOT_DIR set, saves the overview's two tabs and a search there.
TEST_F(OverviewPageTest, OverviewPagesCanBeLookedAt)
{
    openWindow();
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    ASSERT_TRUE(m_window.showPage(QStringLiteral("overview")));
    auto* overview = qobject_cast<OverviewPage*>(m_window.page(QStringLiteral("overview")));
    const auto save = [&](const char* name) {
        QApplication::processEvents();
        if (!folder.isEmpty()) {
            EXPECT_TRUE(m_window.grab().save(folder + QLatin1Char('/') + QLatin1String(name) +
                                             QStringLiteral(".png")));
        }
    };
    save("overview-referrals");
    overview->tabs()->setCurrentIndex(1);
    save("overview-caseload");
    ASSERT_TRUE(m_window.showPage(QStringLiteral("search")));
    auto* search = qobject_cast<SearchPage*>(m_window.page(QStringLiteral("search")));
    search->searchEdit()->setText(QStringLiteral("zoe"));
    search->search();
    save("search");
}

} // namespace
