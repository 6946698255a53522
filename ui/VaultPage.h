#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lantern {

class UserListModel;
class Vault;

// The "Vault" page: where this vault is, who is signed in and as what, whether the audit chain is whole, and
// who can sign in. Read-only; sections the signed-in role may not use are left out rather than shown
// disabled.
class VaultPage : public QWidget {
    Q_OBJECT
public:
    explicit VaultPage(Vault& vault, QWidget* parent = nullptr);

    // Runs AuditLog::verify() and shows the result ("Intact: N entries checked" or the first broken link).
    void verifyAuditChain();
    QString auditStatus() const;

private:
    Vault& m_vault;
    QLabel* m_auditStatus = nullptr;
    QPushButton* m_verify = nullptr;
    UserListModel* m_users = nullptr;
    QTableView* m_userTable = nullptr;
};

} // namespace lantern
