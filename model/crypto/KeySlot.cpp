#include "crypto/KeySlot.h"

#include "core/Error.h"
#include "crypto/Sodium.h"

#include <sodium.h>
#include <utility>

namespace lantern {

namespace {

static_assert(KeySlot::nonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(KeySlot::wrappedKeyBytes ==
              KeySlot::masterKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(KdfParams::keyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

enum class Role { Current, Previous };

// Canonical associated data. The role is bound too, so the current and previous wrappings cannot be swapped
// to make Lantern treat a retired key as the live one.
QByteArray associatedData(const QString& vaultId, const QString& slotId, Role role) {
    QByteArray data(role == Role::Current ? "lantern-keyslot-v1" : "lantern-keyslot-v1-previous");
    data.append('\0');
    data.append(vaultId.toUtf8());
    data.append('\0');
    data.append(slotId.toUtf8());
    return data;
}

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

struct Sealed {
    QByteArray nonce;
    QByteArray ciphertext;
};

Sealed seal(const SecureBytes& kek, const SecureBytes& key, const QByteArray& ad) {
    if (key.size() != KeySlot::masterKeyBytes)
        throw Error(
            ErrorKind::Internal,
            QStringLiteral("A master key of %1 bytes cannot be stored in a key slot.").arg(key.size()));
    Sealed sealed;
    sealed.nonce.resize(KeySlot::nonceBytes);
    randombytes_buf(sealed.nonce.data(), KeySlot::nonceBytes);
    sealed.ciphertext.resize(KeySlot::wrappedKeyBytes);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.ciphertext.data()), &length, key.data(), key.size(),
        bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr, bytes(sealed.nonce), kek.data());
    return sealed;
}

std::optional<SecureBytes> open(const SecureBytes& kek, const QByteArray& nonce, const QByteArray& ciphertext,
                                const QByteArray& ad) {
    SecureBytes key(KeySlot::masterKeyBytes);
    unsigned long long length = 0;
    const int result = crypto_aead_xchacha20poly1305_ietf_decrypt(
        key.data(), &length, nullptr, bytes(ciphertext), static_cast<unsigned long long>(ciphertext.size()),
        bytes(ad), static_cast<unsigned long long>(ad.size()), bytes(nonce), kek.data());
    if (result != 0)
        return std::nullopt;
    return key;
}

KeySlot assemble(QString id, QString user, KeySlot::Kind kind, KdfParams kdf, const SecureBytes& kek,
                 const SecureBytes& masterKey, const SecureBytes* previousKey, const QString& vaultId) {
    KeySlot slot;
    slot.id = std::move(id);
    slot.user = std::move(user);
    slot.kind = kind;
    slot.kdf = std::move(kdf);
    Sealed current = seal(kek, masterKey, associatedData(vaultId, slot.id, Role::Current));
    slot.nonce = std::move(current.nonce);
    slot.wrappedKey = std::move(current.ciphertext);
    if (previousKey) {
        Sealed previous = seal(kek, *previousKey, associatedData(vaultId, slot.id, Role::Previous));
        slot.previousNonce = std::move(previous.nonce);
        slot.previousWrappedKey = std::move(previous.ciphertext);
    }
    return slot;
}

} // namespace

QString KeySlot::newId() {
    ensureSodium();
    unsigned char raw[8];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw).toHex());
}

KeySlot KeySlot::wrap(QString id, QString user, Kind kind, const SecureBytes& password,
                      const SecureBytes& masterKey, const QString& vaultId) {
    KdfParams kdf = KdfParams::forNewSlot();
    const SecureBytes kek = deriveKey(password, kdf);
    return assemble(std::move(id), std::move(user), kind, std::move(kdf), kek, masterKey, nullptr, vaultId);
}

KeySlot KeySlot::create(QString user, Kind kind, const SecureBytes& password, const SecureBytes& masterKey,
                        const QString& vaultId) {
    return wrap(newId(), std::move(user), kind, password, masterKey, vaultId);
}

KeySlot KeySlot::wrapWithPrevious(QString id, QString user, Kind kind, const SecureBytes& password,
                                  const SecureBytes& masterKey, const SecureBytes& previousKey,
                                  const QString& vaultId) {
    KdfParams kdf = KdfParams::forNewSlot();
    const SecureBytes kek = deriveKey(password, kdf);
    return assemble(std::move(id), std::move(user), kind, std::move(kdf), kek, masterKey, &previousKey,
                    vaultId);
}

std::optional<SecureBytes> KeySlot::unwrap(const SecureBytes& password, const QString& vaultId) const {
    validateShape(QStringLiteral("Key slot %1").arg(id));
    const SecureBytes kek = deriveKey(password, kdf);
    return open(kek, nonce, wrappedKey, associatedData(vaultId, id, Role::Current));
}

std::optional<KeySlot::Keys> KeySlot::unwrapAll(const SecureBytes& password, const QString& vaultId) const {
    validateShape(QStringLiteral("Key slot %1").arg(id));
    const SecureBytes kek = deriveKey(password, kdf);
    std::optional<SecureBytes> current =
        open(kek, nonce, wrappedKey, associatedData(vaultId, id, Role::Current));
    if (!current)
        return std::nullopt;
    Keys keys{std::move(*current), std::nullopt};
    if (hasPrevious()) {
        keys.previous =
            open(kek, previousNonce, previousWrappedKey, associatedData(vaultId, id, Role::Previous));
        // The current key opened under this password, so a previous key that does not was altered on disk.
        if (!keys.previous)
            throw Error(
                ErrorKind::Damaged,
                QStringLiteral("keyslots.json: the previous key of slot %1 has been altered.").arg(id));
    }
    return keys;
}

std::optional<KeySlot> KeySlot::withPrevious(const SecureBytes& password, const QString& vaultId,
                                             const SecureBytes& newMasterKey) const {
    validateShape(QStringLiteral("Key slot %1").arg(id));
    const SecureBytes kek = deriveKey(password, kdf);
    const std::optional<SecureBytes> oldKey =
        open(kek, nonce, wrappedKey, associatedData(vaultId, id, Role::Current));
    if (!oldKey)
        return std::nullopt;
    return assemble(id, user, kind, kdf, kek, newMasterKey, &*oldKey, vaultId);
}

KeySlot KeySlot::withoutPrevious() const {
    KeySlot slot = *this;
    slot.previousNonce.clear();
    slot.previousWrappedKey.clear();
    return slot;
}

void KeySlot::validateShape(const QString& where) const {
    const auto check = [&where](const QByteArray& field, std::size_t expected, const char* name) {
        if (static_cast<std::size_t>(field.size()) != expected)
            throw Error(ErrorKind::Damaged, QStringLiteral("%1: \"%2\" is %3 bytes long (expected %4).")
                                                .arg(where, QLatin1String(name))
                                                .arg(field.size())
                                                .arg(expected));
    };
    check(nonce, nonceBytes, "nonce");
    check(wrappedKey, wrappedKeyBytes, "wrapped_key");
    if (hasPrevious() || !previousNonce.isEmpty()) {
        check(previousNonce, nonceBytes, "previous.nonce");
        check(previousWrappedKey, wrappedKeyBytes, "previous.wrapped_key");
    }
    kdf.validate(where);
}

} // namespace lantern
