// The Chronology tab: filters (significant only, type, dates), amended-away entries hidden, printing and
// saving as PDF with its audit entry.
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
#include <QPushButton>
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
        ASSERT_NO_FATAL_FAILURE(ZoesRecordFixture::SetUp());
        tab = record->chronologyTab();
        tab->setPrintSeam(&printer);
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

} // namespace
