#include "pupils/HouseholdDialog.h"

#include "common/FormDialog.h"
#include "core/Error.h"
#include "records/HouseholdRepository.h"
#include "records/VersionedRecord.h"
#include "reference/CodeList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QCheckBox* checkBox(const QString& text, const QString& objectName, const QString& accessibleName,
                    QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    return box;
}

// The error line under the form, with what it says also read out by screen readers.
void showMessage(QLabel* label, const QString& text)
{
    setFieldError(label, text);
    label->setAccessibleName(text);
}

} // namespace

HouseholdDialog::HouseholdDialog(const QDate& today, const std::optional<HouseholdMemberDetails>& current,
                                 Commit commit, QWidget* parent)
    : QDialog(parent)
    , m_commit(std::move(commit))
    , m_amending(current.has_value())
{
    setObjectName(QStringLiteral("householdDialog"));
    setWindowTitle(m_amending ? tr("Amend household member") : tr("Add household member"));

    m_name = lineEdit(QStringLiteral("householdName"), tr("Name"), this);
    m_name->setPlaceholderText(tr("As the family gives it; \"Unborn baby\" when not yet named"));
    // Suggestions, not a closed list: families are described in their own words.
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("householdRelationship"));
    m_relationship->setAccessibleName(tr("Relationship to the child"));
    m_relationship->setEditable(true);
    m_relationship->setInsertPolicy(QComboBox::NoInsert);
    m_relationship->addItems({QString(), tr("Mother"), tr("Father"), tr("Mother's partner"),
                              tr("Father's partner"), tr("Step-parent"), tr("Sister"), tr("Brother"),
                              tr("Half-sister"), tr("Half-brother"), tr("Step-sister"), tr("Step-brother"),
                              tr("Unborn sibling"), tr("Grandparent"), tr("Aunt"), tr("Uncle"), tr("Lodger"),
                              tr("Other")});
    m_dateKind = new QComboBox(this);
    m_dateKind->setObjectName(QStringLiteral("householdDateKind"));
    m_dateKind->setAccessibleName(tr("Which date is known"));
    m_dateKind->addItems({tr("Not known"), tr("Date of birth"), tr("Expected delivery date (unborn)")});
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("householdDate"));
    m_date->setAccessibleName(tr("Date of birth or expected delivery date"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_livesWith = checkBox(tr("&Lives with the child"), QStringLiteral("householdLivesWith"),
                           tr("Lives with the child"), this);
    m_livesWith->setChecked(true);
    m_responsibility = checkBox(tr("Has &parental responsibility"), QStringLiteral("householdResponsibility"),
                                tr("Has parental responsibility"), this);
    m_interpreter = checkBox(tr("Needs an &interpreter"), QStringLiteral("householdInterpreter"),
                             tr("Needs an interpreter"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("householdLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Not known"), QString());
    for (const Code& code : CodeList::get(QStringLiteral("language-top-level")).all())
        m_language->addItem(code.label, code.code);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("householdNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(100);
    m_reason = lineEdit(QStringLiteral("householdReason"), tr("Reason for the amendment"), this);

    m_error = makeFieldError(this, QStringLiteral("householdError"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Relationship:"), m_relationship);
    form->addRow(tr("&Date known:"), m_dateKind);
    form->addRow(tr("Da&te:"), m_date);
    form->addRow(QString(), m_livesWith);
    form->addRow(QString(), m_responsibility);
    form->addRow(QString(), m_interpreter);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("N&otes:"), m_notes);
    if (m_amending)
        form->addRow(tr("R&eason for the change:"), m_reason);
    else
        m_reason->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("householdSave"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HouseholdDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_name, m_relationship);
    setTabOrder(m_relationship, m_dateKind);
    setTabOrder(m_dateKind, m_date);
    setTabOrder(m_date, m_livesWith);
    setTabOrder(m_livesWith, m_responsibility);
    setTabOrder(m_responsibility, m_interpreter);
    setTabOrder(m_interpreter, m_language);
    setTabOrder(m_language, m_notes);
    setTabOrder(m_notes, m_reason);

    const auto updateDate = [this] { m_date->setEnabled(m_dateKind->currentIndex() != 0); };
    connect(m_dateKind, &QComboBox::currentIndexChanged, this, updateDate);

    if (current) {
        m_name->setText(current->name);
        m_relationship->setCurrentText(current->relationship);
        if (current->dateOfBirth) {
            m_dateKind->setCurrentIndex(static_cast<int>(DateKind::DateOfBirth));
            m_date->setDate(*current->dateOfBirth);
        } else if (current->expectedDeliveryDate) {
            m_dateKind->setCurrentIndex(static_cast<int>(DateKind::ExpectedDelivery));
            m_date->setDate(*current->expectedDeliveryDate);
        }
        m_livesWith->setChecked(current->livesWithChild);
        m_responsibility->setChecked(current->parentalResponsibility);
        m_interpreter->setChecked(current->needsInterpreter);
        const int language = m_language->findData(current->language);
        m_language->setCurrentIndex(language < 0 ? 0 : language);
        m_notes->setPlainText(current->notes);
    }
    updateDate();
    m_name->setFocus();
}

HouseholdMemberDetails HouseholdDialog::details() const
{
    HouseholdMemberDetails details;
    details.name = m_name->text();
    details.relationship = m_relationship->currentText();
    switch (static_cast<DateKind>(m_dateKind->currentIndex())) {
    case DateKind::DateOfBirth:
        details.dateOfBirth = m_date->date();
        break;
    case DateKind::ExpectedDelivery:
        details.expectedDeliveryDate = m_date->date();
        break;
    case DateKind::NotKnown:
        break;
    }
    details.livesWithChild = m_livesWith->isChecked();
    details.parentalResponsibility = m_responsibility->isChecked();
    details.needsInterpreter = m_interpreter->isChecked();
    details.language = m_language->currentData().toString();
    details.notes = m_notes->toPlainText();
    return details;
}

QString HouseholdDialog::reason() const
{
    return m_amending ? m_reason->text() : QString();
}

QString HouseholdDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QWidget* HouseholdDialog::widgetForField(const QString& field) const
{
    if (field == HouseholdField::name)
        return m_name;
    if (field == HouseholdField::relationship)
        return m_relationship;
    if (field == HouseholdField::dateOfBirth || field == HouseholdField::expectedDelivery)
        return m_date;
    if (field == HouseholdField::language)
        return m_language;
    if (field == HouseholdField::notes)
        return m_notes;
    if (field == AmendmentField::reason)
        return m_reason;
    return nullptr;
}

void HouseholdDialog::showError(const QString& text, QWidget* focus)
{
    showMessage(m_error, text);
    if (focus)
        focus->setFocus();
}

void HouseholdDialog::accept()
{
    try {
        m_commit(details(), reason());
    } catch (const Error& error) {
        showError(error.message(), widgetForField(error.field()));
        return;
    }
    QDialog::accept();
}

HouseholdRemoveDialog::HouseholdRemoveDialog(const QString& name, Commit commit, QWidget* parent)
    : QDialog(parent)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("householdRemoveDialog"));
    setWindowTitle(tr("Remove from the household"));
    auto* who = makeDataLabel(name, this);
    who->setObjectName(QStringLiteral("householdRemoveName"));
    m_reason = lineEdit(QStringLiteral("householdRemoveReason"), tr("Reason for removing them"), this);
    m_error = makeFieldError(this, QStringLiteral("householdRemoveError"));

    auto* form = new QFormLayout;
    form->addRow(tr("Remove:"), who);
    form->addRow(tr("&Reason:"), m_reason);
    auto* explanation = new QLabel(
        tr("They leave the household list; what was recorded about them stays readable in the history."),
        this);
    explanation->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* remove = buttons->addButton(tr("Re&move"), QDialogButtonBox::AcceptRole);
    remove->setObjectName(QStringLiteral("householdRemoveConfirm"));
    remove->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdRemoveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HouseholdRemoveDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString HouseholdRemoveDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HouseholdRemoveDialog::accept()
{
    try {
        m_commit(m_reason->text());
    } catch (const Error& error) {
        showMessage(m_error, error.message());
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lantern
