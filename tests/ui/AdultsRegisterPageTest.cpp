// The adults register page: who gets it, what each role sees, the pattern prompt highlighted, and the dialogs
// that record, amend and review concerns, record a LADO consultation and change the settings — by keyboard,
// with accessible names.
#include "AdultsRegisterPage.h"

#include "AdultsRegisterDialogs.h"
#include "AdultsRegisterModels.h"
#include "AdultsRegisterPages.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PartialDateEdit.h"
#include "adults/AdultsSettings.h"
#include "support/AdultsFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

// Every control a person can reach with Tab has a name a screen reader can say.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                             qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
                             qobject_cast<QAbstractButton*>(widget) || qobject_cast<QTableView*>(widget);
        if (!control || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root))
            continue;
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue; // a spin box's own line edit: the spin box carries the name
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            unnamed.append(widget->objectName() + QLatin1Char('/') +
                           QString::fromLatin1(widget->metaObject()->className()));
    }
    return unnamed;
}

class AdultsRegisterPageTest : public AdultsFixture {
protected:
    void SetUp() override
    {
        AdultsFixture::SetUp();
        daniel = addAdult("Daniel Okafor");
        marta = addAdult("Marta Kowalska", AdultRole::Supply);
        head = addHeadteacher();
        first = concernAbout(daniel, "2026-09-01", "Shouted at a pupil.");
        second = concernAbout(daniel, "2026-10-01", "Messaged a pupil.");
        concernAbout(marta, "2026-10-02", "Late for duty.");
        ReportedAdultConcern aboutHead;
        aboutHead.adult.isHeadteacher = true;
        aboutHead.content = content("2026-10-03", "Alone with a pupil in a locked room.");
        AdultConcernRepository(as(QStringLiteral("staff"))).record(aboutHead);
    }

    QStringList namesOn(AdultsRegisterPage& page)
    {
        QStringList names;
        for (int row = 0; row < page.adultsModel()->rowCount(); ++row)
            names.append(page.adultsModel()->adult(row).details.name);
        return names;
    }

    GuiHarness harness;
    qint64 daniel = 0;
    qint64 marta = 0;
    qint64 head = 0;
    qint64 first = 0;
    qint64 second = 0;
};

TEST_F(AdultsRegisterPageTest, ThePageIsThereOnlyForTheHeadTheDslTeamAndTheChair)
{
    for (const char* user : {"dsl", "deputy", "head", "chair", "staff", "admin", "governor"}) {
        MainWindow window(harness.services);
        registerAdultsRegisterPages(window);
        as(QString::fromLatin1(user));
        window.openSession(std::move(m_vault));
        const bool expected = QByteArray(user) == "dsl" || QByteArray(user) == "deputy" ||
                              QByteArray(user) == "head" || QByteArray(user) == "chair";
        EXPECT_EQ(window.pageIds().contains(QStringLiteral("adults-register")), expected) << user;
        window.lock();
    }
}

TEST_F(AdultsRegisterPageTest, TheDslSeesEveryoneButTheHeadWithThePatternHighlighted)
{
    AdultsRegisterPage page(dsl(), harness.services);
    QAbstractItemModelTester adultsTester(page.adultsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester concernsTester(page.concernsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(namesOn(page),
              (QStringList{QStringLiteral("Daniel Okafor"), QStringLiteral("Marta Kowalska")}));

    AdultsTableModel* model = page.adultsModel();
    const int danielRow = model->rowOf(daniel);
    const int martaRow = model->rowOf(marta);
    EXPECT_TRUE(model->index(danielRow, AdultsTableModel::NameColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model->index(martaRow, AdultsTableModel::NameColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model->index(danielRow, AdultsTableModel::ConcernsColumn).data().toInt(), 2);
    EXPECT_FALSE(model->index(danielRow, AdultsTableModel::PromptColumn).data().toString().isEmpty());
    EXPECT_TRUE(page.promptBanner()->isVisibleTo(&page));
    EXPECT_TRUE(page.promptBanner()->text().contains(QStringLiteral("1 adult")));

    ASSERT_TRUE(page.selectAdult(daniel));
    ASSERT_EQ(page.concernsModel()->rowCount(), 2);
    EXPECT_EQ(page.concernsModel()->index(0, AdultConcernsModel::AccountColumn).data().toString(),
              QStringLiteral("Shouted at a pupil."));
    EXPECT_EQ(page.concernsModel()->index(0, AdultConcernsModel::LadoColumn).data().toString(),
              QStringLiteral("Part of a pattern"));
}

TEST_F(AdultsRegisterPageTest, TheChairSeesOnlyTheHeadteacherAndNoSettings)
{
    AdultsRegisterPage page(as(QStringLiteral("chair")), harness.services);
    ASSERT_EQ(page.adultsModel()->rowCount(), 1);
    EXPECT_EQ(page.adultsModel()->adult(0).id, head);
    EXPECT_EQ(page.concernsModel()->rowCount(), 1);
    EXPECT_EQ(page.findChild<QPushButton*>(QStringLiteral("adultsSettingsButton")), nullptr);
    EXPECT_NE(AdultsRegisterPage(dsl(), harness.services)
                  .findChild<QPushButton*>(QStringLiteral("adultsSettingsButton")),
              nullptr);
}

TEST_F(AdultsRegisterPageTest, CtrlNRecordsAConcernAboutTheSelectedAdultByKeyboard)
{
    AdultsRegisterPage page(dsl(), harness.services);
    page.resize(1000, 700);
    ASSERT_TRUE(showActive(page));
    page.selectAdult(marta);
    page.adultsTable()->setFocus();
    pressKey(Qt::Key_N, Qt::ControlModifier);
    auto* dialog = page.findChild<AdultConcernDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_TRUE(unnamedControls(dialog).isEmpty())
        << unnamedControls(dialog).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(dialog->reporterEdit()->text(), QStringLiteral("Amira Haddad"));

    // Refused without an account: the dialog stays open and says why.
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("What happened")));

    ASSERT_TRUE(showActive(*dialog));
    dialog->accountEdit()->setFocus();
    typeText(QStringLiteral("Left pupils unsupervised on a trip."));
    pressKey(Qt::Key_Tab); // on to the response
    EXPECT_EQ(QApplication::focusWidget(), dialog->responseEdit());
    dialog->withheldBox()->setChecked(true);
    dialog->accept();
    EXPECT_FALSE(dialog->isVisible());

    ASSERT_EQ(page.selectedAdultId(), marta);
    ASSERT_EQ(page.concernsModel()->rowCount(), 2);
    EXPECT_TRUE(page.adultsModel()->adult(page.adultsModel()->rowOf(marta)).patternPrompt);
    const AdultConcern recorded = page.concernsModel()->concern(1);
    EXPECT_EQ(recorded.current.content.account, QStringLiteral("Left pupils unsupervised on a trip."));
    EXPECT_TRUE(recorded.current.content.reporterWithheld);
}

TEST_F(AdultsRegisterPageTest, AmendingKeepsTheOriginalAndNeedsAReason)
{
    AdultsRegisterPage page(dsl(), harness.services);
    page.selectAdult(daniel);
    page.concernsTable()->selectionModel()->setCurrentIndex(page.concernsModel()->index(0, 0),
                                                            QItemSelectionModel::ClearAndSelect);
    auto* dialog = qobject_cast<AdultConcernDialog*>(page.openAmendConcern());
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(unnamedControls(dialog).isEmpty())
        << unnamedControls(dialog).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(dialog->accountEdit()->toPlainText(), QStringLiteral("Shouted at a pupil."));
    dialog->accountEdit()->setPlainText(QStringLiteral("Shouted at a pupil in the dining hall."));
    dialog->accept();
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("Reason")));
    dialog->reasonEdit()->setText(QStringLiteral("Place added by the reporter."));
    dialog->accept();

    const AdultConcern amended = page.concernsModel()->concern(0);
    ASSERT_EQ(amended.history.size(), 2);
    EXPECT_EQ(amended.history.first().content.account, QStringLiteral("Shouted at a pupil."));
    EXPECT_EQ(amended.current.content.account, QStringLiteral("Shouted at a pupil in the dining hall."));
    EXPECT_EQ(page.concernsModel()->index(0, AdultConcernsModel::VersionColumn).data().toString(),
              QStringLiteral("Amended (version 2)"));
}

TEST_F(AdultsRegisterPageTest, AReviewAndALadoConsultationAreRecordedAndClearThePrompt)
{
    AdultsRegisterPage page(dsl(), harness.services);
    page.selectAdult(daniel);
    page.concernsTable()->selectionModel()->setCurrentIndex(page.concernsModel()->index(0, 0),
                                                            QItemSelectionModel::ClearAndSelect);
    auto* review = qobject_cast<AdultReviewDialog*>(page.openReview());
    ASSERT_NE(review, nullptr);
    EXPECT_TRUE(unnamedControls(review).isEmpty());
    review->notesEdit()->setPlainText(QStringLiteral("Spoken to; reminded of the code of conduct."));
    review->accept();
    EXPECT_EQ(page.concernsModel()->concern(0).reviews.size(), 1);

    auto* lado = qobject_cast<LadoConsultationDialog*>(page.openLado());
    ASSERT_NE(lado, nullptr);
    EXPECT_TRUE(unnamedControls(lado).isEmpty());
    lado->ladoEdit()->setText(QStringLiteral("Priya Raman"));
    lado->adviceEdit()->setPlainText(QStringLiteral("Below the harm threshold."));
    lado->outcomeCombo()->setCurrentIndex(lado->outcomeCombo()->findData(QStringLiteral("below-threshold")));
    lado->accept();
    EXPECT_FALSE(lado->isVisible()) << lado->errorText().toStdString();

    EXPECT_FALSE(page.adultsModel()->adult(page.adultsModel()->rowOf(daniel)).patternPrompt);
    EXPECT_FALSE(page.promptBanner()->isVisibleTo(&page));
    EXPECT_EQ(page.concernsModel()->index(1, AdultConcernsModel::LadoColumn).data().toString(),
              QStringLiteral("Considered with the LADO"));
    // Nothing left to consider: the LADO button is off.
    EXPECT_FALSE(page.findChild<QPushButton*>(QStringLiteral("ladoButton"))->isEnabled());
}

TEST_F(AdultsRegisterPageTest, SettingsChangeThePrompt)
{
    AdultsRegisterPage page(as(QStringLiteral("head")), harness.services);
    auto* settings = qobject_cast<AdultsSettingsDialog*>(page.openSettings());
    ASSERT_NE(settings, nullptr);
    EXPECT_TRUE(unnamedControls(settings).isEmpty());
    EXPECT_EQ(settings->thresholdSpin()->value(), 2);
    settings->thresholdSpin()->setValue(3);
    settings->accept();
    EXPECT_EQ(AdultsSettings(as(QStringLiteral("head"))).get().patternThreshold, 3);
}

TEST_F(AdultsRegisterPageTest, AddingAndAmendingAnAdult)
{
    AdultsRegisterPage page(dsl(), harness.services);
    auto* add = qobject_cast<AdultDetailsDialog*>(page.openAddAdult());
    ASSERT_NE(add, nullptr);
    EXPECT_TRUE(unnamedControls(add).isEmpty());
    add->nameEdit()->setText(QStringLiteral("Aoife Byrne"));
    add->roleCombo()->setCurrentIndex(add->roleCombo()->findData(QStringLiteral("volunteer")));
    add->accept();
    EXPECT_EQ(namesOn(page).size(), 3);
    ASSERT_EQ(page.adultsModel()->adult(page.adultsModel()->rowOf(page.selectedAdultId())).details.name,
              QStringLiteral("Aoife Byrne"));

    auto* amend = qobject_cast<AdultDetailsDialog*>(page.openAmendAdult());
    ASSERT_NE(amend, nullptr);
    EXPECT_TRUE(unnamedControls(amend).isEmpty());
    amend->leftBox()->setChecked(true);
    amend->leftEdit()->setDate(QDate(2026, 11, 20));
    amend->reasonEdit()->setText(QStringLiteral("Stopped volunteering."));
    amend->accept();
    const AdultSummary aoife = page.adultsModel()->adult(page.adultsModel()->rowOf(page.selectedAdultId()));
    EXPECT_EQ(aoife.details.leftOn, QDate(2026, 11, 20));
    EXPECT_EQ(aoife.details.role, AdultRole::Volunteer);
}

} // namespace
