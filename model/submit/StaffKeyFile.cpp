#include "submit/StaffKeyFile.h"

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace lantern {

namespace {

const QString formatName = QStringLiteral("lantern-staff-key");
constexpr std::size_t seedBytes = crypto_sign_SEEDBYTES;
constexpr std::size_t wrappedSeedBytes = seedBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(KdfParams::keyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

QByteArray associatedData(const StaffKeyFile& file)
{
    QByteArray data("lantern-staff-key-v1");
    for (const QString& field : {file.vaultId, file.keyId, file.username}) {
        data.append('\0');
        data.append(field.toUtf8());
    }
    data.append('\0');
    data.append(file.publicKey);
    return data;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QString newKeyId()
{
    QByteArray raw(8, '\0');
    randombytes_buf(raw.data(), static_cast<std::size_t>(raw.size()));
    return QString::fromLatin1(raw.toHex());
}

} // namespace

StaffSigningKey::StaffSigningKey(QString keyId, QString username, QString vaultId, SecureBytes secretKey)
    : m_keyId(std::move(keyId))
    , m_username(std::move(username))
    , m_vaultId(std::move(vaultId))
    , m_secretKey(std::move(secretKey))
{}

QByteArray StaffSigningKey::publicKey() const
{
    QByteArray result(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(result.data()), m_secretKey.data());
    return result;
}

QByteArray StaffSigningKey::boxPublicKey() const
{
    return staffBoxPublicKey(publicKey(), m_keyId);
}

SecureBytes StaffSigningKey::boxSecretKey() const
{
    SecureBytes result(crypto_box_SECRETKEYBYTES);
    if (crypto_sign_ed25519_sk_to_curve25519(result.data(), m_secretKey.data()) != 0)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("Your staff key %1 cannot be used for encryption; ask the DSL to enrol you "
                                  "again.")
                        .arg(m_keyId));
    return result;
}

QByteArray staffBoxPublicKey(const QByteArray& ed25519PublicKey, const QString& keyId)
{
    ensureSodium();
    QByteArray result(crypto_box_PUBLICKEYBYTES, '\0');
    if (ed25519PublicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(result.data()),
                                             bytes(ed25519PublicKey)) != 0)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("The staff key %1 is not a valid public key.").arg(keyId));
    return result;
}

StaffKeyFile StaffKeyFile::create(const QString& username, const QString& displayName, const QString& vaultId,
                                  const SecureBytes& password)
{
    ensureSodium();
    StaffKeyFile file;
    file.keyId = newKeyId();
    file.username = username;
    file.displayName = displayName;
    file.vaultId = vaultId;
    file.kdf = KdfParams::forNewSlot();

    const SecureBytes seed = SecureBytes::random(seedBytes);
    SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
    file.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(file.publicKey.data()), secretKey.data(),
                             seed.data());

    const SecureBytes kek = deriveKey(password, file.kdf);
    const QByteArray ad = associatedData(file);
    file.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(file.nonce.data(), static_cast<std::size_t>(file.nonce.size()));
    file.wrappedSeed.resize(static_cast<qsizetype>(wrappedSeedBytes));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(file.wrappedSeed.data()), &length, seed.data(), seed.size(),
        bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr, bytes(file.nonce), kek.data());
    return file;
}

StaffSigningKey StaffKeyFile::unlock(const SecureBytes& password) const
{
    ensureSodium();
    const SecureBytes kek = deriveKey(password, kdf);
    const QByteArray ad = associatedData(*this);
    SecureBytes seed(seedBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(seed.data(), &length, nullptr, bytes(wrappedSeed),
                                                   static_cast<unsigned long long>(wrappedSeed.size()),
                                                   bytes(ad), static_cast<unsigned long long>(ad.size()),
                                                   bytes(nonce), kek.data()) != 0)
        throw Error(ErrorKind::AuthenticationFailed,
                    ModelText::tr("The password for %1's staff key is not right.").arg(username));
    SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(derived, secretKey.data(), seed.data());
    // The seed is authentic (it decrypted under this password with the public key bound in), so this only
    // fails if libsodium itself misbehaves; check anyway rather than sign with a key the vault does not know.
    if (sodium_memcmp(derived, bytes(publicKey), sizeof derived) != 0)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("%1: the signing key does not match its public key.").arg(fileName()));
    return StaffSigningKey(keyId, username, vaultId, std::move(secretKey));
}

QByteArray StaffKeyFile::toJson() const
{
    const QJsonObject kdfObject{{QStringLiteral("algorithm"), kdf.algorithm},
                                {QStringLiteral("ops_limit"), static_cast<qint64>(kdf.opsLimit)},
                                {QStringLiteral("mem_limit"), static_cast<qint64>(kdf.memLimitBytes)},
                                {QStringLiteral("salt"), toBase64(kdf.salt)}};
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("key_id"), keyId},
                           {QStringLiteral("username"), username},
                           {QStringLiteral("display_name"), displayName},
                           {QStringLiteral("vault_id"), vaultId},
                           {QStringLiteral("public_key"), toBase64(publicKey)},
                           {QStringLiteral("kdf"), kdfObject},
                           {QStringLiteral("nonce"), toBase64(nonce)},
                           {QStringLiteral("wrapped_seed"), toBase64(wrappedSeed)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

StaffKeyFile StaffKeyFile::parse(const QByteArray& json, const QString& where)
{
    const JsonReader in = JsonReader::parse(json, where);
    in.requireFormat(formatName, formatVersion, QStringLiteral("it is not a Lantern staff key."),
                     QStringLiteral("use it"));
    StaffKeyFile file;
    file.keyId = in.string("key_id");
    file.username = in.string("username");
    file.displayName = in.string("display_name");
    file.vaultId = in.string("vault_id");
    file.publicKey = in.base64("public_key");
    const JsonReader kdf = in.object("kdf", where + QStringLiteral(", kdf"));
    file.kdf.algorithm = kdf.string("algorithm");
    file.kdf.opsLimit = static_cast<quint64>(kdf.integer("ops_limit"));
    file.kdf.memLimitBytes = static_cast<quint64>(kdf.integer("mem_limit"));
    file.kdf.salt = kdf.base64("salt");
    file.kdf.validate(where);
    file.nonce = in.base64("nonce");
    file.wrappedSeed = in.base64("wrapped_seed");
    const auto check = [&in](const QByteArray& field, std::size_t expected, const char* name) {
        if (static_cast<std::size_t>(field.size()) != expected)
            in.fail(ModelText::tr("\"%1\" is %2 bytes long (expected %3).")
                        .arg(QLatin1String(name))
                        .arg(field.size())
                        .arg(expected));
    };
    check(file.publicKey, crypto_sign_PUBLICKEYBYTES, "public_key");
    check(file.nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, "nonce");
    check(file.wrappedSeed, wrappedSeedBytes, "wrapped_seed");
    return file;
}

StaffKeyFile StaffKeyFile::load(const QString& path)
{
    return parse(readWholeFile(path), QDir::toNativeSeparators(path));
}

void StaffKeyFile::save(const QString& path) const
{
    writeFileAtomically(path, toJson());
}

} // namespace lantern
