#pragma once

#include "audit/AuditAnchor.h"

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

    // Throws Error(Io) or Error(NoSpace) if the file cannot be written; nothing is recorded then.
    AuditAnchor write(const QString& path);

private:
    Vault& m_vault;
};

} // namespace lantern
