#include "vault/VaultRestore.h"

#include "audit/AuditChains.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "core/TestHooks.h"
#include "vault/LockFile.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"

#include <QDir>
#include <QFileInfo>

namespace lantern {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The files a vault folder must have for a backup to be one: the directory store and the key slots.
const QStringList essential{QStringLiteral("directory.db"), QStringLiteral("keyslots.json")};

} // namespace

BackupManifest VaultRestore::check(const QString& backupFolder)
{
    if (!QFileInfo::exists(QDir(backupFolder).filePath(BackupManifest::fileName())))
        throw Error(ErrorKind::NotFound, ModelText::tr("%1 is not a Lantern backup (it has no %2).")
                                             .arg(shown(backupFolder), BackupManifest::fileName()));
    const BackupManifest manifest = BackupManifest::load(backupFolder);
    QStringList listed;
    for (const BackupManifest::File& file : manifest.files) {
        const QString path = QDir(backupFolder).filePath(file.name);
        if (!QFileInfo::exists(path))
            throw Error(ErrorKind::Damaged, ModelText::tr("The backup %1 is incomplete: %2 is missing.")
                                                .arg(shown(backupFolder), file.name));
        if (QFileInfo(path).size() != file.bytes || sha256OfFile(path) != file.sha256)
            throw Error(
                ErrorKind::Damaged,
                ModelText::tr("The backup %1 has been changed or damaged since it was made: %2 is not the "
                              "file that was backed up. Use another backup.")
                    .arg(shown(backupFolder), file.name));
        listed.append(file.name);
    }
    for (const QString& name : essential) {
        if (!listed.contains(name))
            throw Error(ErrorKind::Damaged,
                        ModelText::tr("The backup %1 lists no %2: it cannot be a whole vault.")
                            .arg(shown(backupFolder), name));
    }
    // A store in the folder that the manifest does not list was put there afterwards.
    for (const QString& name : QDir(backupFolder).entryList({QStringLiteral("*.db")}, QDir::Files)) {
        if (!listed.contains(name))
            throw Error(ErrorKind::Damaged,
                        ModelText::tr("The backup %1 holds %2, which it did not list when it was made.")
                            .arg(shown(backupFolder), name));
    }
    return manifest;
}

std::optional<QString> VaultRestore::restoreInto(const QString& backupFolder, const QString& target,
                                                 const Progress& progress)
{
    const BackupManifest manifest = check(backupFolder);
    const QString folder = QDir::cleanPath(QDir(VaultPaths::withSuffix(target)).absolutePath());
    if (QFileInfo::exists(folder))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("%1 already exists: restore into a new folder, or replace that vault "
                                  "(lantern-cli restore --replace).")
                        .arg(shown(folder)));
    const QString partial = folder + QStringLiteral(".restoring");
    QDir(partial).removeRecursively(); // left by a restore that was cut off
    if (!QDir().mkpath(partial))
        throw Error(ErrorKind::Io, ModelText::tr("Could not create the folder %1.").arg(shown(partial)));
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qint64 total = 0;
    for (const BackupManifest::File& file : manifest.files)
        total += file.bytes;
    qint64 done = 0;
    try {
        for (const BackupManifest::File& file : manifest.files) {
            const qint64 before = done;
            const QByteArray hash =
                copyFileDurably(QDir(backupFolder).filePath(file.name), QDir(partial).filePath(file.name),
                                [&](qint64 copied) { return !progress || progress(before + copied, total); });
            if (hash.isEmpty()) {
                QDir(partial).removeRecursively();
                return std::nullopt;
            }
            if (hash != file.sha256)
                throw Error(ErrorKind::Damaged,
                            ModelText::tr("%1 changed while it was being restored.").arg(file.name));
            done += file.bytes;
            crashPoint("restore:file-copied");
        }
        moveFileDurably(partial, folder);
    } catch (...) {
        QDir(partial).removeRecursively();
        throw;
    }
    return folder;
}

QList<VaultRestore::Loss> VaultRestore::lossIfRestored(const BackupManifest& backup, Vault& current)
{
    if (backup.vaultId != current.vaultId())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The backup is of another vault (%1), not of %2.")
                                                 .arg(backup.vaultName, shown(current.paths().folder())));
    QList<Loss> losses;
    for (const BackupManifest::Chain& chain : backup.chains) {
        if (!current.audit().has(chain.name))
            continue;
        const qint64 head = current.audit().head(chain.name).seq;
        if (head <= chain.seq)
            continue;
        AuditFilter since;
        since.fromUtc = backup.madeAt;
        const QList<AuditEntry> after = current.audit().chain(chain.name).entries(since);
        losses.append({chain.name, head - chain.seq, after.isEmpty() ? QDateTime() : after.last().atUtc});
    }
    return losses;
}

std::optional<QString> VaultRestore::replace(const QString& backupFolder, const QString& vaultFolder,
                                             const QDateTime& now, const Progress& progress)
{
    check(backupFolder);
    const VaultPaths paths(vaultFolder);
    // Not while anyone has it open: their next write would go to a file that is no longer the vault.
    LockFile lock(paths.lock());
    const QString kept = paths.folder() + QStringLiteral(".replaced-") +
                         now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    lock.release();
    moveFileDurably(paths.folder(), kept);
    try {
        if (!restoreInto(backupFolder, paths.folder(), progress)) {
            moveFileDurably(kept, paths.folder());
            return std::nullopt;
        }
    } catch (...) {
        QDir(paths.folder()).removeRecursively();
        moveFileDurably(kept, paths.folder());
        throw;
    }
    QFile::remove(QDir(kept).filePath(QStringLiteral("lantern.lock")));
    return kept;
}

} // namespace lantern
