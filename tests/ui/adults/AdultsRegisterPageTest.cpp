// The adults register page: who gets it, what each role sees, the pattern prompt highlighted, and the dialogs
// that record, amend and review concerns, record a LADO consultation, change the settings and delete the
// records that are past retention — by keyboard, with accessible names.
#include "adults/AdultsRegisterPage.h"

#include "GuiTestSupport.h"
#include "adults/AdultsFeature.h"
#include "adults/AdultsRegisterDialogs.h"
#include "adults/AdultsRegisterModels.h"
#include "adults/AdultsRetentionDialog.h"
#include "adults/AdultsSettings.h"
#include "app/MainWindow.h"
#include "audit/AuditLog.h"
#include "common/PartialDateEdit.h"
#include "support/AdultsFixture.h"
#include "text/TextServices.h"

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
        aboutHead.reporterUsername = QStringLiteral("staff"); // told the chair, who alone holds the key
        AdultConcernRepository(as(QStringLiteral("chair"))).record(aboutHead);
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
        registerAdultsPages(window);
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
    Vault& chair = as(QStringLiteral("chair"));
    AdultsRegisterPage page(chair, harness.services);
    ASSERT_EQ(page.adultsModel()->rowCount(), 1);
    EXPECT_EQ(page.adultsModel()->adult(0).id, head);
    // Opening the register shows no one's concerns until the chair chooses: each showing is an audited view.
    EXPECT_EQ(page.concernsModel()->rowCount(), 0);
    EXPECT_TRUE(auditEntries(chair, QStringLiteral("adult.view")).isEmpty());
    ASSERT_TRUE(page.selectAdult(head));
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

// --- Retention ---------------------------------------------------------------------------------------------

class AdultsRetentionPageTest : public AdultsRegisterPageTest {
protected:
    void leaves(Vault& vault, qint64 adultId, const char* name, AdultRole role, const QDate& on)
    {
        AdultRegister(vault).amend(adultId, {QString::fromUtf8(name), role, on}, QStringLiteral("Left"));
    }

    void keepMonthsAfterLeaving(int months)
    {
        AdultsRegisterSettings settings;
        settings.retentionMonthsAfterLeaving = months;
        AdultsSettings(dsl()).set(settings);
    }

    // Marta left on 31 March 2026 and, kept 6 months, fell due on 30 September; Daniel still works here;
    // Aoife left on 31 October, so hers are kept until 30 April 2027. "Today" is 25 November 2026.
    void someoneLeftLongAgo()
    {
        keepMonthsAfterLeaving(6);
        leaves(dsl(), marta, "Marta Kowalska", AdultRole::Supply, QDate(2026, 3, 31));
        const qint64 aoife = addAdult("Aoife Byrne", AdultRole::Volunteer);
        concernAbout(aoife, "2026-10-10", "Took photos of pupils on a personal phone.");
        leaves(dsl(), aoife, "Aoife Byrne", AdultRole::Volunteer, QDate(2026, 10, 31));
    }

    static QStringList namesDue(AdultsRetentionDialog& dialog)
    {
        QStringList names;
        for (int row = 0; row < dialog.model()->rowCount(); ++row)
            names.append(dialog.model()->due(row).name);
        return names;
    }

    static QList<AuditEntry> tombstones(Vault& vault)
    {
        AuditFilter filter;
        filter.actionPrefix = QStringLiteral("adult.retention.delete");
        return vault.audit().entries(filter);
    }
};

TEST_F(AdultsRetentionPageTest, OnlyAnAdultWhoLeftLongerAgoThanTheRuleIsListedWithTheRuleStated)
{
    someoneLeftLongAgo();
    AdultsRegisterPage page(dsl(), harness.services);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("adultsRetentionButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->accessibleName().isEmpty());
    button->click();
    auto* dialog = page.findChild<AdultsRetentionDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->isWindow());
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(unnamedControls(dialog).isEmpty())
        << unnamedControls(dialog).join(QLatin1Char(' ')).toStdString();

    EXPECT_TRUE(dialog->ruleLabel()->text().contains(QStringLiteral("6 month")))
        << dialog->ruleLabel()->text().toStdString();
    EXPECT_TRUE(dialog->ruleLabel()->text().contains(QStringLiteral("after the adult leaves")));
    ASSERT_EQ(namesDue(*dialog), QStringList{QStringLiteral("Marta Kowalska")});
    AdultsRetentionModel* model = dialog->model();
    EXPECT_EQ(model->index(0, AdultsRetentionModel::LeftColumn).data().toString(),
              TextServices::formatDate(QDate(2026, 3, 31)));
    EXPECT_EQ(model->index(0, AdultsRetentionModel::DueColumn).data().toString(),
              TextServices::formatDate(QDate(2026, 9, 30)));
    EXPECT_EQ(model->index(0, AdultsRetentionModel::ConcernsColumn).data().toInt(), 1);
    EXPECT_FALSE(dialog->emptyLabel()->isVisibleTo(dialog));
    EXPECT_TRUE(dialog->deleteButton()->isEnabled()) << "the first adult is selected";

    dialog->table()->clearSelection();
    EXPECT_FALSE(dialog->deleteButton()->isEnabled()) << "nothing selected, nothing to delete";
}

TEST_F(AdultsRetentionPageTest, DeletingByKeyboardAfterConfirmingRemovesTheAdultAndLeavesATombstone)
{
    someoneLeftLongAgo();
    Vault& vault = dsl();
    AdultsRegisterPage page(vault, harness.services);
    page.resize(1100, 700);
    ASSERT_TRUE(showActive(page));
    ASSERT_TRUE(namesOn(page).contains(QStringLiteral("Marta Kowalska")));
    page.adultsTable()->setFocus();
    pressMnemonic(Qt::Key_R); // "&Records due for deletion…"
    auto* dialog = page.findChild<AdultsRetentionDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(showActive(*dialog));
    EXPECT_EQ(QApplication::focusWidget(), dialog->table());

    harness.messages.nextAnswers = {true};
    pressKey(Qt::Key_Delete);

    ASSERT_EQ(harness.messages.shown.size(), 1);
    const ScriptedMessages::Shown asked = harness.messages.shown.first();
    EXPECT_EQ(asked.kind, QStringLiteral("confirm"));
    EXPECT_TRUE(asked.title.contains(QStringLiteral("Marta Kowalska")));
    EXPECT_TRUE(asked.text.contains(QStringLiteral("Marta Kowalska")));
    EXPECT_TRUE(asked.text.contains(QStringLiteral("1 low-level concern"))) << asked.text.toStdString();
    EXPECT_TRUE(asked.text.contains(QStringLiteral("cannot be undone")));
    EXPECT_TRUE(asked.text.contains(QStringLiteral("audit log")));

    EXPECT_TRUE(namesDue(*dialog).isEmpty());
    EXPECT_TRUE(dialog->emptyLabel()->isVisibleTo(dialog));
    EXPECT_FALSE(dialog->table()->isVisibleTo(dialog));
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("Marta Kowalska")));
    EXPECT_TRUE(dialog->errorText().isEmpty());
    EXPECT_FALSE(namesOn(page).contains(QStringLiteral("Marta Kowalska")));
    EXPECT_TRUE(namesOn(page).contains(QStringLiteral("Daniel Okafor")));
    EXPECT_TRUE(namesOn(page).contains(QStringLiteral("Aoife Byrne")));

    const QList<AuditEntry> deleted = tombstones(vault);
    ASSERT_EQ(deleted.size(), 1);
    EXPECT_EQ(deleted.first().objectId, QString::number(marta));
    EXPECT_EQ(deleted.first().actor, QStringLiteral("dsl"));
    EXPECT_FALSE(deleted.first().details.contains(QStringLiteral("Kowalska")));
    EXPECT_FALSE(deleted.first().details.contains(QStringLiteral("Late for duty")));
    EXPECT_TRUE(vault.audit().verify().intact());

    pressKey(Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(AdultsRetentionPageTest, DecliningTheQuestionDeletesNothing)
{
    someoneLeftLongAgo();
    Vault& vault = dsl();
    AdultsRegisterPage page(vault, harness.services);
    auto* dialog = page.openRetention();
    ASSERT_TRUE(showActive(*dialog));
    dialog->table()->setFocus();

    harness.messages.nextAnswers = {false};
    pressMnemonic(Qt::Key_D); // "&Delete records…"

    ASSERT_EQ(harness.messages.shown.size(), 1);
    EXPECT_EQ(harness.messages.shown.first().kind, QStringLiteral("confirm"));
    EXPECT_EQ(namesDue(*dialog), QStringList{QStringLiteral("Marta Kowalska")});
    EXPECT_TRUE(namesOn(page).contains(QStringLiteral("Marta Kowalska")));
    EXPECT_EQ(AdultRegister(vault).get(marta).concerns.size(), 1);
    EXPECT_TRUE(tombstones(vault).isEmpty());
}

TEST_F(AdultsRetentionPageTest, ARefusalIsShownInTheDialogAndNothingIsLost)
{
    someoneLeftLongAgo();
    Vault& vault = dsl();
    AdultsRegisterPage page(vault, harness.services);
    auto* dialog = page.openRetention();
    ASSERT_EQ(namesDue(*dialog), QStringList{QStringLiteral("Marta Kowalska")});

    // Meanwhile the rule becomes two years: Marta's records are no longer due.
    AdultsRegisterSettings longer;
    longer.retentionMonthsAfterLeaving = 24;
    AdultsSettings(vault).set(longer);
    harness.messages.nextAnswers = {true};
    EXPECT_FALSE(dialog->deleteSelected());

    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("not due"))) << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(AdultRegister(vault).get(marta).concerns.size(), 1);
    EXPECT_TRUE(namesOn(page).contains(QStringLiteral("Marta Kowalska")));
    EXPECT_TRUE(tombstones(vault).isEmpty());
}

TEST_F(AdultsRetentionPageTest, NothingDueIsSaidPlainly)
{
    AdultsRegisterPage page(dsl(), harness.services);
    auto* dialog = page.openRetention();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->emptyLabel()->isVisibleTo(dialog));
    EXPECT_EQ(dialog->emptyLabel()->text(), QStringLiteral("No records are due for deletion."));
    EXPECT_FALSE(dialog->table()->isVisibleTo(dialog));
    EXPECT_FALSE(dialog->deleteButton()->isVisibleTo(dialog));
    EXPECT_TRUE(dialog->ruleLabel()->text().contains(QStringLiteral("once the adult has left")))
        << dialog->ruleLabel()->text().toStdString();
    EXPECT_TRUE(unnamedControls(dialog).isEmpty())
        << unnamedControls(dialog).join(QLatin1Char(' ')).toStdString();
}

TEST_F(AdultsRetentionPageTest, TheChairDeletesOnlyTheHeadteachersRecordsAndTheDslNeverSeesThem)
{
    someoneLeftLongAgo();
    leaves(as(QStringLiteral("chair")), head, "Grace Mensah", AdultRole::Staff, QDate(2026, 3, 31));

    {
        AdultsRegisterPage page(dsl(), harness.services);
        auto* dialog = page.openRetention();
        EXPECT_EQ(namesDue(*dialog), QStringList{QStringLiteral("Marta Kowalska")});
    }

    Vault& chair = as(QStringLiteral("chair"));
    AdultsRegisterPage page(chair, harness.services);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("adultsRetentionButton"));
    ASSERT_NE(button, nullptr) << "the model lets the chair delete the headteacher's records";
    button->click();
    auto* dialog = page.findChild<AdultsRetentionDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(namesDue(*dialog), QStringList{QStringLiteral("Grace Mensah")});
    harness.messages.nextAnswers = {true};
    EXPECT_TRUE(dialog->deleteSelected());
    EXPECT_TRUE(page.adultsModel()->rowCount() == 0);
    ASSERT_EQ(tombstones(chair).size(), 1);
    EXPECT_EQ(tombstones(chair).first().objectId, QString::number(head));
    // Staff, administrators and governors never get the page, so never this dialog: see
    // ThePageIsThereOnlyForTheHeadTheDslTeamAndTheChair.
}

} // namespace
