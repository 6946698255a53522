#include "vault/KeySlotFile.h"

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <sodium.h>
#include <utility>

namespace lantern {

namespace {

const QString formatName = QStringLiteral("lantern-keyslots");

[[noreturn]] void damaged(const QString& where, const QString& what)
{
    throw Error(ErrorKind::Damaged, ModelText::tr("%1: %2").arg(where, what));
}

QString kindName(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("password");
}

void checkCipher(const JsonReader& cipher)
{
    // records.db was written with exactly these settings; different ones mean the file is not ours to trust.
    if (cipher.integer("sqlcipher_compatibility") != CipherSettings::compatibility ||
        cipher.integer("page_size") != CipherSettings::pageSize ||
        cipher.integer("kdf_iter") != CipherSettings::kdfIterations ||
        cipher.string("hmac") != QLatin1String(CipherSettings::hmac) ||
        cipher.string("cipher") != QLatin1String(CipherSettings::cipher))
        damaged(cipher.where(), ModelText::tr("the database cipher settings are not the ones Lantern uses."));
}

KeySlot readSlot(const JsonReader& in, int fileVersion)
{
    KeySlot slot;
    slot.id = in.string("id");
    slot.user = in.string("user");
    if (fileVersion >= 2) {
        slot.role = in.string("role");
        if (slot.role.isEmpty())
            damaged(in.where(), ModelText::tr("the slot has no role."));
    }
    slot.wrapVersion = 1;
    if (in.has("wrap_version")) {
        const qint64 wrap = in.integer("wrap_version");
        if (wrap != 2)
            damaged(in.where(),
                    ModelText::tr("the wrap version %1 is not one Lantern ever wrote.").arg(wrap));
        slot.wrapVersion = 2;
        slot.kekCheck = in.base64("kek_check");
    }
    const QString kind = in.string("kind");
    if (kind == QLatin1String("password"))
        slot.kind = KeySlot::Kind::Password;
    else if (kind == QLatin1String("recovery"))
        slot.kind = KeySlot::Kind::Recovery;
    else
        damaged(in.where(), ModelText::tr("the kind \"%1\" is not password or recovery.").arg(kind));

    const JsonReader kdf = in.object("kdf", in.where() + QStringLiteral(", kdf"));
    slot.kdf.algorithm = kdf.string("algorithm");
    slot.kdf.opsLimit = static_cast<quint64>(kdf.integer("ops_limit"));
    slot.kdf.memLimitBytes = static_cast<quint64>(kdf.integer("mem_limit"));
    slot.kdf.salt = kdf.base64("salt");

    slot.nonce = in.base64("nonce");
    slot.wrappedSecretKey = in.base64("wrapped_secret_key");
    slot.publicKey = in.base64("public_key");
    slot.sealedKey = in.base64("sealed_key");
    slot.binding = in.base64("binding");
    if (in.has("sealed_previous_key"))
        slot.sealedPreviousKey = in.base64("sealed_previous_key");
    if (fileVersion >= 3 && in.has("compartments")) {
        const JsonReader compartments =
            in.object("compartments", in.where() + QStringLiteral(", compartments"));
        for (const QString& name : compartments.object().keys()) {
            if (!compartments.object().value(name).isObject())
                compartments.fail(ModelText::tr("the grant of \"%1\" is not an object.").arg(name));
            const JsonReader entry(compartments.object().value(name).toObject(),
                                   compartments.where() + QStringLiteral(", ") + name);
            slot.compartmentKeys[name] = KeySlot::CompartmentKey{
                entry.base64("sealed_key"), entry.base64("binding"),
                entry.has("sealed_previous_key") ? entry.base64("sealed_previous_key") : QByteArray()};
        }
    }
    slot.validateShape(in.where());
    return slot;
}

QJsonObject writeSlot(const KeySlot& slot)
{
    QJsonObject kdf{{QStringLiteral("algorithm"), slot.kdf.algorithm},
                    {QStringLiteral("ops_limit"), static_cast<qint64>(slot.kdf.opsLimit)},
                    {QStringLiteral("mem_limit"), static_cast<qint64>(slot.kdf.memLimitBytes)},
                    {QStringLiteral("salt"), toBase64(slot.kdf.salt)}};
    QJsonObject object{{QStringLiteral("id"), slot.id},
                       {QStringLiteral("user"), slot.user},
                       {QStringLiteral("kind"), kindName(slot.kind)},
                       {QStringLiteral("kdf"), kdf},
                       {QStringLiteral("nonce"), toBase64(slot.nonce)},
                       {QStringLiteral("wrapped_secret_key"), toBase64(slot.wrappedSecretKey)},
                       {QStringLiteral("public_key"), toBase64(slot.publicKey)},
                       {QStringLiteral("sealed_key"), toBase64(slot.sealedKey)}};
    object.insert(QStringLiteral("binding"), toBase64(slot.binding));
    if (!slot.role.isEmpty())
        object.insert(QStringLiteral("role"), slot.role);
    if (slot.wrapVersion >= 2) {
        object.insert(QStringLiteral("wrap_version"), slot.wrapVersion);
        object.insert(QStringLiteral("kek_check"), toBase64(slot.kekCheck));
    }
    if (slot.hasPrevious())
        object.insert(QStringLiteral("sealed_previous_key"), toBase64(slot.sealedPreviousKey));
    if (!slot.compartmentKeys.empty()) {
        QJsonObject compartments;
        for (const auto& [name, entry] : slot.compartmentKeys) {
            QJsonObject grant{{QStringLiteral("sealed_key"), toBase64(entry.sealedKey)},
                              {QStringLiteral("binding"), toBase64(entry.binding)}};
            if (!entry.sealedPreviousKey.isEmpty())
                grant.insert(QStringLiteral("sealed_previous_key"), toBase64(entry.sealedPreviousKey));
            compartments.insert(name, grant);
        }
        object.insert(QStringLiteral("compartments"), compartments);
    }
    return object;
}

} // namespace

KeySlotFile KeySlotFile::load(const QString& path)
{
    QByteArray json;
    try {
        json = readWholeFile(path);
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::NotFound)
            throw;
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("The vault has no keyslots.json (expected at %1), so it "
                                  "cannot be opened. Restore the vault from a backup.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    return parse(json);
}

KeySlotFile KeySlotFile::parse(const QByteArray& json)
{
    const QString file = fileName();
    const JsonReader root = JsonReader::parse(json, file);
    if (root.string("format") != formatName)
        damaged(file, ModelText::tr("the \"format\" field is not \"%1\".").arg(formatName));
    const qint64 version = root.integer("version");
    // Nothing in the file can be trusted until its MAC is checked, and that needs a slot read in a format
    // this Lantern knows: a version it does not know is treated as damage (exit 3), like any other edit, and
    // the message names both ways it can come about.
    if (version > formatVersion)
        damaged(file, ModelText::tr("the format version %1 is newer than any this Lantern reads (up to %2). "
                                    "If a newer Lantern has opened this vault, use that one; otherwise the "
                                    "file has been altered: restore keyslots.json from a backup. Nothing "
                                    "was opened.")
                          .arg(version)
                          .arg(formatVersion));
    if (version != formatVersion && version != 2 && version != 1)
        damaged(file, ModelText::tr("the format version %1 is not one Lantern ever wrote.").arg(version));

    KeySlotFile result;
    result.version = static_cast<int>(version);
    result.vaultId = root.string("vault_id");
    if (version >= 2) {
        // Whether the MAC is right is for the vault to decide, with the master key (Vault::openWithSlot).
        result.generation = root.integer("generation");
        if (result.generation < 0)
            damaged(file, ModelText::tr("the generation %1 is negative.").arg(result.generation));
        if (root.has("mac"))
            result.mac = root.base64("mac");
    }
    checkCipher(root.object("cipher", file + QStringLiteral(", cipher")));

    const QJsonValue slotsValue = root.value("slots");
    if (!slotsValue.isArray())
        damaged(file, ModelText::tr("the field \"slots\" is not a list."));
    const QJsonArray array = slotsValue.toArray();
    QSet<QString> ids;
    QSet<QString> users;
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QString where = QStringLiteral("%1, slot %2").arg(file).arg(index + 1);
        if (!array.at(index).isObject())
            damaged(where, ModelText::tr("the slot is not an object."));
        KeySlot slot = readSlot(JsonReader(array.at(index).toObject(), where), result.version);
        if (ids.contains(slot.id))
            damaged(where, ModelText::tr("another slot already has the id %1.").arg(slot.id));
        if (users.contains(slot.user))
            damaged(where, ModelText::tr("another slot already belongs to \"%1\".").arg(slot.user));
        ids.insert(slot.id);
        users.insert(slot.user);
        result.keySlots.append(std::move(slot));
    }
    return result;
}

QByteArray KeySlotFile::toJson() const
{
    const QJsonObject cipher{
        {QStringLiteral("sqlcipher_compatibility"), CipherSettings::compatibility},
        {QStringLiteral("page_size"), CipherSettings::pageSize},
        {QStringLiteral("kdf_iter"), CipherSettings::kdfIterations},
        {QStringLiteral("hmac"), QLatin1String(CipherSettings::hmac)},
        {QStringLiteral("cipher"), QLatin1String(CipherSettings::cipher)},
    };
    QJsonArray array;
    for (const KeySlot& slot : keySlots)
        array.append(writeSlot(slot));
    // `version` is formatVersion for everything Lantern writes (Vault::writeSlotFile); a version 1 document
    // is written only by the tests, to stand for a vault made before version 2.
    QJsonObject root{{QStringLiteral("format"), formatName},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("vault_id"), vaultId},
                     {QStringLiteral("cipher"), cipher},
                     {QStringLiteral("slots"), array}};
    if (version >= 2) {
        root.insert(QStringLiteral("generation"), generation);
        if (!mac.isEmpty())
            root.insert(QStringLiteral("mac"), toBase64(mac));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void KeySlotFile::save(const QString& path) const
{
    writeFileAtomically(path, toJson());
}

QByteArray KeySlotFile::macFor(const SecureBytes& masterKey) const
{
    SecureBytes subkey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), 2, "lntnfile", masterKey.data());
    // Version 3 also covers every compartment grant, so that a grant cannot be added or removed by hand.
    QByteArray message(version >= 3 ? "lantern-keyslots-mac-v3" : "lantern-keyslots-mac-v2");
    const auto field = [&message](const QByteArray& bytes) {
        message.append('\0');
        message.append(QByteArray::number(bytes.size()));
        message.append(':');
        message.append(bytes);
    };
    field(vaultId.toUtf8());
    field(QByteArray::number(generation));
    for (const KeySlot& slot : keySlots) {
        field(slot.id.toUtf8());
        field(slot.binding);
        if (version >= 3) {
            for (const auto& [name, entry] : slot.compartmentKeys) {
                field(name.toUtf8());
                field(entry.sealedKey);
                field(entry.binding);
                field(entry.sealedPreviousKey);
            }
        }
    }
    QByteArray digest(static_cast<qsizetype>(macBytes), '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), macBytes,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), subkey.data(), subkey.size());
    return digest;
}

bool KeySlotFile::isAuthentic(const SecureBytes& masterKey) const
{
    if (version < 2 || static_cast<std::size_t>(mac.size()) != macBytes)
        return false;
    const QByteArray expected = macFor(masterKey);
    return sodium_memcmp(expected.constData(), mac.constData(), macBytes) == 0;
}

const KeySlot* KeySlotFile::findByUser(const QString& user) const
{
    for (const KeySlot& slot : keySlots)
        if (slot.user == user)
            return &slot;
    return nullptr;
}

KeySlot* KeySlotFile::findByUser(const QString& user)
{
    for (KeySlot& slot : keySlots)
        if (slot.user == user)
            return &slot;
    return nullptr;
}

const KeySlot* KeySlotFile::findById(const QString& id) const
{
    for (const KeySlot& slot : keySlots)
        if (slot.id == id)
            return &slot;
    return nullptr;
}

const KeySlot* KeySlotFile::findRecovery() const
{
    for (const KeySlot& slot : keySlots)
        if (slot.kind == KeySlot::Kind::Recovery)
            return &slot;
    return nullptr;
}

void KeySlotFile::add(KeySlot slot)
{
    if (findById(slot.id))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("A key slot with the id %1 already exists.").arg(slot.id));
    if (findByUser(slot.user))
        throw Error(ErrorKind::InvalidInput, ModelText::tr("\"%1\" already has a key slot.").arg(slot.user));
    keySlots.append(std::move(slot));
}

void KeySlotFile::replace(KeySlot slot)
{
    for (KeySlot& existing : keySlots) {
        if (existing.id == slot.id) {
            existing = std::move(slot);
            return;
        }
    }
    throw Error(ErrorKind::NotFound, ModelText::tr("There is no key slot with the id %1.").arg(slot.id));
}

void KeySlotFile::replaceForUser(const QString& user, KeySlot slot)
{
    const qsizetype index = std::find_if(keySlots.cbegin(), keySlots.cend(),
                                         [&user](const KeySlot& existing) { return existing.user == user; }) -
                            keySlots.cbegin();
    if (index == keySlots.size())
        throw Error(ErrorKind::NotFound, ModelText::tr("\"%1\" has no key slot.").arg(user));
    // The replacement must not clash with any other slot (its id is usually new, and its user the same).
    for (qsizetype other = 0; other < keySlots.size(); ++other) {
        if (other == index)
            continue;
        if (keySlots.at(other).id == slot.id)
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("A key slot with the id %1 already exists.").arg(slot.id));
        if (keySlots.at(other).user == slot.user)
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("\"%1\" already has a key slot.").arg(slot.user));
    }
    keySlots[index] = std::move(slot);
}

void KeySlotFile::removeUser(const QString& user)
{
    keySlots.removeIf([&user](const KeySlot& slot) { return slot.user == user; });
}

void KeySlotFile::remove(const QString& id)
{
    const qsizetype removed = keySlots.removeIf([&id](const KeySlot& slot) { return slot.id == id; });
    if (removed == 0)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no key slot with the id %1.").arg(id));
}

std::optional<Role> roleOfSlot(const KeySlot& slot)
{
    if (slot.kind == KeySlot::Kind::Recovery)
        return Role::Recovery;
    return roleFromName(slot.role);
}

} // namespace lantern
