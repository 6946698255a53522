#include "export/ChronologyExport.h"

#include "audit/AuditLog.h"
#include "core/AtomicFile.h"
#include "export/PdfWriter.h"
#include "users/Permissions.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

namespace lantern {

void ChronologyExport::savePdf(Vault& vault, qint64 pupilId, const PrintDocument& document, int entryCount,
                               const QString& path)
{
    requirePermission(vault.user(), Permission::Export);
    const QByteArray pdf = PdfWriter::toPdf(document); // the whole output first, then one write
    VaultTransaction transaction(vault);
    vault.audit().append(vault.user().username, QStringLiteral("chronology.export"), QStringLiteral("pupil"),
                         QString::number(pupilId), QStringLiteral("format=pdf; entries=%1").arg(entryCount));
    writeFileAtomically(path, pdf);
    transaction.commit();
}

} // namespace lantern
