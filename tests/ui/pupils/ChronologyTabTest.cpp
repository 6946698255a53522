// The Chronology tab: filters (significant only, type, dates), amended-away entries hidden, printing and
// saving as PDF with its audit entry; oldest or newest first (remembered), sorting by a column, the entry in
// full below the table (Enter), long text wrapped rather than cut.
#include "pupils/ChronologyTab.h"

#include "GuiTestSupport.h"
#include "audit/AuditLog.h"
#include "common/PrintSeam.h"
#include "pupils/ChronologyModel.h"
#include "pupils/PupilRecordFixture.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilRecordTestData.h"
#include "support/RecordsFixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class RecordingPrinter final : public PrintSeam {
public:
    QList<PrintDocument> printed;
    bool print(QWidget*, const PrintDocument& document) override
    {
        printed.append(document);
        return true;
    }
};

class ChronologyTabTest : public ZoesRecordFixture {
protected:
    void SetUp() override
    {
        // The order is remembered across sessions; every test starts from a first session (oldest first).
        QSettings().remove(ChronologyTab::newestFirstKey());
        ASSERT_NO_FATAL_FAILURE(ZoesRecordFixture::SetUp());
        tab = record->chronologyTab();
        tab->setPrintSeam(&printer);
    }

    void TearDown() override { QSettings().remove(ChronologyTab::newestFirstKey()); }

    // What the table shows in "What happened" on `row`.
    QString summaryShown(QTableView* table, int row)
    {
        return table->model()->index(row, ChronologyModel::SummaryColumn).data().toString();
    }

    // The table's row whose "What happened" starts with `summary`; -1 if none.
    int rowOf(const QString& summary)
    {
        QTableView* table = tab->table();
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (summaryShown(table, row).contains(summary))
                return row;
        return -1;
    }

    const ChronologyEntry* concernEntry()
    {
        for (const ChronologyEntry& entry : tab->model()->entries())
            if (entry.type == QLatin1String("concern"))
                return &entry;
        return nullptr;
    }

    QStringList shown()
    {
        QStringList summaries;
        for (const ChronologyEntry& entry : tab->filterModel()->visibleEntries())
            summaries.append(entry.summary);
        return summaries;
    }

    RecordingPrinter printer;
    ChronologyTab* tab = nullptr;
};

TEST_F(ChronologyTabTest, ShowsCurrentEntriesInEventOrderWithSupersededHidden)
{
    // March, June and September, then the concern of 10 November.
    ASSERT_EQ(shown().size(), 4);
    EXPECT_EQ(shown().mid(0, 3),
              (QStringList{QStringLiteral("Grandmother died"), QStringLiteral("Moved to a new flat"),
                           QStringLiteral("Asthma attack at school")}));
    EXPECT_FALSE(shown().contains(QStringLiteral("Asthma attack at home")));

    child<QCheckBox>(tab, "chronologySuperseded")->setChecked(true);
    EXPECT_TRUE(shown().contains(QStringLiteral("Asthma attack at home")));
    EXPECT_EQ(shown().size(), 5);
}

TEST_F(ChronologyTabTest, FiltersBySignificanceTypeAndDates)
{
    child<QCheckBox>(tab, "chronologySignificant")->setChecked(true);
    const QStringList significant = shown();
    EXPECT_TRUE(significant.contains(QStringLiteral("Grandmother died")));
    EXPECT_FALSE(significant.contains(QStringLiteral("Moved to a new flat")));
    EXPECT_EQ(significant.size(), 2); // the bereavement and the concern about abuse
    child<QCheckBox>(tab, "chronologySignificant")->setChecked(false);

    auto* type = child<QComboBox>(tab, "chronologyType");
    type->setCurrentIndex(type->findData(QStringLiteral("house-move")));
    EXPECT_EQ(shown(), QStringList{QStringLiteral("Moved to a new flat")});
    type->setCurrentIndex(0);

    // "March 2026" overlaps a range starting on 15 March; June does not fall before 1 May.
    child<QDateEdit>(tab, "chronologyFrom")->setDate(QDate(2026, 3, 15));
    child<QDateEdit>(tab, "chronologyTo")->setDate(QDate(2026, 5, 1));
    EXPECT_EQ(shown(), QStringList{QStringLiteral("Grandmother died")});
}

TEST_F(ChronologyTabTest, PrintsAndSavesWhatIsShownWithAnAuditEntry)
{
    child<QCheckBox>(tab, "chronologySignificant")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(tab, "chronologyPrint"), Qt::LeftButton);
    ASSERT_EQ(printer.printed.size(), 1);
    const PrintDocument& document = printer.printed.constFirst();
    EXPECT_EQ(document.protectiveMarking, QStringLiteral("OFFICIAL-SENSITIVE"));
    EXPECT_EQ(document.title, QStringLiteral("Chronology"));
    const auto* table = std::get_if<PrintTable>(&document.blocks.back());
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rows.size(), 2u);

    const QString path = m_temp.path(QStringLiteral("zoe-chronology"));
    harness.files.nextPaths = {path};
    QTest::mouseClick(child<QPushButton>(tab, "chronologySavePdf"), Qt::LeftButton);
    QFile pdf(path + QStringLiteral(".pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    const QList<AuditEntry> entries = auditEntries(*m_vault, QStringLiteral("chronology.export"));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.constFirst().objectId, QString::number(data.zoe));
    EXPECT_TRUE(entries.constFirst().details.contains(QStringLiteral("entries=2")));
    EXPECT_TRUE(harness.messages.shown.isEmpty());
}

TEST_F(ChronologyTabTest, ModelsAreWellBehaved)
{
    ChronologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ChronologyFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ChronologyFilter all;
    all.includeSuperseded = true;
    model.setEntries(ChronologyRepository(dsl()).entries(data.zoe, all));
    EXPECT_EQ(filter.rowCount(), 4);
    filter.setSignificantOnly(true);
    EXPECT_EQ(filter.rowCount(), 2);
    model.setEntries({});
    EXPECT_EQ(filter.rowCount(), 0);
}

TEST_F(ChronologyTabTest, OrderControlPutsTheNewestFirstAndIsRememberedForTheNextRecord)
{
    QTableView* table = tab->table();
    EXPECT_EQ(summaryShown(table, 0), QStringLiteral("Grandmother died")); // a first session: oldest first
    const ChronologyEntry* concern = concernEntry();
    ASSERT_NE(concern, nullptr);

    // By keyboard: Alt+E reaches the control, Down chooses "Newest first".
    pressKey(Qt::Key_E, Qt::AltModifier);
    ASSERT_EQ(QApplication::focusWidget(), tab->order());
    pressKey(Qt::Key_Down);
    EXPECT_EQ(tab->order()->currentText(), QStringLiteral("Newest first"));
    EXPECT_EQ(summaryShown(table, 0), concern->summary); // 10 November, the newest
    EXPECT_EQ(summaryShown(table, table->model()->rowCount() - 1), QStringLiteral("Grandmother died"));
    EXPECT_EQ(table->horizontalHeader()->sortIndicatorSection(), ChronologyModel::DateColumn);
    EXPECT_EQ(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    // A printout follows the screen and says it is newest first.
    QTest::mouseClick(child<QPushButton>(tab, "chronologyPrint"), Qt::LeftButton);
    ASSERT_EQ(printer.printed.size(), 1);
    const auto* printed = std::get_if<PrintTable>(&printer.printed.constFirst().blocks.back());
    ASSERT_NE(printed, nullptr);
    EXPECT_EQ(printed->rows.front().front(), concern->when.display());
    EXPECT_EQ(tab->filterModel()->describe(), QStringLiteral("All entries; newest first"));

    // The next record opened (another session's, as far as the tab knows) starts newest first.
    PupilRecordPage again(dsl(), harness.services, nullptr, data.zoe, std::function<void(qint64)>());
    again.chronologyTab()->ensureLoaded();
    EXPECT_EQ(again.chronologyTab()->order()->currentText(), QStringLiteral("Newest first"));
    EXPECT_EQ(summaryShown(again.chronologyTab()->table(), 0), concern->summary);
}

TEST_F(ChronologyTabTest, ColumnsSortByAClickOnTheirHeaderAndTheDateHeaderFollowsTheOrderControl)
{
    QTableView* table = tab->table();
    QHeaderView* header = table->horizontalHeader();
    const auto clickHeader = [header](int section) {
        const QPoint middle(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    };

    clickHeader(ChronologyModel::TypeColumn);
    // Bereavement, Concern…, Health, House move: by the type's name.
    EXPECT_EQ(table->model()->index(0, ChronologyModel::TypeColumn).data().toString(),
              QStringLiteral("Bereavement"));
    EXPECT_EQ(summaryShown(table, table->model()->rowCount() - 1), QStringLiteral("Moved to a new flat"));
    EXPECT_EQ(tab->order()->currentText(), QStringLiteral("Oldest first")); // not a date order: left alone

    clickHeader(ChronologyModel::DateColumn);
    clickHeader(ChronologyModel::DateColumn); // the second click reverses: newest first
    EXPECT_EQ(tab->order()->currentText(), QStringLiteral("Newest first"));
    EXPECT_TRUE(QSettings().value(ChronologyTab::newestFirstKey()).toBool());
    EXPECT_EQ(summaryShown(table, table->model()->rowCount() - 1), QStringLiteral("Grandmother died"));
}

TEST_F(ChronologyTabTest, EnterOnAConcernShowsTheWholeEntryWithTheChildsWordsAndMovesThere)
{
    QTableView* table = tab->table();
    QPlainTextEdit* detail = tab->detail();
    EXPECT_TRUE(detail->toPlainText().isEmpty()); // nothing chosen yet
    table->setFocus();
    pressKey(Qt::Key_End, Qt::ControlModifier); // the concern: the last of four, oldest first
    pressKey(Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), detail);
    const QString text = detail->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("\u201CMum's boyfriend grabbed me.\u201D"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Type: Concern"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("When: "))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Recorded by "))) << qPrintable(text);
    EXPECT_FALSE(detail->accessibleName().isEmpty());

    // Up in the table (Shift+Tab back to it) shows the entry above, with its source, without Enter.
    pressKey(Qt::Key_Tab, Qt::ShiftModifier);
    ASSERT_EQ(QApplication::focusWidget(), table);
    pressKey(Qt::Key_Home, Qt::ControlModifier);
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("What happened:\nGrandmother died")));
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("Source: Mother, by phone")));
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("Marked significant")));
}

TEST_F(ChronologyTabTest, ASupersededEntryShownSaysWhyItWasAmended)
{
    QTableView* table = tab->table();
    pressMnemonic(Qt::Key_U); // Show s&uperseded
    ASSERT_TRUE(child<QCheckBox>(tab, "chronologySuperseded")->isChecked());
    const int row = rowOf(QStringLiteral("[Superseded] Asthma attack at home"));
    ASSERT_GE(row, 0);
    table->setFocus();
    pressKey(Qt::Key_Home, Qt::ControlModifier);
    for (int step = 0; step < row; ++step)
        pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Enter);
    const QString text = tab->detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Asthma attack at home"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(
        QStringLiteral("Superseded by an amendment. Reason:\nIt happened at school, not at home")))
        << qPrintable(text);

    // The current version says nothing of an amendment.
    table->setFocus();
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Return);
    EXPECT_TRUE(tab->detail()->toPlainText().contains(QStringLiteral("Asthma attack at school")));
    EXPECT_FALSE(tab->detail()->toPlainText().contains(QStringLiteral("Superseded")));
}

TEST_F(ChronologyTabTest, LongTextWrapsInItsRowWithoutSidewaysScrolling)
{
    ManualChronologyEntry entry = manualEntry("2026-10-01", "family-change", "", false);
    entry.summary = QStringLiteral("Father left the family home after a row that neighbours reported to the "
                                   "police; Zoë stayed with her aunt for three nights and then returned to "
                                   "her mother, who says she is not coping and has asked the school for help "
                                   "with mornings, uniform and getting Zoë to school on time every day.");
    ChronologyRepository(dsl()).addManual(data.zoe, entry);
    tab->reload();
    QApplication::processEvents();

    QTableView* table = tab->table();
    const int longRow = rowOf(QStringLiteral("Father left"));
    const int shortRow = rowOf(QStringLiteral("Grandmother died"));
    ASSERT_GE(longRow, 0);
    EXPECT_EQ(summaryShown(table, longRow), entry.summary);               // the whole text, not cut
    EXPECT_GE(table->rowHeight(longRow), 2 * table->rowHeight(shortRow)); // on more than one line
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0);
}

// With LANTERN_SCREENSHOT_DIR set, saves the record with the concern's entry open in the detail pane
// (chronology-detail.png).
TEST_F(ChronologyTabTest, DetailPaneCanBeLookedAt)
{
    tab->table()->setFocus();
    pressKey(Qt::Key_End, Qt::ControlModifier);
    pressKey(Qt::Key_Return);
    EXPECT_FALSE(tab->detail()->toPlainText().isEmpty());
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(50);
        EXPECT_TRUE(record->grab().save(folder + QStringLiteral("/chronology-detail.png")));
    }
}

} // namespace
