// "New concern about this child…" on a child's record (issue #15): the concern form opens with the child
// already named as its subject, and what is recorded appears in the record on screen.
#include "GuiTestSupport.h"
#include "common/PupilPicker.h"
#include "common/PupilPickerModels.h"
#include "concern/CategoryPicker.h"
#include "concern/ConcernForm.h"
#include "pupils/ChronologyModel.h"
#include "pupils/ChronologyTab.h"
#include "pupils/PupilRecordFixture.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class NewConcernFromRecordTest : public ZoesRecordFixture {};

TEST_F(NewConcernFromRecordTest, AltNOpensTheFormWithTheChildNamedAndTheRecordShowsTheConcern)
{
    ASSERT_NE(record->concernButton(), nullptr);
    EXPECT_FALSE(record->concernButton()->accessibleName().isEmpty());
    ChronologyTab* chronology = record->chronologyTab();
    const int before = chronology->model()->rowCount();

    pressMnemonic(Qt::Key_N);
    ConcernForm* form = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&form]() {
        form = qobject_cast<ConcernForm*>(QApplication::activeModalWidget());
        return form != nullptr;
    }));
    const QList<ConcernChild> named = form->pupilPicker()->children();
    ASSERT_EQ(named.size(), 1);
    EXPECT_EQ(named.first().pupilId, data.zoe);
    EXPECT_EQ(named.first().role, ChildRole::Subject);

    form->categoryPicker()->setCheckedIds({QStringLiteral("neglect")});
    form->accountEdit()->setPlainText(QStringLiteral("Zoë said there was no food at home this weekend."));
    const qint64 id = form->recordConcern();
    ASSERT_GT(id, 0) << form->fieldError(QString()).toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return chronology->model()->rowCount() == before + 1; }));
}

} // namespace
