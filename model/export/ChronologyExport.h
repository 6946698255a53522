#pragma once

#include "export/PrintDocument.h"

#include <QString>

namespace lantern {

class Vault;

// A child's chronology leaving Lantern as a file. The desktop's "Save as PDF" builds the document (its words
// are the interface's, translated there) and hands it here, so the permission check, the transaction and the
// audit entry are the model's, as for every other export (attachments, referral packs, the audit log).
// Reading the chronology is audited separately ("chronology.view", ChronologyRepository::entries), as the
// CLI's `chronology` command and the record's tab both do.
class ChronologyExport final {
public:
    ChronologyExport() = delete;

    // Saves `document` as a PDF at `path` (atomically), with a "chronology.export" audit entry
    // ("format=pdf; entries=N") in the same transaction: the file is written only if the audit entry is, and
    // the entry stays only if the file was written. Requires Permission::Export. Throws Error.
    static void savePdf(Vault& vault, qint64 pupilId, const PrintDocument& document, int entryCount,
                        const QString& path);
};

} // namespace lantern
