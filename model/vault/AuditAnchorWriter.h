#pragma once

#include "audit/AuditAnchor.h"

#include <QList>
#include <QString>

namespace lantern {

class Vault;

// Writes the head of the vault's audit chain, signed by the signed-in user, to a file kept outside the vault
// (an anchor file the school keeps elsewhere; `lantern-cli audit anchor`), and records that it did
// ("audit.anchor", naming the entry anchored and the file) in the same transaction, so the chain shows where
// anchors were left. The anchor holds hashes and a public key only, no case data.
class AuditAnchorWriter {
public:
    explicit AuditAnchorWriter(Vault& vault);

    // Writes the head of every chain this session holds that has entries (one per store it opened): the
    // directory's at `path`, each other chain's beside it (pathFor). Throws Error(Io) or Error(NoSpace) if a
    // file cannot be written; nothing is recorded then.
    QList<AuditAnchor> write(const QString& path);
    // "anchor.json" for the directory's chain ("main"), "anchor.cases.json" for the cases chain, ….
    static QString pathFor(const QString& path, const QString& chain);

private:
    Vault& m_vault;
};

} // namespace lantern
