#pragma once

#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"
#include "submit/StaffKeyFile.h"

#include <QByteArray>
#include <QString>
#include <sodium.h>

namespace lantern::fuzz {

// Fixed keys for the fuzzers that open sealed things, and for tests/fuzz/FuzzCorpusMaker.cpp, which seals the
// seed files to them. Derived from constant seeds: these keys protect nothing.
inline QString fuzzVaultId()
{
    return QStringLiteral("fuzz-vault-0000000000000000000000");
}

// The vault's submission key pair (X25519).
struct FuzzVaultKeys {
    QByteArray publicKey;
    SecureBytes secretKey;
};

inline const FuzzVaultKeys& fuzzVaultKeys()
{
    static const FuzzVaultKeys keys = [] {
        ensureSodium();
        unsigned char seed[crypto_box_SEEDBYTES];
        for (std::size_t i = 0; i < sizeof seed; ++i)
            seed[i] = static_cast<unsigned char>(0x10 + i);
        FuzzVaultKeys made;
        made.publicKey.resize(crypto_box_PUBLICKEYBYTES);
        made.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
        crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(made.publicKey.data()),
                                made.secretKey.data(), seed);
        return made;
    }();
    return keys;
}

// A staff member's signing key (Ed25519), enrolled in the fuzz vault.
inline const StaffSigningKey& fuzzStaffKey()
{
    static const StaffSigningKey key = [] {
        ensureSodium();
        unsigned char seed[crypto_sign_SEEDBYTES];
        for (std::size_t i = 0; i < sizeof seed; ++i)
            seed[i] = static_cast<unsigned char>(0x80 + i);
        unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
        SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
        crypto_sign_seed_keypair(publicKey, secretKey.data(), seed);
        return StaffSigningKey(QStringLiteral("0123456789abcdef"), QStringLiteral("fuzz-staff"),
                               fuzzVaultId(), std::move(secretKey));
    }();
    return key;
}

// The submission the seed acknowledgements are about (FuzzCorpusMaker).
inline QString fuzzSubmissionId()
{
    return QStringLiteral("0123456789abcdef0123456789abcdef");
}

// The first bytes of an acknowledgement file (model/submit/SubmissionAcknowledgement.cpp).
inline QByteArray acknowledgementMagic()
{
    return QByteArrayLiteral("LNTNACK1");
}

// The passphrase of the encrypted seed pack in tests/fuzz/corpus/PackVerifyFuzzer/.
inline const char* fuzzPackPassphrase()
{
    return "fuzz seed passphrase";
}

} // namespace lantern::fuzz
