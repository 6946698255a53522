#pragma once

#include "common/BackgroundTask.h"
#include "crypto/SecureBytes.h"
#include "export/PackArchive.h"
#include "export/ReferralPack.h"
#include "export/ReferralPackBuilder.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lantern {

class Vault;

// What a finished export came to, handed from the worker thread to the GUI.
struct ExportOutcome {
    enum class Status { Written, Cancelled, Failed };
    Status status = Status::Cancelled;
    QString manifestSha256;
    qint64 referralId = 0;
    // The generated passphrase of an encrypted pack, shared so the outcome stays copyable across threads; the
    // secure memory is wiped when the last holder lets go (the export page, once it has shown it).
    std::shared_ptr<SecureBytes> passphrase;
    QString error; // when Failed: the model's message, written for the person at the keyboard
};

// Runs ReferralPackBuilder::exportPack on a worker thread (QtConcurrent) and shows its progress: a bar and a
// "Cancel export" button.
//
// The worker reports progress through PackProgress; each call is marshalled to the GUI thread for the bar
// and answers the cancel flag, so a cancel stops the pack before anything reaches the disk (PackArchive
// writes atomically after the last progress call). The worker uses the Vault, so it must be finished before
// the Vault is destroyed: cancelAndWait() — called by the destructor and by the wizard when the window locks
// — cancels and blocks until the worker has returned.
class ExportProgress : public QWidget {
    Q_OBJECT
public:
    explicit ExportProgress(Vault& vault, QWidget* parent = nullptr);
    ~ExportProgress() override;

    // Starts the export; does nothing if one is running.
    void start(const QString& outPath, const ReferralPackRequest& request, PackProtection protection);
    bool isRunning() const;
    // Asks the worker to stop at its next progress step.
    void cancel();
    // Cancels and waits for the worker to return (at once if none is running).
    void cancelAndWait();
    // Whether a cancel has been asked for; safe to call from any thread (tests' progress hooks).
    bool cancelRequested() const { return m_task.cancelRequested(); }

    // For tests: called on the worker thread at every progress step, before the cancel flag is read; return
    // false to cancel there and then.
    void setProgressHook(PackProgress hook) { m_task.setProgressHook(std::move(hook)); }

    QProgressBar* bar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString statusText() const;

Q_SIGNALS:
    void started();
    void finished(const lantern::ExportOutcome& outcome);

private:
    void showProgress(qint64 done, qint64 total);
    void onFinished();

    Vault& m_vault;
    BackgroundTask<ExportOutcome> m_task;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace lantern
