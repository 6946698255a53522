#pragma once

#include "crypto/KeySlot.h"
#include "users/Role.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lantern {

// keyslots.json: the vault id, SQLCipher's settings for records.db, and every key slot. A plain document — it
// holds only wrapped secret keys, sealed master keys, public keys and public KDF settings, never a key in
// clear. Anything missing, malformed or out of range on load is Error(Damaged) with a message naming the slot
// and field.
class KeySlotFile {
public:
    static QString fileName() { return QStringLiteral("keyslots.json"); }
    // 2: a generation counter and a MAC over the file, and every slot's binding covers its role. 3: each slot
    // also carries the compartment keys granted to it (KeySlot::compartmentKeys), covered by the MAC; the
    // vault is then split into one store per compartment. Version 1 and 2 files (one store, one key) are read
    // and upgraded at the next unlock (Vault, VaultSplit).
    static constexpr int formatVersion = 3;

    // Throws Error(Damaged) if the file is missing or not a keyslots document this version can use, a format
    // version newer than this Lantern's included (unauthenticated: it may be an edit as well as a newer
    // Lantern's file, and the message says both).
    static KeySlotFile load(const QString& path);
    static KeySlotFile parse(const QByteArray& json);
    QByteArray toJson() const;
    // Replaces the file atomically (see writeFileAtomically).
    void save(const QString& path) const;

    // nullptr if there is none. The pointer is valid until the slot list next changes.
    const KeySlot* findByUser(const QString& user) const;
    KeySlot* findByUser(const QString& user);
    const KeySlot* findById(const QString& id) const;
    const KeySlot* findRecovery() const;

    // Throws Error(InvalidInput) if a slot with the same id or user already exists.
    void add(KeySlot slot);
    // Replaces the slot with the same id; throws Error(NotFound) if there is none.
    void replace(KeySlot slot);
    // Removes the slot with this id; throws Error(NotFound) if there is none.
    void remove(const QString& id);
    // Removes the user's slot, if there is one.
    void removeUser(const QString& user);
    // Replaces the user's slot with `slot` (which may have a new id); throws Error(NotFound) if the user has
    // none, and Error(InvalidInput) if `slot` has the id or user of another slot.
    void replaceForUser(const QString& user, KeySlot slot);

    // A copy to change and save, leaving this one as it was if saving fails.
    KeySlotFile clone() const { return *this; }

    // The MAC over vault id, generation and every slot's id and binding, keyed from `masterKey` (the slots'
    // current key). Without it, someone able to write keyslots.json could put back a removed slot or an old
    // file with a newer generation number.
    QByteArray macFor(const SecureBytes& masterKey) const;
    bool isAuthentic(const SecureBytes& masterKey) const;
    static constexpr std::size_t macBytes = 32;

    QString vaultId;
    int version = formatVersion; // as read; a saved file is always formatVersion
    // Incremented by every write (Vault::writeSlots); the database keeps the last one written
    // (vault_meta 'keyslots_generation'), so an older keyslots.json put back is refused. 0 in a version 1
    // file.
    qint64 generation = 0;
    QByteArray mac;          // version 2 only
    QList<KeySlot> keySlots; // not "slots": that is a Qt keyword macro
};

// The role `slot` is issued for: Recovery for the recovery slot; nullopt if the role named is not one Lantern
// knows (a version 1 slot has none).
std::optional<Role> roleOfSlot(const KeySlot& slot);

} // namespace lantern
