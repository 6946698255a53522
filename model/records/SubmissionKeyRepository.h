#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <optional>

namespace lantern {

class Vault;

// The vault's X25519 key pair for staff submissions as records.db holds it (table submission_vault_key, one
// row): the secret half read straight into secure memory.
struct SubmissionKeyPair {
    QByteArray publicKey;
    SecureBytes secretKey;
};

// Where the vault's submission key pair is kept. Making the pair, checking its sizes and auditing it are
// submit/SubmissionKeys'; this keeps the row. Reading it is for whoever imports the inbox
// (Permission::WritePupilRecords), storing it for the DSL, who publishes the profile
// (requireSubmissionManager).
class SubmissionKeyRepository {
public:
    explicit SubmissionKeyRepository(Vault& vault);

    // The pair, or nullopt when none was ever stored.
    std::optional<SubmissionKeyPair> read();
    // Stores the vault's one pair, made now by the signed-in user. Throws Error when one is stored already:
    // a pair is never replaced, or every submission sealed to the old public key would be lost.
    void store(const QByteArray& publicKey, const SecureBytes& secretKey);

private:
    Vault& m_vault;
};

} // namespace lantern
