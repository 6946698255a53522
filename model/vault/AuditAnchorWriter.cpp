#include "vault/AuditAnchorWriter.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "vault/Vault.h"

namespace lantern {

AuditAnchorWriter::AuditAnchorWriter(Vault& vault)
    : m_vault(vault)
{}

AuditAnchor AuditAnchorWriter::write(const QString& path)
{
    AuditAnchor anchor = m_vault.audit().anchor(m_vault.vaultId());
    Transaction transaction(m_vault.database());
    m_vault.audit().append(m_vault.user().username, QStringLiteral("audit.anchor"), QStringLiteral("vault"),
                           m_vault.vaultId(),
                           QStringLiteral("entry %1 anchored in %2").arg(QString::number(anchor.seq), path));
    anchor.save(path);
    transaction.commit();
    anchor.source = path;
    return anchor;
}

} // namespace lantern
