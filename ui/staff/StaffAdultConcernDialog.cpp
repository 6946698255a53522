#include "staff/StaffAdultConcernDialog.h"

#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "common/FormDialog.h"
#include "common/PartialDateEdit.h"
#include "core/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace lantern {

StaffAdultConcernDialog::StaffAdultConcernDialog(StaffSubmitter& submitter, const QDate& today,
                                                 QWidget* parent)
    : AdultsFormDialog(QStringLiteral("staffAdultConcernDialog"), tr("Low-level concern about an adult"),
                       parent)
    , m_submitter(submitter)
{
    resize(640, 620);
    auto* intro =
        new QLabel(tr("For anything an adult working in school has done that is not consistent with "
                      "the staff code of conduct, however small. What you write is sealed: only "
                      "the school's Lantern can open it, and you cannot read it back here."),
                   this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffAdultName"));
    m_name->setAccessibleName(tr("The adult's name"));
    m_role = adultRoleCombo(AdultRole::Staff);
    // A concern about the headteacher is the chair of governors' alone (KCSIE), and Lantern Submit has no key
    // that only the chair's Lantern opens: it says where to take it instead of sending it to the DSL team.
    auto* headteacher =
        new QLabel(tr("A concern about the headteacher goes to the chair of governors: tell them "
                      "yourself (the school office has their contact details). Lantern does not "
                      "send it, because only the DSL team's Lantern could open it."),
                   this);
    headteacher->setObjectName(QStringLiteral("staffAdultHeadteacherNote"));
    headteacher->setWordWrap(true);

    m_when = new PartialDateEdit(this);
    m_when->setObjectName(QStringLiteral("staffAdultWhen"));
    m_when->setAccessibleBaseName(tr("When it happened"));
    m_when->setMaximumDate(today);
    m_when->setValue(PartialDate::day(today));
    m_account = textEdit("staffAdultAccount", tr("What happened"));
    // The fields StaffSubmitter's refusals name (Error::field()).
    mapField(AdultField::name, m_name);
    mapField(AdultField::role, m_role);
    mapField(AdultConcernField::occurred, m_when->dateEdit());
    mapField(AdultConcernField::account, m_account);

    m_selfReport = new QCheckBox(tr("Se&lf-report: this is about my own conduct"), this);
    m_selfReport->setObjectName(QStringLiteral("staffAdultSelfReport"));
    m_selfReport->setAccessibleName(tr("Self-report: this is about my own conduct"));
    m_withheld = new QCheckBox(tr("&Do not share my name with the adult"), this);
    m_withheld->setObjectName(QStringLiteral("staffAdultWithheld"));
    m_withheld->setAccessibleName(tr("Do not share my name with the adult"));
    // Reporting oneself leaves no name to keep from the adult.
    connect(m_selfReport, &QCheckBox::toggled, this, [this](bool self) {
        if (self)
            m_withheld->setChecked(false);
        m_withheld->setEnabled(!self);
    });
    auto* keys = new QLabel(tr("Ctrl+Enter sends the concern · Escape cancels"), this);

    form()->addRow(intro);
    form()->addRow(tr("The adult's &name:"), m_name);
    form()->addRow(tr("R&ole in school:"), m_role);
    form()->addRow(headteacher);
    form()->addRow(tr("&When it happened:"), m_when);
    form()->addRow(tr("What &happened (facts):"), m_account);
    form()->addRow(m_selfReport);
    form()->addRow(m_withheld);
    form()->addRow(keys);
    finish([this]() { send(); }, tr("&Send concern"));

    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    saveButton()->setAccessibleName(tr("Seal the concern and send it to the school"));
    saveButton()->setToolTip(tr("Ctrl+Enter"));
    if (auto* cancel = findChild<QPushButton*>(objectName() + QStringLiteral("Cancel")))
        cancel->setAccessibleName(tr("Cancel without sending"));
    for (const QKeySequence& sequence :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &StaffAdultConcernDialog::accept);
    }
    m_name->setFocus(Qt::OtherFocusReason);
}

void StaffAdultConcernDialog::showEvent(QShowEvent* event)
{
    AdultsFormDialog::showEvent(event);
    // The button box has just made Send the default button; Enter belongs to the fields here (a name is typed
    // and Enter pressed out of habit), only Ctrl+Enter sends.
    saveButton()->setDefault(false);
}

void StaffAdultConcernDialog::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier)
        return;
    AdultsFormDialog::keyPressEvent(event);
}

SubmittedAdultConcern StaffAdultConcernDialog::content() const
{
    SubmittedAdultConcern concern;
    concern.adultName = m_name->text();
    concern.adultRole = m_role->currentData().toString();
    concern.occurred = m_when->value();
    concern.account = m_account->toPlainText();
    concern.selfReport = m_selfReport->isChecked();
    concern.reporterWithheld = m_withheld->isChecked();
    return concern; // the reporter's name is left to the import: the enrolled staff member's own
}

void StaffAdultConcernDialog::send()
{
    // A refusal propagates: AdultsFormDialog shows the message, focuses the field it is about (mapped below)
    // and keeps the dialog open.
    const SubmissionReceipt receipt = m_submitter.submitAdultConcern(content());
    Q_EMIT submitted(receipt);
}

} // namespace lantern
