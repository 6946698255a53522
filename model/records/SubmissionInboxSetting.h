#pragma once

#include <QString>

namespace lantern {

class Vault;

// Where the shared inbox folder for staff submissions is, remembered in the vault (vault_meta
// 'submission_inbox'). Checking the folder and auditing a change are submit/SubmissionProfiles'; this keeps
// the value. Reading it is for whoever imports the inbox (Permission::WritePupilRecords), changing it for
// the DSL (requireSubmissionManager).
class SubmissionInboxSetting {
public:
    explicit SubmissionInboxSetting(Vault& vault);

    // The folder; empty when none was set.
    QString folder();
    void setFolder(const QString& folder);

private:
    Vault& m_vault;
};

} // namespace lantern
