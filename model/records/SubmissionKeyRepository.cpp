#include "records/SubmissionKeyRepository.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

SubmissionKeyRepository::SubmissionKeyRepository(Vault& vault)
    : m_vault(vault)
{}

std::optional<SubmissionKeyPair> SubmissionKeyRepository::read()
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Statement query(m_vault.database(),
                    "SELECT public_key, secret_key FROM submission_vault_key WHERE id = 1;");
    if (!query.step())
        return std::nullopt;
    QByteArray secret = query.blob(1);
    SubmissionKeyPair pair{query.blob(0),
                           SecureBytes(reinterpret_cast<const unsigned char*>(secret.constData()),
                                       static_cast<std::size_t>(secret.size()))};
    wipeBytes(secret);
    return pair;
}

void SubmissionKeyRepository::store(const QByteArray& publicKey, const SecureBytes& secretKey)
{
    requireSubmissionManager(m_vault.user());
    // SQLite copies the bound blob into its own (encrypted) pages; the transient copy is wiped at once.
    QByteArray secretCopy(reinterpret_cast<const char*>(secretKey.data()),
                          static_cast<qsizetype>(secretKey.size()));
    Statement insert(m_vault.database(),
                     "INSERT INTO submission_vault_key (id, public_key, secret_key, created_at, created_by) "
                     "VALUES (1, :public, :secret, :at, :by);");
    insert.bindBlob(":public", publicKey)
        .bindBlob(":secret", secretCopy)
        .bind(":at", isoUtc(m_vault.clock().nowUtc()))
        .bind(":by", m_vault.user().username);
    insert.run();
    wipeBytes(secretCopy);
}

} // namespace lantern
