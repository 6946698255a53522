#pragma once

#include "common/BackgroundTask.h"
#include "vault/BackupSettings.h"

#include <QDialog>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lantern {

class Vault;

// What a backup run came to, handed from the worker thread to the GUI.
struct BackupOutcome {
    enum class Status { Done, Cancelled, Failed };
    Status status = Status::Cancelled;
    BackupRun run; // when Done: each destination's backup or why it failed
    QString error; // when Failed: the model's message
};

// "Back up now", and the backup made when a DSL locks or closes Lantern: runs VaultBackup::backUp on a worker
// thread and shows its progress (a bar over every byte to every destination) with "Cancel backup". A cancel
// stops at the next block: nothing half-made is left, nothing is recorded. The dialog is window-modal, so
// nothing else touches the vault while the worker uses it; it waits for the worker before it goes. When done
// it says, per destination, where the verified backup is or why it failed; with closeWhenDone (the backup at
// lock) it closes by itself unless something failed.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(Vault& vault, bool closeWhenDone, QWidget* parent = nullptr);
    ~BackupDialog() override;

    // Starts the backup (once).
    void start();
    bool isRunning() const;
    void cancel();
    // Cancels and waits for the worker (at once if none is running).
    void cancelAndWait();
    const std::optional<BackupOutcome>& outcome() const { return m_outcome; }
    QString statusText() const;
    QProgressBar* bar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }

    // For tests: called on the worker thread at every progress step, before the cancel flag is read; return
    // false to cancel there.
    void setProgressHook(std::function<bool(qint64, qint64)> hook)
    {
        m_task.setProgressHook(std::move(hook));
    }

Q_SIGNALS:
    void finishedBackup(const lantern::BackupOutcome& outcome);

protected:
    void reject() override;

private:
    void showProgress(qint64 done, qint64 total);
    void onFinished();

    Vault& m_vault;
    bool m_closeWhenDone;
    BackgroundTask<BackupOutcome> m_task;
    std::optional<BackupOutcome> m_outcome;
    QProgressBar* m_bar = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace lantern
