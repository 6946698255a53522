#include "records/SubmissionInboxSetting.h"

#include "storage/Database.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace {

const char* const inboxKey = "submission_inbox";

} // namespace

SubmissionInboxSetting::SubmissionInboxSetting(Vault& vault)
    : m_vault(vault)
{}

QString SubmissionInboxSetting::folder()
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Statement query(m_vault.database(), "SELECT value FROM vault_meta WHERE key = :key;");
    query.bind(":key", QString::fromLatin1(inboxKey));
    return query.step() ? query.text(0) : QString();
}

void SubmissionInboxSetting::setFolder(const QString& folder)
{
    requireSubmissionManager(m_vault.user());
    Statement upsert(m_vault.database(),
                     "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (:key, :value);");
    upsert.bind(":key", QString::fromLatin1(inboxKey)).bind(":value", folder);
    upsert.run();
}

} // namespace lantern
