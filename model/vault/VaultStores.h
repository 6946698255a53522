#pragma once

#include "crypto/SecureBytes.h"
#include "users/Compartments.h"

#include <QString>
#include <QStringList>

namespace lantern {

class Database;

// The vault's stores, one encrypted SQLCipher file per compartment (users/Compartments.h), each under its own
// random key. Every store is made from the one schema (storage/Migrations) with the other compartments'
// tables dropped, and keeps its own `vault_meta` and its own audit chain (`audit_log`): what happened to a
// compartment's records is written where only its key holders can read it.
namespace vaultStores {

// The tables a compartment's store holds besides vault_meta and audit_log (data: docs/ARCHITECTURE.md's role
// table names them too).
QStringList tablesOf(Compartment compartment);

// Makes the store of `compartment` at `path`, which must not exist, under `key`: the full schema with the
// other compartments' tables dropped, and vault_meta ('vault_id', 'store'). The file is complete and synced
// when this returns.
void create(const QString& path, Compartment compartment, const SecureBytes& key, const QString& vaultId);

// Error(Damaged) naming the file if the store at `path` is missing or empty: a store that was made is never
// replaced by a new, empty one.
void requirePresent(const QString& path, Compartment compartment);

// Whether the directory `directory` records that the store of `compartment` was made. Only the headteacher's
// store is made after the vault (by the first chair to unlock), so only its absence can mean either "not made
// yet" or "lost"; the record tells them apart.
bool recordedAsMade(Database& directory, Compartment compartment);
// Records it, in the caller's transaction.
void recordMade(Database& directory, Compartment compartment);
// The vault_meta key recordMade writes, for a caller that writes it in SQL of its own (the split).
QString madeKey(Compartment compartment);

// Opens the store at `path` on its own, checks every page, brings its schema up to date and checks that it
// is the store of `compartment` in vault `vaultId` (a store copied from another vault or compartment is
// Error(Damaged)); then attaches it to `session` under the compartment's name. Error(Damaged) naming the file
// if it is missing or empty (never a new, empty store in its place).
void attach(Database& session, const QString& path, Compartment compartment, const SecureBytes& key,
            const QString& vaultId);

} // namespace vaultStores

} // namespace lantern
