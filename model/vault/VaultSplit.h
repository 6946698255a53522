#pragma once

#include "crypto/SecureBytes.h"
#include "users/Compartments.h"
#include "vault/KeySlotFile.h"
#include "vault/VaultPaths.h"

#include <map>

namespace lantern {

class Clock;
class Database;
class SigningKey;

// Upgrades a vault made before compartments — one records.db under the master key, which every key slot
// opened — into one store per compartment (vault/VaultStores.h), at the first unlock by anyone after the
// upgrade. Every role could read everything before, so whoever unlocks first may do it; the keys made for
// compartments they do not read are sealed to the slots that read them and forgotten.
//
// Crash-safe: the new stores are written as *.splitting; keyslots.json with every grant is the point of no
// return; then the stores are moved into place, directory.db last, and records.db is removed. An interrupted
// split is undone (stores not yet granted) or finished (granted) by the next unlock (resume()).
//
// The directory keeps the master key (it is what every slot already holds). The old audit chain, which names
// children, goes to the cases store and continues there; the directory, adults and headteacher stores start
// chains of their own whose first entry records the split. Concerns about the headteacher go to the
// headteacher store when a chair of governors or the recovery key can be given its key; with neither, they
// stay in the adults register, hidden from its keepers by the model as before, and the unlock says so.
namespace vaultSplit {

struct Result {
    // The compartment keys this split made, for the session to keep those its own slot was granted.
    std::map<Compartment, SecureBytes> keys;
    // For the audit entry and the unlock notices.
    QString summary;
};

// Splits the migrated `legacy` store (open under `masterKey`), the first entry of each chain signed by
// `actor`'s `signer`; on return the new stores are in place,
// keyslots.json is format 3 with every grant, and records.db is gone. `slotFile` is updated to what was
// written.
Result split(const VaultPaths& paths, Database& legacy, KeySlotFile& slotFile, const SecureBytes& masterKey,
             const QString& actor, const SigningKey& signer, const Clock& clock);

// Whether the vault has been split: its slots carry the keys of compartments. A split vault without
// directory.db has lost it (it is never a vault from before compartments again).
bool isSplit(const KeySlotFile& slotFile);

// Before anything is opened: finishes a split whose keyslots.json was written (moves the stores into place,
// removes records.db), or discards the stores of one that was cut off before. Does nothing otherwise.
void resume(const VaultPaths& paths, const KeySlotFile& slotFile);

} // namespace vaultSplit

} // namespace lantern
