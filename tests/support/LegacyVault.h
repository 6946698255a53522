#pragma once

#include "crypto/SecureBytes.h"

#include <QMap>
#include <QString>

namespace lantern::test {

// Turns a vault made by this Lantern into one as Lantern wrote it before key-slot format 2 (up to commit
// 31f9e86): keyslots.json version 1 (no generation, no MAC, no role), every slot wrapped with the version 1
// associated data (vault id and slot id only, no check value) and bound with the version 1 binding (no role),
// no generation in vault_meta, and one records.db under the master key holding every compartment's tables
// (the stores joined again; every slot must be opened, so every key is known). `secrets` gives each slot's
// password (by its user), which re-wrapping needs. The vault must be locked.
void makeLegacySlots(const QString& vaultFolder, const QMap<QString, QString>& secrets);

// Turns the audit chain of a (locked) vault made by this Lantern into one as Lantern wrote it before the
// chain was signed (schema 4): audit_log without the signer_key and signature columns, its triggers as they
// were, no audit_signing_keys, and none of the key registrations and issues signing added (the rest
// renumbered and hashed again) — the directory's chain. `masterKey` opens directory.db.
void makeLegacyAuditChain(const QString& vaultFolder, const SecureBytes& masterKey);

} // namespace lantern::test
