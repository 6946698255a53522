#pragma once

#include "records/SubmissionKeyRepository.h"

#include <QByteArray>
#include <optional>

namespace lantern {

class Vault;

// The vault's X25519 key pair for staff submissions. The secret half is kept in the encrypted database
// (records/SubmissionKeyRepository) and read into secure memory only to open the inbox; the public half is
// what the submission profile publishes. The pair is made the first time it is needed, by code, so vaults
// created before submissions existed get one too; a master-key rotation carries it along with the rest of
// records.db. Who may publish the profile is requireSubmissionManager (users/Permissions.h).
class SubmissionKeys {
public:
    using Pair = SubmissionKeyPair;

    // The vault's public key, making the pair first if there is none (audited "submission.key.create").
    // Callers check permissions.
    static QByteArray ensure(Vault& vault);
    // The pair, or nullopt if none was ever made (then nothing can have been sealed to this vault). Throws
    // Error(Damaged) for a pair of the wrong size.
    static std::optional<Pair> read(Vault& vault);
};

} // namespace lantern
