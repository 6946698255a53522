#include "submit/SubmissionKeys.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"
#include "storage/Database.h"
#include "submit/SubmissionProfile.h"
#include "vault/Vault.h"

#include <sodium.h>

namespace lantern {

QByteArray SubmissionKeys::ensure(Vault& vault)
{
    Database& db = vault.database();
    Transaction transaction(db);
    if (std::optional<Pair> existing = read(db))
        return existing->publicKey;
    ensureSodium();
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    if (crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data()) != 0)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("libsodium could not make the vault's key pair for staff submissions."));
    // SQLite copies the bound blob into its own (encrypted) pages; the transient copy is wiped at once.
    QByteArray secretCopy(reinterpret_cast<const char*>(secretKey.data()),
                          static_cast<qsizetype>(secretKey.size()));
    Statement insert(db,
                     "INSERT INTO submission_vault_key (id, public_key, secret_key, created_at, created_by) "
                     "VALUES (1, :public, :secret, :at, :by);");
    insert.bindBlob(":public", publicKey)
        .bindBlob(":secret", secretCopy)
        .bind(":at", isoUtc(vault.clock().nowUtc()))
        .bind(":by", vault.user().username);
    insert.run();
    wipeBytes(secretCopy);
    vault.audit().append(vault.user().username, QStringLiteral("submission.key.create"),
                         QStringLiteral("vault"), vault.vaultId(),
                         QStringLiteral("fingerprint %1").arg(SubmissionProfile::fingerprintOf(publicKey)));
    transaction.commit();
    return publicKey;
}

std::optional<SubmissionKeys::Pair> SubmissionKeys::read(Database& db)
{
    Statement query(db, "SELECT public_key, secret_key FROM submission_vault_key WHERE id = 1;");
    if (!query.step())
        return std::nullopt;
    QByteArray secret = query.blob(1);
    Pair pair{query.blob(0), SecureBytes(reinterpret_cast<const unsigned char*>(secret.constData()),
                                         static_cast<std::size_t>(secret.size()))};
    wipeBytes(secret);
    if (pair.publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        pair.secretKey.size() != crypto_box_SECRETKEYBYTES)
        throw Error(
            ErrorKind::Damaged,
            ModelText::tr("records.db: the vault's key pair for staff submissions has the wrong size."));
    return pair;
}

} // namespace lantern
