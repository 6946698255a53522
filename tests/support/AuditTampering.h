#pragma once

#include "crypto/SecureBytes.h"
#include "crypto/SigningKey.h"
#include "storage/Database.h"

#include <QString>
#include <memory>

namespace lantern {
struct AuditEntry;
}

namespace lantern::test {

// What a user who knows one password can take from a vault folder with code of their own, not Lantern's: the
// database key (every slot wraps it today) and the signing key of their own slot.
struct InsiderKeys {
    SecureBytes masterKey;
    std::unique_ptr<SigningKey> signingKey;
};
InsiderKeys insiderKeys(const QString& vaultFolder, const QString& user, const QString& password);
Database openRecords(const QString& vaultFolder, const SecureBytes& masterKey);

// The attacks the signed chain and its anchors must show, done as such an insider would: the guard triggers
// dropped, the hashes recomputed.
// Deletes every entry after `lastKept`.
// `chain`: the schema of the store whose chain is cut ("main", the directory's; "cases", …).
void truncateAuditAfter(Database& db, qint64 lastKept, const QByteArray& chain = "main");
// Changes entry `seq`'s details, recomputes its hash and every later one, and signs each entry it rewrote
// with `signer`, the one key the insider has.
void rewriteAuditEntry(Database& db, qint64 seq, const QString& details, const SigningKey& signer);
// Appends an entry in `actor`'s name signed with `key`; a key the chain has not seen is first registered for
// `actor`, as an attacker's code would.
qint64 forgeAuditEntry(Database& db, const QString& actor, const SigningKey& key);
// Appends an entry with no signature, its hash correctly chained.
qint64 appendUnsignedAuditEntry(Database& db, const QString& actor);
// Inserts `entry` as it is (seq, fields, hashes), unsigned: the columns every schema has.
void insertUnsignedEntry(Database& db, const AuditEntry& entry);

} // namespace lantern::test
