#include "admin/UserDialogs.h"

#include "common/RoleText.h"
#include "common/SecretEdit.h"
#include "core/Error.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lantern {

namespace {

QComboBox* makeRoleCombo(const QList<Role>& roles, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("userRole"));
    combo->setAccessibleName(QCoreApplication::translate("lantern::UserChangeDialog", "Role"));
    for (const Role role : roles)
        combo->addItem(roleDisplayTitle(role), static_cast<int>(role));
    return combo;
}

Role chosenRole(const QComboBox* combo)
{
    return static_cast<Role>(combo->currentData().toInt());
}

} // namespace

UserChangeDialog::UserChangeDialog(const QString& title, const QString& action, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setMinimumWidth(460);
    m_form = new QFormLayout;

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userDialogError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #a31d1d;"));
    m_error->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("userDialogProgress"));
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setRange(0, 0);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(this);
    m_action = m_buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("userDialogAction"));
    m_action->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isBusy())
            submit();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserChangeDialog::reject);
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this,
            &UserChangeDialog::finishChange);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

UserChangeDialog::~UserChangeDialog()
{
    m_watcher.waitForFinished();
}

void UserChangeDialog::reject()
{
    // A change that has begun finishes: it holds the vault, and it cannot be taken back half-way.
    m_watcher.waitForFinished();
    QDialog::reject();
}

QString UserChangeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UserChangeDialog::run(std::function<void()> change)
{
    m_error->hide();
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([change = std::move(change)]() -> std::optional<Error> {
        try {
            change();
        } catch (const Error& error) {
            return error;
        } catch (const std::exception& error) {
            return Error(ErrorKind::Internal, QString::fromLocal8Bit(error.what()));
        }
        return std::nullopt;
    }));
}

void UserChangeDialog::finishChange()
{
    const std::optional<Error> refusal = m_watcher.result();
    setBusy(false);
    if (!isVisible())
        return; // rejected while it ran (the window locked); the change itself is done
    if (refusal)
        showError(refusal->message(), nullptr);
    else
        changeSucceeded();
}

void UserChangeDialog::changeSucceeded()
{
    accept();
}

void UserChangeDialog::showOutcome(QWidget* outcome)
{
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    m_error->hide();
    qobject_cast<QVBoxLayout*>(layout())->insertWidget(1, outcome);
    outcome->show(); // at once, not when the layout gets round to it
    m_buttons->removeButton(m_action);
    m_action->setParent(this); // kept, hidden: actionButton() stays valid
    delete m_buttons->button(QDialogButtonBox::Cancel);
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("userDialogClose"));
    close->setDefault(true);
    close->setFocus();
}

void UserChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem* field = m_form->itemAt(row, QFormLayout::FieldRole); field && field->widget())
            field->widget()->setEnabled(!busy);
    }
    m_buttons->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void UserChangeDialog::showError(const QString& text, QWidget* focus)
{
    m_error->setText(text);
    m_error->setAccessibleName(text);
    m_error->show();
    if (focus)
        focus->setFocus();
}

void UserChangeDialog::addPasswordFields(QLineEdit*& password, QLineEdit*& again)
{
    password = secretEdit(this);
    password->setObjectName(QStringLiteral("userPassword"));
    password->setAccessibleName(tr("New password"));
    password->setPlaceholderText(tr("At least 10 characters; a few words are easiest to remember"));
    again = secretEdit(this);
    again->setObjectName(QStringLiteral("userPasswordAgain"));
    again->setAccessibleName(tr("New password again"));
    m_form->addRow(tr("New &password:"), password);
    m_form->addRow(tr("&Again:"), again);
}

std::optional<SecureBytes> UserChangeDialog::takeNewPassword(QLineEdit* password, QLineEdit* again)
{
    SecureBytes first = takeSecret(password);
    const SecureBytes second = takeSecret(again);
    if (first.size() == 0) {
        showError(tr("Type the new password in both fields."), password);
        return std::nullopt;
    }
    if (!first.equals(second)) {
        showError(tr("The two passwords are different; type the same password in both fields."), password);
        return std::nullopt;
    }
    return first;
}

NewUserDialog::NewUserDialog(QList<Role> roles, Commit commit, QWidget* parent)
    : UserChangeDialog(tr("Add a user"), tr("&Add user"), parent)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("newUserDialog"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("userUsername"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setPlaceholderText(tr("Lower-case letters and digits, e.g. jsmith"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("userDisplayName"));
    m_displayName->setAccessibleName(tr("Name"));
    m_displayName->setPlaceholderText(tr("As people in school know them"));
    m_role = makeRoleCombo(roles, this);
    form()->addRow(tr("&Username:"), m_username);
    form()->addRow(tr("&Name:"), m_displayName);
    form()->addRow(tr("&Role:"), m_role);
    addPasswordFields(m_password, m_again);
    m_username->setFocus();
}

void NewUserDialog::submit()
{
    std::optional<SecureBytes> password = takeNewPassword(m_password, m_again);
    if (!password)
        return;
    User user;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = chosenRole(m_role);
    auto secret = std::make_shared<SecureBytes>(std::move(*password));
    run([commit = m_commit, user, secret] { commit(user, *secret); });
}

NewPasswordDialog::NewPasswordDialog(const QString& title, const QString& action, const QString& explanation,
                                     Commit commit, QWidget* parent)
    : UserChangeDialog(title, action, parent)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("newPasswordDialog"));
    auto* explain = new QLabel(explanation, this);
    explain->setWordWrap(true);
    form()->addRow(explain);
    addPasswordFields(m_password, m_again);
    m_password->setFocus();
}

void NewPasswordDialog::submit()
{
    std::optional<SecureBytes> password = takeNewPassword(m_password, m_again);
    if (!password)
        return;
    auto secret = std::make_shared<SecureBytes>(std::move(*password));
    run([commit = m_commit, secret] { commit(*secret); });
}

RoleDialog::RoleDialog(const User& user, QList<Role> roles, Commit commit, QWidget* parent)
    : UserChangeDialog(tr("Change role"), tr("&Change role"), parent)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("roleDialog"));
    auto* who = new QLabel(
        tr("%1 (%2) is now: %3").arg(user.displayName, user.username, roleDisplayTitle(user.role)), this);
    who->setWordWrap(true);
    form()->addRow(who);
    m_role = makeRoleCombo(roles, this);
    const int current = m_role->findData(static_cast<int>(user.role));
    m_role->setCurrentIndex(current >= 0 ? current : 0);
    form()->addRow(tr("New &role:"), m_role);
    m_role->setFocus();
}

void RoleDialog::submit()
{
    const Role role = chosenRole(m_role);
    run([commit = m_commit, role] { commit(role); });
}

} // namespace lantern
