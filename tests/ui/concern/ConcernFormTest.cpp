// The record-a-concern form: what it refuses and where it says so, Escape, the draft staying off disk,
// attachments, the category filter, and that every input can be reached and named.
#include "concern/ConcernForm.h"

#include "TriageTestSupport.h"
#include "common/PartialDateEdit.h"
#include "common/PupilPicker.h"
#include "common/PupilPickerModels.h"
#include "concern/BodyMapWidget.h"
#include "concern/CategoryPicker.h"
#include "records/AttachmentRepository.h"
#include "records/ConcernValidator.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class ConcernFormTest : public TriageFixture {
protected:
    // Names a child through the picker the way a person does: type, Enter.
    static void nameChild(ConcernForm& form, const QString& typed)
    {
        form.pupilPicker()->searchEdit()->setFocus();
        form.pupilPicker()->searchEdit()->clear();
        QTest::keyClicks(form.pupilPicker()->searchEdit(), typed);
        QTest::keyClick(form.pupilPicker()->searchEdit(), Qt::Key_Return);
    }

    static void fillIn(ConcernForm& form)
    {
        nameChild(form, QStringLiteral("amy"));
        form.categoryPicker()->setCheckedIds({QStringLiteral("neglect")});
        form.accountEdit()->setPlainText(
            QStringLiteral("Amy said she had not eaten since yesterday lunchtime."));
    }

    int concernCount() { return static_cast<int>(ConcernRepository(*m_vault).inbox().size()); }
};

TEST_F(ConcernFormTest, AMissingAccountIsShownBesideTheAccountAndNothingIsSaved)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    nameChild(form, QStringLiteral("amy"));
    form.categoryPicker()->setCheckedIds({QStringLiteral("neglect")});

    pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(form.recordedId(), 0);
    EXPECT_TRUE(form.isVisible());
    const QString error = form.fieldError(ConcernField::account);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Account:"))) << error.toStdString();
    EXPECT_TRUE(form.findChild<QLabel*>(QStringLiteral("accountError"))->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), form.accountEdit()); // the keyboard is taken to the field
    EXPECT_TRUE(form.fieldError(ConcernField::children).isEmpty());
    EXPECT_EQ(concernCount(), 0);

    // Fixed, it records and the error goes.
    form.accountEdit()->setPlainText(QStringLiteral("Amy said she had not eaten since yesterday lunchtime."));
    EXPECT_GT(form.recordConcern(), 0);
    EXPECT_EQ(concernCount(), 1);
}

TEST_F(ConcernFormTest, ErrorsFromTheModelGoToTheFieldTheyName)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    form.accountEdit()->setPlainText(QStringLiteral("Something happened."));
    EXPECT_EQ(form.recordConcern(), 0);
    EXPECT_TRUE(form.fieldError(ConcernField::children).startsWith(QStringLiteral("Children:")));
    EXPECT_EQ(QApplication::focusWidget(), form.pupilPicker()->searchEdit());

    nameChild(form, QStringLiteral("amy"));
    EXPECT_EQ(form.recordConcern(), 0);
    EXPECT_TRUE(form.fieldError(ConcernField::children).isEmpty());
    EXPECT_TRUE(form.fieldError(ConcernField::categories).startsWith(QStringLiteral("Categories of harm:")));
    EXPECT_EQ(concernCount(), 0);
}

TEST_F(ConcernFormTest, EscapeOnAnEmptyFormClosesWithoutAsking)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    pressKey(Qt::Key_Escape);
    EXPECT_FALSE(form.isVisible());
    EXPECT_TRUE(harness.messages.shown.isEmpty());
}

TEST_F(ConcernFormTest, EscapeWithSomethingTypedAsksBeforeDiscarding)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    ASSERT_TRUE(tabTo(form.accountEdit()));
    typeText(QStringLiteral("Amy was"));

    harness.messages.nextAnswers = {false}; // keep writing
    pressKey(Qt::Key_Escape);
    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_EQ(harness.messages.shown[0].kind, QStringLiteral("confirm"));
    EXPECT_TRUE(form.isVisible());
    EXPECT_EQ(form.accountEdit()->toPlainText(), QStringLiteral("Amy was"));

    harness.messages.nextAnswers = {true}; // discard
    pressKey(Qt::Key_Escape);
    EXPECT_EQ(harness.messages.shown.size(), 2);
    EXPECT_FALSE(form.isVisible());
    EXPECT_EQ(form.result(), QDialog::Rejected);
    EXPECT_EQ(concernCount(), 0);
}

TEST_F(ConcernFormTest, TheIdleLockClosesAFormWithContentWithoutAsking)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    form.accountEdit()->setPlainText(QStringLiteral("Half-written"));
    form.reject(); // what MainWindow::lock does to every dialog
    EXPECT_FALSE(form.isVisible());
    EXPECT_TRUE(harness.messages.shown.isEmpty());
}

TEST_F(ConcernFormTest, TheDraftNeverReachesTheDisk)
{
    const QStringList settingsBefore = QSettings().allKeys();
    const QStringList filesBefore = QDir(vaultFolder()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    {
        ConcernForm form(dsl(), harness.services);
        ASSERT_TRUE(showActive(form));
        fillIn(form);
        form.childWordsEdit()->setPlainText(QStringLiteral("don't tell my mum"));
        form.bodyMap()->addMarkAtChosenRegion();
        form.reject();
    }
    EXPECT_EQ(QSettings().allKeys(), settingsBefore);
    EXPECT_EQ(QDir(vaultFolder()).entryList(QDir::Files | QDir::Hidden | QDir::System), filesBefore);
    // And nothing of it in the vault's files in the clear (every store is encrypted; nothing else was made).
    for (const QString& name : filesBefore)
        EXPECT_FALSE(fileBytes(vaultFolder() + QLatin1Char('/') + name).contains("don't tell my mum"));
}

TEST_F(ConcernFormTest, WhenItHappenedIsSeparateFromWhenItIsRecorded)
{
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    const auto* recordedAt = form.findChild<QLabel*>(QStringLiteral("recordedAt"));
    EXPECT_EQ(recordedAt->text(), QStringLiteral("Will be recorded at 25 November 2026, 09:30 GMT"));
    fillIn(form);
    form.whenEdit()->setValue(PartialDate::month(2026, 9));
    const qint64 id = form.recordConcern();
    ASSERT_GT(id, 0);
    const Concern stored = ConcernRepository(*m_vault).get(id);
    EXPECT_EQ(stored.current.occurred, PartialDate::month(2026, 9));
    EXPECT_EQ(stored.recordedAt, harness.clock.nowUtc());
}

TEST_F(ConcernFormTest, TheCategoryFilterNarrowsTheTreeAndKeepsWhatIsTicked)
{
    CategoryPicker picker;
    QAbstractItemModelTester tester(picker.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = static_cast<int>(picker.visibleIds().size());
    EXPECT_GT(all, 30);
    picker.setCheckedIds({QStringLiteral("neglect")});

    picker.setFilterText(QStringLiteral("exploitation"));
    const QStringList exploitation = picker.visibleIds();
    EXPECT_TRUE(exploitation.contains(QStringLiteral("county-lines"))); // the whole group, by its heading
    EXPECT_TRUE(exploitation.contains(QStringLiteral("child-sexual-exploitation")));
    EXPECT_FALSE(exploitation.contains(QStringLiteral("neglect")));
    EXPECT_EQ(picker.checkedIds(), QStringList{QStringLiteral("neglect")}); // hidden, still ticked

    picker.setFilterText(QStringLiteral("SELF harm"));
    EXPECT_EQ(picker.visibleIds(), QStringList{QStringLiteral("self-harm")});
    picker.setFilterText(QStringLiteral("zzzz"));
    EXPECT_TRUE(picker.visibleIds().isEmpty());
    picker.setFilterText(QString());
    EXPECT_EQ(picker.visibleIds().size(), all);
}

TEST_F(ConcernFormTest, EveryInputHasAnAccessibleNameAndTheTabOrderReachesIt)
{
    ConcernForm form(dsl(), harness.services);
    form.resize(1180, 860);
    ASSERT_TRUE(showActive(form));
    nameChild(form, QStringLiteral("amy"));
    form.bodyMap()->addMarkAtChosenRegion(); // so the note and remove controls are enabled
    form.pupilPicker()->searchEdit()->setFocus();

    const QList<QWidget*> inputs = inputsOf(&form);
    EXPECT_GT(inputs.size(), 20);
    for (QWidget* input : inputs)
        EXPECT_FALSE(input->accessibleName().isEmpty())
            << input->metaObject()->className() << " " << input->objectName().toStdString();

    const QSet<QWidget*> reached = tabChain();
    for (QWidget* input : inputs)
        EXPECT_TRUE(reached.contains(input)) << "Tab never reaches " << input->metaObject()->className()
                                             << " " << input->objectName().toStdString();
}

TEST_F(ConcernFormTest, TheDslTeamAttachAFileWhichIsStoredWithTheConcern)
{
    const QString path = m_temp.path(QStringLiteral("note-scan.txt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("handwritten note, scanned");
    }
    ConcernForm form(dsl(), harness.services);
    ASSERT_TRUE(showActive(form));
    fillIn(form);
    harness.files.nextPaths = {path};
    ASSERT_TRUE(tabTo(form.findChild<QPushButton*>(QStringLiteral("addAttachment"))));
    pressKey(Qt::Key_Space);
    EXPECT_EQ(form.attachmentPaths(), QStringList{path});

    const qint64 id = form.recordConcern();
    ASSERT_GT(id, 0);
    const QList<Attachment> attached = AttachmentRepository(*m_vault).list(AttachmentOwner::concern(id));
    ASSERT_EQ(attached.size(), 1);
    EXPECT_EQ(attached[0].fileName, QStringLiteral("note-scan.txt"));
    EXPECT_EQ(AttachmentRepository(*m_vault).content(attached[0].id),
              QByteArray("handwritten note, scanned"));
}

TEST_F(ConcernFormTest, AStaffSessionRecordsNothingAndIsToldToUseLanternSubmit)
{
    // Staff hold no key to the case records: the vault's form refuses them, naming Lantern Submit, and writes
    // nothing. (The desktop app offers staff no form; this is the model's refusal reaching the form.)
    ConcernForm form(as(QStringLiteral("staff")), harness.services);
    ASSERT_TRUE(showActive(form));
    EXPECT_EQ(form.findChild<QPushButton*>(QStringLiteral("addAttachment")), nullptr);
    form.categoryPicker()->setCheckedIds({QStringLiteral("bullying")});
    form.accountEdit()->setPlainText(QStringLiteral("Zoë was pushed over at break."));
    EXPECT_EQ(form.recordConcern(), 0);
    const auto* error = form.findChild<QLabel*>(QStringLiteral("formError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->text().contains(QStringLiteral("Lantern Submit"))) << error->text().toStdString();
    EXPECT_TRUE(form.isVisible());
    form.reject();
    EXPECT_TRUE(ConcernRepository(dsl()).recent().isEmpty());
}

TEST_F(ConcernFormTest, PickerModelsAreWellBehaved)
{
    PupilSearchModel found;
    QAbstractItemModelTester foundTester(&found, QAbstractItemModelTester::FailureReportingMode::Fatal);
    found.setPupils(
        {{1, QStringLiteral("Amy Okafor"), QStringLiteral("6")}, {2, QStringLiteral("Ben Hughes"), {}}});
    EXPECT_EQ(found.index(0).data().toString(), QStringLiteral("Amy Okafor — Year 6")); // as people say it
    EXPECT_EQ(found.index(1).data().toString(), QStringLiteral("Ben Hughes"));
    found.setPupils({});

    ChosenChildrenModel chosen;
    QAbstractItemModelTester chosenTester(&chosen, QAbstractItemModelTester::FailureReportingMode::Fatal);
    chosen.add({1, QStringLiteral("Amy Okafor"), QStringLiteral("6")}, ChildRole::Subject);
    chosen.add({2, QStringLiteral("Ben Hughes"), QStringLiteral("6")}, ChildRole::Witness);
    chosen.add({2, QStringLiteral("Ben Hughes"), QStringLiteral("6")},
               ChildRole::AllegedHarmer); // one part each
    ASSERT_EQ(chosen.rowCount(), 2);
    EXPECT_EQ(chosen.index(1, ChosenChildrenModel::RoleColumn).data().toString(),
              QStringLiteral("Alleged harmer"));
    chosen.remove(0);
    EXPECT_FALSE(chosen.hasSubject());
}

} // namespace
