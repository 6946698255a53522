#include "vault/Vault.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "core/TestHooks.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SigningKey.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "users/Permissions.h"
#include "users/UserRules.h"
#include "vault/CompartmentPolicyStore.h"
#include "vault/UnlockFailures.h"
#include "vault/VaultSplit.h"
#include "vault/VaultStores.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lantern {

namespace {

const QString recoveryUser = QStringLiteral("recovery");

void fsyncDirectory(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void renameDurably(const QString& from, const QString& to, const QString& folder)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw Error(ErrorKind::Io,
                    ModelText::tr("Could not move %1 into place.").arg(QFileInfo(from).fileName()));
    fsyncDirectory(folder);
}

// Where a new vault for `target` is built: a hidden sibling, ".NAME.lantern.building-RANDOM".
QString buildingFolder(const VaultPaths& target)
{
    const QFileInfo info(target.folder());
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".building-") +
           QString::number(QRandomGenerator::system()->generate64(), 16);
}

// Removes what a killed `init` of `target` left: folders it was building whose lock names a process that no
// longer runs, or that hold no lock and have not changed for a minute (a live build holds its lock from its
// first moments until it is renamed). Nothing in them was ever a vault anyone used.
void removeAbandonedBuilds(const VaultPaths& target)
{
    const QFileInfo info(target.folder());
    const QDir parent(info.absolutePath());
    const QStringList pattern{QStringLiteral(".") + info.fileName() + QStringLiteral(".building-*")};
    for (const QFileInfo& each :
         parent.entryInfoList(pattern, QDir::Dirs | QDir::Hidden | QDir::NoSymLinks)) {
        const VaultPaths building(each.absoluteFilePath());
        const bool locked = QFileInfo::exists(building.lock());
        const bool abandoned = locked ? LockFile::isStale(building.lock())
                                      : each.lastModified().secsTo(QDateTime::currentDateTime()) > 60;
        if (abandoned)
            QDir(building.folder()).removeRecursively();
    }
}

// Renames the finished folder `from` to `to`, never over anything already there, and makes it durable.
void moveIntoPlace(const QString& from, const QString& to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray destination = QFile::encodeName(to);
    fsyncDirectory(from);
    int moved =
        ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, destination.constData(), RENAME_NOREPLACE);
    if (moved != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // A file system that cannot refuse to replace: checked just before instead.
        if (QFileInfo::exists(to))
            errno = EEXIST;
        else
            moved = std::rename(source.constData(), destination.constData());
    }
    if (moved != 0) {
        if (errno == EEXIST || errno == ENOTEMPTY)
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("%1 already exists; choose a new name for the vault.").arg(to));
        throw Error(ErrorKind::Io, ModelText::tr("Could not move the new vault into place at %1: %2.")
                                       .arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    }
    fsyncDirectory(QFileInfo(to).absolutePath());
}

// Whether `key` opens the store at `path` and every page of it reads. Damage (a wrong key) is "no"; any other
// failure (the disk) is passed on, so that nothing is decided on a file that could not be read.
bool storeOpensWith(const QString& path, const SecureBytes& key)
{
    // An empty or cut-short file is no copy of a store, though SQLite opens an empty file under any key as
    // a new, empty database: a rotation cut off by a full disk, rolled back to nothing, must not replace
    // the directory with an empty one (the kill harness found it: every user gone).
    if (QFileInfo(path).size() < CipherSettings::pageSize)
        return false;
    try {
        Database probe = Database::open(path, key, Database::Mode::OpenExisting);
        probe.checkIntegrity();
        return true;
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::Damaged)
            throw;
        return false;
    }
}

// Whether `path` is a whole copy of a store made by a rotation, under `key`. A copy with a journal beside it
// was cut off while being written (the export is one transaction): opening it would roll it back, to nothing,
// and an empty database opens under any key. Found by the kill harness killing between SQLite's writes.
bool isCompleteCopy(const QString& path, const SecureBytes& key)
{
    if (QFileInfo::exists(path + QStringLiteral("-journal")) || !storeOpensWith(path, key))
        return false;
    Database probe = Database::open(path, key, Database::Mode::OpenExisting);
    Statement tables(probe, "SELECT count(*) FROM sqlite_master;");
    return tables.step() && tables.integer(0) > 0;
}

// A journal left beside a copy that is being discarded, or is about to be made again: applied to the next
// file of that name, it would damage it.
void removeLeftJournal(const QString& path)
{
    QFile::remove(path + QStringLiteral("-journal"));
}

// Finishes or undoes a key rotation of one store that was cut off: the copy under the new key is adopted only
// if the key slots already hold its key (the rotation reached the point of no return); otherwise it is
// discarded.
void adoptOrDiscardRotatedCopy(const QString& rotated, const QString& store, const SecureBytes& currentKey,
                               const QString& folder)
{
    if (!QFileInfo::exists(rotated))
        return;
    if (isCompleteCopy(rotated, currentKey)) {
        // A journal beside the store belongs to the file being replaced (a write cut off after the copy was
        // made: the key slots' counter): rolled back into the copy, under another key, it would damage it.
        // What it would have undone is not in the copy anyway.
        removeLeftJournal(store);
        renameDurably(rotated, store, folder);
    } else {
        QFile::remove(rotated);
        removeLeftJournal(rotated);
    }
}

std::optional<User> readUser(Database& db, const QString& username)
{
    Statement query(db,
                    "SELECT id, username, display_name, role, enabled FROM users WHERE username = :name;");
    query.bind(":name", username);
    if (!query.step())
        return std::nullopt;
    User user;
    user.id = query.integer(0);
    user.username = query.text(1);
    user.displayName = query.text(2);
    user.role = roleFromName(query.text(3)).value_or(Role::Staff);
    user.enabled = query.integer(4) != 0;
    return user;
}

void insertUser(Database& db, const Vault::NewUser& user, const QDateTime& now)
{
    Statement insert(db, "INSERT INTO users (username, display_name, role, enabled, created_at) "
                         "VALUES (:username, :display, :role, 1, :at);");
    insert.bind(":username", user.username)
        .bind(":display", user.displayName)
        .bind(":role", roleName(user.role))
        .bind(":at", now.toUTC().toString(Qt::ISODate));
    insert.run();
}

void validateNewUser(const Vault::NewUser& user)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!pattern.match(user.username).hasMatch())
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("The username \"%1\" is not valid: use 1–64 lower-case letters, digits, dots, "
                          "hyphens or underscores, starting with a letter or digit.")
                .arg(user.username));
    if (user.username == recoveryUser)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("\"recovery\" is reserved for the recovery key."));
    if (user.displayName.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The user's display name is empty."));
    if (user.role == Role::Recovery)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The recovery role cannot be given to a user."));
}

const QString generationKey = QStringLiteral("keyslots_generation");

std::optional<qint64> storedGeneration(Database& db)
{
    Statement query(db, "SELECT value FROM vault_meta WHERE key = :key;");
    query.bind(":key", generationKey);
    if (!query.step())
        return std::nullopt;
    return query.text(0).toLongLong();
}

void storeGeneration(Database& db, qint64 generation)
{
    Statement upsert(db, "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (:key, :value);");
    upsert.bind(":key", generationKey).bind(":value", QString::number(generation)).run();
}

// Recovery keys made or replaced by someone other than `username` since `username`'s last unlock.
QStringList recoveryKeyNotices(Database& db, const QString& username)
{
    Statement last(db, "SELECT COALESCE(MAX(seq), 0) FROM audit_log WHERE actor = :name AND "
                       "action = 'vault.unlock';");
    last.bind(":name", username);
    const qint64 since = last.step() ? last.integer(0) : 0;
    Statement query(db, "SELECT at_utc, actor, details FROM audit_log WHERE seq > :since AND "
                        "action = 'vault.recovery-key' AND actor <> :name ORDER BY seq;");
    query.bind(":since", since).bind(":name", username);
    QStringList notices;
    while (query.step()) {
        const QString when = query.text(0);
        const QString actor = query.text(1);
        notices.append(query.text(2).startsWith(QStringLiteral("replaced"))
                           ? ModelText::tr("The recovery key was replaced by %1 at %2 (UTC). If you did "
                                           "not expect this, find out why: whoever holds it can add a DSL.")
                                 .arg(actor, when)
                           : ModelText::tr("A recovery key was made by %1 at %2 (UTC). If you did not "
                                           "expect this, find out why: whoever holds it can add a DSL.")
                                 .arg(actor, when));
    }
    return notices;
}

void validatePassword(const SecureBytes& password)
{
    if (password.size() < 10)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The password is too short: use at least 10 characters (a passphrase of "
                                  "several words is easiest to remember)."));
}

} // namespace

Vault::Vault(const VaultPaths& paths, std::unique_ptr<LockFile> lock, KeySlotFile slotFile,
             SecureBytes masterKey, Database db, const Clock& clock)
    : m_paths(paths)
    , m_lock(std::move(lock))
    , m_slots(std::move(slotFile))
    , m_masterKey(std::move(masterKey))
    , m_db(std::make_unique<Database>(std::move(db)))
    , m_clock(clock)
    , m_audit(std::make_unique<AuditChains>(*m_db, m_clock))
{
    m_audit->add(QStringLiteral("main"));
}

void Vault::checkNewPassword(const SecureBytes& password)
{
    validatePassword(password);
}

Vault::~Vault()
{
    lock();
}

void Vault::lock(const QString& reason)
{
    if (isLocked())
        return;
    try {
        Transaction transaction(*m_db);
        m_audit->append(m_user.username, QStringLiteral("vault.lock"), QStringLiteral("vault"), vaultId(),
                        QStringLiteral("reason=%1").arg(reason));
        transaction.commit();
    } catch (const std::exception&) {
        // Locking must never fail; see Vault.h.
    }
    lock();
}

void Vault::lock()
{
    m_audit.reset();
    m_signer.reset();
    m_db->close();
    m_masterKey.wipe();
    m_compartmentKeys.clear(); // SecureBytes wipes itself
    if (m_lock)
        m_lock->release();
}

std::unique_ptr<Vault> Vault::create(const QString& folder, const NewUser& firstDsl,
                                     const SecureBytes& password, const Clock& clock)
{
    validateNewUser(firstDsl);
    validatePassword(password);
    const VaultPaths target(VaultPaths::withSuffix(folder));
    if (QFileInfo::exists(target.folder()))
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("%1 already exists; choose a new name for the vault.").arg(target.folder()));
    const QString parent = QFileInfo(target.folder()).absolutePath();
    if (!QDir().mkpath(parent))
        throw Error(ErrorKind::Io, ModelText::tr("Could not create the folder %1.").arg(parent));
    removeAbandonedBuilds(target);

    // Built in a hidden folder beside the one named and renamed into place when complete: a Lantern killed
    // part way leaves no half-made vault under the name (whose missing keyslots.json would read as damage),
    // only a hidden folder that the next `init` of the name removes.
    const VaultPaths paths(buildingFolder(target));
    if (::mkdir(QFile::encodeName(paths.folder()).constData(), 0700) != 0)
        throw Error(errno == ENOSPC ? ErrorKind::NoSpace : ErrorKind::Io,
                    ModelText::tr("Could not create the folder %1: %2.")
                        .arg(paths.folder(), QString::fromLocal8Bit(std::strerror(errno))));
    try {
        auto lock = std::make_unique<LockFile>(paths.lock());
        KeySlotFile slotFile;
        slotFile.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SecureBytes masterKey = SecureBytes::random(32);
        const SecureBytes casesKey = SecureBytes::random(32);
        const SecureBytes adultsKey = SecureBytes::random(32);
        // The headteacher store is made by the first chair of governors (or recovery key) to unlock: no one
        // who may hold its key exists yet.
        vaultStores::create(paths.store(Compartment::Cases), Compartment::Cases, casesKey, slotFile.vaultId);
        vaultStores::create(paths.store(Compartment::Adults), Compartment::Adults, adultsKey,
                            slotFile.vaultId);
        vaultStores::create(paths.directory(), Compartment::Directory, masterKey, slotFile.vaultId);
        Database db = Database::open(paths.directory(), masterKey, Database::Mode::OpenExisting);
        // The slot first, so that its signing key signs the vault's first entries.
        SecureBytes signingSeed;
        KeySlot firstSlot = KeySlot::create(firstDsl.username, KeySlot::Kind::Password, password, masterKey,
                                            slotFile.vaultId, roleName(Role::Dsl), &signingSeed);
        firstSlot.grant(compartmentName(Compartment::Cases), casesKey, slotFile.vaultId);
        firstSlot.grant(compartmentName(Compartment::Adults), adultsKey, slotFile.vaultId);
        const SigningKey signer(signingSeed);
        {
            Transaction transaction(db);
            Statement meta(db, "INSERT INTO vault_meta (key, value) VALUES ('created_at', :at);");
            meta.bind(":at", clock.nowUtc().toString(Qt::ISODate));
            meta.run();
            NewUser dsl = firstDsl;
            dsl.role = Role::Dsl;
            insertUser(db, dsl, clock.nowUtc());
            AuditLog audit(db, clock);
            audit.setSigner(dsl.username, &signer);
            audit.append(dsl.username, QStringLiteral("vault.create"), QStringLiteral("vault"),
                         slotFile.vaultId);
            audit.append(dsl.username, QStringLiteral("user.add"), QStringLiteral("user"), dsl.username,
                         QStringLiteral("role=dsl"));
            transaction.commit();
        }
        crashPoint("init:stores-written");
        slotFile.keySlots.append(std::move(firstSlot));
        writeSlotFile(paths, slotFile, db, masterKey);
        db.close();
        lock->release();
        crashPoint("init:built");
        moveIntoPlace(paths.folder(), target.folder());
    } catch (...) {
        // Nothing of value exists yet: leave no half-made vault behind.
        QDir(paths.folder()).removeRecursively();
        throw;
    }
    return unlock(target.folder(), firstDsl.username, password, clock);
}

std::unique_ptr<Vault> Vault::unlock(const QString& folder, const QString& username,
                                     const SecureBytes& password, const Clock& clock)
{
    const VaultPaths paths(folder);
    if (!QFileInfo(paths.folder()).isDir())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no vault at %1.").arg(paths.folder()));
    auto lock = std::make_unique<LockFile>(paths.lock());
    KeySlotFile slotFile = KeySlotFile::load(paths.keySlots());
    UnlockFailures failures(paths.unlockFailures());
    const KeySlot* slot = slotFile.findByUser(username);
    if (!slot || slot->kind != KeySlot::Kind::Password) {
        failures.record(clock.nowUtc(), username, QStringLiteral("unknown user"));
        throw Error(ErrorKind::AuthenticationFailed,
                    ModelText::tr("There is no user called \"%1\" in this vault.").arg(username));
    }
    const KeySlot chosen = *slot;
    return openWithSlot(paths, std::move(lock), std::move(slotFile), chosen, password, clock);
}

std::unique_ptr<Vault> Vault::unlockWithRecoveryKey(const QString& folder, const QString& typedKey,
                                                    const Clock& clock)
{
    const VaultPaths paths(folder);
    if (!QFileInfo(paths.folder()).isDir())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no vault at %1.").arg(paths.folder()));
    const SecureBytes secret = RecoveryKey::parse(typedKey); // a mistyped group is named before any key work
    auto lock = std::make_unique<LockFile>(paths.lock());
    KeySlotFile slotFile = KeySlotFile::load(paths.keySlots());
    const KeySlot* slot = slotFile.findByUser(recoveryUser);
    if (!slot)
        throw Error(
            ErrorKind::AuthenticationFailed,
            ModelText::tr("This vault has no recovery key. A designated safeguarding lead can make one."));
    const KeySlot chosen = *slot;
    return openWithSlot(paths, std::move(lock), std::move(slotFile), chosen, secret, clock);
}

std::unique_ptr<Vault> Vault::openWithSlot(const VaultPaths& paths, std::unique_ptr<LockFile> lock,
                                           KeySlotFile slotFile, const KeySlot& slot,
                                           const SecureBytes& secret, const Clock& clock)
{
    // A refusal of a slot or file that was tampered with is recorded like a wrong password, so that the next
    // unlock puts it into the audit chain.
    const auto refused = [&paths, &clock, &slot](const QString& reason, const Error& error) -> Error {
        UnlockFailures(paths.unlockFailures()).record(clock.nowUtc(), slot.user, reason);
        return error;
    };
    std::optional<KeySlot::Keys> keys;
    try {
        keys = slot.open(secret, slotFile.vaultId);
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::Damaged)
            throw refused(QStringLiteral("key slot refused (altered or not this user's)"), error);
        throw;
    }
    if (!keys) {
        UnlockFailures(paths.unlockFailures())
            .record(clock.nowUtc(), slot.user,
                    slot.kind == KeySlot::Kind::Recovery ? QStringLiteral("wrong recovery key")
                                                         : QStringLiteral("wrong password"));
        throw Error(ErrorKind::AuthenticationFailed,
                    slot.kind == KeySlot::Kind::Recovery
                        ? ModelText::tr("The recovery key does not open this vault.")
                        : ModelText::tr("The password for \"%1\" is not correct.").arg(slot.user));
    }
    // The slot opened: it must also be the one this vault issued to this user (name, kind, role, public key),
    // and the file must be the one Lantern last wrote (its MAC covers every slot and the generation).
    if (!slot.isBoundTo(keys->current, slotFile.vaultId))
        throw refused(QStringLiteral("key slot does not belong to this user"),
                      Error(ErrorKind::Damaged, KeySlot::notThisUsersSlot(slot.user)));
    if (slotFile.version >= 2 && !slotFile.isAuthentic(keys->current))
        throw refused(
            QStringLiteral("keyslots.json altered"),
            Error(ErrorKind::Damaged,
                  ModelText::tr("keyslots.json has been altered: its slots are not the ones this vault "
                                "last wrote (a slot added, removed or changed by hand). Nothing was "
                                "opened; restore keyslots.json from a backup.")));

    vaultSplit::resume(paths, slotFile);
    const bool legacy = !QFileInfo::exists(paths.directory()) && !vaultSplit::isSplit(slotFile);
    SecureBytes masterKey;
    bool slotsChanged = false;
    Database db = openDirectory(paths, slotFile, *keys, masterKey, slotsChanged, legacy);
    db.checkIntegrity();
    Migrations::apply(db);
    QString reconciled;
    try {
        Transaction transaction(db);
        reconciled = reconcileSlots(paths, slotFile, db, masterKey, slotsChanged);
        transaction.commit();
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::Damaged)
            throw refused(QStringLiteral("keyslots.json refused (older than the vault, or damaged)"), error);
        throw;
    }
    std::map<Compartment, SecureBytes> compartmentKeys;
    std::map<Compartment, SecureBytes> previousCompartmentKeys;
    if (legacy) {
        const SigningKey splitter(keys->signingSeed);
        vaultSplit::Result split =
            vaultSplit::split(paths, db, slotFile, masterKey, slot.user, splitter, clock);
        db.close();
        db = Database::open(paths.directory(), masterKey, Database::Mode::OpenExisting);
        const KeySlot* granted = slotFile.findById(slot.id);
        for (auto& [compartment, key] : split.keys) {
            if (granted && granted->holds(compartmentName(compartment)))
                compartmentKeys.emplace(compartment, std::move(key));
        }
        reconciled += (reconciled.isEmpty() ? QString() : QStringLiteral("; ")) + split.summary;
    } else {
        for (auto& [name, key] : keys->compartments) {
            if (const std::optional<Compartment> compartment = compartmentFromName(name))
                compartmentKeys.emplace(*compartment, std::move(key));
        }
        for (auto& [name, key] : keys->previousCompartments) {
            if (const std::optional<Compartment> compartment = compartmentFromName(name))
                previousCompartmentKeys.emplace(*compartment, std::move(key));
        }
    }

    User user;
    if (slot.kind == KeySlot::Kind::Recovery) {
        user.username = recoveryUser;
        user.displayName = QStringLiteral("Recovery key");
        user.role = Role::Recovery;
    } else {
        std::optional<User> found = readUser(db, slot.user);
        if (!found || !found->enabled)
            throw Error(ErrorKind::AuthenticationFailed,
                        ModelText::tr("The user \"%1\" has been disabled in this vault.").arg(slot.user));
        user = *found;
    }
    // The role the slot is bound to must be the one the users table gives (a role changes through the model,
    // which binds the slot again).
    const KeySlot* current = slotFile.findById(slot.id);
    if (!current || current->user != user.username || current->role != roleName(user.role))
        throw refused(QStringLiteral("key slot bound to another role"),
                      Error(ErrorKind::Damaged, KeySlot::notThisUsersSlot(slot.user)));
    // A slot wrapped before wrap version 2 is wrapped again with its username while its owner is here (the
    // password is needed): one more key derivation, once.
    if (current->wrapVersion < 2) {
        KeySlot upgraded = *current;
        if (upgraded.upgradeWrap(secret, slotFile.vaultId)) {
            Transaction transaction(db);
            KeySlotFile next = slotFile.clone();
            next.replace(std::move(upgraded));
            writeSlotFile(paths, next, db, masterKey);
            transaction.commit();
            slotFile = std::move(next);
            reconciled += (reconciled.isEmpty() ? QString() : QStringLiteral("; ")) +
                          QStringLiteral("key slot of %1 wrapped again with its username").arg(user.username);
        }
    }

    std::unique_ptr<Vault> vault(
        new Vault(paths, std::move(lock), std::move(slotFile), std::move(masterKey), std::move(db), clock));
    vault->m_user = user;
    vault->useSigningKey(keys->signingSeed);
    vault->m_compartmentKeys = std::move(compartmentKeys);
    vault->m_previousCompartmentKeys = std::move(previousCompartmentKeys);
    const QString opened = vault->openCompartments(slot.id);
    if (!opened.isEmpty())
        reconciled += (reconciled.isEmpty() ? QString() : QStringLiteral("; ")) + opened;
    if (user.role == Role::Dsl)
        vault->m_notices = recoveryKeyNotices(*vault->m_db, user.username);

    UnlockFailures failures(paths.unlockFailures());
    const UnlockFailures::Summary failed = failures.read();
    {
        Transaction transaction(*vault->m_db);
        if (!reconciled.isEmpty())
            vault->audit().append(user.username, QStringLiteral("vault.keyslots"), QStringLiteral("vault"),
                                  vault->vaultId(), reconciled);
        if (failed.count > 0)
            vault->audit().append(user.username, QStringLiteral("vault.unlock-failed"),
                                  QStringLiteral("vault"), vault->vaultId(),
                                  QStringLiteral("%1 failed attempt(s) since the last unlock: %2")
                                      .arg(failed.count)
                                      .arg(failed.attempts.join(QStringLiteral("; "))));
        vault->audit().append(
            user.username, QStringLiteral("vault.unlock"), QStringLiteral("vault"), vault->vaultId(),
            slot.kind == KeySlot::Kind::Recovery ? QStringLiteral("with the recovery key") : QString());
        transaction.commit();
    }
    failures.clear();
    return vault;
}

QString Vault::reconcileSlots(const VaultPaths& paths, KeySlotFile& slotFile, Database& db,
                              const SecureBytes& masterKey, bool slotsChanged)
{
    const std::optional<qint64> stored = storedGeneration(db);
    if (stored && slotFile.generation < *stored)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("keyslots.json is older than the vault (generation %1, expected %2): "
                                  "restore the keyslots.json saved with this records.db (a backup of the "
                                  "whole vault folder from one moment), not an older copy. Nothing was "
                                  "opened.")
                        .arg(slotFile.generation)
                        .arg(*stored));
    const bool upgrade = slotFile.version < 2;
    // A file newer than the database: the last write stopped before its transaction committed. The users
    // table is what happened, so every slot is bound again to the role it gives.
    const bool interrupted = !upgrade && slotFile.generation > stored.value_or(0);
    if (!upgrade && !interrupted && !slotsChanged)
        return {};

    QStringList dropped;
    KeySlotFile next = slotFile.clone();
    next.keySlots.clear();
    for (const KeySlot& each : slotFile.keySlots) {
        KeySlot slot = each;
        if (upgrade && !slot.isBoundTo(masterKey, slotFile.vaultId)) {
            // Bound (version 1) to another name or key than it claims: it was tampered with.
            dropped.append(slot.user);
            continue;
        }
        QString role = recoveryUser;
        if (slot.kind == KeySlot::Kind::Password) {
            const std::optional<User> user = readUser(db, slot.user);
            if (!user) { // left by an addition that did not commit
                dropped.append(slot.user);
                continue;
            }
            role = roleName(user->role);
        }
        if (slot.role != role) {
            slot.role = role;
            slot.reseal(masterKey, nullptr, slotFile.vaultId);
        }
        next.keySlots.append(std::move(slot));
    }
    writeSlotFile(paths, next, db, masterKey);
    slotFile = std::move(next);
    QString what = upgrade ? QStringLiteral("keyslots.json upgraded: every slot bound to its user and role")
                   : interrupted ? QStringLiteral("keyslots.json: an interrupted write completed")
                                 : QStringLiteral("keyslots.json: an interrupted key rotation completed");
    if (!dropped.isEmpty())
        what += QStringLiteral("; slots removed (not bound to this vault's users): %1")
                    .arg(dropped.join(QStringLiteral(", ")));
    return what;
}

void Vault::writeSlotFile(const VaultPaths& paths, KeySlotFile& slotFile, Database& db,
                          const SecureBytes& currentKey)
{
    KeySlotFile next = slotFile.clone();
    next.version = KeySlotFile::formatVersion;
    next.generation = std::max(slotFile.generation, storedGeneration(db).value_or(0)) + 1;
    next.mac = next.macFor(currentKey);
    next.save(paths.keySlots());
    crashPoint("keyslots:written");
    storeGeneration(db, next.generation);
    slotFile = std::move(next);
}

Database Vault::openDirectory(const VaultPaths& paths, KeySlotFile& slotFile, const KeySlot::Keys& keys,
                              SecureBytes& masterKey, bool& slotsChanged, bool legacy)
{
    const QString store = legacy ? paths.legacyRecords() : paths.directory();
    const QString rotated = legacy ? paths.rotatedLegacyRecords() : paths.rotatedDirectory();
    adoptOrDiscardRotatedCopy(rotated, store, keys.current, paths.folder());

    try {
        Database db = Database::open(store, keys.current, Database::Mode::OpenExisting);
        masterKey = keys.current.clone();
        if (keys.previous) {
            // The swap happened; drop the old key from every slot to complete the rotation.
            requireBoundSlots(slotFile, keys.current);
            for (KeySlot& each : slotFile.keySlots)
                each.reseal(keys.current, nullptr, slotFile.vaultId);
            slotsChanged = true; // written by reconcileSlots
        }
        return db;
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::Damaged || !keys.previous)
            throw;
    }
    // Slots were staged with the new key but records.db is still under the old one.
    Database db = Database::open(store, *keys.previous, Database::Mode::OpenExisting);
    masterKey = keys.previous->clone();
    requireBoundSlots(slotFile, keys.current);
    for (KeySlot& each : slotFile.keySlots)
        each.reseal(*keys.previous, nullptr, slotFile.vaultId);
    slotsChanged = true; // written by reconcileSlots
    return db;
}

QString Vault::openCompartments(const QString& slotId)
{
    QStringList changes;
    bool rotationsFinished = false;
    for (auto& [compartment, key] : m_compartmentKeys) {
        if (finishCompartmentRotation(compartment, key)) {
            rotationsFinished = true;
            changes.append(QStringLiteral("an interrupted rotation of the %1 key completed")
                               .arg(compartmentName(compartment)));
        }
    }
    m_previousCompartmentKeys.clear();
    if (rotationsFinished)
        saveSlots();
    const KeySlot* slot = m_slots.findById(slotId);
    for (auto it = m_compartmentKeys.begin(); it != m_compartmentKeys.end();) {
        const QString name = compartmentName(it->first);
        // A key the role does not read (left in a slot after a role change made by someone who could not
        // take it back), or whose grant no longer names this user and role, is not used.
        if (!roleMayRead(m_user.role, it->first) || !slot ||
            !slot->isGrantBoundTo(name, it->second, vaultId())) {
            changes.append(
                QStringLiteral("the key of %1 in this slot was not used (not granted to this role)")
                    .arg(name));
            it = m_compartmentKeys.erase(it);
            continue;
        }
        // The recovery key holds every key so that the school can always get its records back, but a
        // recovery session manages keys and users only: it reads no store.
        if (m_user.role == Role::Recovery) {
            // It reads none, but a store it holds the key of must not have been lost unnoticed.
            vaultStores::requirePresent(m_paths.store(it->first), it->first);
        } else {
            vaultStores::attach(*m_db, m_paths.store(it->first), it->first, it->second, vaultId());
            if (it->first == Compartment::Cases)
                m_policy = readCompartmentPolicy(*m_db);
            // The school's choice is in the case store: a headteacher's grant left behind after it was
            // withdrawn is not used (withdrawing it takes the grant out; renewing the key makes it useless).
            if (!roleReads(m_user.role, it->first, m_policy)) {
                m_db->detach(name.toLatin1().constData());
                changes.append(QStringLiteral("the key of %1 in this slot was not used (the school does not "
                                              "let this role read it)")
                                   .arg(name));
                it = m_compartmentKeys.erase(it);
                continue;
            }
            m_audit->add(name);
        }
        if (it->first == Compartment::Headteacher && !vaultStores::recordedAsMade(*m_db, it->first)) {
            // Made before vaults recorded it: recorded now that a holder of its key has found it.
            Transaction transaction(*m_db);
            vaultStores::recordMade(*m_db, it->first);
            transaction.commit();
        }
        ++it;
    }
    m_user.holdsCaseKey = m_user.role != Role::Recovery && holds(Compartment::Cases);
    // The first chair of governors (or recovery key) to find no headteacher store makes it, and gives its
    // key to every slot that reads it. One that was made and is gone was lost: that is damage, never a
    // reason to make a new, empty one (and re-key every chair to it).
    const QString headteacherStore = m_paths.store(Compartment::Headteacher);
    if (roleReads(m_user.role, Compartment::Headteacher, m_policy) && !holds(Compartment::Headteacher) &&
        !QFileInfo::exists(headteacherStore)) {
        if (headteacherStoreMade())
            vaultStores::requirePresent(headteacherStore, Compartment::Headteacher); // throws: it was lost
        SecureBytes key = SecureBytes::random(KeySlot::masterKeyBytes);
        vaultStores::create(m_paths.store(Compartment::Headteacher), Compartment::Headteacher, key,
                            vaultId());
        m_compartmentKeys.emplace(Compartment::Headteacher, std::move(key));
        KeySlotFile before = m_slots.clone();
        requireBoundSlots(m_slots, m_masterKey);
        for (KeySlot& each : m_slots.keySlots) {
            const std::optional<Role> role = roleOfSlot(each);
            if (role && roleReads(*role, Compartment::Headteacher, m_policy))
                each.grant(compartmentName(Compartment::Headteacher),
                           m_compartmentKeys.at(Compartment::Headteacher), vaultId());
        }
        try {
            Transaction transaction(*m_db);
            vaultStores::recordMade(*m_db, Compartment::Headteacher);
            saveSlots();
            transaction.commit();
        } catch (...) {
            m_slots = std::move(before);
            throw;
        }
        if (m_user.role != Role::Recovery) {
            vaultStores::attach(*m_db, m_paths.store(Compartment::Headteacher), Compartment::Headteacher,
                                m_compartmentKeys.at(Compartment::Headteacher), vaultId());
            m_audit->add(compartmentName(Compartment::Headteacher));
        }
        changes.append(
            QStringLiteral("headteacher store made; its key given to the chair of governors and the "
                           "recovery key"));
    }
    return changes.join(QStringLiteral("; "));
}

bool Vault::headteacherStoreMade()
{
    if (vaultStores::recordedAsMade(*m_db, Compartment::Headteacher))
        return true;
    const QString name = compartmentName(Compartment::Headteacher);
    return std::any_of(m_slots.keySlots.cbegin(), m_slots.keySlots.cend(),
                       [&name](const KeySlot& slot) { return slot.holds(name); });
}

bool Vault::finishCompartmentRotation(Compartment compartment, SecureBytes& key)
{
    const QString name = compartmentName(compartment);
    const QString store = m_paths.store(compartment);
    adoptOrDiscardRotatedCopy(m_paths.rotatedStore(compartment), store, key, m_paths.folder());
    const auto previous = m_previousCompartmentKeys.find(compartment);
    if (previous == m_previousCompartmentKeys.end())
        return false;
    // Slots were staged with both keys: the store holds one of them. Every slot granted it is re-issued that
    // one alone.
    if (!storeOpensWith(store, key))
        key = previous->second.clone();
    for (KeySlot& each : m_slots.keySlots) {
        if (each.holds(name))
            each.grant(name, key, vaultId());
    }
    return true;
}

void Vault::rotateCompartmentKey(Compartment compartment)
{
    const QString name = compartmentName(compartment);
    const QByteArray schema = name.toLatin1();
    const QString store = m_paths.store(compartment);
    const QString rotated = m_paths.rotatedStore(compartment);
    const SecureBytes oldKey = m_compartmentKeys.at(compartment).clone();
    SecureBytes newKey = SecureBytes::random(KeySlot::masterKeyBytes);

    // 1. A complete copy under the new key, checked before anything refers to it.
    QFile::remove(rotated);
    removeLeftJournal(rotated);
    {
        Database current = Database::open(store, oldKey, Database::Mode::OpenExisting);
        current.exportTo(rotated, newKey);
        Database check = Database::open(rotated, newKey, Database::Mode::OpenExisting);
        check.checkIntegrity();
    }
    crashPoint("rotate-compartment:copied");

    // 2. Every slot granted the key now holds both; a grant this vault did not issue to its slot (or left by
    // a role change) is not carried over.
    KeySlotFile staged = m_slots.clone();
    for (KeySlot& slot : staged.keySlots) {
        if (!slot.holds(name))
            continue;
        if (slot.isGrantBoundTo(name, oldKey, vaultId()))
            slot.grant(name, newKey, vaultId(), &oldKey);
        else
            slot.revoke(name);
    }
    writeSlotFile(m_paths, staged, *m_db, m_masterKey);
    m_slots = std::move(staged);
    crashPoint("rotate-compartment:slots-staged");

    // 3. Swap the files.
    const bool attached = m_audit->has(name);
    if (attached)
        m_db->detach(schema.constData());
    renameDurably(rotated, store, m_paths.folder());
    crashPoint("rotate-compartment:swapped");

    // 4. Forget the old key.
    m_compartmentKeys[compartment] = std::move(newKey);
    for (KeySlot& slot : m_slots.keySlots) {
        if (slot.holds(name))
            slot.grant(name, m_compartmentKeys.at(compartment), vaultId());
    }
    saveSlots();
    if (attached)
        vaultStores::attach(*m_db, store, compartment, m_compartmentKeys.at(compartment), vaultId());
}

void Vault::grantHeldKeys(KeySlot& slot, Role role) const
{
    for (const auto& [compartment, key] : m_compartmentKeys) {
        if (roleReads(role, compartment, m_policy))
            slot.grant(compartmentName(compartment), key, vaultId());
    }
}

std::optional<User> Vault::slotOwner(const QString& username)
{
    return username == recoveryUser
               ? std::optional<User>(User{0, recoveryUser, QString(), Role::Recovery, true})
               : readUser(*m_db, username);
}

QList<Compartment> Vault::keysHeldBy(const QString& username)
{
    const std::optional<User> owner = slotOwner(username);
    const KeySlot* slot = m_slots.findByUser(username);
    if (!owner || !slot)
        return {};
    QList<Compartment> held;
    for (const Compartment compartment : allCompartments()) {
        if (compartment == Compartment::Directory) {
            held.append(compartment);
            continue;
        }
        const QString name = compartmentName(compartment);
        const auto key = m_compartmentKeys.find(compartment);
        // Without the key this session cannot read the school's choice either: it shows what the slot
        // carries.
        const bool reads = key != m_compartmentKeys.end() ? roleReads(owner->role, compartment, m_policy)
                                                          : roleMayRead(owner->role, compartment);
        if (!reads || !slot->holds(name))
            continue;
        if (key != m_compartmentKeys.end() && !slot->isGrantBoundTo(name, key->second, vaultId()))
            continue;
        held.append(compartment);
    }
    return held;
}

QList<Compartment> Vault::grantableTo(const QString& username)
{
    const std::optional<User> target = slotOwner(username);
    const KeySlot* slot = m_slots.findByUser(username);
    if (!target || !slot || !target->enabled || !slot->isBoundTo(m_masterKey, vaultId()))
        return {};
    QList<Compartment> grantable;
    for (const auto& [compartment, key] : m_compartmentKeys) {
        if (roleReads(target->role, compartment, m_policy) &&
            !slot->isGrantBoundTo(compartmentName(compartment), key, vaultId()))
            grantable.append(compartment);
    }
    return grantable;
}

QList<Compartment> Vault::grantKeys(const QString& username)
{
    const std::optional<User> target = slotOwner(username);
    KeySlot* slot = m_slots.findByUser(username);
    if (!target || !slot)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no key slot for \"%1\".").arg(username));
    if (!target->enabled)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("\"%1\" is disabled: enable them before giving them keys.").arg(username));
    // The slot must be one this vault issued (its public key is what the key is sealed to).
    if (!slot->isBoundTo(m_masterKey, vaultId()))
        throw Error(ErrorKind::Damaged, KeySlot::notThisUsersSlot(username));
    QList<Compartment> granted;
    QStringList names;
    KeySlotFile before = m_slots.clone();
    for (const auto& [compartment, key] : m_compartmentKeys) {
        const QString name = compartmentName(compartment);
        if (!roleReads(target->role, compartment, m_policy) || slot->isGrantBoundTo(name, key, vaultId()))
            continue;
        slot->grant(name, key, vaultId());
        granted.append(compartment);
        names.append(name);
    }
    if (granted.isEmpty())
        return granted;
    Transaction transaction(*m_db);
    m_audit->append(m_user.username, QStringLiteral("key.grant"), QStringLiteral("user"), username,
                    QStringLiteral("role=%1; compartments: %2")
                        .arg(roleName(target->role), names.join(QStringLiteral(", "))));
    saveSlotsOrRestore(std::move(before));
    transaction.commit();
    return granted;
}

void Vault::requireKeyManager(const QString& action) const
{
    if (!hasPermission(m_user, Permission::ManageUsers))
        throw Error(ErrorKind::PermissionDenied,
                    ModelText::tr("Only a DSL, an administrator or the recovery key can %1.").arg(action));
}

void Vault::requireBoundSlots(const KeySlotFile& slotFile, const SecureBytes& masterKey)
{
    for (const KeySlot& slot : slotFile.keySlots) {
        if (!slot.isBoundTo(masterKey, slotFile.vaultId))
            throw Error(
                ErrorKind::Damaged,
                ModelText::tr("keyslots.json: the key slot of \"%1\" has been altered (its public key is not "
                              "the one this vault issued). Nothing was changed; restore keyslots.json "
                              "from a backup or remove that user and add them again.")
                    .arg(slot.user));
    }
}

void Vault::saveSlots()
{
    writeSlotFile(m_paths, m_slots, *m_db, m_masterKey);
}

void Vault::saveSlotsOrRestore(KeySlotFile before)
{
    try {
        saveSlots();
    } catch (...) {
        m_slots = std::move(before);
        throw;
    }
}

void Vault::useSigningKey(const SecureBytes& seed)
{
    m_signer = std::make_unique<SigningKey>(seed);
    m_audit->setSigner(m_user.username, m_signer.get());
}

QList<User> Vault::users()
{
    QList<User> result;
    Statement query(*m_db, "SELECT username FROM users ORDER BY username;");
    QStringList names;
    while (query.step())
        names.append(query.text(0));
    for (const QString& name : names)
        result.append(*readUser(*m_db, name));
    return result;
}

std::optional<User> Vault::findUser(const QString& username)
{
    return readUser(*m_db, username);
}

void Vault::addUser(const NewUser& user, const SecureBytes& password)
{
    requireKeyManager(QStringLiteral("add users"));
    validateNewUser(user);
    userRules::require(userRules::refuseAdd(m_user, user.role));
    validatePassword(password);
    if (readUser(*m_db, user.username))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("There is already a user called \"%1\".").arg(user.username));
    SecureBytes signingSeed;
    KeySlot slot = KeySlot::create(user.username, KeySlot::Kind::Password, password, m_masterKey, vaultId(),
                                   roleName(user.role), &signingSeed);
    grantHeldKeys(slot, user.role);
    m_audit->recordKeyIssued(user.username, signingSeed);
    Transaction transaction(*m_db);
    insertUser(*m_db, user, m_clock.nowUtc());
    m_audit->append(m_user.username, QStringLiteral("user.add"), QStringLiteral("user"), user.username,
                    QStringLiteral("role=%1").arg(roleName(user.role)));
    // The slot file is written before the commit: if it fails, the user row rolls back with it.
    m_slots.keySlots.append(std::move(slot));
    try {
        saveSlots();
    } catch (...) {
        m_slots.removeUser(user.username);
        throw;
    }
    transaction.commit();
}

void Vault::changePassword(const QString& username, const SecureBytes& newPassword)
{
    if (username != m_user.username)
        requireKeyManager(QStringLiteral("reset another user's password"));
    validatePassword(newPassword);
    const std::optional<User> target = readUser(*m_db, username);
    if (!target)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no user called \"%1\".").arg(username));
    userRules::require(userRules::refusePasswordReset(m_user, *target));
    if (!m_slots.findByUser(username))
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no key slot for \"%1\".").arg(username));
    SecureBytes signingSeed;
    KeySlot replacement = KeySlot::create(username, KeySlot::Kind::Password, newPassword, m_masterKey,
                                          vaultId(), roleName(target->role), &signingSeed);
    // The new slot has a new key pair: only the keys this session holds can be sealed to it. Someone who
    // resets another's password without holding a key they read leaves that key to be granted again
    // (grantKeys).
    grantHeldKeys(replacement, target->role);
    m_audit->recordKeyIssued(username, signingSeed);
    Transaction transaction(*m_db);
    m_audit->append(m_user.username,
                    username == m_user.username ? QStringLiteral("user.password-change")
                                                : QStringLiteral("user.password-reset"),
                    QStringLiteral("user"), username);
    KeySlotFile before = m_slots.clone();
    m_slots.replaceForUser(username, std::move(replacement));
    saveSlotsOrRestore(std::move(before));
    transaction.commit();
}

void Vault::removeUser(const QString& username)
{
    requireKeyManager(QStringLiteral("remove users"));
    const std::optional<User> target = readUser(*m_db, username);
    if (!target)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no user called \"%1\".").arg(username));
    userRules::require(userRules::refuseDisable(m_user, *target, users()));
    Transaction transaction(*m_db);
    Statement disable(*m_db, "UPDATE users SET enabled = 0 WHERE username = :name;");
    disable.bind(":name", username).run();
    m_audit->append(m_user.username, QStringLiteral("user.remove"), QStringLiteral("user"), username,
                    QStringLiteral("key slot removed; account disabled"));
    KeySlotFile before = m_slots.clone();
    m_slots.removeUser(username);
    saveSlotsOrRestore(std::move(before));
    transaction.commit();
}

void Vault::enableUser(const QString& username, const SecureBytes& password)
{
    requireKeyManager(QStringLiteral("enable users"));
    const std::optional<User> target = readUser(*m_db, username);
    if (!target)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no user called \"%1\".").arg(username));
    userRules::require(userRules::refuseEnable(m_user, *target));
    validatePassword(password);
    SecureBytes signingSeed;
    KeySlot slot = KeySlot::create(username, KeySlot::Kind::Password, password, m_masterKey, vaultId(),
                                   roleName(target->role), &signingSeed);
    grantHeldKeys(slot, target->role);
    m_audit->recordKeyIssued(username, signingSeed);
    Transaction transaction(*m_db);
    Statement enable(*m_db, "UPDATE users SET enabled = 1 WHERE username = :name;");
    enable.bind(":name", username).run();
    m_audit->append(m_user.username, QStringLiteral("user.enable"), QStringLiteral("user"), username,
                    QStringLiteral("new key slot; role=%1").arg(roleName(target->role)));
    KeySlotFile before = m_slots.clone();
    m_slots.removeUser(username); // a slot left by an interrupted removal must not survive beside the new one
    m_slots.keySlots.append(std::move(slot));
    saveSlotsOrRestore(std::move(before));
    transaction.commit();
}

QStringList Vault::setHeadteacherReadsCases(bool allowed)
{
    if (m_user.role != Role::Dsl || !holds(Compartment::Cases))
        throw Error(
            ErrorKind::PermissionDenied,
            ModelText::tr("Only a designated safeguarding lead, holding the case key, can decide whether "
                          "the headteacher reads pupils' case records."));
    if (allowed == m_policy.headteacherReadsCases)
        return {};
    const QString name = compartmentName(Compartment::Cases);
    const SecureBytes& key = m_compartmentKeys.at(Compartment::Cases);
    const CompartmentPolicy policy{.headteacherReadsCases = allowed};
    KeySlotFile before = m_slots.clone();
    QStringList changed;
    for (const User& each : users()) {
        KeySlot* slot = m_slots.findByUser(each.username);
        if (each.role != Role::Head || !slot)
            continue;
        if (allowed && each.enabled && slot->isBoundTo(m_masterKey, vaultId())) {
            slot->grant(name, key, vaultId());
            changed.append(each.username);
        } else if (!allowed && slot->holds(name)) {
            slot->revoke(name);
            changed.append(each.username);
        }
    }
    Transaction transaction(*m_db);
    writeCompartmentPolicy(*m_db, policy);
    m_audit->append(
        m_user.username, QStringLiteral("key.policy"), QStringLiteral("vault"), vaultId(),
        QStringLiteral("headteacher reads case records: %1; case key %2: %3")
            .arg(allowed ? QStringLiteral("yes") : QStringLiteral("no"),
                 allowed ? QStringLiteral("given to") : QStringLiteral("taken from"),
                 changed.isEmpty() ? QStringLiteral("no one") : changed.join(QStringLiteral(", "))));
    saveSlotsOrRestore(std::move(before));
    transaction.commit();
    m_policy = policy;
    return changed;
}

void Vault::rebindSlotRole(const QString& username, Role role)
{
    KeySlot* slot = m_slots.findByUser(username);
    if (!slot || slot->kind != KeySlot::Kind::Password)
        return;
    KeySlotFile before = m_slots.clone();
    slot->role = roleName(role);
    slot->reseal(m_masterKey, nullptr, vaultId());
    // Every grant names the role: the keys the new role reads and this session holds are granted again, the
    // rest taken out (someone who held one keeps what they may have copied until that compartment's key is
    // rotated).
    slot->compartmentKeys.clear();
    grantHeldKeys(*slot, role);
    saveSlotsOrRestore(std::move(before));
}

QString Vault::createRecoveryKey()
{
    requireKeyManager(QStringLiteral("make a recovery key"));
    if (m_user.role != Role::Dsl && m_user.role != Role::Recovery)
        throw Error(ErrorKind::PermissionDenied,
                    ModelText::tr("Only a designated safeguarding lead or a recovery-key session can make or "
                                  "replace the recovery key: whoever holds it can add a DSL and read every "
                                  "record."));
    const RecoveryKey key = RecoveryKey::generate();
    SecureBytes signingSeed;
    KeySlot slot = KeySlot::create(recoveryUser, KeySlot::Kind::Recovery, key.secret(), m_masterKey,
                                   vaultId(), {}, &signingSeed);
    grantHeldKeys(slot, Role::Recovery);
    m_audit->recordKeyIssued(recoveryUser, signingSeed);
    Transaction transaction(*m_db);
    m_audit->append(m_user.username, QStringLiteral("vault.recovery-key"), QStringLiteral("vault"), vaultId(),
                    m_slots.findByUser(recoveryUser) ? QStringLiteral("replaced the recovery key")
                                                     : QStringLiteral("made a recovery key"));
    KeySlotFile before = m_slots.clone();
    m_slots.removeUser(recoveryUser);
    m_slots.keySlots.append(std::move(slot));
    saveSlotsOrRestore(std::move(before));
    transaction.commit();
    return key.text();
}

void Vault::rotateMasterKey()
{
    requireKeyManager(QStringLiteral("rotate the master key"));
    // A slot whose public key was swapped on disk would receive the new key: refuse before anything changes.
    requireBoundSlots(m_slots, m_masterKey);
    {
        Transaction transaction(*m_db);
        QStringList keys{QStringLiteral("directory")};
        for (const auto& [compartment, key] : m_compartmentKeys)
            keys.append(compartmentName(compartment));
        m_audit->append(m_user.username, QStringLiteral("vault.rotate-key"), QStringLiteral("vault"),
                        vaultId(),
                        QStringLiteral("%1 key slot(s) re-issued; keys renewed: %2")
                            .arg(m_slots.keySlots.size())
                            .arg(keys.join(QStringLiteral(", "))));
        transaction.commit();
    }
    SecureBytes newKey = SecureBytes::random(32);

    // 1. A complete copy under the new key, checked before anything refers to it.
    QFile::remove(m_paths.rotatedDirectory());
    removeLeftJournal(m_paths.rotatedDirectory());
    m_db->exportTo(m_paths.rotatedDirectory(), newKey);
    {
        Database check = Database::open(m_paths.rotatedDirectory(), newKey, Database::Mode::OpenExisting);
        check.checkIntegrity();
    }
    crashPoint("rotate:copied");

    // 2. Every slot now opens both keys; from here an interrupted rotation is completed at the next unlock.
    KeySlotFile staged = m_slots.clone();
    for (KeySlot& slot : staged.keySlots)
        slot.reseal(newKey, &m_masterKey, vaultId());
    writeSlotFile(m_paths, staged, *m_db, newKey);
    m_slots = std::move(staged);
    crashPoint("rotate:slots-staged");

    // 3. Swap the files.
    m_audit.reset();
    m_db->close();
    renameDurably(m_paths.rotatedDirectory(), m_paths.directory(), m_paths.folder());
    crashPoint("rotate:swapped");

    // 4. Forget the old key.
    m_masterKey = std::move(newKey);
    m_db = std::make_unique<Database>(
        Database::open(m_paths.directory(), m_masterKey, Database::Mode::OpenExisting));
    m_audit = std::make_unique<AuditChains>(*m_db, m_clock);
    m_audit->add(QStringLiteral("main"));
    m_audit->setSigner(m_user.username, m_signer.get());
    openCompartments(m_slots.findByUser(m_user.username) ? m_slots.findByUser(m_user.username)->id
                                                         : QString());
    for (KeySlot& slot : m_slots.keySlots)
        slot.reseal(m_masterKey, nullptr, vaultId());
    saveSlots();

    // 5. Each compartment key this session holds, store by store.
    QList<Compartment> held;
    for (const auto& [compartment, key] : m_compartmentKeys)
        held.append(compartment);
    for (Compartment compartment : held)
        rotateCompartmentKey(compartment);
}

Vault::UnsyncedWrites::UnsyncedWrites(Vault& vault)
    : m_vault(vault)
{
    m_vault.database().exec("PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;");
}

Vault::UnsyncedWrites::~UnsyncedWrites()
{
    // A destructor must not throw; if the settings cannot be restored here, the next session opens with them.
    try {
        m_vault.database().exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;");
    } catch (const Error&) {
    }
}

Database& Vault::database()
{
    return *m_db;
}

bool Vault::isLocked() const
{
    return !m_db->isOpen();
}

} // namespace lantern
