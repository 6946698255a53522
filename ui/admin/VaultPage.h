#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lantern {

class Vault;

// The "Vault" page: where this vault is, who is signed in and as what, and whether the audit chain is whole.
// Read-only; sections the signed-in role may not use are left out rather than shown disabled. Users are
// managed on the Users page and the log is read on the Audit log page (admin/AdminFeature).
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
};

} // namespace lantern
