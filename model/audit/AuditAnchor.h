#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lantern {

class SigningKey;

// The hash an entry of the chain had when an anchor was made.
struct AuditCheckpoint {
    qint64 seq = 0;
    QByteArray hash;
};

// The head of an audit chain, signed and kept outside the vault (an anchor file the school keeps elsewhere, a
// referral pack's manifest), so that a key holder who later truncates or rewrites the chain is found out:
// AuditLog::verifyAgainst compares the chain with it.
//
// Besides the head it keeps the hashes of a few earlier entries (checkpointSeqs: each of the seven before the
// head, then the entries 8, 16, 32, … before it, and entry 1), so that a rewrite can be placed: the first
// entry that differs lies after the last checkpoint that still matches and at or before the first that does
// not.
//
// As JSON (toJson; hashes, keys and the signature in lower-case hex):
//   {"format":"lantern-audit-anchor","version":1,"vault_id":"…","chain":"main","seq":123,"hash":"…",
//    "at":"2026-11-25T09:30:00.000Z","signed_by":"amira","signer_key":"…",
//    "checkpoints":[{"seq":122,"hash":"…"},…],"signature":"…"}
// The signature is Ed25519 by the signer's audit key over signedBytes().
struct AuditAnchor {
    static constexpr const char* Format = "lantern-audit-anchor";
    static constexpr int Version = 1;
    // The member of a referral pack's manifest.json that holds an anchor.
    static constexpr const char* ManifestMember = "audit_anchor";

    QString vaultId;
    QString chain; // "main": the one chain a vault has today
    qint64 seq = 0;
    QByteArray hash;
    QDateTime at; // UTC, milliseconds
    QString signedBy;
    QByteArray signerKey;
    QList<AuditCheckpoint> checkpoints; // newest first; the head is not repeated here
    QByteArray signature;
    QString source; // the file it was read from, for messages; not part of the anchor

    // The entries, other than the head itself, whose hashes an anchor made at `head` keeps; newest first.
    static QList<qint64> checkpointSeqs(qint64 head);

    // "lantern-audit-anchor-v1", then each field preceded by its length as a 4-byte big-endian integer: vault
    // id, chain, seq (decimal), hash, time (yyyy-MM-ddTHH:mm:ss.zzzZ), signed_by, signer key, then each
    // checkpoint's seq (decimal) and hash.
    QByteArray signedBytes() const;
    // Sets signerKey and signature.
    void sign(const SigningKey& key);
    bool signatureValid() const;

    QJsonObject toJson() const;
    // Error(Damaged) naming `where` for a missing or malformed field; Error(NewerVersion) for a newer format.
    static AuditAnchor fromJson(const QJsonObject& object, const QString& where);
    // Writes the anchor as a small JSON file, atomically.
    void save(const QString& path) const;
    // An anchor file, or a referral pack's manifest.json that carries one.
    static AuditAnchor load(const QString& path);

    // "the anchor made by amira at 2026-11-25 09:30:00 UTC (entry 123, in FILE)", for messages.
    QString describe() const;
};

} // namespace lantern
