#include "adults/AdultsRegisterDialogs.h"

#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "adults/AdultsRegisterModels.h"
#include "adults/AdultsSettings.h"
#include "adults/LadoConsultationRepository.h"
#include "common/FormDialog.h"
#include "common/PartialDateEdit.h"
#include "core/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lantern {

namespace {

QDateEdit* makeDateEdit(const char* objectName, const QString& accessibleName, const QDate& date,
                        const QDate& today, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    if (today.isValid())
        edit->setMaximumDate(today);
    return edit;
}

QLineEdit* makeLineEdit(const char* objectName, const QString& accessibleName, const QString& text,
                        QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

// --- The shared shape --------------------------------------------------------------------------------------

AdultsFormDialog::AdultsFormDialog(const QString& objectName, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setObjectName(objectName);
    setWindowTitle(title);
}

QPlainTextEdit* AdultsFormDialog::textEdit(const char* objectName, const QString& accessibleName,
                                           const QString& text)
{
    auto* edit = new QPlainTextEdit(text, this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true); // Tab moves on; these texts rarely need a tab character
    return edit;
}

QComboBox* AdultsFormDialog::adultRoleCombo(AdultRole role)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("adultRole"));
    combo->setAccessibleName(tr("Role in school"));
    for (AdultRole each : {AdultRole::Staff, AdultRole::Supply, AdultRole::Volunteer, AdultRole::Contractor})
        combo->addItem(adultRoleLabel(each), adultRoleName(each));
    combo->setCurrentIndex(combo->findData(adultRoleName(role)));
    return combo;
}

void AdultsFormDialog::finish(std::function<void()> commit, const QString& saveText)
{
    m_commit = std::move(commit);
    m_error = makeFieldError(this, objectName() + QStringLiteral("Error"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(objectName() + QStringLiteral("Cancel"));
    cancel->setAccessibleName(tr("Cancel without saving"));
    m_save = buttons->addButton(saveText, QDialogButtonBox::AcceptRole);
    m_save->setObjectName(objectName() + QStringLiteral("Save"));
    m_save->setAccessibleName(QString(saveText).remove(QLatin1Char('&')));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdultsFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdultsFormDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AdultsFormDialog::errorText() const
{
    return m_error && m_error->isVisible() ? m_error->text() : QString();
}

void AdultsFormDialog::accept()
{
    try {
        m_commit();
    } catch (const Error& error) {
        setFieldError(m_error, error.message());
        m_error->show();
        if (QWidget* input = m_fields.value(error.field()); input && input->isEnabled())
            input->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

// --- A low-level concern -----------------------------------------------------------------------------------

AdultConcernDialog::AdultConcernDialog(const QString& adultName, const QString& reporterName,
                                       const QDate& today, Commit commit, QWidget* parent)
    : AdultsFormDialog(QStringLiteral("adultConcernDialog"), tr("Record a low-level concern"), parent)
{
    AdultConcernContent content;
    content.occurred = PartialDate::day(today);
    content.reporterName = reporterName;
    build(adultName, content, today, false, std::move(commit));
}

AdultConcernDialog::AdultConcernDialog(const QString& adultName, const AdultConcernVersion& current,
                                       const QDate& today, Commit commit, QWidget* parent)
    : AdultsFormDialog(QStringLiteral("adultConcernDialog"), tr("Amend a low-level concern"), parent)
{
    build(adultName, current.content, today, true, std::move(commit));
}

void AdultConcernDialog::build(const QString& adultName, const AdultConcernContent& content,
                               const QDate& today, bool amending, Commit commit)
{
    resize(640, 560);
    auto* about = new QLabel(tr("About: %1").arg(adultName), this);
    about->setObjectName(QStringLiteral("adultConcernAbout"));
    m_when = new PartialDateEdit(this);
    m_when->setObjectName(QStringLiteral("adultConcernWhen"));
    m_when->setAccessibleBaseName(tr("When it happened"));
    m_when->setMaximumDate(today);
    m_when->setValue(content.occurred);
    m_account = textEdit("adultConcernAccount", tr("What happened"), content.account);
    m_response = textEdit("adultConcernResponse", tr("Response or action taken"), content.response);
    m_reporter = makeLineEdit("adultConcernReporter", tr("Reported by"), content.reporterName, this);
    m_selfReport = new QCheckBox(tr("&Self-report: the adult reported this themselves"), this);
    m_selfReport->setObjectName(QStringLiteral("adultConcernSelfReport"));
    m_selfReport->setAccessibleName(tr("Self-report"));
    m_selfReport->setChecked(content.selfReport);
    m_withheld = new QCheckBox(tr("&Withhold the reporter's name from the adult"), this);
    m_withheld->setObjectName(QStringLiteral("adultConcernWithheld"));
    m_withheld->setAccessibleName(tr("Withhold the reporter's name from the adult"));
    m_withheld->setChecked(content.reporterWithheld);

    form()->addRow(about);
    form()->addRow(tr("&When it happened:"), m_when);
    mapField(AdultConcernField::occurred, m_when->dateEdit());
    mapField(AdultConcernField::account, m_account);
    mapField(AdultConcernField::reportedBy, m_reporter);
    form()->addRow(tr("What &happened (facts):"), m_account);
    form()->addRow(tr("Res&ponse or action taken:"), m_response);
    form()->addRow(tr("Reported &by:"), m_reporter);
    form()->addRow(m_selfReport);
    form()->addRow(m_withheld);
    if (amending) {
        m_reason = makeLineEdit("adultConcernReason", tr("Reason for the amendment"), QString(), this);
        m_reason->setPlaceholderText(tr("Required: why the record is being corrected"));
        form()->addRow(tr("&Reason for the amendment:"), m_reason);
        mapField(AdultConcernField::amendReason, m_reason);
    }
    finish([this, commit = std::move(
                      commit)]() { commit(this->content(), m_reason ? m_reason->text() : QString()); },
           amending ? tr("&Save amendment") : tr("&Record concern"));
}

AdultConcernContent AdultConcernDialog::content() const
{
    AdultConcernContent content;
    content.occurred = m_when->value();
    content.account = m_account->toPlainText();
    content.response = m_response->toPlainText();
    content.reporterName = m_reporter->text();
    content.selfReport = m_selfReport->isChecked();
    content.reporterWithheld = m_withheld->isChecked();
    return content;
}

// --- Review ------------------------------------------------------------------------------------------------

AdultReviewDialog::AdultReviewDialog(const QDate& today, Commit commit, QWidget* parent)
    : AdultsFormDialog(QStringLiteral("adultReviewDialog"), tr("Review a low-level concern"), parent)
{
    m_date = makeDateEdit("adultReviewDate", tr("Reviewed on"), today, today, this);
    m_notes = textEdit("adultReviewNotes", tr("Review notes"));
    form()->addRow(tr("Reviewed &on:"), m_date);
    form()->addRow(tr("&Notes:"), m_notes);
    mapField(AdultConcernField::reviewedOn, m_date);
    mapField(AdultConcernField::reviewNotes, m_notes);
    finish([this, commit = std::move(commit)]() { commit(m_date->date(), m_notes->toPlainText()); },
           tr("&Save review"));
}

// --- LADO consultation -------------------------------------------------------------------------------------

LadoConsultationDialog::LadoConsultationDialog(const QString& adultName, int concernCount, const QDate& today,
                                               Commit commit, QWidget* parent)
    : AdultsFormDialog(QStringLiteral("ladoDialog"), tr("LADO consultation"), parent)
{
    auto* about =
        new QLabel(tr("About %1: the %n concern(s) not yet considered with the LADO.", nullptr, concernCount)
                       .arg(adultName),
                   this);
    about->setWordWrap(true);
    m_date = makeDateEdit("ladoDate", tr("Consulted on"), today, today, this);
    m_lado = makeLineEdit("ladoName", tr("LADO consulted"), QString(), this);
    m_advice = textEdit("ladoAdvice", tr("The LADO's advice"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("ladoOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Below the harm threshold: low-level concern"),
                       ladoOutcomeName(LadoOutcome::BelowThreshold));
    m_outcome->addItem(tr("Below the harm threshold: disciplinary procedures"),
                       ladoOutcomeName(LadoOutcome::Disciplinary));
    m_outcome->addItem(tr("Meets the harm threshold: allegation"), ladoOutcomeName(LadoOutcome::Allegation));
    m_outcome->addItem(tr("Referred to the police"), ladoOutcomeName(LadoOutcome::Police));
    form()->addRow(about);
    form()->addRow(tr("Consulted &on:"), m_date);
    form()->addRow(tr("&LADO:"), m_lado);
    form()->addRow(tr("&Advice:"), m_advice);
    mapField(LadoConsultationField::consultedOn, m_date);
    mapField(LadoConsultationField::lado, m_lado);
    mapField(LadoConsultationField::advice, m_advice);
    form()->addRow(tr("O&utcome:"), m_outcome);
    finish(
        [this, commit = std::move(commit)]() {
            NewLadoConsultation consultation;
            consultation.consultedOn = m_date->date();
            consultation.ladoName = m_lado->text();
            consultation.advice = m_advice->toPlainText();
            consultation.outcome = ladoOutcomeFromName(m_outcome->currentData().toString())
                                       .value_or(LadoOutcome::BelowThreshold);
            commit(consultation);
        },
        tr("&Save consultation"));
}

// --- Settings ----------------------------------------------------------------------------------------------

AdultsSettingsDialog::AdultsSettingsDialog(const AdultsRegisterSettings& current, Commit commit,
                                           QWidget* parent)
    : AdultsFormDialog(QStringLiteral("adultsSettingsDialog"), tr("Adults register settings"), parent)
{
    const auto spin = [this](const char* objectName, const QString& accessibleName, int low, int high,
                             int value) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(objectName));
        box->setAccessibleName(accessibleName);
        box->setRange(low, high);
        box->setValue(value);
        return box;
    };
    m_threshold = spin("adultsThreshold", tr("Concerns that make a pattern"), 2,
                       AdultsSettings::kMaxThreshold, current.patternThreshold);
    m_period = spin("adultsPeriod", tr("Pattern period in days"), 1, AdultsSettings::kMaxPeriodDays,
                    current.patternPeriodDays);
    m_retention = spin("adultsRetention", tr("Months kept after the adult leaves"), 0,
                       AdultsSettings::kMaxRetentionMonths, current.retentionMonthsAfterLeaving);
    auto* note =
        new QLabel(tr("KCSIE: low-level concern records are kept at least until the adult leaves their "
                      "employment. Deletion is always an explicit retention action."),
                   this);
    note->setWordWrap(true);
    form()->addRow(tr("Concerns that make a &pattern:"), m_threshold);
    form()->addRow(tr("&Within (days):"), m_period);
    form()->addRow(tr("&Keep after leaving (months):"), m_retention);
    form()->addRow(note);
    finish(
        [this, commit = std::move(commit)]() {
            AdultsRegisterSettings settings;
            settings.patternThreshold = m_threshold->value();
            settings.patternPeriodDays = m_period->value();
            settings.retentionMonthsAfterLeaving = m_retention->value();
            commit(settings);
        },
        tr("&Save settings"));
}

// --- An adult's details ------------------------------------------------------------------------------------

AdultDetailsDialog::AdultDetailsDialog(Commit commit, QWidget* parent)
    : AdultsFormDialog(QStringLiteral("adultDetailsDialog"), tr("Add an adult"), parent)
{
    build({}, QDate(), false, std::move(commit));
}

AdultDetailsDialog::AdultDetailsDialog(const AdultDetails& current, const QDate& today, Commit commit,
                                       QWidget* parent)
    : AdultsFormDialog(QStringLiteral("adultDetailsDialog"), tr("Amend an adult's details"), parent)
{
    build(current, today, true, std::move(commit));
}

void AdultDetailsDialog::build(const AdultDetails& details, const QDate& today, bool amending, Commit commit)
{
    m_name = makeLineEdit("adultName", tr("Name"), details.name, this);
    m_role = adultRoleCombo(details.role);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("R&ole in school:"), m_role);
    mapField(AdultField::name, m_name);
    mapField(AdultField::role, m_role);
    if (amending) {
        m_left = new QCheckBox(tr("&Has left"), this);
        m_left->setObjectName(QStringLiteral("adultHasLeft"));
        m_left->setAccessibleName(tr("Has left"));
        m_left->setChecked(details.leftOn.has_value());
        m_leftOn = makeDateEdit("adultLeftOn", tr("Left on"), details.leftOn.value_or(today), QDate(), this);
        m_leftOn->setEnabled(m_left->isChecked());
        connect(m_left, &QCheckBox::toggled, m_leftOn, &QWidget::setEnabled);
        m_reason = makeLineEdit("adultReason", tr("Reason for the amendment"), QString(), this);
        form()->addRow(m_left);
        form()->addRow(tr("&Left on:"), m_leftOn);
        form()->addRow(tr("&Reason for the amendment:"), m_reason);
        mapField(AdultField::leftOn, m_leftOn);
        mapField(AdultField::amendReason, m_reason);
    }
    finish(
        [this, commit = std::move(commit)]() {
            AdultDetails result;
            result.name = m_name->text();
            result.role = adultRoleFromName(m_role->currentData().toString()).value_or(AdultRole::Staff);
            if (m_left && m_left->isChecked())
                result.leftOn = m_leftOn->date();
            commit(result, m_reason ? m_reason->text() : QString());
        },
        amending ? tr("&Save amendment") : tr("&Add adult"));
}

} // namespace lantern
