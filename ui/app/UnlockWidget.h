#pragma once

#include "common/UiServices.h"

#include <QFutureWatcher>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace lantern {

class Vault;

// The first screen: choose a vault, then unlock it with a username and password or the printed recovery key —
// or create a new vault. Key derivation (Argon2id, most of a second) runs on a worker thread while the form
// is disabled and an indeterminate progress bar shows; errors appear inline, under the form, in words.
//
// Passwords go from the line edit into SecureBytes at once and the line edit is cleared after every attempt,
// right or wrong. (QLineEdit's own buffer is ordinary memory that Lantern cannot wipe; it holds the text only
// while it is being typed.)
class UnlockWidget : public QWidget {
    Q_OBJECT
public:
    using UnlockHandler = std::function<void(std::unique_ptr<Vault>)>;

    explicit UnlockWidget(const UiServices& services, QWidget* parent = nullptr);
    ~UnlockWidget() override;

    // Who takes the vault once it is open (the main window).
    void setUnlockHandler(UnlockHandler handler) { m_onUnlocked = std::move(handler); }

    // Chooses a vault folder (added to the list if new) and shows the unlock form for it.
    void setVaultFolder(const QString& folder);
    QString vaultFolder() const;

    // Back to the unlock form for a fresh attempt: secrets and errors cleared, focus on the first empty
    // field. The username stays (it is not secret and it saves typing after an idle lock).
    void reset();
    void showCreateForm();
    // "Send a concern as staff…", for a member of staff's computer, which has no vault: asks for the folder
    // the DSL gave them at enrolment and, once it is known to hold a submission profile and a staff key,
    // emits staffFolderChosen. The folder is remembered as the place to start next time.
    void chooseStaffFolder();
    // "Restore from a backup…": choose a backup, see what it is (whose, when, how old; every file checked),
    // choose a new folder, copy it there with progress and Cancel, and select it for sign-in. Never over an
    // existing vault (VaultRestore::restoreInto refuses one).
    void restoreFromBackup();

    bool isBusy() const { return m_busy; }
    QString errorText() const;

Q_SIGNALS:
    // After each finished attempt, successful or not (for tests and the status bar).
    void attemptFinished(bool succeeded);
    void staffFolderChosen(const QString& folder);

private:
    struct Attempt;

    QWidget* buildUnlockPage();
    QWidget* buildCreatePage();
    void showForm(QWidget* form);
    void setTabOrderChain(const QList<QWidget*>& chain);

    void chooseVault();
    void chooseNewLocation();
    void updateRecoveryMode();
    void startUnlock();
    void startCreate();
    void run(std::function<std::unique_ptr<Vault>()> work, const QString& folder);
    void finishAttempt();
    void clearStaleLock();
    void showError(const QString& message);
    void clearError();
    void setBusy(bool busy);
    void reloadRecent(const QString& select);

    UiServices m_services;
    UnlockHandler m_onUnlocked;
    QFutureWatcher<std::shared_ptr<Attempt>> m_watcher;
    QString m_attemptFolder;
    bool m_busy = false;

    QStackedWidget* m_forms = nullptr;
    QWidget* m_unlockPage = nullptr;
    QWidget* m_createPage = nullptr;
    // Unlock form
    QFormLayout* m_unlockForm = nullptr;
    QComboBox* m_vault = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_recoveryKeyLabel = nullptr;
    QLineEdit* m_recoveryKey = nullptr;
    QCheckBox* m_useRecoveryKey = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_goCreate = nullptr;
    QPushButton* m_staff = nullptr;
    QPushButton* m_restore = nullptr;
    // Create form
    QLineEdit* m_newLocation = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_newUsername = nullptr;
    QLineEdit* m_newDisplayName = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_newPasswordAgain = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancelCreate = nullptr;
    // Shared
    QLabel* m_error = nullptr;
    QPushButton* m_clearLock = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
};

} // namespace lantern
