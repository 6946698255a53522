// The roster import page: the dry-run report, importing only the valid rows, cancel writing nothing, file
// problems with their line, accessible names, and who gets the page.
#include "roster/RosterImportPage.h"

#include "TriageTestSupport.h"
#include "app/MainWindow.h"
#include "records/PupilRepository.h"
#include "roster/RosterFeature.h"
#include "roster/RosterImportModels.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>
#include <atomic>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(LANTERN_SOURCE_DIR "/tests/fixtures/import/") + QString::fromUtf8(name);
}

class RosterImportPageTest : public RecordsFixture {
protected:
    // Opens the window as `username` with the import page registered; the page, or nullptr if left out.
    RosterImportPage* openAs(const QString& username)
    {
        as(username);
        m_window = std::make_unique<MainWindow>(harness.services);
        registerRosterPages(*m_window);
        m_window->openSession(std::move(m_vault));
        return qobject_cast<RosterImportPage*>(m_window->page(QStringLiteral("roster-import")));
    }

    // Chooses `file` through the file dialog and checks it, as a person would.
    void check(RosterImportPage* page, const char* file)
    {
        harness.files.nextPaths = {fixture(file)};
        child<QPushButton>(page, "chooseImportFile")->click();
        child<QPushButton>(page, "checkImportFile")->click();
        ASSERT_TRUE(waitIdle(page));
    }

    static bool waitIdle(RosterImportPage* page)
    {
        return QTest::qWaitFor([page]() { return !page->isBusy(); }, 30000);
    }

    QList<Pupil> roll() { return PupilRepository(*m_window->vault()).list(); }

    GuiHarness harness;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(RosterImportPageTest, ABadRowIsReportedWithItsLineAndBlocksTheImport)
{
    RosterImportPage* page = openAs(QStringLiteral("dsl"));
    ASSERT_NE(page, nullptr);
    QAbstractItemModelTester rejectedTester(page->rejections(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester changesTester(page->changes(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    check(page, "one-bad-row.csv");

    ImportRejectionModel* rejected = page->rejections();
    ASSERT_EQ(rejected->rowCount(), 1);
    EXPECT_EQ(rejected->index(0, ImportRejectionModel::LineColumn).data().toLongLong(), 4);
    EXPECT_EQ(rejected->index(0, ImportRejectionModel::UpnColumn).data().toString(),
              QStringLiteral("A999900024099"));
    EXPECT_FALSE(rejected->index(0, ImportRejectionModel::ReasonColumn).data().toString().isEmpty());
    EXPECT_EQ(page->changes()->rowCount(), 3);
    EXPECT_EQ(page->changes()->index(0, ImportChangeModel::ChangeColumn).data().toString(),
              QStringLiteral("New"));
    EXPECT_TRUE(page->countsText().contains(QStringLiteral("New: 3")));
    EXPECT_TRUE(page->countsText().contains(QStringLiteral("Rejected: 1")));
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("Rejected rows: 1")));

    auto* import = child<QPushButton>(page, "startImport");
    EXPECT_FALSE(import->isEnabled());
    import->click();
    EXPECT_TRUE(harness.messages.shown.isEmpty());
    EXPECT_TRUE(roll().isEmpty()); // the dry run wrote nothing
}

TEST_F(RosterImportPageTest, ImportingOnlyTheValidRowsAddsThoseAfterConfirmingTheCounts)
{
    RosterImportPage* page = openAs(QStringLiteral("deputy"));
    ASSERT_NE(page, nullptr);
    check(page, "one-bad-row.csv");
    auto* import = child<QPushButton>(page, "startImport");
    child<QCheckBox>(page, "importValidOnly")->setChecked(true);
    ASSERT_TRUE(import->isEnabled());

    harness.messages.nextAnswers = {true};
    import->click();
    ASSERT_TRUE(waitIdle(page));
    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_EQ(harness.messages.shown[0].kind, QStringLiteral("confirm"));
    EXPECT_TRUE(harness.messages.shown[0].text.contains(QStringLiteral("Add 3 new pupils")));
    EXPECT_TRUE(harness.messages.shown[0].text.contains(QStringLiteral("The 1 rejected rows")));

    QStringList upns;
    for (const Pupil& pupil : roll())
        upns.append(pupil.upn);
    upns.sort();
    EXPECT_EQ(upns, QStringList({QStringLiteral("K999900024006"), QStringLiteral("W999900024005"),
                                 QStringLiteral("Z999900024007")}));
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("3 added")));
    EXPECT_FALSE(import->isEnabled()); // the report is spent: check again before another import
}

TEST_F(RosterImportPageTest, DecliningTheConfirmationWritesNothing)
{
    RosterImportPage* page = openAs(QStringLiteral("dsl"));
    check(page, "full-roll.csv");
    harness.messages.nextAnswers = {false};
    child<QPushButton>(page, "startImport")->click();
    ASSERT_TRUE(waitIdle(page));
    EXPECT_TRUE(roll().isEmpty());
}

// A full file that would mark more than a fifth of the roll as left is most likely the wrong file: the page
// says so when it is checked, and importing it asks a second time, naming how many, before anyone is marked.
TEST_F(RosterImportPageTest, MarkingMuchOfTheRollAsLeftIsConfirmedSeparately)
{
    RosterImportPage* page = openAs(QStringLiteral("dsl"));
    check(page, "mis-headings.csv");
    harness.messages.nextAnswers = {true};
    child<QPushButton>(page, "startImport")->click();
    ASSERT_TRUE(waitIdle(page));
    ASSERT_EQ(roll().size(), 3);

    check(page, "full-roll.csv");
    const QString warning = QStringLiteral("would mark 1 of the 3 pupils on the roll as left");
    EXPECT_TRUE(page->statusText().contains(warning)) << page->statusText().toStdString();
    const auto leavers = [this]() {
        qsizetype left = 0;
        for (const Pupil& pupil : roll())
            left += pupil.leavingDate.has_value() ? 1 : 0;
        return left;
    };

    harness.messages.shown.clear();
    harness.messages.nextAnswers = {true, false};
    child<QPushButton>(page, "startImport")->click();
    ASSERT_TRUE(waitIdle(page));
    ASSERT_EQ(harness.messages.shown.size(), 2);
    EXPECT_EQ(harness.messages.shown[1].kind, QStringLiteral("confirm"));
    EXPECT_TRUE(harness.messages.shown[1].text.contains(warning))
        << harness.messages.shown[1].text.toStdString();
    EXPECT_EQ(leavers(), 0) << "declining the leavers imported the file";

    harness.messages.nextAnswers = {true, true};
    child<QPushButton>(page, "startImport")->click();
    ASSERT_TRUE(waitIdle(page));
    EXPECT_EQ(leavers(), 1);
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("1 marked as left")))
        << page->statusText().toStdString();
}

TEST_F(RosterImportPageTest, CancellingTheImportWritesNothing)
{
    RosterImportPage* page = openAs(QStringLiteral("dsl"));
    // Holds the worker at its first progress report during the import until the test has pressed Cancel.
    std::atomic<bool> armed{false};
    QSemaphore started;
    QSemaphore proceed;
    page->setWorkerProgressHook([&](qint64, qint64) {
        if (armed.exchange(false)) {
            started.release();
            proceed.acquire();
        }
    });
    check(page, "full-roll.csv");
    ASSERT_TRUE(child<QPushButton>(page, "startImport")->isEnabled());

    armed = true;
    harness.messages.nextAnswers = {true};
    child<QPushButton>(page, "startImport")->click();
    ASSERT_TRUE(started.tryAcquire(1, 30000));
    auto* cancel = child<QPushButton>(page, "cancelImport");
    EXPECT_FALSE(cancel->isHidden());
    EXPECT_TRUE(cancel->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page, "startImport")->isEnabled());
    cancel->click();
    proceed.release();
    ASSERT_TRUE(waitIdle(page));

    EXPECT_TRUE(page->statusText().contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(roll().isEmpty());
    EXPECT_TRUE(cancel->isHidden());
}

TEST_F(RosterImportPageTest, AFileInAnotherEncodingIsRefusedWithItsLine)
{
    RosterImportPage* page = openAs(QStringLiteral("dsl"));
    check(page, "latin1.csv");
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("cannot be imported")));
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("UTF-8")));
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("3")));
    child<QCheckBox>(page, "importValidOnly")->setChecked(true);
    EXPECT_FALSE(child<QPushButton>(page, "startImport")->isEnabled());
}

TEST_F(RosterImportPageTest, AMissingFileIsReportedNotThrown)
{
    RosterImportPage* page = openAs(QStringLiteral("dsl"));
    check(page, "no-such-file.csv");
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("could not be checked")));
    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_EQ(harness.messages.shown[0].kind, QStringLiteral("warning"));
    EXPECT_FALSE(child<QPushButton>(page, "startImport")->isEnabled());
}

TEST_F(RosterImportPageTest, EveryInputHasAnAccessibleNameAndTheKeyboardReachesIt)
{
    RosterImportPage* page = openAs(QStringLiteral("dsl"));
    ASSERT_TRUE(m_window->showPage(QStringLiteral("roster-import")));
    ASSERT_TRUE(showActive(*m_window));
    check(page, "one-bad-row.csv");
    child<QCheckBox>(page, "importValidOnly")->setChecked(true);
    const QList<QWidget*> inputs = inputsOf(page);
    ASSERT_GE(inputs.size(), 7);
    for (QWidget* input : inputs)
        EXPECT_FALSE(input->accessibleName().isEmpty()) << qPrintable(input->objectName());
    EXPECT_FALSE(child<QProgressBar>(page, "importProgress")->accessibleName().isEmpty());

    child<QWidget>(page, "importPath")->setFocus();
    const QSet<QWidget*> reached = tabChain();
    for (const char* name :
         {"chooseImportFile", "checkImportFile", "rejectedRows", "importValidOnly", "startImport"})
        EXPECT_TRUE(reached.contains(child<QWidget>(page, name))) << name;
}

TEST_F(RosterImportPageTest, OnlyRolesThatManageTheRollGetThePage)
{
    // The roll is in the case records: only the DSL team hold its key. An administrator no longer imports it.
    EXPECT_NE(openAs(QStringLiteral("deputy")), nullptr);
    for (const char* name : {"admin", "staff", "head"}) {
        m_window.reset();
        EXPECT_EQ(openAs(QString::fromLatin1(name)), nullptr) << name;
    }
}

} // namespace
