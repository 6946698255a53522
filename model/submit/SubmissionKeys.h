#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <optional>

namespace lantern {

class Database;
class Vault;

// The vault's X25519 key pair for staff submissions. The secret half is kept in the encrypted database
// (table submission_vault_key) and read into secure memory only to open the inbox; the public half is what
// the submission profile publishes. The pair is made the first time it is needed, by code, so vaults created
// before submissions existed get one too; a master-key rotation carries it along with the rest of records.db.
class SubmissionKeys {
public:
    struct Pair {
        QByteArray publicKey;
        SecureBytes secretKey;
    };

    // The vault's public key, making the pair first if there is none (audited "submission.key.create").
    // Callers check permissions.
    static QByteArray ensure(Vault& vault);
    // The pair, or nullopt if none was ever made (then nothing can have been sealed to this vault).
    static std::optional<Pair> read(Database& db);
};

} // namespace lantern
