#pragma once

#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <map>
#include <optional>

namespace lantern {

// One way into the vault. Each slot has its own X25519 key pair:
//
//   password --Argon2id (kdf)--> KEK --XChaCha20-Poly1305--> the slot's secret key (wrappedSecretKey)
//   master key --crypto_box_seal to publicKey--> sealedKey
//
// The vault id and the slot id are bound in as associated data of the wrapped secret key, so a slot copied
// into another vault, or given another slot's id, no longer opens. Slots written since wrap version 2 also
// bind the username and the kind there, and carry a check value of the password-derived key, so that a slot
// whose name was changed on disk is told apart from a wrong password (Error(Damaged), "does not belong to
// this user"). The role cannot be in the associated data (someone else changes roles, without the owner's
// password): it is bound by `binding`, which whoever holds the master key re-issues. Because the master key
// is sealed to the slot's public key, whoever holds the master key can re-seal a new one to every slot
// (reseal()) without knowing anyone's password: that is what makes master-key rotation possible.
struct KeySlot {
    enum class Kind { Password, Recovery };

    static constexpr std::size_t masterKeyBytes = 32;
    static constexpr std::size_t nonceBytes = 24;            // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    static constexpr std::size_t secretKeyBytes = 32;        // crypto_box_SECRETKEYBYTES
    static constexpr std::size_t wrappedSecretKeyBytes = 48; // secret key + 16-byte tag
    static constexpr std::size_t publicKeyBytes = 32;        // crypto_box_PUBLICKEYBYTES
    static constexpr std::size_t sealedKeyBytes = 48 + 32;   // crypto_box_SEALBYTES + master key

    // The master key the slot opens now (the directory store's key), during a master-key rotation the one it
    // replaces, the keys of the other compartments the slot was granted, by compartment name, and the seed of
    // the slot's audit signing key (crypto/SigningKey): BLAKE2b keyed by the slot's secret key over
    // "lantern-audit-signing-v1", so it is protected exactly as the slot is and a new slot (a new password, a
    // re-issued account) has a new signing key.
    struct Keys {
        SecureBytes current;
        std::optional<SecureBytes> previous;
        std::map<QString, SecureBytes> compartments;
        // During a rotation of a compartment's key (Vault::rotateMasterKey), the key it replaces.
        std::map<QString, SecureBytes> previousCompartments;
        SecureBytes signingSeed;
    };

    // The key of one compartment other than the directory ("cases", "adults", "headteacher"), sealed to
    // publicKey by someone who held it. `binding` is a keyed hash under a subkey of that compartment's key
    // over vault id, slot id, user, kind, role, compartment name and public key: only a holder of the key can
    // have issued it, so a slot whose user or role was changed on disk (by someone holding only the directory
    // key) no longer counts as holding it, and the entry cannot be moved to another slot or compartment.
    struct CompartmentKey {
        QByteArray sealedKey;
        QByteArray binding;
        // Set only while that compartment's key is being rotated, so that whichever key its store holds after
        // a crash, the slot still opens it.
        QByteArray sealedPreviousKey;
    };

    QString id;
    QString user; // the username, or "recovery"
    Kind kind = Kind::Password;
    // The role name the slot was issued for ("dsl", "staff", …, "recovery"), bound by `binding` (version 2).
    // Empty in a slot read from a version 1 keyslots.json, whose binding does not cover the role.
    QString role;
    // 1: associated data = vault id, slot id (slots written before this version); 2: also the username and
    // the kind, and `kekCheck` is set.
    int wrapVersion = 2;
    // Keyed hash of the password-derived key (BLAKE2b, "lantern-kek-check-v2"), wrap version 2 only: tells a
    // wrong password from a slot that opens only under another identity. It tells an attacker nothing the
    // wrapped secret key does not (either confirms a guessed password).
    QByteArray kekCheck;
    KdfParams kdf;
    QByteArray nonce;            // for the wrapped secret key
    QByteArray wrappedSecretKey; // the slot's X25519 secret key under the password-derived key
    QByteArray publicKey;        // the slot's X25519 public key, in clear
    QByteArray sealedKey;        // the current master key, sealed to publicKey
    // Set only while a master-key rotation is in progress, so that whichever key records.db holds after a
    // crash, every slot still opens it.
    QByteArray sealedPreviousKey;
    // Keyed hash (BLAKE2b, key derived from the master key) over vault id, slot id, user, kind, role (binding
    // version 2, whenever `role` is set) and public key. reseal() trusts publicKey; without this, someone
    // able to write keyslots.json could swap in their own public key and receive the next master key at the
    // next rotation. Checked before every re-seal.
    QByteArray binding;
    // Compartment keys granted to this slot, by compartment name (keyslots.json format 3).
    std::map<QString, CompartmentKey> compartmentKeys;

    static QString recoveryUser() { return QStringLiteral("recovery"); }
    // 16 random lower-case hex characters.
    static QString newId();

    // A new slot with a fresh id, a new key pair, fresh KDF settings (KdfParams::forNewSlot()) and
    // `masterKey` sealed to it.
    // `role` is the role name bound into the slot (empty: "recovery" for a recovery slot). If `signingSeed`
    // is given, it receives the new slot's signing seed (as open() would return it), so that whoever issues
    // the slot can record its public signing key in the audit chain without another key derivation.
    static KeySlot create(QString user, Kind kind, const SecureBytes& password, const SecureBytes& masterKey,
                          const QString& vaultId, const QString& role = {},
                          SecureBytes* signingSeed = nullptr);

    // The current master key and, during a rotation, the previous one; nullopt if the password is wrong (or
    // the slot was moved to another vault or id). Throws Error(Damaged) if the slot's fields have impossible
    // sizes or its KDF settings are unacceptable, and if the secret key opens but does not match publicKey or
    // a sealed key does not open (the slot was altered on disk); and, for wrap version 2, if the password is
    // right but the slot's user, kind, id or vault is not the one it was written for ("does not belong to
    // this user").
    std::optional<Keys> open(const SecureBytes& password, const QString& vaultId) const;

    // Re-wraps a wrap version 1 slot's secret key under version 2 (the username and kind in the associated
    // data, and a check value), with a new nonce; the password is needed, so this happens when the owner
    // unlocks. Returns false, changing nothing, if the password does not open the slot or it is version 2.
    bool upgradeWrap(const SecureBytes& password, const QString& vaultId);

    // Re-seals `current`, and `previous` unless it is null, to this slot's public key, replacing both sealed
    // keys. Needs no password. Note that nothing here can prove publicKey is the one the slot was created
    // with: the caller must trust the file it read it from.
    // Also re-binds the slot under `current`. Callers check isBoundTo() with the key they hold first.
    void reseal(const SecureBytes& current, const SecureBytes* previous, const QString& vaultId);
    bool isBoundTo(const SecureBytes& masterKey, const QString& vaultId) const;
    static constexpr std::size_t bindingBytes = 32;
    static constexpr std::size_t kekCheckBytes = 32;

    // The message of every refusal of a slot that was renamed, swapped, re-roled or copied.
    static QString notThisUsersSlot(const QString& user);

    // Seals `key` to this slot as the key of `compartment` and binds it to the slot's user and role (see
    // CompartmentKey); replaces an earlier grant of the same compartment. Needs no password.
    // `previous`, during a rotation of that compartment's key, is sealed beside it.
    void grant(const QString& compartment, const SecureBytes& key, const QString& vaultId,
               const SecureBytes* previous = nullptr);
    void revoke(const QString& compartment) { compartmentKeys.erase(compartment); }
    bool holds(const QString& compartment) const { return compartmentKeys.count(compartment) > 0; }
    // Whether this slot's grant of `compartment` was issued, under `key`, to the user and role it names now.
    bool isGrantBoundTo(const QString& compartment, const SecureBytes& key, const QString& vaultId) const;

    bool hasPrevious() const { return !sealedPreviousKey.isEmpty(); }

    // Throws Error(Damaged) naming `where` and the field if a field read from disk has an impossible size.
    void validateShape(const QString& where) const;
};

} // namespace lantern
