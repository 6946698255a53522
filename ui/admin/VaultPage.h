#pragma once

#include "common/UiServices.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace lantern {

class BackupPanel;
class Vault;

// The "Vault" page: where this vault is, who is signed in and as what, whether the audit chain is whole, and
// (for whoever may back up) the backups (BackupPanel). Sections the signed-in role may not use are left out
// rather than shown disabled. Users are
// managed on the Users page and the log is read on the Audit log page (admin/AdminFeature).
class VaultPage : public QWidget {
    Q_OBJECT
public:
    VaultPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);

    // Runs AuditLog::verify() and shows the result ("Intact: N entries checked" or the first broken link).
    void verifyAuditChain();
    QString auditStatus() const;
    BackupPanel* backupPanel() const { return m_backups; }

private:
    Vault& m_vault;
    QLabel* m_auditStatus = nullptr;
    QPushButton* m_verify = nullptr;
    BackupPanel* m_backups = nullptr;
};

} // namespace lantern
