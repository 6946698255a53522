// The Audit log page as a DSL uses it before an inspection: the entries newest first, the filters, the chain
// check naming the first broken link, and the CSV export through the file chooser.
#include "admin/AuditPage.h"

#include "GuiTestSupport.h"
#include "admin/AdminFeature.h"
#include "admin/AuditModel.h"
#include "app/MainWindow.h"
#include "core/AtomicFile.h"
#include "records/ConcernRepository.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class AuditPageTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        m_amy = insertPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"));
        m_ben = insertPupil(QStringLiteral("Ben"), QStringLiteral("Ward"));
        NewConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24"), QStringLiteral("When"));
        concern.children = {{m_ben, ChildRole::Subject, {}, {}}};
        concern.categoryIds = {QStringLiteral("child-on-child-physical")};
        concern.account = QStringLiteral("Pushed over at break.");
        ConcernRepository(as(QStringLiteral("deputy"))).record(concern);
    }

    qint64 insertPupil(const QString& forename, const QString& surname)
    {
        return addTestPupil(dsl(), TestPupil(forename, surname));
    }

    std::unique_ptr<AuditPage> openPage()
    {
        auto page = std::make_unique<AuditPage>(dsl(), harness.services);
        page->resize(1000, 700);
        EXPECT_TRUE(showActive(*page));
        return page;
    }

    int auditCount(const QString& action)
    {
        AuditFilter filter;
        filter.actionPrefix = action;
        return static_cast<int>(m_vault->audit().entries(filter).size());
    }

    QStringList column(AuditPage& page, int column)
    {
        QStringList values;
        const QAbstractItemModel* shown = page.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            values.append(shown->index(row, column).data().toString());
        return values;
    }

    GuiHarness harness;
    qint64 m_amy = 0;
    qint64 m_ben = 0;
};

TEST_F(AuditPageTest, ShowsEveryEntryNewestFirstAndRecordsTheLook)
{
    dsl();
    const int before = auditCount(QString());
    EXPECT_EQ(auditCount(QStringLiteral("audit.view")), 0);
    // Each store keeps its own chain, numbered from 1 (the directory's, the cases', the adults'): the page
    // shows every entry of every chain the session holds the key of.
    QStringList expected;
    for (const AuditEntry& entry : m_vault->audit().entries())
        expected.append(QString::number(entry.seq));
    auto page = openPage();
    EXPECT_EQ(page->model()->rowCount(), before);
    QStringList numbers = column(*page, AuditTableModel::SeqColumn);
    numbers.sort();
    expected.sort();
    EXPECT_EQ(numbers, expected);
    EXPECT_GE(numbers.count(QStringLiteral("1")), 2)
        << "the directory's chain and the cases' each begin at 1";
    EXPECT_EQ(auditCount(QStringLiteral("audit.view")), 1);
    EXPECT_TRUE(page->countText().contains(QString::number(before))) << page->countText().toStdString();
}

TEST_F(AuditPageTest, BuildingThePageReadsNothingUntilItIsShown)
{
    AuditPage page(dsl(), harness.services);
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_EQ(auditCount(QStringLiteral("audit.view")), 0);
}

TEST_F(AuditPageTest, FiltersByUserActionPupilAndDays)
{
    auto page = openPage();
    auto* user = child<QComboBox>(page.get(), "auditUser");
    user->setCurrentIndex(user->findText(QStringLiteral("deputy")));
    QTest::mouseClick(child<QPushButton>(page.get(), "auditApply"), Qt::LeftButton);
    const QStringList actors = column(*page, AuditTableModel::ActorColumn);
    ASSERT_FALSE(actors.isEmpty());
    EXPECT_EQ(actors.count(QStringLiteral("deputy")), actors.size());

    user->setCurrentIndex(0);
    auto* action = child<QComboBox>(page.get(), "auditAction");
    action->setCurrentText(QStringLiteral("user."));
    page->applyFilters();
    EXPECT_EQ(page->model()->rowCount(), 6);
    action->setCurrentText(QString());

    auto* pupil = child<QLineEdit>(page.get(), "auditPupilSearch");
    pupil->setFocus();
    typeText(QStringLiteral("Ben"));
    pressKey(Qt::Key_Return);
    auto* matches = child<QComboBox>(page.get(), "auditPupil");
    ASSERT_EQ(matches->count(), 1);
    EXPECT_TRUE(matches->currentText().startsWith(QStringLiteral("Ben Ward")));
    page->applyFilters();
    ASSERT_TRUE(page->query().pupilId.has_value());
    EXPECT_EQ(*page->query().pupilId, m_ben);
    // Newest first: the concern about Ben, then his joining the roll.
    EXPECT_EQ(column(*page, AuditTableModel::ActionColumn),
              (QStringList{QStringLiteral("concern.add"), QStringLiteral("pupil.add")}));

    pupil->clear();
    auto* from = child<QDateEdit>(page.get(), "auditFrom");
    EXPECT_FALSE(from->isEnabled());
    QTest::mouseClick(child<QCheckBox>(page.get(), "auditUseFrom"), Qt::LeftButton);
    ASSERT_TRUE(from->isEnabled());
    from->setDate(QDate(2030, 1, 1));
    page->applyFilters();
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_EQ(page->query().from, QDate(2030, 1, 1));
    EXPECT_FALSE(page->query().to.has_value());
}

TEST_F(AuditPageTest, UnknownPupilIsSaidAndNothingIsRead)
{
    auto page = openPage();
    const int views = auditCount(QStringLiteral("audit.view"));
    child<QLineEdit>(page.get(), "auditPupilSearch")->setText(QStringLiteral("Nobody"));
    page->applyFilters();
    EXPECT_TRUE(page->countText().contains(QStringLiteral("No pupil matches")))
        << page->countText().toStdString();
    EXPECT_EQ(auditCount(QStringLiteral("audit.view")), views);
}

TEST_F(AuditPageTest, VerifyNamesTheFirstBrokenLink)
{
    auto page = openPage();
    QTest::mouseClick(child<QPushButton>(page.get(), "auditVerify"), Qt::LeftButton);
    EXPECT_TRUE(page->chainStatus().startsWith(QStringLiteral("Intact: ")))
        << page->chainStatus().toStdString();

    m_vault->database().exec("DROP TRIGGER IF EXISTS audit_log_no_update;");
    m_vault->database().exec("UPDATE audit_log SET details = 'nothing to see' WHERE seq = 4;");
    page->verifyChain();
    // The directory's chain (the session's main store), named as such.
    EXPECT_TRUE(page->chainStatus().startsWith(
        QStringLiteral("Broken at entry 4 of the directory chain: entry 4 has been changed")))
        << page->chainStatus().toStdString();
}

TEST_F(AuditPageTest, ExportWritesWhatIsShownToTheChosenFile)
{
    auto page = openPage();
    child<QComboBox>(page.get(), "auditAction")->setCurrentText(QStringLiteral("user."));
    page->applyFilters();
    const QString chosen = m_temp.path(QStringLiteral("inspection"));
    harness.files.nextPaths = {chosen};
    QTest::mouseClick(child<QPushButton>(page.get(), "auditExport"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !harness.messages.shown.isEmpty(); }, 30000));
    EXPECT_FALSE(page->isExporting());
    EXPECT_EQ(harness.messages.shown.first().kind, QStringLiteral("information"));
    EXPECT_TRUE(harness.messages.shown.first().text.contains(QStringLiteral("6 entries")))
        << harness.messages.shown.first().text.toStdString();

    const QByteArray csv = readWholeFile(chosen + QStringLiteral(".csv"));
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"
                               "seq,"));
    EXPECT_EQ(csv.count("\r\n"), 7);
    EXPECT_EQ(auditCount(QStringLiteral("audit.export")), 1);
}

TEST_F(AuditPageTest, CancelledFileChooserExportsNothing)
{
    auto page = openPage();
    harness.files.nextPaths = {QString()};
    EXPECT_FALSE(page->exportCsv());
    EXPECT_EQ(auditCount(QStringLiteral("audit.export")), 0);
    EXPECT_TRUE(harness.messages.shown.isEmpty());
}

TEST_F(AuditPageTest, EveryControlIsNamedAndReachedByTab)
{
    auto page = openPage();
    QList<QWidget*> controls;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
            qobject_cast<QDateEdit*>(widget) || qobject_cast<QTableView*>(widget) ||
            (qobject_cast<QLineEdit*>(widget) && !qobject_cast<QComboBox*>(widget->parent()) &&
             !qobject_cast<QDateEdit*>(widget->parent()));
        if (control && widget->isVisibleTo(page.get())) {
            controls.append(widget);
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
    child<QWidget>(page.get(), "auditUser")->setFocus();
    QList<QWidget*> reached;
    for (int i = 0; i < 30; ++i) {
        QWidget* focus = QApplication::focusWidget();
        reached.append(focus);
        if (focus && qobject_cast<QComboBox*>(focus->parent()))
            reached.append(focus->parentWidget()); // an editable combo's line edit
        pressKey(Qt::Key_Tab);
    }
    for (QWidget* control : controls) {
        if (control->isEnabled()) {
            EXPECT_TRUE(reached.contains(control)) << control->objectName().toStdString();
        }
    }
}

// With LANTERN_SCREENSHOT_DIR set, saves the Users and Audit log pages there (users.png, audit.png).
TEST_F(AuditPageTest, UsersAndAuditPagesCanBeLookedAt)
{
    MainWindow window(harness.services);
    registerAdminPages(window);
    dsl();
    window.openSession(std::move(m_vault));
    window.resize(1100, 720);
    ASSERT_TRUE(showActive(window));
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    for (const char* id : {"users", "audit"}) {
        ASSERT_TRUE(window.showPage(QLatin1String(id))) << id;
        EXPECT_TRUE(window.page(QLatin1String(id))->isVisible()) << id;
        QApplication::processEvents(); // the layout settles after the first read
        if (!folder.isEmpty()) {
            EXPECT_TRUE(
                window.grab().save(folder + QLatin1Char('/') + QLatin1String(id) + QStringLiteral(".png")));
        }
    }
    auto* audit = qobject_cast<AuditPage*>(window.page(QStringLiteral("audit")));
    ASSERT_NE(audit, nullptr);
    EXPECT_GT(audit->model()->rowCount(), 0); // read when first shown
}

TEST_F(AuditPageTest, AuditTableModelIsAWellBehavedModel)
{
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<AuditEntry> entries = dsl().audit().entries();
    model.setEntries(entries);
    EXPECT_GT(model.rowCount(), 5);
    EXPECT_EQ(model.rowCount(), entries.size());
    // In the order given. (Every entry here was written at the same instant of the test's clock, and entries
    // of different chains at one instant come chain by chain, so the first is not necessarily vault.create.)
    EXPECT_EQ(model.index(0, AuditTableModel::ActionColumn).data().toString(), entries.first().action);
    QStringList actions;
    for (int row = 0; row < model.rowCount(); ++row)
        actions.append(model.index(row, AuditTableModel::ActionColumn).data().toString());
    EXPECT_TRUE(actions.contains(QStringLiteral("vault.create")));
    EXPECT_TRUE(actions.contains(QStringLiteral("audit.key-registered")));
    // Entry numbers repeat across stores: the Store column says whose chain each entry is from.
    EXPECT_EQ(model.headerData(AuditTableModel::StoreColumn, Qt::Horizontal).toString(),
              QStringLiteral("Store"));
    QSet<QString> stores;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString store = model.index(row, AuditTableModel::StoreColumn).data().toString();
        stores.insert(store);
        EXPECT_EQ(store, AuditTableModel::chainTitle(entries.at(row).chain));
        if (entries.at(row).action == QLatin1String("vault.create")) {
            EXPECT_EQ(store, QStringLiteral("Directory"));
        }
    }
    EXPECT_TRUE(stores.contains(QStringLiteral("Directory")));
    EXPECT_TRUE(stores.contains(QStringLiteral("Case records")))
        << QStringList(stores.values()).join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(AuditTableModel::chainTitle(QStringLiteral("main")), QStringLiteral("Directory"));
    EXPECT_EQ(AuditTableModel::chainTitle(QStringLiteral("cases")), QStringLiteral("Case records"));
    EXPECT_EQ(AuditTableModel::chainTitle(QStringLiteral("adults")), QStringLiteral("Adults register"));
    EXPECT_EQ(AuditTableModel::chainTitle(QStringLiteral("headteacher")),
              QStringLiteral("Concerns about the headteacher"));
    model.setEntries({});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
