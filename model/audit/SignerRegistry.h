#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace lantern {

struct AuditEntry;

// Who may sign audit entries in whose name, learnt from the chain itself while verify() walks it: nothing
// outside the chain (not the audit_signing_keys table, not keyslots.json) is trusted, so whatever a key
// holder edits elsewhere, the chain still has to tell one consistent story.
//
// The rules (docs/ARCHITECTURE.md, "The audit chain"):
//  - An entry written before signing began (no signature) is accepted only before the first signed entry.
//  - A signed entry's signature must verify under its signer key, over AuditLog::signedMessage(hash).
//  - "audit.key-registered" (by U, about user U, details "ed25519 <hex key>", signed by that key) registers a
//    key for U. It is accepted if an earlier "audit.key-issued" entry issued that key to U (whoever makes a
//    key slot, with the slot's secret key in hand, records its public signing key); or, for a user with no
//    key yet and none issued, if it is the first signed entry of the chain (the vault's creator, or the first
//    user to unlock after an upgrade) or U appears in the entries written before signing began (users of an
//    older vault, trusted on first use).
//  - Every other signed entry must be signed by a key registered earlier to its actor: a key registered to
//    someone else is a forgery, an unregistered key is refused.
class SignerRegistry {
public:
    static constexpr const char* keyRegistered = "audit.key-registered";
    static constexpr const char* keyIssued = "audit.key-issued";

    // The details of a registration or issue: "ed25519 " and the key in lower-case hex.
    static QString keyDetails(const QByteArray& publicKey);
    static std::optional<QByteArray> keyFromDetails(const QString& details);

    // Checks `entry` (whose hash has been checked) against the rules and learns from it. Returns what is
    // wrong, in words, or an empty string.
    QString admit(const AuditEntry& entry);

    // Learns that `publicKey` was issued to `user` by a chain trusted to say so (AuditLog::trustIssuedKeys).
    void learnIssued(const QString& user, const QByteArray& publicKey) { m_issued[user].insert(publicKey); }

    // The user the chain registered `publicKey` to, if any.
    std::optional<QString> ownerOf(const QByteArray& publicKey) const;

private:
    QString admitRegistration(const AuditEntry& entry, bool firstSigned);
    void learnFromUnsigned(const AuditEntry& entry);
    bool hasKey(const QString& user) const;

    QHash<QByteArray, QString> m_owners;       // public key → username
    QHash<QString, QSet<QByteArray>> m_issued; // username → keys issued to them
    QSet<QString> m_namedBeforeSigning;        // users named by entries written before signing began
    bool m_signingBegan = false;
};

} // namespace lantern
