#pragma once

#include "core/Error.h"
#include "crypto/SecureBytes.h"
#include "users/User.h"

#include <QDialog>
#include <QFutureWatcher>
#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lantern {

// The frame of every user-management dialog: a form, an error line, a busy bar and a button that makes the
// change. Changes that make a key slot run Argon2id for most of a second, so the change runs on a worker
// thread while the dialog is disabled; it closes when the change succeeds (or shows what was done, for a
// change with something to tell) and shows the model's refusal otherwise, keeping what was typed (but never a
// password).
//
// The worker uses the Vault. Rejecting the dialog (Cancel, Escape, or the window locking) while a change runs
// first waits for it to finish, and so does the destructor: the Vault outlives every change, and the window's
// own audit entry at lock never runs beside one.
class UserChangeDialog : public QDialog {
    Q_OBJECT
public:
    ~UserChangeDialog() override;

    // From the press of the button until the dialog has dealt with the result.
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    QPushButton* actionButton() const { return m_action; }

    void reject() override;

protected:
    UserChangeDialog(const QString& title, const QString& action, QWidget* parent);

    QFormLayout* form() const { return m_form; }
    // Validates what was typed and calls run(), or showError().
    virtual void submit() = 0;
    void run(std::function<void()> change);
    void showError(const QString& text, QWidget* focus);
    // The change succeeded: closes the dialog. A dialog with something to tell afterwards calls
    // showOutcome().
    virtual void changeSucceeded();
    // Hides the form, shows `outcome` in its place and leaves one button, Close.
    void showOutcome(QWidget* outcome);
    // The two password fields every dialog with a new password has; labelled and added to the form.
    void addPasswordFields(QLineEdit*& password, QLineEdit*& again);
    // The password typed twice, or nothing (and the error shown) when they differ or are empty.
    std::optional<SecureBytes> takeNewPassword(QLineEdit* password, QLineEdit* again);

private:
    void finishChange();
    void setBusy(bool busy);

    QFutureWatcher<std::optional<Error>> m_watcher;
    bool m_busy = false;
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_action = nullptr;
};

// A new user: username, name as people know it, role, password twice.
class NewUserDialog : public UserChangeDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const User& user, const SecureBytes& password)>;

    NewUserDialog(QList<Role> roles, Commit commit, QWidget* parent = nullptr);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* passwordAgainEdit() const { return m_again; }

protected:
    void submit() override;

private:
    Commit m_commit;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_again = nullptr;
};

// A new password for one user: resetting a forgotten one, or enabling a disabled account.
class NewPasswordDialog : public UserChangeDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const SecureBytes& password)>;

    NewPasswordDialog(const QString& title, const QString& action, const QString& explanation, Commit commit,
                      QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* passwordAgainEdit() const { return m_again; }

protected:
    void submit() override;

private:
    Commit m_commit;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_again = nullptr;
};

// Another role for one user.
class RoleDialog : public UserChangeDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(Role role)>;

    RoleDialog(const User& user, QList<Role> roles, Commit commit, QWidget* parent = nullptr);

    QComboBox* roleCombo() const { return m_role; }

protected:
    void submit() override;

private:
    Commit m_commit;
    QComboBox* m_role = nullptr;
};

} // namespace lantern
