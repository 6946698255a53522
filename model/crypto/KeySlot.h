#pragma once

#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace lantern {

// One way into the vault: the master key wrapped (XChaCha20-Poly1305) under a key-encryption key derived from
// a user's password, or from the printed recovery key. The vault id and the slot id are bound in as
// associated data, so a slot copied into another vault, or given another slot's id, no longer opens.
struct KeySlot {
    enum class Kind { Password, Recovery };

    static constexpr std::size_t masterKeyBytes = 32;
    static constexpr std::size_t nonceBytes = 24;      // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    static constexpr std::size_t wrappedKeyBytes = 48; // master key + 16-byte tag

    // The master key the slot opens now, and during a master-key rotation the one it replaces.
    struct Keys {
        SecureBytes current;
        std::optional<SecureBytes> previous;
    };

    QString id;
    QString user; // the username, or "recovery"
    Kind kind = Kind::Password;
    KdfParams kdf;
    QByteArray nonce;
    QByteArray wrappedKey;
    // Set only while a master-key rotation is in progress, so that whichever key records.db holds after a
    // crash, every slot still opens it.
    QByteArray previousNonce;
    QByteArray previousWrappedKey;

    static QString recoveryUser() { return QStringLiteral("recovery"); }
    // 16 random lower-case hex characters.
    static QString newId();

    // A new slot (fresh salt and cost from KdfParams::forNewSlot()) wrapping `masterKey` under `password`.
    static KeySlot wrap(QString id, QString user, Kind kind, const SecureBytes& password,
                        const SecureBytes& masterKey, const QString& vaultId);
    // As wrap(), also wrapping `previousKey` under the same derived key (one derivation for both).
    static KeySlot wrapWithPrevious(QString id, QString user, Kind kind, const SecureBytes& password,
                                    const SecureBytes& masterKey, const SecureBytes& previousKey,
                                    const QString& vaultId);

    bool hasPrevious() const { return !previousWrappedKey.isEmpty(); }

    // The current master key, or nullopt if the password is wrong (or the slot was tampered with or moved).
    // Throws Error(Damaged) if the slot's fields have impossible sizes or its KDF settings are unacceptable.
    std::optional<SecureBytes> unwrap(const SecureBytes& password, const QString& vaultId) const;
    // The current key and, if present, the previous one; nullopt if the password is wrong.
    std::optional<Keys> unwrapAll(const SecureBytes& password, const QString& vaultId) const;

    // Starts a rotation for this slot: the same slot (id, user, salt and cost) re-wrapping `newMasterKey` as
    // current and the key it opened until now as previous. Derives once. nullopt if the password is wrong.
    std::optional<KeySlot> withPrevious(const SecureBytes& password, const QString& vaultId,
                                        const SecureBytes& newMasterKey) const;
    // Ends a rotation: the same slot without its previous key.
    KeySlot withoutPrevious() const;

    // Throws Error(Damaged) naming `where` and the field if a field read from disk has an impossible size.
    void validateShape(const QString& where) const;
};

} // namespace lantern
