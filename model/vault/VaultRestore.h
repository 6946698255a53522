#pragma once

#include "vault/VaultBackup.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace lantern {

class Vault;

// Putting a backup (VaultBackup) back: checked file by file against its manifest before anything is copied,
// copied into a folder of its own (the restore drill, or a vault lost with its disk), or over the vault it
// came from — and then only on confirmation, saying what would be lost, and keeping the vault it replaces.
class VaultRestore {
public:
    using Progress = VaultBackup::Progress;

    // The backup's manifest once every file it lists is there with the SHA-256 it lists. Error(NotFound) for
    // a folder with no backup.json; Error(Damaged) naming the first file missing or changed (a tampered or
    // decaying backup), or a store the manifest does not list.
    static BackupManifest check(const QString& backupFolder);

    // Copies the checked backup into `target` (which must not exist; ".lantern" is added if missing) and
    // returns the vault folder made. Stopped by `progress`: nothing is left at `target`, and nullopt.
    static std::optional<QString> restoreInto(const QString& backupFolder, const QString& target,
                                              const Progress& progress = {});

    // What restoring `backup` over `current` (the same vault, unlocked by the person restoring) would lose:
    // for each audit chain both hold, the entries the current vault has after the backup's head. Empty: the
    // backup is as new as the vault in every chain this session can read.
    struct Loss {
        QString chain;
        qint64 entries = 0;
        QDateTime newest; // the time of the current vault's newest entry in that chain
    };
    static QList<Loss> lossIfRestored(const BackupManifest& backup, Vault& current);

    // Restores the checked backup in place of the vault at `vaultFolder`, which must not be open: the
    // current folder is first renamed to "<folder>.replaced-<time>" (kept, never deleted), then the backup is
    // copied in. Returns the kept folder. Stopped by `progress`: the current vault is put back as it was.
    static std::optional<QString> replace(const QString& backupFolder, const QString& vaultFolder,
                                          const QDateTime& now, const Progress& progress = {});
};

} // namespace lantern
