// The Concerns tab fits its half of the record: no sideways scrolling, long category lists wrapped.
#include "GuiTestSupport.h"
#include "pupils/ConcernHistory.h"
#include "pupils/PupilRecordFixture.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class ConcernsTabTest : public ZoesRecordFixture {};

TEST_F(ConcernsTabTest, ManyCategoriesWrapInsteadOfScrollingSideways)
{
    // A concern under six categories: the longest line the table is likely to hold.
    NewConcern concern;
    concern.occurred = PartialDate::minute(QDateTime(QDate(2026, 11, 12), QTime(9, 0)));
    concern.children = {ConcernChild{data.zoe, ChildRole::Subject, {}, {}}};
    for (const HarmCategory& category : HarmCategories::get().all())
        if (concern.categoryIds.size() < 6)
            concern.categoryIds.append(category.id);
    concern.account = QStringLiteral("Arrived without a coat; said she had not eaten since yesterday.");
    ConcernRepository(dsl()).record(concern);

    // The record at about the room it has in the window at its first size (beside the navigation).
    record->resize(900, 640);
    record->tabs()->setCurrentWidget(record->concernsTab());
    QApplication::processEvents();
    QTableView* table = record->concernsTab()->table();
    ASSERT_EQ(table->model()->rowCount(), 2);

    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0);
    const int wide = table->model()->index(0, 1).data().toString().size() >
                             table->model()->index(1, 1).data().toString().size()
                         ? 0
                         : 1;
    EXPECT_EQ(table->model()->index(wide, 1).data().toString(), concernCategoryText(concern.categoryIds));
    EXPECT_GT(table->rowHeight(wide), table->rowHeight(1 - wide)); // wrapped onto more lines
    // Every column starts inside the table's visible width.
    for (int column = 0; column < table->model()->columnCount(); ++column)
        EXPECT_LE(table->columnViewportPosition(column) + table->columnWidth(column),
                  table->viewport()->width())
            << "column " << column;

    // With LANTERN_SCREENSHOT_DIR set, saves the tab (chronology-concerns.png) for a person to look at.
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        table->selectRow(wide);
        QTest::qWait(50);
        EXPECT_TRUE(record->grab().save(folder + QStringLiteral("/chronology-concerns.png")));
    }
}

} // namespace
