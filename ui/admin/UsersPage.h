#pragma once

#include "common/UiServices.h"
#include "users/User.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace lantern {

class StaffKeyDialog;
class UserChangeDialog;
class UserListModel;
class Vault;

// The "Users" page, for a DSL, an administrator or a recovery-key session: who can sign in and as what; add a
// user, reset a forgotten password, disable and enable an account, change a role, and (the DSL) give a member
// of staff a key to send concerns with (StaffKeyDialog), and give a user the compartment keys this session
// holds that their role reads and their slot lacks (the "Keys" column shows what each slot opens). Buttons
// are enabled only for what users/UserRules.h allows for the selected user, and a disabled button says why in
// its tooltip; the model checks the same rules again. A DSL also decides there whether the headteacher reads
// pupils' case records.
//
// Opened with the recovery key, the page says so at the top and starts on the designated safeguarding lead,
// with "Reset password…" focused: the recovery key exists for the DSL who forgot their password.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    UserListModel* model() const { return m_model; }
    QString statusText() const;
    // Selects the user's row; false if there is no such user.
    bool selectUser(const QString& username);

    // Each opens its dialog (window-modal, deleted on close) and returns it; nullptr when nothing is selected
    // or the rules refuse. Disabling asks first (MessageSeam), then offers a master-key rotation.
    UserChangeDialog* addUser();
    UserChangeDialog* resetPassword();
    UserChangeDialog* enableUser();
    UserChangeDialog* changeRole();
    StaffKeyDialog* giveStaffKey();
    void disableUser();
    // Asks first (MessageSeam), naming the user, their role and the stores, then Vault::grantKeys.
    void giveKeys();
    // The DSL's "The headteacher reads pupils' case records" box: asks first (MessageSeam), then
    // Vault::setHeadteacherReadsCases; withdrawing from a headteacher offers a key rotation.
    void setHeadteacherReadsCases(bool allowed);

private:
    std::optional<User> selected() const;
    QList<Role> rolesOnOffer() const;
    void reload(const QString& select = {});
    void updateActions();
    void setStatus(const QString& text);
    UserChangeDialog* show(UserChangeDialog* dialog, const QString& select, const QString& done);
    // Asks `why`; on yes rotates every key this session holds and shows `done`.
    void offerRotation(const QString& why, const QString& done);

    Vault& m_vault;
    UiServices m_services;
    UserListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_enable = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_staffKey = nullptr;
    QPushButton* m_grantKeys = nullptr;
    QCheckBox* m_headReadsCases = nullptr; // a DSL's session only
};

} // namespace lantern
