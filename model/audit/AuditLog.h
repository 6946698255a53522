#pragma once

#include "audit/AuditAnchor.h"
#include "audit/SignerRegistry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace lantern {

class Clock;
class Database;
class SecureBytes;
class SigningKey;

struct AuditEntry {
    qint64 seq = 0;
    QDateTime atUtc;
    QString actor;      // username, or "recovery" for the recovery key
    QString action;     // dotted verb, e.g. "vault.unlock", "pupil.view", "concern.amend"
    QString objectType; // e.g. "vault", "user", "pupil"
    QString objectId;
    QString details;
    QByteArray prevHash;
    QByteArray hash;
    // Ed25519: the signer's public key and its signature of AuditLog::signedMessage(hash). Both empty in an
    // entry written before the chain was signed.
    QByteArray signerKey;
    QByteArray signature;
    // The chain that holds the entry: "main" (the directory's, or a store read on its own), "cases",
    // "adults", "headteacher".
    QString chain;
};

struct AuditVerification {
    qint64 entriesChecked = 0;
    std::optional<qint64> firstBrokenSeq; // empty when the chain is whole
    QString problem;                      // what is wrong at firstBrokenSeq, in words
    qsizetype anchorsChecked = 0;         // verifyAgainst: the anchors the chain was compared with
    QString chain;                        // which chain is broken (AuditChains), when one is

    bool intact() const { return !firstBrokenSeq.has_value(); }
};

// The last entry of the chain (seq 0 and no hash while it is empty).
struct AuditHead {
    qint64 seq = 0;
    QByteArray hash;
};

struct AuditFilter {
    QString actor;
    QString actionPrefix;
    QString objectType;
    QString objectId;
    std::optional<QDateTime> fromUtc;
    std::optional<QDateTime> toUtc;
    int limit = 0; // 0: no limit
};

// The append-only audit chain. Each entry stores SHA-256(previous entry's hash ‖ its own canonical bytes), so
// an edited, deleted or reordered entry breaks the chain at a place verify() can name. The table also refuses
// UPDATE and DELETE by trigger; the chain is what catches someone who removes the triggers.
//
// Each entry is also signed by the acting user's audit key (setSigner; the key comes from their key slot), so
// a key holder who rewrites the chain and recomputes its hashes cannot sign in anyone else's name
// (SignerRegistry holds the rules). What signatures cannot show — entries removed from the end, or the chain
// rewritten from a point on by someone signing only their own entries — anchors kept outside the vault
// (AuditAnchor, verifyAgainst) do.
class AuditLog {
public:
    // The name of the directory's chain (the vault's own), as anchors record it; each compartment's store
    // keeps a chain of its own, named after it (AuditChains).
    static constexpr const char* MainChain = "main";

    // The chain in `schema`.audit_log: "main" (the directory, or a store opened on its own) or the name a
    // compartment's store is attached under (AuditChains).
    AuditLog(Database& db, const Clock& clock, const QString& schema = QStringLiteral("main"));
    const QString& name() const { return m_chain; }

    // Keys issued by entries of another chain this one may trust (the directory's, which records every key
    // slot made: AuditChains::verify), so that a user's first entry in this chain can register a key issued
    // there.
    void trustIssuedKeys(const QList<std::pair<QString, QByteArray>>& issued);
    // The ("audit.key-issued") keys this chain records, by user.
    QList<std::pair<QString, QByteArray>> issuedKeys() const;

    // The session's signing key and the user it belongs to: from then on every entry is signed, and may only
    // be appended in that user's name. The first entry it signs is preceded by "audit.key-registered" when
    // the chain does not know the key yet. `key` must outlive this object, or be replaced first.
    void setSigner(const QString& username, const SigningKey* key);

    // Appends one entry. Call inside the transaction of the change it records, so both land or neither does.
    // Without a signer the entry is unsigned, as before signing began; that is refused (Error(Internal)) once
    // the chain holds a signed entry, as it is for an actor other than the signer's user.
    qint64 append(const QString& actor, const QString& action, const QString& objectType,
                  const QString& objectId, const QString& details = {});
    // Records ("audit.key-issued", by the signer's user) the public key a new key slot of `forUser` signs
    // with, `signingSeed` being the slot's seed (KeySlot::create), and commits it. Call before keyslots.json
    // can hold the slot, outside the transaction of the change: keyslots.json is written before that commits,
    // so a crash between the two leaves a slot that opens; its key must already be on record, or its owner's
    // first entry would read as a forgery. (Cut off later, the chain shows a key issued for a slot never
    // used.)
    void recordKeyIssued(const QString& forUser, const SecureBytes& signingSeed);

    // Checks every hash, link and signature, and who signed what (SignerRegistry); names the first entry that
    // is wrong.
    AuditVerification verify() const;
    // verify(), and compares the chain with anchors made earlier: an anchor whose entry is gone shows the
    // chain was cut short, one whose entries' hashes differ shows it was rewritten, naming the first entry
    // that differs as closely as the anchors' checkpoints allow. Throws Error(Damaged) for an anchor that is
    // not of this vault (`vaultId`) and chain, or whose signature does not check (the file was altered).
    AuditVerification verifyAgainst(const QList<AuditAnchor>& anchors, const QString& vaultId) const;

    AuditHead head() const;
    // The head of the chain with its checkpoints, signed by the signer (Error(Internal) without one).
    AuditAnchor anchor(const QString& vaultId) const;

    QList<AuditEntry> entries(const AuditFilter& filter = {}) const;

    // The canonical bytes an entry's hash covers (length-prefixed UTF-8 fields; documented in
    // ARCHITECTURE.md).
    static QByteArray canonicalBytes(const AuditEntry& entry);
    static QByteArray chainHash(const QByteArray& prevHash, const AuditEntry& entry);
    static QByteArray genesisHash();
    // What an entry's signature covers: "lantern-audit-entry-v1" followed by the entry's hash (which covers
    // its seq, its fields and, through the previous hash, every entry before it).
    static QByteArray signedMessage(const QByteArray& hash);
    // Appends `field` preceded by its length as a 4-byte big-endian integer: the canonical form of each
    // field.
    static void appendField(QByteArray& out, const QByteArray& field);

private:
    qint64 appendEntry(const QString& actor, const QString& action, const QString& objectType,
                       const QString& objectId, const QString& details);
    void registerSignerIfNew();
    std::optional<QByteArray> storedHash(qint64 seq) const;

    Database& m_db;
    const Clock& m_clock;
    QByteArray m_schema;
    QString m_chain;
    SignerRegistry m_trusted;
    QString m_signerUser;
    const SigningKey* m_signer = nullptr;
};

} // namespace lantern
