#include "crypto/SigningKey.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace lantern {

static_assert(SigningKey::seedBytes == crypto_sign_SEEDBYTES);
static_assert(SigningKey::publicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningKey::signatureBytes == crypto_sign_BYTES);

SigningKey::SigningKey(const SecureBytes& seed)
    : m_secretKey(crypto_sign_SECRETKEYBYTES)
    , m_publicKey(static_cast<qsizetype>(publicKeyBytes), '\0')
{
    ensureSodium();
    if (seed.size() != seedBytes)
        throw Error(
            ErrorKind::Internal,
            ModelText::tr("A signing key needs a seed of %1 bytes, not %2.").arg(seedBytes).arg(seed.size()));
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(m_publicKey.data()), m_secretKey.data(),
                             seed.data());
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(static_cast<qsizetype>(signatureBytes), '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secretKey.data());
    return signature;
}

bool SigningKey::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    ensureSodium();
    if (static_cast<std::size_t>(publicKey.size()) != publicKeyBytes ||
        static_cast<std::size_t>(signature.size()) != signatureBytes)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace lantern
