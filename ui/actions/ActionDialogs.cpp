#include "actions/ActionDialogs.h"

#include "common/PupilPicker.h"
#include "core/Error.h"
#include "records/Action.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

namespace {

// The error line under the form, with what it says also read out by screen readers.
void showMessage(QLabel* label, const QString& text)
{
    setFieldError(label, text);
    label->setAccessibleName(text);
}

QPlainTextEdit* textBox(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(90);
    return edit;
}

} // namespace

NewActionDialog::NewActionDialog(Vault& vault, const QList<User>& team, const QDate& today, Commit commit,
                                 MessageSeam& messages, QWidget* parent)
    : FormDialog(messages, parent)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("newActionDialog"));
    setWindowTitle(tr("New action"));

    m_picker = new PupilPicker(vault, this);
    // The picker is the concern form's: here there is one child and no part to play in a concern, so its
    // part chooser is hidden and its list says what it holds.
    m_picker->roleCombo()->hide();
    for (QLabel* label : m_picker->findChildren<QLabel*>())
        if (label->buddy() == m_picker->roleCombo())
            label->hide();
    m_picker->chosenView()->setAccessibleName(tr("The child the action is about"));
    if (auto* remove = m_picker->findChild<QPushButton*>(QStringLiteral("removeChild")))
        remove->setAccessibleName(tr("Remove the chosen child"));

    m_what = textBox(QStringLiteral("actionWhat"), tr("What is to be done"), this);
    m_what->setPlaceholderText(tr("e.g. Call the social worker about the strategy meeting"));
    m_due = new QLineEdit(TextServices::formatDateShort(today), this);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setAccessibleName(tr("Due date, day/month/year"));
    m_due->setPlaceholderText(tr("dd/mm/yyyy"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("actionAssignee"));
    m_assignee->setAccessibleName(tr("Assigned to"));
    for (const User& user : team)
        m_assignee->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username), user.username);
    const int me = m_assignee->findData(vault.user().username);
    m_assignee->setCurrentIndex(me < 0 ? 0 : me);

    m_error = makeFieldError(this, QStringLiteral("actionError"));

    auto* form = new QFormLayout;
    form->addRow(tr("Child:"), m_picker);
    form->addRow(tr("&What to do:"), m_what);
    form->addRow(tr("D&ue by:"), m_due);
    form->addRow(tr("Assigned &to:"), m_assignee);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("actionSave"));
    m_save->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewActionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewActionDialog::requestDiscard);

    auto* hint =
        new QLabel(tr("Type the child's name and press Enter to choose them. Ctrl+Enter saves."), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_picker, m_what);
    setTabOrder(m_what, m_due);
    setTabOrder(m_due, m_assignee);
    setTabOrder(m_assignee, m_save);
    m_picker->setFocus();
}

std::optional<QDate> NewActionDialog::parseDay(const QString& typed)
{
    const QString text = typed.trimmed();
    for (const QString& format : {QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    // Two-digit years are this century: "25/11/26".
    const QDate shortYear = QDate::fromString(text, QStringLiteral("d/M/yy"));
    if (shortYear.isValid())
        return shortYear.addYears(100);
    return std::nullopt;
}

QString NewActionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool NewActionDialog::hasInput() const
{
    return !m_picker->isEmpty() || !m_what->toPlainText().trimmed().isEmpty();
}

QString NewActionDialog::discardQuestion() const
{
    return tr("The action has not been saved. Discard it?");
}

void NewActionDialog::showError(const QString& text, QWidget* focus)
{
    showMessage(m_error, text);
    if (focus)
        focus->setFocus();
}

void NewActionDialog::save()
{
    const QList<ConcernChild> children = m_picker->children();
    if (children.size() != 1) {
        showError(children.isEmpty() ? tr("Child: find the child the action is about and press Enter to "
                                          "choose them.")
                                     : tr("Child: an action is about one child; remove the others."),
                  m_picker);
        return;
    }
    const std::optional<QDate> due = parseDay(m_due->text());
    if (!due) {
        showError(tr("Due by: \"%1\" is not a date; write it as dd/mm/yyyy.").arg(m_due->text().trimmed()),
                  m_due);
        return;
    }
    Input input;
    input.pupilId = children.first().pupilId;
    input.what = m_what->toPlainText();
    input.dueOn = *due;
    input.assignee = m_assignee->currentData().toString();
    try {
        m_commit(input);
    } catch (const Error& error) {
        QWidget* focus = nullptr;
        if (error.field() == ActionField::what)
            focus = m_what;
        else if (error.field() == ActionField::due)
            focus = m_due;
        else if (error.field() == ActionField::assignee)
            focus = m_assignee;
        showError(error.message(), focus);
        return;
    }
    accept();
}

EndActionDialog::EndActionDialog(Ending ending, const QString& description, Commit commit,
                                 MessageSeam& messages, QWidget* parent)
    : FormDialog(messages, parent)
    , m_commit(std::move(commit))
{
    const bool done = ending == Ending::Done;
    setObjectName(done ? QStringLiteral("actionDoneDialog") : QStringLiteral("actionCancelDialog"));
    setWindowTitle(done ? tr("Action done") : tr("Cancel the action"));
    auto* what = makeDataLabel(description, this);
    what->setObjectName(QStringLiteral("actionDescription"));
    m_text = textBox(QStringLiteral("actionEndText"),
                     done ? tr("What came of it (optional)") : tr("Why it is no longer needed"), this);
    m_error = makeFieldError(this, QStringLiteral("actionEndError"));
    auto* explanation =
        new QLabel(done ? tr("Marked done, the action and this note go into the child's "
                             "chronology. An action ends once.")
                        : tr("A cancelled action leaves the list and is kept with its reason. "
                             "An action ends once."),
                   this);
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Action:"), what);
    form->addRow(done ? tr("&Note:") : tr("&Reason:"), m_text);
    auto* buttons = new QDialogButtonBox(this);
    m_confirm =
        buttons->addButton(done ? tr("Mark &done") : tr("Cancel the &action"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("actionEndConfirm"));
    m_confirm->setAutoDefault(false);
    QPushButton* back = buttons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    back->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndActionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndActionDialog::requestDiscard);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_text->setFocus();
}

QString EndActionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool EndActionDialog::hasInput() const
{
    return !m_text->toPlainText().trimmed().isEmpty();
}

QString EndActionDialog::discardQuestion() const
{
    return tr("What you wrote has not been saved. Discard it?");
}

void EndActionDialog::save()
{
    try {
        m_commit(m_text->toPlainText());
    } catch (const Error& error) {
        showMessage(m_error, error.message());
        m_text->setFocus();
        return;
    }
    accept();
}

} // namespace lantern
