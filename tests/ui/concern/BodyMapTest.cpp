// The body map: a click on the outline places a mark with a note, the keyboard can do the same, marks can
// be taken away, and what is recorded is the JSON the model keeps.
#include "TriageTestSupport.h"
#include "common/PupilPicker.h"
#include "concern/BodyMapModel.h"
#include "concern/BodyMapWidget.h"
#include "concern/CategoryPicker.h"
#include "concern/ConcernForm.h"
#include "records/ConcernValidator.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class BodyMapTest : public TriageFixture {};

TEST_F(BodyMapTest, AClickOnTheOutlineAddsAMarkThereAndTheNoteIsNext)
{
    BodyMapWidget map;
    map.resize(760, 460);
    ASSERT_TRUE(showActive(map));
    const QPoint click = map.canvas()->pointFor(BodyMapMark::Side::Back, 0.5, 0.42).toPoint();
    QTest::mouseClick(map.canvas(), Qt::LeftButton, Qt::NoModifier, click);

    ASSERT_EQ(map.marks().size(), 1);
    const BodyMapMark mark = map.marks()[0];
    EXPECT_EQ(mark.side, BodyMapMark::Side::Back);
    EXPECT_NEAR(mark.x, 0.5, 0.02);
    EXPECT_NEAR(mark.y, 0.42, 0.02);
    EXPECT_EQ(BodyMapModel::placeOf(mark), QStringLiteral("Back, near the lower back"));

    ASSERT_EQ(QApplication::focusWidget(), map.noteEdit());
    typeText(QStringLiteral("Three parallel red lines"));
    EXPECT_EQ(map.marks()[0].note, QStringLiteral("Three parallel red lines"));
    EXPECT_EQ(map.model()->index(0).data().toString(),
              QStringLiteral("1. Back, near the lower back: Three parallel red lines"));

    // A click between the two outlines places nothing.
    QTest::mouseClick(map.canvas(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(map.canvas()->width() / 2, map.canvas()->height() - 4));
    EXPECT_EQ(map.marks().size(), 1);
}

TEST_F(BodyMapTest, AddMarkPlacesAMarkAtTheChosenRegionWithoutAMouseAndDeleteRemovesIt)
{
    BodyMapWidget map;
    ASSERT_TRUE(showActive(map));
    map.regionCombo()->setFocus();
    const int chin = map.regionCombo()->findText(QStringLiteral("Front: neck"));
    ASSERT_GE(chin, 0);
    while (map.regionCombo()->currentIndex() < chin)
        pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), map.findChild<QPushButton*>(QStringLiteral("bodyMapAdd")));
    pressKey(Qt::Key_Space);
    ASSERT_EQ(map.marks().size(), 1);
    EXPECT_EQ(BodyMapModel::placeOf(map.marks()[0]), QStringLiteral("Front, near the neck"));
    typeText(QStringLiteral("Finger-shaped bruises"));

    // A second mark at the same place stays visible beside the first.
    map.addMarkAtChosenRegion();
    ASSERT_EQ(map.marks().size(), 2);
    EXPECT_GT(map.marks()[1].y, map.marks()[0].y);

    // Delete in the list removes the selected mark; the first keeps its note.
    auto* list = map.findChild<QListView*>(QStringLiteral("bodyMapMarks"));
    list->setFocus();
    pressKey(Qt::Key_Delete);
    ASSERT_EQ(map.marks().size(), 1);
    EXPECT_EQ(map.marks()[0].note, QStringLiteral("Finger-shaped bruises"));
    QTest::mouseClick(map.findChild<QPushButton*>(QStringLiteral("bodyMapRemove")), Qt::LeftButton);
    EXPECT_TRUE(map.marks().isEmpty());
    EXPECT_FALSE(map.noteEdit()->isEnabled());
}

TEST_F(BodyMapTest, ReadOnlyShowsTheMarksAndOffersNothingToChangeThem)
{
    BodyMapWidget map;
    map.setMarks({{BodyMapMark::Side::Front, 0.25, 0.35, QStringLiteral("graze")}});
    map.setReadOnly(true);
    ASSERT_TRUE(showActive(map));
    EXPECT_FALSE(map.regionCombo()->isVisible());
    EXPECT_FALSE(map.noteEdit()->isVisible());
    QTest::mouseClick(map.canvas(), Qt::LeftButton, Qt::NoModifier,
                      map.canvas()->pointFor(BodyMapMark::Side::Front, 0.5, 0.5).toPoint());
    EXPECT_EQ(map.marks().size(), 1);
}

TEST_F(BodyMapTest, MarksAreRecordedAsJsonThroughTheModel)
{
    ConcernForm form(dsl(), harness.services);
    form.resize(1180, 860);
    ASSERT_TRUE(showActive(form));
    QTest::keyClicks(form.pupilPicker()->searchEdit(), QStringLiteral("amy"));
    QTest::keyClick(form.pupilPicker()->searchEdit(), Qt::Key_Return);
    form.categoryPicker()->setCheckedIds({QStringLiteral("physical-abuse")});
    form.accountEdit()->setPlainText(QStringLiteral("Marks seen on Amy's arm and back at PE."));

    BodyMapCanvas* canvas = form.bodyMap()->canvas();
    form.bodyMap()->setFocus();
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                      canvas->pointFor(BodyMapMark::Side::Front, 0.75, 0.34).toPoint());
    typeText(QStringLiteral("Bruise, 3 cm, purple"));
    const int shoulder = form.bodyMap()->regionCombo()->findText(QStringLiteral("Back: left shoulder blade"));
    form.bodyMap()->regionCombo()->setCurrentIndex(shoulder);
    form.bodyMap()->addMarkAtChosenRegion();
    typeText(QStringLiteral("Older, yellow"));

    const QString dir = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        form.pupilPicker()->searchEdit()->setFocus();
        QApplication::processEvents();
        EXPECT_TRUE(form.grab().save(dir + QStringLiteral("/concern-form.png")));
    }

    const qint64 id = form.recordConcern();
    ASSERT_GT(id, 0);
    const QList<BodyMapMark> stored = ConcernRepository(*m_vault).get(id).current.bodyMap;
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].side, BodyMapMark::Side::Front);
    EXPECT_NEAR(stored[0].x, 0.75, 0.02);
    EXPECT_EQ(stored[0].note, QStringLiteral("Bruise, 3 cm, purple"));
    EXPECT_EQ(stored[1].side, BodyMapMark::Side::Back);
    EXPECT_EQ(stored[1].note, QStringLiteral("Older, yellow"));

    // In the vault: one JSON array of {side, x, y, note}.
    Statement query(m_vault->database(), "SELECT body_map FROM concern_versions WHERE concern_id = :id;");
    query.bind(":id", id);
    ASSERT_TRUE(query.step());
    const QJsonArray json = QJsonDocument::fromJson(query.text(0).toUtf8()).array();
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json[0].toObject()[QStringLiteral("side")].toString(), QStringLiteral("front"));
    EXPECT_EQ(json[1].toObject()[QStringLiteral("side")].toString(), QStringLiteral("back"));
    EXPECT_EQ(json[1].toObject()[QStringLiteral("note")].toString(), QStringLiteral("Older, yellow"));
}

TEST_F(BodyMapTest, TheMarksModelIsWellBehaved)
{
    BodyMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addMark({BodyMapMark::Side::Front, 0.5, 0.1, {}});
    model.addMark({BodyMapMark::Side::Back, 0.5, 0.5, QStringLiteral("b")});
    model.setNote(0, QStringLiteral("a"));
    EXPECT_EQ(model.index(0).data(BodyMapModel::NoteRole).toString(), QStringLiteral("a"));
    model.removeMark(0);
    EXPECT_TRUE(model.index(0).data().toString().startsWith(QStringLiteral("1. Back")));
    model.setMarks({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(BodyMapTest, EveryRegionLiesInsideItsOutline)
{
    // Regions are where keyboard marks go: each must be on the drawn body, not beside it.
    for (const BodyMapRegion& region : bodyMapRegions()) {
        EXPECT_GT(region.x, 0.1) << region.name;
        EXPECT_LT(region.x, 0.9) << region.name;
        EXPECT_GT(region.y, 0.02) << region.name;
        EXPECT_LT(region.y, 0.98) << region.name;
        EXPECT_EQ(&nearestBodyMapRegion(region.side, region.x, region.y), &region) << region.name;
    }
}

} // namespace
