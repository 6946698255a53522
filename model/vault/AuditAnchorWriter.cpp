#include "vault/AuditAnchorWriter.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QStringList>

namespace lantern {

AuditAnchorWriter::AuditAnchorWriter(Vault& vault)
    : m_vault(vault)
{}

QString AuditAnchorWriter::pathFor(const QString& path, const QString& chain)
{
    if (chain == QLatin1String(AuditLog::MainChain))
        return path;
    const QString base = path.endsWith(QLatin1String(".json")) ? path.chopped(5) : path;
    return base + QLatin1Char('.') + chain + QStringLiteral(".json");
}

QList<AuditAnchor> AuditAnchorWriter::write(const QString& path)
{
    QList<AuditAnchor> anchors;
    QStringList written;
    for (const QString& chain : m_vault.audit().names()) {
        if (m_vault.audit().head(chain).seq == 0)
            continue; // nothing yet to anchor
        AuditAnchor anchor = m_vault.audit().anchor(m_vault.vaultId(), chain);
        anchor.source = pathFor(path, chain);
        written.append(QStringLiteral("%1 chain: entry %2 anchored in %3")
                           .arg(chain, QString::number(anchor.seq), anchor.source));
        anchors.append(anchor);
    }
    Transaction transaction(m_vault.database());
    m_vault.audit().append(m_vault.user().username, QStringLiteral("audit.anchor"), QStringLiteral("vault"),
                           m_vault.vaultId(), written.join(QStringLiteral("; ")));
    for (const AuditAnchor& anchor : anchors)
        anchor.save(anchor.source);
    transaction.commit();
    return anchors;
}

} // namespace lantern
