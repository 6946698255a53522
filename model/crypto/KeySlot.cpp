#include "crypto/KeySlot.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"

#include <QStringList>
#include <cstdint>
#include <sodium.h>
#include <utility>

namespace lantern {

namespace {

static_assert(KeySlot::nonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(KeySlot::secretKeyBytes == crypto_box_SECRETKEYBYTES);
static_assert(KeySlot::publicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(KeySlot::publicKeyBytes == crypto_scalarmult_BYTES);
static_assert(KeySlot::secretKeyBytes == crypto_scalarmult_SCALARBYTES);
static_assert(KeySlot::wrappedSecretKeyBytes ==
              KeySlot::secretKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(KeySlot::sealedKeyBytes == crypto_box_SEALBYTES + KeySlot::masterKeyBytes);
static_assert(KdfParams::keyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

QString kindName(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("password");
}

// Canonical associated data for the wrapped secret key.
QByteArray associatedData(const KeySlot& slot, const QString& vaultId)
{
    QByteArray data(slot.wrapVersion >= 2 ? "lantern-keyslot-v2" : "lantern-keyslot-v1");
    data.append('\0');
    data.append(vaultId.toUtf8());
    data.append('\0');
    data.append(slot.id.toUtf8());
    if (slot.wrapVersion >= 2) {
        data.append('\0');
        data.append(slot.user.toUtf8());
        data.append('\0');
        data.append(kindName(slot.kind).toUtf8());
    }
    return data;
}

QByteArray kekCheckFor(const SecureBytes& kek)
{
    static const QByteArray label("lantern-kek-check-v2");
    QByteArray digest(static_cast<qsizetype>(KeySlot::kekCheckBytes), '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), KeySlot::kekCheckBytes,
                       reinterpret_cast<const unsigned char*>(label.constData()),
                       static_cast<unsigned long long>(label.size()), kek.data(), kek.size());
    return digest;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

[[noreturn]] void altered(const QString& slotId, const QString& what)
{
    throw Error(ErrorKind::Damaged,
                ModelText::tr("keyslots.json: slot %1 has been altered (%2).").arg(slotId, what));
}

void checkMasterKey(const SecureBytes& key)
{
    if (key.size() != KeySlot::masterKeyBytes)
        throw Error(
            ErrorKind::Internal,
            ModelText::tr("A master key of %1 bytes cannot be stored in a key slot.").arg(key.size()));
}

// `key` sealed to `publicKey`. Throws Error(Damaged) naming the slot if libsodium refuses the public key.
QByteArray sealTo(const QByteArray& publicKey, const SecureBytes& key, const QString& slotId)
{
    checkMasterKey(key);
    QByteArray sealed(static_cast<qsizetype>(KeySlot::sealedKeyBytes), '\0');
    if (crypto_box_seal(bytes(sealed), key.data(), key.size(), bytes(publicKey)) != 0)
        altered(slotId, ModelText::tr("its public key is not one a key can be sealed to"));
    return sealed;
}

// The key sealed in `sealed`, or nullopt if it does not open with this key pair.
std::optional<SecureBytes> openSealed(const QByteArray& sealed, const QByteArray& publicKey,
                                      const SecureBytes& secretKey)
{
    SecureBytes key(KeySlot::masterKeyBytes);
    if (crypto_box_seal_open(key.data(), bytes(sealed), static_cast<unsigned long long>(sealed.size()),
                             bytes(publicKey), secretKey.data()) != 0)
        return std::nullopt;
    return key;
}

// A keyed BLAKE2b over `label`, then each field and the public key, each after a NUL. The hashing key is
// subkey `subkeyId` (context `context`) of `key`, never the key itself.
QByteArray keyedBinding(const SecureBytes& key, std::uint64_t subkeyId, const char (&context)[9],
                        const char* label, const QStringList& fields, const QByteArray& publicKey)
{
    SecureBytes subkey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), subkeyId, context, key.data());
    QByteArray message(label);
    for (const QString& field : fields) {
        message.append('\0');
        message.append(field.toUtf8());
    }
    message.append('\0');
    message.append(publicKey);
    QByteArray digest(static_cast<qsizetype>(KeySlot::bindingBytes), '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), KeySlot::bindingBytes,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), subkey.data(), subkey.size());
    return digest;
}

// See KeySlot::binding: keyed from the master key.
QByteArray bindingFor(const KeySlot& slot, const SecureBytes& masterKey, const QString& vaultId)
{
    // Version 1 (slots of a version 1 keyslots.json, no role) and version 2 (with the role).
    QStringList fields{vaultId, slot.id, slot.user, kindName(slot.kind)};
    if (!slot.role.isEmpty())
        fields.append(slot.role);
    return keyedBinding(masterKey, 1, "lntnslot",
                        slot.role.isEmpty() ? "lantern-slot-binding-v1" : "lantern-slot-binding-v2", fields,
                        slot.publicKey);
}

// See KeySlot::CompartmentKey: keyed from the compartment's key.
QByteArray grantBindingFor(const KeySlot& slot, const QString& compartment, const SecureBytes& key,
                           const QString& vaultId)
{
    return keyedBinding(key, 2, "lntngrnt", "lantern-compartment-grant-v1",
                        {vaultId, slot.id, slot.user, kindName(slot.kind), slot.role, compartment},
                        slot.publicKey);
}

// See KeySlot::Keys::signingSeed.
SecureBytes signingSeedFrom(const SecureBytes& secretKey)
{
    static const QByteArray context("lantern-audit-signing-v1");
    SecureBytes seed(32); // crypto_sign_SEEDBYTES
    crypto_generichash(seed.data(), seed.size(), reinterpret_cast<const unsigned char*>(context.constData()),
                       static_cast<unsigned long long>(context.size()), secretKey.data(), secretKey.size());
    return seed;
}

} // namespace

QString KeySlot::newId()
{
    ensureSodium();
    unsigned char raw[8];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw).toHex());
}

QString KeySlot::notThisUsersSlot(const QString& user)
{
    return ModelText::tr(
               "keyslots.json: key slot does not belong to this user: the slot under the name "
               "\"%1\" was renamed, swapped, given another role or copied from elsewhere. Nothing "
               "was opened; restore keyslots.json from a backup or ask a DSL to reset the password.")
        .arg(user);
}

KeySlot KeySlot::create(QString user, Kind kind, const SecureBytes& password, const SecureBytes& masterKey,
                        const QString& vaultId, const QString& role, SecureBytes* signingSeed)
{
    ensureSodium();
    checkMasterKey(masterKey);
    KeySlot slot;
    slot.id = newId();
    slot.user = std::move(user);
    slot.kind = kind;
    slot.role = !role.isEmpty() ? role : kind == Kind::Recovery ? recoveryUser() : QString();
    if (slot.role.isEmpty())
        throw Error(ErrorKind::Internal, ModelText::tr("A key slot cannot be made without a role."));
    slot.wrapVersion = 2;
    slot.kdf = KdfParams::forNewSlot();

    SecureBytes secretKey(secretKeyBytes);
    slot.publicKey.resize(static_cast<qsizetype>(publicKeyBytes));
    if (crypto_box_keypair(bytes(slot.publicKey), secretKey.data()) != 0)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("libsodium could not make a key pair for a key slot."));

    const SecureBytes kek = deriveKey(password, slot.kdf);
    slot.kekCheck = kekCheckFor(kek);
    const QByteArray ad = associatedData(slot, vaultId);
    slot.nonce.resize(static_cast<qsizetype>(nonceBytes));
    randombytes_buf(slot.nonce.data(), nonceBytes);
    slot.wrappedSecretKey.resize(static_cast<qsizetype>(wrappedSecretKeyBytes));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(slot.wrappedSecretKey), &length, secretKey.data(), secretKey.size(), bytes(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, bytes(slot.nonce), kek.data());

    slot.sealedKey = sealTo(slot.publicKey, masterKey, slot.id);
    slot.binding = bindingFor(slot, masterKey, vaultId);
    if (signingSeed)
        *signingSeed = signingSeedFrom(secretKey);
    return slot;
}

std::optional<KeySlot::Keys> KeySlot::open(const SecureBytes& password, const QString& vaultId) const
{
    validateShape(QStringLiteral("keyslots.json, slot %1").arg(id));
    const SecureBytes kek = deriveKey(password, kdf);
    if (wrapVersion >= 2) {
        const QByteArray expected = kekCheckFor(kek);
        if (sodium_memcmp(expected.constData(), kekCheck.constData(), kekCheckBytes) != 0)
            return std::nullopt; // the wrong password
    }
    const QByteArray ad = associatedData(*this, vaultId);
    SecureBytes secretKey(secretKeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey.data(), &length, nullptr, bytes(wrappedSecretKey),
            static_cast<unsigned long long>(wrappedSecretKey.size()), bytes(ad),
            static_cast<unsigned long long>(ad.size()), bytes(nonce), kek.data()) != 0) {
        if (wrapVersion >= 2) // the password is right: the slot was written for another user, slot or vault
            throw Error(ErrorKind::Damaged, notThisUsersSlot(user));
        return std::nullopt;
    }

    // The secret key is authentic (it decrypted under this password), so from here on any mismatch means
    // the clear fields beside it were altered.
    unsigned char derivedPublicKey[publicKeyBytes];
    if (crypto_scalarmult_base(derivedPublicKey, secretKey.data()) != 0 ||
        sodium_memcmp(derivedPublicKey, bytes(publicKey), publicKeyBytes) != 0)
        altered(id, ModelText::tr("its public key does not match its secret key"));

    std::optional<SecureBytes> current = openSealed(sealedKey, publicKey, secretKey);
    if (!current)
        altered(id, ModelText::tr("its sealed key does not open"));
    Keys keys{std::move(*current), std::nullopt, {}, {}, signingSeedFrom(secretKey)};
    if (hasPrevious()) {
        keys.previous = openSealed(sealedPreviousKey, publicKey, secretKey);
        if (!keys.previous)
            altered(id, ModelText::tr("its sealed previous key does not open"));
    }
    for (const auto& [compartment, entry] : compartmentKeys) {
        std::optional<SecureBytes> key = openSealed(entry.sealedKey, publicKey, secretKey);
        if (!key)
            altered(id,
                    ModelText::tr("its sealed key of the compartment \"%1\" does not open").arg(compartment));
        keys.compartments.emplace(compartment, std::move(*key));
        if (!entry.sealedPreviousKey.isEmpty()) {
            std::optional<SecureBytes> previousKey =
                openSealed(entry.sealedPreviousKey, publicKey, secretKey);
            if (!previousKey)
                altered(id, ModelText::tr("its sealed previous key of the compartment \"%1\" does not open")
                                .arg(compartment));
            keys.previousCompartments.emplace(compartment, std::move(*previousKey));
        }
    }
    return keys;
}

bool KeySlot::upgradeWrap(const SecureBytes& password, const QString& vaultId)
{
    if (wrapVersion >= 2)
        return false;
    validateShape(QStringLiteral("keyslots.json, slot %1").arg(id));
    const SecureBytes kek = deriveKey(password, kdf);
    const QByteArray oldAd = associatedData(*this, vaultId);
    SecureBytes secretKey(secretKeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey.data(), &length, nullptr, bytes(wrappedSecretKey),
            static_cast<unsigned long long>(wrappedSecretKey.size()), bytes(oldAd),
            static_cast<unsigned long long>(oldAd.size()), bytes(nonce), kek.data()) != 0)
        return false;
    KeySlot upgraded = *this;
    upgraded.wrapVersion = 2;
    upgraded.kekCheck = kekCheckFor(kek);
    const QByteArray newAd = associatedData(upgraded, vaultId);
    randombytes_buf(upgraded.nonce.data(), nonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(upgraded.wrappedSecretKey), &length, secretKey.data(), secretKey.size(), bytes(newAd),
        static_cast<unsigned long long>(newAd.size()), nullptr, bytes(upgraded.nonce), kek.data());
    *this = std::move(upgraded);
    return true;
}

void KeySlot::reseal(const SecureBytes& current, const SecureBytes* previous, const QString& vaultId)
{
    ensureSodium();
    validateShape(QStringLiteral("keyslots.json, slot %1").arg(id));
    // Seal both before changing either, so a failure leaves the slot as it was.
    QByteArray newSealedKey = sealTo(publicKey, current, id);
    QByteArray newSealedPreviousKey = previous ? sealTo(publicKey, *previous, id) : QByteArray();
    QByteArray newBinding = bindingFor(*this, current, vaultId);
    sealedKey = std::move(newSealedKey);
    sealedPreviousKey = std::move(newSealedPreviousKey);
    binding = std::move(newBinding);
}

void KeySlot::grant(const QString& compartment, const SecureBytes& key, const QString& vaultId,
                    const SecureBytes* previous)
{
    ensureSodium();
    validateShape(QStringLiteral("keyslots.json, slot %1").arg(id));
    CompartmentKey entry{sealTo(publicKey, key, id), grantBindingFor(*this, compartment, key, vaultId),
                         previous ? sealTo(publicKey, *previous, id) : QByteArray()};
    compartmentKeys[compartment] = std::move(entry);
}

bool KeySlot::isGrantBoundTo(const QString& compartment, const SecureBytes& key, const QString& vaultId) const
{
    const auto found = compartmentKeys.find(compartment);
    if (found == compartmentKeys.end())
        return false;
    const QByteArray expected = grantBindingFor(*this, compartment, key, vaultId);
    return found->second.binding.size() == expected.size() &&
           sodium_memcmp(found->second.binding.constData(), expected.constData(),
                         static_cast<std::size_t>(expected.size())) == 0;
}

bool KeySlot::isBoundTo(const SecureBytes& masterKey, const QString& vaultId) const
{
    const QByteArray expected = bindingFor(*this, masterKey, vaultId);
    return binding.size() == expected.size() && sodium_memcmp(binding.constData(), expected.constData(),
                                                              static_cast<std::size_t>(expected.size())) == 0;
}

void KeySlot::validateShape(const QString& where) const
{
    const auto check = [&where](const QByteArray& field, std::size_t expected, const char* name) {
        if (static_cast<std::size_t>(field.size()) != expected)
            throw Error(ErrorKind::Damaged, ModelText::tr("%1: \"%2\" is %3 bytes long (expected %4).")
                                                .arg(where, QLatin1String(name))
                                                .arg(field.size())
                                                .arg(expected));
    };
    check(nonce, nonceBytes, "nonce");
    check(wrappedSecretKey, wrappedSecretKeyBytes, "wrapped_secret_key");
    check(publicKey, publicKeyBytes, "public_key");
    check(sealedKey, sealedKeyBytes, "sealed_key");
    check(binding, bindingBytes, "binding");
    if (wrapVersion >= 2)
        check(kekCheck, kekCheckBytes, "kek_check");
    if (hasPrevious())
        check(sealedPreviousKey, sealedKeyBytes, "sealed_previous_key");
    for (const auto& [compartment, entry] : compartmentKeys) {
        check(entry.sealedKey, sealedKeyBytes, "compartments.sealed_key");
        check(entry.binding, bindingBytes, "compartments.binding");
        if (!entry.sealedPreviousKey.isEmpty())
            check(entry.sealedPreviousKey, sealedKeyBytes, "compartments.sealed_previous_key");
    }
    kdf.validate(where);
}

} // namespace lantern
