#include "submit/SubmissionKeys.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"
#include "submit/SubmissionProfile.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <sodium.h>

namespace lantern {

QByteArray SubmissionKeys::ensure(Vault& vault)
{
    // The look, the new pair and its audit entry in one transaction: all of them are stored, or none.
    VaultTransaction transaction(vault);
    if (std::optional<Pair> existing = read(vault))
        return existing->publicKey;
    ensureSodium();
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    if (crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data()) != 0)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("libsodium could not make the vault's key pair for staff submissions."));
    SubmissionKeyRepository(vault).store(publicKey, secretKey);
    vault.audit().append(vault.user().username, QStringLiteral("submission.key.create"),
                         QStringLiteral("vault"), vault.vaultId(),
                         QStringLiteral("fingerprint %1").arg(SubmissionProfile::fingerprintOf(publicKey)));
    transaction.commit();
    return publicKey;
}

std::optional<SubmissionKeys::Pair> SubmissionKeys::read(Vault& vault)
{
    std::optional<Pair> pair = SubmissionKeyRepository(vault).read();
    if (pair && (pair->publicKey.size() != crypto_box_PUBLICKEYBYTES ||
                 pair->secretKey.size() != crypto_box_SECRETKEYBYTES))
        throw Error(
            ErrorKind::Damaged,
            ModelText::tr("records.db: the vault's key pair for staff submissions has the wrong size."));
    return pair;
}

} // namespace lantern
