#pragma once

#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace lantern {

// A staff member's signing key, unlocked with their password: the Ed25519 key pair that signs their
// submissions. Lives only in secure memory.
class StaffSigningKey {
public:
    StaffSigningKey(QString keyId, QString username, QString vaultId, SecureBytes secretKey);

    const QString& keyId() const { return m_keyId; }
    const QString& username() const { return m_username; }
    const QString& vaultId() const { return m_vaultId; }
    // libsodium's 64-byte Ed25519 secret key.
    const unsigned char* secretKey() const { return m_secretKey.data(); }
    // The Ed25519 public half, 32 bytes.
    QByteArray publicKey() const;
    // The same key pair as X25519, for public-key encryption to and from the staff member (the roster
    // sealed to them, their own receipts, the DSL team's acknowledgements): 32 bytes each.
    QByteArray boxPublicKey() const;
    SecureBytes boxSecretKey() const;

private:
    QString m_keyId;
    QString m_username;
    QString m_vaultId;
    SecureBytes m_secretKey;
};

// The X25519 public key of a staff member's enrolled Ed25519 public key. Throws Error(Damaged) naming `keyId`
// for bytes that are not a valid Ed25519 public key.
QByteArray staffBoxPublicKey(const QByteArray& ed25519PublicKey, const QString& keyId);

// staff-key.json: a staff member's Ed25519 signing key as it sits on their own computer. The 32-byte seed of
// the key is wrapped with XChaCha20-Poly1305 under a key derived from the staff member's password by Argon2id
// (the same settings and bounds as the vault's key slots), with "lantern-staff-key-v1", the vault id, the key
// id, the username and the public key bound in as associated data. The file opens nothing in the vault: the
// vault keeps only the public half (StaffEnrolment).
struct StaffKeyFile {
    static QString fileName() { return QStringLiteral("staff-key.json"); }
    static constexpr int formatVersion = 1;

    QString keyId; // 16 lower-case hex digits
    QString username;
    QString displayName;
    QString vaultId;
    QByteArray publicKey; // Ed25519, 32 bytes
    KdfParams kdf;
    QByteArray nonce;
    QByteArray wrappedSeed;

    // A new key pair for `username` with a fresh key id, its seed wrapped under `password`.
    static StaffKeyFile create(const QString& username, const QString& displayName, const QString& vaultId,
                               const SecureBytes& password);

    // The signing key; Error(AuthenticationFailed) for a wrong password, Error(Damaged) when the file was
    // altered (the seed opens but does not give the stated public key).
    StaffSigningKey unlock(const SecureBytes& password) const;

    QByteArray toJson() const;
    static StaffKeyFile parse(const QByteArray& json, const QString& where);
    static StaffKeyFile load(const QString& path);
    void save(const QString& path) const;
};

} // namespace lantern
