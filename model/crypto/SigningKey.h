#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace lantern {

// An Ed25519 key pair made from a 32-byte seed, the secret half in secure memory. The audit chain uses one
// per key slot: the seed is derived from the slot's secret key when the slot opens
// (KeySlot::Keys::signingSeed), so the signing key is as well protected as the slot and no new secret is
// stored anywhere.
class SigningKey {
public:
    static constexpr std::size_t seedBytes = 32;      // crypto_sign_SEEDBYTES
    static constexpr std::size_t publicKeyBytes = 32; // crypto_sign_PUBLICKEYBYTES
    static constexpr std::size_t signatureBytes = 64; // crypto_sign_BYTES

    // Throws Error(Internal) unless `seed` is seedBytes long.
    explicit SigningKey(const SecureBytes& seed);

    const QByteArray& publicKey() const { return m_publicKey; }
    // The detached signature of `message`.
    QByteArray sign(const QByteArray& message) const;
    // Whether `signature` is `publicKey`'s signature of `message`; false for keys or signatures of the wrong
    // size, never an exception (what is checked comes from files and databases that may have been altered).
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

private:
    SecureBytes m_secretKey; // crypto_sign_SECRETKEYBYTES: the seed followed by the public key
    QByteArray m_publicKey;
};

} // namespace lantern
