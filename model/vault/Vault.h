#pragma once

#include "audit/AuditChains.h"
#include "crypto/SecureBytes.h"
#include "users/Compartments.h"
#include "users/User.h"
#include "vault/KeySlotFile.h"
#include "vault/LockFile.h"
#include "vault/VaultPaths.h"

#include <QString>
#include <QStringList>
#include <map>
#include <memory>

namespace lantern {

class Clock;
class Database;
class SigningKey;

// An unlocked vault: the directory store and the stores of the compartments this user's role reads (attached
// to one connection), their keys in secure memory, their audit chains and the person who unlocked it.
// Destroying it (or lock()) wipes the keys, closes the stores and releases the lock file.
//
// Key hierarchy (docs/ARCHITECTURE.md): password --Argon2id--> slot key --XChaCha20-Poly1305--> slot's X25519
// secret key --sealed box--> master key (the directory's) and each granted compartment key --raw key-->
// SQLCipher. The public-key step lets whoever holds a key give it to another slot (a grant) or re-issue it on
// rotation without knowing anyone's password.
class Vault {
public:
    struct NewUser {
        QString username;
        QString displayName;
        Role role = Role::Staff;
    };

    // Creates NAME.lantern/ with its first user, a DSL. The folder must not exist yet.
    static std::unique_ptr<Vault> create(const QString& folder, const NewUser& firstDsl,
                                         const SecureBytes& password, const Clock& clock);
    // Throws Error: AuthenticationFailed (unknown user, wrong password), Damaged, VaultLocked, NewerVersion.
    static std::unique_ptr<Vault> unlock(const QString& folder, const QString& username,
                                         const SecureBytes& password, const Clock& clock);
    static std::unique_ptr<Vault> unlockWithRecoveryKey(const QString& folder, const QString& typedKey,
                                                        const Clock& clock);

    // Throws Error(InvalidInput) unless `password` is long enough to be a new password (the rule every key
    // slot follows; also used for staff submission keys).
    static void checkNewPassword(const SecureBytes& password);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const User& user() const { return m_user; }
    const QString& vaultId() const { return m_slots.vaultId; }
    const VaultPaths& paths() const { return m_paths; }
    // The open records database, for the model's repositories (storage/Database.h is not reachable from ui/,
    // app/ or benchmarks/: tests/LayerCheck.py).
    Database& database();
    AuditChains& audit() { return *m_audit; }
    // Whether this session holds the key of `compartment` (and, but for the recovery key, has its store
    // open).
    bool holds(Compartment compartment) const { return m_compartmentKeys.count(compartment) > 0; }
    const Clock& clock() const { return m_clock; }

    // Key slots and users (DSL, administrator or recovery session; who may change whom is users/UserRules.h).
    void addUser(const NewUser& user, const SecureBytes& password);
    // Changes `username`'s password: their own, or a reset by a DSL, administrator or recovery session.
    void changePassword(const QString& username, const SecureBytes& newPassword);
    // Removes the user's slot and disables them (users are never deleted: the audit chain names them).
    void removeUser(const QString& username);
    // Gives a disabled user a new key slot with `password` and lets them sign in again.
    void enableUser(const QString& username, const SecureBytes& password);
    // Makes (or replaces) the recovery slot; returns the key text, to be shown once and printed. Only a DSL
    // or a recovery session: whoever holds the recovery key can add a DSL. Every other DSL is told at their
    // next unlock (noticesSinceLastUnlock).
    QString createRecoveryKey();
    // Gives `username`'s slot every compartment key this session holds that their role reads and their slot
    // lacks (e.g. the chair of governors, or the recovery key, giving a new chair the headteacher
    // compartment). Audited "key.grant". Returns the compartments granted (none: nothing to give).
    QList<Compartment> grantKeys(const QString& username);
    // The stores `username`'s key slot opens, in allCompartments() order: the directory (every slot), then
    // each compartment whose key the slot carries and their role reads (a grant the session can check must
    // still bind them, as at unlock). Empty without a slot (a disabled user) or for an unknown user.
    QList<Compartment> keysHeldBy(const QString& username);
    // What grantKeys(username) would give now: the keys this session holds that their role reads and their
    // slot lacks. Empty when there is nothing to give, no such user or slot, a disabled user, or a slot this
    // vault did not issue (grantKeys would refuse it). Changes nothing.
    QList<Compartment> grantableTo(const QString& username);
    // The school's choice whether the headteacher reads pupils' case records (users/Compartments.h). Known
    // only to a session that has the case store open; false in every other.
    bool headteacherReadsCases() const { return m_policy.headteacherReadsCases; }
    // Records that choice (a DSL, holding the case key). Allowing it gives the case key to every enabled
    // headteacher's slot; withdrawing it takes it out of them (a headteacher who copied keyslots.json before
    // keeps what that copy opens until the case key is renewed: rotateMasterKey). Audited "key.policy".
    // Returns the headteachers whose slots changed.
    QStringList setHeadteacherReadsCases(bool allowed);
    // Re-issues the binding of `username`'s key slot for `role` and writes keyslots.json; for the role change
    // (UserAdministration), inside the transaction that changes the users table. No-op without a slot.
    void rebindSlotRole(const QString& username, Role role);
    // What a DSL must know at unlock: the recovery key made or replaced by someone else since their last
    // unlock (one sentence each, oldest first). Empty for everyone else.
    const QStringList& noticesSinceLastUnlock() const { return m_notices; }
    // A new master key for the directory and every remaining slot, then a new key for each compartment this
    // session holds (re-issued to every slot granted it), so that a copy of an old keyslots.json opens
    // nothing of what it did. Crash-safe, store by store: at every point each store opens with its old key or
    // its new one, and the next unlock by anyone holding it completes or undoes the step.
    void rotateMasterKey();

    // Opens a copy of this vault's stores in `folder` (a backup) with this session's keys, as an unlock
    // would but writing nothing: checks every page of each store whose key the session holds, that each is
    // this vault's, and the audit chains. Stores it holds no key to are not opened. Throws Error(Damaged)
    // naming the file for a store that does not open or is not this vault's; returns the chains' check.
    AuditVerification verifyCopy(const QString& folder) const;

    QList<User> users();
    std::optional<User> findUser(const QString& username);

    // While one exists, this session writes without a journal on disk or fsyncs: many small transactions in
    // seconds rather than minutes, at the price that a crash meanwhile can leave the vault unusable. Only for
    // making a vault that is simply made again if interrupted (the demo school); the usual settings return
    // when it is destroyed, and every later session opens with them.
    class UnsyncedWrites {
    public:
        explicit UnsyncedWrites(Vault& vault);
        ~UnsyncedWrites();
        UnsyncedWrites(const UnsyncedWrites&) = delete;
        UnsyncedWrites& operator=(const UnsyncedWrites&) = delete;

    private:
        Vault& m_vault;
    };

    // Wipes the key and closes everything; the object is unusable afterwards.
    void lock();
    // Ends the session: appends a "vault.lock" audit entry by the signed-in user with "reason=<reason>"
    // ("manual", "idle", "session-locked", "closing"), then lock(). Never fails: the entry is a courtesy (the
    // unlock entry already records the session), so an entry that cannot be written does not keep the vault
    // open. Does nothing when already locked.
    void lock(const QString& reason);
    bool isLocked() const;

private:
    Vault(const VaultPaths& paths, std::unique_ptr<LockFile> lock, KeySlotFile slotFile,
          SecureBytes masterKey, Database db, const Clock& clock);

    static std::unique_ptr<Vault> openWithSlot(const VaultPaths& paths, std::unique_ptr<LockFile> lock,
                                               KeySlotFile slotFile, const KeySlot& slot,
                                               const SecureBytes& secret, const Clock& clock);
    // Opens the directory store (records.db for a vault not yet split, `legacy`), finishing or undoing an
    // interrupted rotation first.
    static Database openDirectory(const VaultPaths& paths, KeySlotFile& slotFile, const KeySlot::Keys& keys,
                                  SecureBytes& masterKey, bool& slotsChanged, bool legacy);
    // Attaches the store of every compartment key held that the role reads and the slot's grant still binds
    // (for the recovery key: keeps the keys, attaches nothing); makes the headteacher store for the first
    // chair, or recovery-key session, that finds none. Returns what it changed, for the audit.
    QString openCompartments(const QString& slotId);
    // Whether the headteacher store was ever made in this vault (vault_meta; for a vault from before that
    // record, a grant of its key in any slot).
    bool headteacherStoreMade();
    // Steps 1–4 of the rotation (see ARCHITECTURE.md) for one compartment's key.
    void rotateCompartmentKey(Compartment compartment);
    // At unlock: a copy left by a rotation cut off is adopted or removed, and slots still carrying the
    // previous key are re-issued the one the store holds. Returns whether keyslots.json must be written.
    bool finishCompartmentRotation(Compartment compartment, SecureBytes& key);
    // Seals every key this session holds that `role` reads to `slot`.
    void grantHeldKeys(KeySlot& slot, Role role) const;
    // The user a slot is for: the recovery key as a Role::Recovery user, or the users table's row.
    std::optional<User> slotOwner(const QString& username);
    void requireKeyManager(const QString& action) const;
    static void requireBoundSlots(const KeySlotFile& slotFile, const SecureBytes& masterKey);
    // Writes `slotFile` as the next generation, MACed under `currentKey`: the file first, then the counter
    // in `db` (in the caller's transaction, if one is open), so that the file is never older than the
    // database, whenever a crash comes. Updates slotFile's generation and MAC only once the file is written.
    static void writeSlotFile(const VaultPaths& paths, KeySlotFile& slotFile, Database& db,
                              const SecureBytes& currentKey);
    // At unlock: refuses a keyslots.json older than the database; upgrades a version 1 file; after a write
    // that did not commit, binds every slot again to the role the users table gives. Returns a description
    // of what it changed for the audit entry, or an empty string.
    static QString reconcileSlots(const VaultPaths& paths, KeySlotFile& slotFile, Database& db,
                                  const SecureBytes& masterKey, bool slotsChanged);
    void saveSlots();
    // saveSlots(); if writing fails, the slots in memory go back to `before` (what is on disk) and the
    // error is passed on.
    void saveSlotsOrRestore(KeySlotFile before);
    // Signs this session's audit entries with the key of the slot it was opened with (KeySlot::Keys).
    void useSigningKey(const SecureBytes& seed);

    VaultPaths m_paths;
    std::unique_ptr<LockFile> m_lock;
    KeySlotFile m_slots;
    SecureBytes m_masterKey;
    std::unique_ptr<Database> m_db; // behind a pointer so that Vault.h need not expose storage
    const Clock& m_clock;
    std::map<Compartment, SecureBytes> m_compartmentKeys;         // besides the master key (the directory's)
    std::map<Compartment, SecureBytes> m_previousCompartmentKeys; // only between unlock and openCompartments
    std::unique_ptr<SigningKey> m_signer;                         // before m_audit, which refers to it
    std::unique_ptr<AuditChains> m_audit;
    User m_user;
    QStringList m_notices;
    CompartmentPolicy m_policy; // read from the case store when it is attached
};

} // namespace lantern
