#include "pupils/PlansTab.h"

#include "common/UiServices.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "records/AgencyRepository.h"
#include "records/MeetingRepository.h"
#include "records/PlanRepository.h"
#include "records/ReferralRepository.h"
#include "reference/CodeList.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

namespace {

const CodeList& cpCategories()
{
    return CodeList::get(QStringLiteral("cp-category-of-abuse"));
}

QDateEdit* dateEdit(const QString& objectName, const QString& accessibleName, const QDate& value,
                    QWidget* parent)
{
    auto* edit = new QDateEdit(value, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

QPlainTextEdit* textEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    return edit;
}

QString dateText(const std::optional<QDate>& date)
{
    return date ? TextServices::formatDate(*date) : QString();
}

// A list inside a titled box, sized to show a few rows without scrolling the page.
QTableView* section(const QString& title, const QString& objectName, RecordTableModel* model, QWidget* parent,
                    QVBoxLayout* into)
{
    auto* box = new QGroupBox(title, parent);
    auto* table = makeRecordTable(objectName, title, box);
    table->setModel(model);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(120);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(table);
    into->addWidget(box, 1);
    return table;
}

} // namespace

PlansFormDialog::PlansFormDialog(QWidget* parent)
    : QDialog(parent)
{}

QString PlansFormDialog::errorText() const
{
    return m_error && !m_error->isHidden() ? m_error->text() : QString();
}

void PlansFormDialog::finish(QLayout* form, const QString& saveName)
{
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a31d1d;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(saveName);
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlansFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlansFormDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PlansFormDialog::accept()
{
    try {
        commit();
    } catch (const Error& error) {
        m_error->setText(error.message());
        m_error->setAccessibleName(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

PlanDialog::PlanDialog(qint64 pupilId, const QDate& today, std::function<void(const Plan&)> save,
                       QWidget* parent)
    : PlansFormDialog(parent)
    , m_pupilId(pupilId)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Add plan"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("planType"));
    m_type->setAccessibleName(tr("Type of plan"));
    for (PlanType type : allPlanTypes())
        m_type->addItem(planTypeLabel(type), planTypeName(type));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("planCategory"));
    m_category->setAccessibleName(tr("Child protection category"));
    for (const Code& code : cpCategories().all())
        m_category->addItem(code.label, code.code);
    m_started = dateEdit(QStringLiteral("planStarted"), tr("Plan started on"), today, this);
    m_started->setMaximumDate(today);
    m_lead = new QLineEdit(this);
    m_lead->setObjectName(QStringLiteral("planLead"));
    m_lead->setAccessibleName(tr("Lead practitioner"));
    m_notes = textEdit(QStringLiteral("planNotes"), tr("Notes"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Child protection &category:"), m_category);
    form->addRow(tr("&Started on:"), m_started);
    form->addRow(tr("&Lead practitioner:"), m_lead);
    form->addRow(tr("&Notes:"), m_notes);
    const auto updateCategory = [this] {
        m_category->setEnabled(m_type->currentData().toString() == planTypeName(PlanType::ChildProtection));
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, updateCategory);
    updateCategory();
    finish(form, QStringLiteral("planSave"));
}

Plan PlanDialog::plan() const
{
    Plan plan;
    plan.pupilId = m_pupilId;
    plan.type = planTypeFromName(m_type->currentData().toString()).value_or(PlanType::ChildInNeed);
    if (plan.type == PlanType::ChildProtection)
        plan.cpCategory = m_category->currentData().toString();
    plan.startedOn = m_started->date();
    plan.leadPractitioner = m_lead->text();
    plan.notes = m_notes->toPlainText();
    return plan;
}

void PlanDialog::commit()
{
    m_save(plan());
}

MeetingDialog::MeetingDialog(qint64 pupilId, const QDate& today, std::function<void(const Meeting&)> save,
                             QWidget* parent)
    : PlansFormDialog(parent)
    , m_pupilId(pupilId)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(tr("Add meeting"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("meetingType"));
    m_type->setAccessibleName(tr("Type of meeting"));
    for (MeetingType type : allMeetingTypes())
        m_type->addItem(meetingTypeLabel(type), meetingTypeName(type));
    m_held = dateEdit(QStringLiteral("meetingHeld"), tr("Meeting date"), today, this);
    m_attended = new QLineEdit(this);
    m_attended->setObjectName(QStringLiteral("meetingAttended"));
    m_attended->setAccessibleName(tr("Attended for the school by"));
    m_contribution = textEdit(QStringLiteral("meetingContribution"), tr("What the school contributed"), this);
    m_outcome = textEdit(QStringLiteral("meetingOutcome"), tr("Outcome"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Date:"), m_held);
    form->addRow(tr("&Attended by:"), m_attended);
    form->addRow(tr("School's &contribution:"), m_contribution);
    form->addRow(tr("&Outcome:"), m_outcome);
    const auto updateOutcome = [this, today] {
        // A meeting still to come has no outcome yet.
        m_outcome->setEnabled(m_held->date() <= today);
    };
    connect(m_held, &QDateEdit::dateChanged, this, updateOutcome);
    updateOutcome();
    finish(form, QStringLiteral("meetingSave"));
}

Meeting MeetingDialog::meeting() const
{
    Meeting meeting;
    meeting.pupilId = m_pupilId;
    meeting.type = meetingTypeFromName(m_type->currentData().toString()).value_or(MeetingType::Other);
    meeting.heldOn = m_held->date();
    meeting.attendedBy = m_attended->text();
    meeting.schoolContribution = m_contribution->toPlainText();
    if (m_outcome->isEnabled())
        meeting.outcome = m_outcome->toPlainText();
    return meeting;
}

void MeetingDialog::commit()
{
    m_save(meeting());
}

PlansTab::PlansTab(RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
{
    setObjectName(QStringLiteral("plansTab"));
    m_plans = new RecordTableModel(
        QStringList{tr("Plan"), tr("Category"), tr("Started"), tr("Ended"), tr("Lead practitioner")}, this);
    m_meetings = new RecordTableModel(QStringList{tr("Meeting"), tr("Date"), tr("Outcome")}, this);
    m_involvements = new RecordTableModel(
        QStringList{tr("Agency"), tr("Contact"), tr("Role"), tr("Phone"), tr("Since"), tr("Until")}, this);
    m_referrals = new RecordTableModel(QStringList{tr("Referred to"), tr("When"), tr("How"),
                                                   tr("Their reference"), tr("Status"), tr("Outcome")},
                                       this);

    auto* content = new QWidget(this);
    auto* lists = new QVBoxLayout(content);
    QTableView* plans = section(tr("Plans"), QStringLiteral("plansTable"), m_plans, content, lists);
    QTableView* meetings =
        section(tr("Meetings"), QStringLiteral("meetingsTable"), m_meetings, content, lists);
    QTableView* involvements =
        section(tr("Agencies involved"), QStringLiteral("involvementsTable"), m_involvements, content, lists);
    QTableView* referrals =
        section(tr("Referrals"), QStringLiteral("referralsTable"), m_referrals, content, lists);

    auto* addPlanButton = new QPushButton(tr("Add &plan…"), this);
    addPlanButton->setObjectName(QStringLiteral("addPlan"));
    addPlanButton->setAccessibleName(tr("Add a plan"));
    auto* addMeetingButton = new QPushButton(tr("Add m&eeting…"), this);
    addMeetingButton->setObjectName(QStringLiteral("addMeeting"));
    addMeetingButton->setAccessibleName(tr("Add a meeting"));
    const bool mayWrite = hasPermission(context.vault.user(), Permission::WritePupilRecords);
    addPlanButton->setVisible(mayWrite);
    addMeetingButton->setVisible(mayWrite);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(addPlanButton);
    buttons->addWidget(addMeetingButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(content, 1);
    layout->addLayout(buttons);
    setTabOrder(plans, meetings);
    setTabOrder(meetings, involvements);
    setTabOrder(involvements, referrals);
    setTabOrder(referrals, addPlanButton);
    setTabOrder(addPlanButton, addMeetingButton);

    connect(addPlanButton, &QPushButton::clicked, this, &PlansTab::addPlan);
    connect(addMeetingButton, &QPushButton::clicked, this, &PlansTab::addMeeting);
}

void PlansTab::load()
{
    Vault& vault = m_context.vault;
    const qint64 pupilId = m_context.pupil.id;
    QList<Plan> plans;
    QList<Meeting> meetings;
    QList<Involvement> involvements;
    QList<Referral> referrals;
    runReported(m_context.services.messages, this, tr("Plans and agencies"), [&] {
        plans = PlanRepository(vault).plans(pupilId);
        meetings = MeetingRepository(vault).meetings(pupilId);
        involvements = AgencyRepository(vault).involvements(pupilId);
        referrals = ReferralRepository(vault).referrals(pupilId);
    });

    QList<RecordRow> rows;
    for (const Plan& plan : plans) {
        RecordRow row;
        row.id = plan.id;
        row.cells = QStringList{planTypeLabel(plan.type), cpCategories().label(plan.cpCategory),
                                TextServices::formatDate(plan.startedOn), dateText(plan.endedOn),
                                plan.leadPractitioner};
        row.muted = !plan.isOpen();
        row.toolTip = plan.notes;
        rows.append(row);
    }
    m_plans->setRows(rows);

    rows.clear();
    const QDate today = m_context.services.clock.nowUtc().toLocalTime().date();
    for (const Meeting& meeting : meetings) {
        RecordRow row;
        row.id = meeting.id;
        const QString outcome = meeting.heldOn > today ? tr("Scheduled") : meeting.outcome;
        row.cells =
            QStringList{meetingTypeLabel(meeting.type), TextServices::formatDate(meeting.heldOn), outcome};
        row.toolTip = meeting.schoolContribution;
        rows.append(row);
    }
    m_meetings->setRows(rows);

    rows.clear();
    for (const Involvement& involvement : involvements) {
        RecordRow row;
        row.id = involvement.id;
        row.cells = QStringList{involvement.agencyName,          involvement.contactName,
                                involvement.contactRole,         involvement.contactPhone,
                                dateText(involvement.startedOn), dateText(involvement.endedOn)};
        row.muted = !involvement.isOpen();
        row.toolTip = involvement.notes;
        rows.append(row);
    }
    m_involvements->setRows(rows);

    rows.clear();
    for (const Referral& referral : referrals) {
        RecordRow row;
        row.id = referral.id;
        QString status = tr("Awaiting acknowledgement");
        if (!referral.outcome.isEmpty())
            status = tr("Outcome recorded");
        else if (referral.acknowledgedAt)
            status = tr("Acknowledged %1").arg(TextServices::formatDate(referral.acknowledgedAt->date()));
        if (referral.outcome.isEmpty() && referral.followUpOn)
            status += QStringLiteral(" · ") +
                      tr("follow up %1").arg(TextServices::formatDate(*referral.followUpOn));
        row.cells = QStringList{referral.toWhom,
                                TextServices::formatDateTime(referral.referredAt),
                                referralMethodLabel(referral.method),
                                referral.receivingReference,
                                status,
                                referral.outcome};
        rows.append(row);
    }
    m_referrals->setRows(rows);
}

QDialog* PlansTab::addPlan()
{
    Vault& vault = m_context.vault;
    const QDate today = m_context.services.clock.nowUtc().toLocalTime().date();
    auto* dialog = new PlanDialog(
        m_context.pupil.id, today, [&vault](const Plan& plan) { PlanRepository(vault).add(plan); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

QDialog* PlansTab::addMeeting()
{
    Vault& vault = m_context.vault;
    const QDate today = m_context.services.clock.nowUtc().toLocalTime().date();
    auto* dialog = new MeetingDialog(
        m_context.pupil.id, today,
        [&vault](const Meeting& meeting) { MeetingRepository(vault).add(meeting); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

} // namespace lantern
