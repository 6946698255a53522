// The Pupils page: instant, accent-insensitive search; en_GB order; flags; opening a record by keyboard (and
// its audit entry); copying the UPN; Back; and the idle lock taking the record away.
#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "audit/AuditLog.h"
#include "common/ClipboardGuard.h"
#include "pupils/ChronologyModel.h"
#include "pupils/ChronologyTab.h"
#include "pupils/PupilListModel.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilRecordTestData.h"
#include "pupils/PupilsFeature.h"
#include "pupils/PupilsPage.h"
#include "records/PupilRepository.h"
#include "support/RecordsFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

class PupilListTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        data = makePupilRecordData(dsl());
    }

    QStringList shownNames(const PupilsPage& page)
    {
        QStringList names;
        const QAbstractItemModel* model = page.table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, PupilListModel::NameColumn).data().toString());
        return names;
    }

    // A main window with the record pages, unlocked as the DSL and showing the Pupils page.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(harness.services);
        registerPupilsPages(*window);
        dsl();
        window->openSession(std::move(m_vault));
        window->resize(1200, 760);
        EXPECT_TRUE(showActive(*window));
        EXPECT_TRUE(window->showPage(QStringLiteral("pupils")));
        return window;
    }

    GuiHarness harness;
    PupilRecordData data;
};

TEST_F(PupilListTest, FiltersAsYouTypeIgnoringCaseAndAccents)
{
    PupilsPage page(dsl(), harness.services, nullptr);
    ASSERT_TRUE(showActive(page));
    page.searchEdit()->setFocus();
    EXPECT_EQ(page.table()->model()->rowCount(), 5);

    typeText(QStringLiteral("zo"));
    EXPECT_EQ(shownNames(page), QStringList{u("Zoë Brown")});
    typeText(QStringLiteral("e"));
    EXPECT_EQ(shownNames(page), QStringList{u("Zoë Brown")});

    // Legal surname with its accents, typed without them; a UPN prefix; case.
    page.searchEdit()->clear();
    typeText(QStringLiteral("NGUYEN"));
    EXPECT_EQ(shownNames(page), QStringList{u("Zoë Brown")});
    page.searchEdit()->clear();
    typeText(QStringLiteral("lukasz"));
    EXPECT_EQ(shownNames(page), QStringList{u("Łukasz Lewandowski")});
    page.searchEdit()->clear();
    typeText(makeUpn(999, 4001, 15, 2).toLower());
    EXPECT_EQ(shownNames(page), QStringList{u("Owen Ó Súilleabháin")});
    page.searchEdit()->clear();
    typeText(QStringLiteral("owen suil"));
    EXPECT_EQ(shownNames(page), QStringList{u("Owen Ó Súilleabháin")});
    page.searchEdit()->clear();
    typeText(QStringLiteral("nobody"));
    EXPECT_TRUE(shownNames(page).isEmpty());
}

// Issue 15: a child whose middle name is what was typed comes below the children with that forename, in
// either order of the column, so Enter opens the child meant.
TEST_F(PupilListTest, TheSearchPutsANameTypedInFullAboveAMiddleName)
{
    PupilRepository pupils(dsl());
    Pupil leo;
    leo.upnUnknownReason = QStringLiteral("UN2");
    leo.legalForename = QStringLiteral("Leo");
    leo.legalMiddleNames = QStringLiteral("Archie");
    leo.legalSurname = QStringLiteral("Cooper");
    leo.dateOfBirth = QDate(2018, 9, 1);
    pupils.add(leo);
    Pupil archie = leo;
    archie.legalForename = QStringLiteral("Archie");
    archie.legalMiddleNames.clear();
    archie.legalSurname = QStringLiteral("Smith");
    pupils.add(archie);

    PupilsPage page(dsl(), harness.services, nullptr);
    ASSERT_TRUE(showActive(page));
    page.searchEdit()->setFocus();
    typeText(QStringLiteral("archie"));
    EXPECT_EQ(shownNames(page), (QStringList{QStringLiteral("Archie Smith"), QStringLiteral("Leo Cooper")}));
    page.table()->sortByColumn(PupilListModel::NameColumn, Qt::DescendingOrder);
    EXPECT_EQ(shownNames(page), (QStringList{QStringLiteral("Archie Smith"), QStringLiteral("Leo Cooper")}));
    // With nothing typed the column's order is the only order again.
    page.searchEdit()->clear();
    page.table()->sortByColumn(PupilListModel::NameColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownNames(page).indexOf(QStringLiteral("Leo Cooper")) <
                  shownNames(page).indexOf(QStringLiteral("Archie Smith")),
              true);
}

TEST_F(PupilListTest, SortsAsABritishReaderExpectsAndShowsFlags)
{
    PupilsPage page(dsl(), harness.services, nullptr);
    // By surname as known: Brown, de la Cruz, Dean, Lewandowski, Ó Súilleabháin (among the Os).
    EXPECT_EQ(shownNames(page), (QStringList{u("Zoë Brown"), u("Ana de la Cruz"), u("Sam Dean"),
                                             u("Łukasz Lewandowski"), u("Owen Ó Súilleabháin")}));
    const QAbstractItemModel* model = page.table()->model();
    EXPECT_EQ(model->index(0, PupilListModel::LegalNameColumn).data().toString(), u("Zoë Nguyễn"));
    EXPECT_TRUE(model->index(1, PupilListModel::LegalNameColumn).data().toString().isEmpty());
    EXPECT_EQ(model->index(0, PupilListModel::FlagsColumn).data().toStringList(),
              (QStringList{QStringLiteral("CP"), QStringLiteral("SEN")}));
    EXPECT_EQ(model->index(0, PupilListModel::FlagsColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Child protection plan, SEN support"));
    EXPECT_EQ(model->index(0, PupilListModel::FlagsColumn).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Child protection plan, SEN support"));

    // Year sorts as a number: 2, 7, 8, 9, 10.
    page.table()->sortByColumn(PupilListModel::YearColumn, Qt::AscendingOrder);
    QStringList years;
    for (int row = 0; row < model->rowCount(); ++row)
        years.append(model->index(row, PupilListModel::YearColumn).data().toString());
    EXPECT_EQ(years, (QStringList{QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("8"),
                                  QStringLiteral("9"), QStringLiteral("10")}));
}

TEST_F(PupilListTest, ListModelsAreWellBehaved)
{
    PupilListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PupilFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPupils(PupilRepository(dsl()).list());
    filter.sort(PupilListModel::NameColumn);
    filter.setSearchText(QStringLiteral("zoe"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setSearchText({});
    EXPECT_EQ(filter.rowCount(), 5);
    model.setPupils({});
    EXPECT_EQ(filter.rowCount(), 0);
}

TEST_F(PupilListTest, OnlyRolesThatReadPupilRecordsGetThePage)
{
    MainWindow window(harness.services);
    registerPupilsPages(window);
    as(QStringLiteral("staff"));
    window.openSession(std::move(m_vault));
    EXPECT_FALSE(window.pageIds().contains(QStringLiteral("pupils")));
    window.lock();
    as(QStringLiteral("admin"));
    window.openSession(std::move(m_vault));
    EXPECT_FALSE(window.pageIds().contains(QStringLiteral("pupils")));
    window.lock();
    as(QStringLiteral("deputy"));
    window.openSession(std::move(m_vault));
    EXPECT_TRUE(window.pageIds().contains(QStringLiteral("pupils")));
}

TEST_F(PupilListTest, OpensARecordByKeyboardAndAuditsTheView)
{
    auto window = openWindow();
    auto* page = qobject_cast<PupilsPage*>(window->page(QStringLiteral("pupils")));
    ASSERT_NE(page, nullptr);
    page->searchEdit()->setFocus();
    typeText(QStringLiteral("zoe"));
    pressKey(Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), page->table());
    pressKey(Qt::Key_Return);

    PupilRecordPage* record = page->record();
    ASSERT_NE(record, nullptr);
    ASSERT_TRUE(record->isValid());
    EXPECT_TRUE(record->isVisible());
    EXPECT_EQ(child<QLabel>(record, "recordName")->text(), u("Zoë Brown"));
    EXPECT_EQ(child<QLabel>(record, "recordLegalName")->text(), u("Zoë Nguyễn"));
    EXPECT_EQ(child<QLabel>(record, "recordUpn")->text(), makeUpn(999, 4001, 15, 1));
    EXPECT_EQ(child<QLabel>(record, "recordNhs")->text(), QStringLiteral("9434765919"));
    EXPECT_TRUE(child<QLabel>(record, "recordDateOfBirth")->text().contains(QStringLiteral("(age 12)")));
    EXPECT_NE(child<QLabel>(record, "flagCP"), nullptr);
    QStringList tabs;
    for (int index = 0; index < record->tabs()->count(); ++index)
        tabs.append(record->tabs()->tabText(index));
    EXPECT_EQ(tabs, (QStringList{QStringLiteral("Chronology"), QStringLiteral("Concerns"),
                                 QStringLiteral("Child's voice"), QStringLiteral("Plans and agencies"),
                                 QStringLiteral("Family"), QStringLiteral("Documents")}));

    AuditFilter views;
    views.actionPrefix = QStringLiteral("pupil.view");
    views.objectId = QString::number(data.zoe);
    const QList<AuditEntry> entries = window->vault()->audit().entries(views);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.constFirst().actor, QStringLiteral("dsl"));
    // The chronology tab is shown first, so it was read (and audited); the other tabs not yet.
    AuditFilter chronology;
    chronology.actionPrefix = QStringLiteral("chronology.view");
    EXPECT_EQ(window->vault()->audit().entries(chronology).size(), 1);
    AuditFilter voice;
    voice.actionPrefix = QStringLiteral("voice.view");
    EXPECT_TRUE(window->vault()->audit().entries(voice).isEmpty());

    // Alt+Left goes back to the list, with the record gone.
    QPointer<PupilRecordPage> gone = record;
    record->tabs()->setFocus();
    pressKey(Qt::Key_Left, Qt::AltModifier);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(gone.isNull());
    EXPECT_EQ(page->record(), nullptr);
    EXPECT_TRUE(page->table()->isVisible());
}

TEST_F(PupilListTest, CopiedUpnLeavesTheClipboardAfterThirtySeconds)
{
    auto window = openWindow();
    auto* page = qobject_cast<PupilsPage*>(window->page(QStringLiteral("pupils")));
    page->openPupil(data.zoe);
    auto* copy = child<QPushButton>(page->record(), "copyUpn");
    ASSERT_NE(copy, nullptr);
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), makeUpn(999, 4001, 15, 1));
    harness.clock.advanceSeconds(29);
    window->clipboard().checkNow();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), makeUpn(999, 4001, 15, 1));
    harness.clock.advanceSeconds(2);
    window->clipboard().checkNow();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());
}

TEST_F(PupilListTest, IdleLockDestroysTheRecordAndItsModels)
{
    auto window = openWindow();
    auto* page = qobject_cast<PupilsPage*>(window->page(QStringLiteral("pupils")));
    page->openPupil(data.zoe);
    QPointer<PupilRecordPage> record = page->record();
    QPointer<ChronologyModel> chronology = record->chronologyTab()->model();
    ASSERT_FALSE(record.isNull());
    record->tabs()->setCurrentIndex(2); // the voice tab reads its entries
    window->lock(MainWindow::LockReason::Idle);
    EXPECT_TRUE(window->isLocked());
    EXPECT_TRUE(record.isNull());
    EXPECT_TRUE(chronology.isNull());
    EXPECT_TRUE(window->page(QStringLiteral("pupils")) == nullptr);
}

TEST_F(PupilListTest, SiblingOpensTheirRecord)
{
    auto window = openWindow();
    auto* page = qobject_cast<PupilsPage*>(window->page(QStringLiteral("pupils")));
    page->openPupil(data.zoe);
    PupilRecordPage* record = page->record();
    record->tabs()->setCurrentIndex(4);
    QTableView* siblings = child<QTableView>(record, "siblingsTable");
    ASSERT_NE(siblings, nullptr);
    ASSERT_EQ(siblings->model()->rowCount(), 1);
    siblings->setFocus();
    siblings->selectRow(0);
    pressKey(Qt::Key_Return);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_NE(page->record(), nullptr);
    EXPECT_EQ(page->record()->pupilId(), data.lukasz);
    EXPECT_EQ(child<QLabel>(page->record(), "recordName")->text(), u("Łukasz Lewandowski"));
}

// With LANTERN_SCREENSHOT_DIR set, saves the Pupils list (pupils.png) and Zoë's record on the chronology
// tab (pupil-record.png).
TEST_F(PupilListTest, PagesCanBeLookedAt)
{
    auto window = openWindow();
    auto* page = qobject_cast<PupilsPage*>(window->page(QStringLiteral("pupils")));
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    QTest::qWait(50);
    if (!folder.isEmpty()) {
        EXPECT_TRUE(window->grab().save(folder + QStringLiteral("/pupils.png")));
    }
    page->openPupil(data.zoe);
    QTest::qWait(50);
    if (!folder.isEmpty()) {
        EXPECT_TRUE(window->grab().save(folder + QStringLiteral("/pupil-record.png")));
    }
    EXPECT_TRUE(page->record()->isVisible());
}

} // namespace
