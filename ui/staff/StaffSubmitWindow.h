#pragma once

#include "common/UiServices.h"
#include "submit/StaffSubmitter.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace lantern {

class ConcernForm;
class IdleLock;
class StaffAdultConcernDialog;
class StaffReceiptBook;

// `lantern --submit FOLDER`: a staff member's Lantern, which holds no vault — only the folder the DSL gave
// them at enrolment (the school's submission profile and their own staff key). The window names the school
// and shows its key's fingerprint, for the staff member to compare with what the DSL reads out; asks for the
// staff key's password (Argon2id on a worker thread, as the vault's unlock does); then opens the concern form
// in submission mode, or the form for a low-level concern about an adult. Each concern sent leaves a receipt
// — its submission id and the time, never its content, which only the DSL's Lantern can open — kept sealed
// to the staff key in the folder (StaffReceiptBook) and shown, once unlocked, with what the DSL team's import
// said of it (filed, held or refused: SubmissionAcknowledgement); "Check for replies" (F5) looks again.
// "Lock", the idle lock (as in the main window) or closing the window wipes the key.
class StaffSubmitWindow : public QWidget {
    Q_OBJECT
public:
    StaffSubmitWindow(const QString& folder, const UiServices& services, QWidget* parent = nullptr);
    ~StaffSubmitWindow() override;

    bool isUnlocked() const { return m_key != nullptr; }
    bool isBusy() const;
    // Starts unlocking with what is in the password field.
    void unlock();
    // Wipes the key and closes any open form.
    void lock();
    // The form in submission mode (nullptr while locked or while another form is open).
    ConcernForm* openConcernForm();
    // The form for a low-level concern about an adult (nullptr while locked or while another form is open).
    StaffAdultConcernDialog* openAdultConcernForm();

    QString errorText() const;
    QStringList receipts() const;
    QLineEdit* passwordEdit() const { return m_password; }
    IdleLock* idleLock() const { return m_idle; }

Q_SIGNALS:
    void unlockFinished(bool succeeded);
    void sent(const lantern::SubmissionReceipt& receipt);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Attempt;

    void finishUnlock();
    void showError(const QString& message);
    void updateState();
    void addReceipt(const SubmissionReceipt& receipt);
    // The receipt book, each with its reply, read again from the folder and the inbox.
    void showReceipts();
    void appendReceipt(const SubmissionReceipt& receipt, const QString& status);

    const UiServices& m_services;
    std::optional<StaffFolder> m_folder; // empty when the folder could not be read
    std::unique_ptr<StaffSigningKey> m_key;
    std::unique_ptr<StaffSubmitter> m_submitter;
    std::unique_ptr<StaffReceiptBook> m_book;
    QFutureWatcher<std::shared_ptr<Attempt>> m_watcher;
    ConcernForm* m_form = nullptr;
    StaffAdultConcernDialog* m_adultForm = nullptr;
    IdleLock* m_idle = nullptr;
    bool m_unlocking = false;

    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_recordAdult = nullptr;
    QPushButton* m_lock = nullptr;
    QListWidget* m_receipts = nullptr;
    QPushButton* m_checkReplies = nullptr;
};

} // namespace lantern
