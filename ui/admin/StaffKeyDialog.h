#pragma once

#include "admin/UserDialogs.h"
#include "common/UiServices.h"
#include "submit/StaffEnrolment.h"
#include "users/User.h"

#include <memory>

class QLabel;
class QLineEdit;

namespace lantern {

class Vault;

// "Give NAME a staff key" (docs/ARCHITECTURE.md "Staff submissions"): the DSL writes a member of staff's key
// and the school's submission profile into a folder to hand over, naming the shared inbox first if it
// changed. The staff member types the password that protects their key there and then, twice. Argon2id runs
// on the worker thread as for a key slot; on success the dialog stays open to show where the two files are
// and the school's fingerprint, which the DSL reads out so the staff member can check it on their own screen.
class StaffKeyDialog : public UserChangeDialog {
    Q_OBJECT
public:
    StaffKeyDialog(Vault& vault, const User& staff, const UiServices& services, QWidget* parent = nullptr);

    QLineEdit* inboxEdit() const { return m_inbox; }
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* passwordAgainEdit() const { return m_again; }
    // Shown when the user has a key already: enrolling again replaces it. Empty otherwise.
    QString replacementWarning() const;
    // The school's fingerprint, shown once the key is written; empty before.
    QString fingerprint() const;

Q_SIGNALS:
    // The key and the profile are written; `summary` says so, for the page's status line.
    void keyCreated(const QString& summary);

protected:
    void submit() override;
    void changeSucceeded() override;

private:
    struct Outcome {
        Enrolment enrolment;
        QString fingerprint;
    };

    QWidget* folderField(QLineEdit* edit, const QString& browseText, const QString& browseName,
                         const QString& caption);
    QWidget* outcomeView(const Outcome& outcome);

    Vault& m_vault;
    User m_staff;
    UiServices m_services;
    std::shared_ptr<Outcome> m_outcome;
    QLabel* m_warning = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLineEdit* m_inbox = nullptr;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_again = nullptr;
};

} // namespace lantern
