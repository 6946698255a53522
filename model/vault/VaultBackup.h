#pragma once

#include "vault/BackupSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace lantern {

class Vault;

// What backup.json says of one backup (docs/ARCHITECTURE.md "Backups").
struct BackupManifest {
    struct File {
        QString name;
        qint64 bytes = 0;
        QByteArray sha256;
    };
    struct Chain {
        QString name; // "main" (the directory's), "cases", …
        qint64 seq = 0;
    };
    static QString fileName() { return QStringLiteral("backup.json"); }
    static constexpr int formatVersion = 1;

    QString vaultId;
    QString vaultName; // the vault folder's name, "school.lantern"
    QDateTime madeAt;  // UTC
    QString madeBy;
    QList<File> files;
    QList<Chain> chains; // the head of each chain the maker held, as anchored beside the files

    QByteArray toJson() const;
    // Error(Damaged) naming the file for anything malformed; Error(NewerVersion) for a newer format.
    static BackupManifest load(const QString& backupFolder);
};

// Makes a backup of the open vault: a byte-for-byte copy of every file that holds records or keys (each
// store, keyslots.json — so the copy is as encrypted as the vault, and opens with the passwords and recovery
// key of its day), copied while this process holds the vault's lock and no transaction is open, so the files
// agree with each other. Into DESTINATION/<vault name>-backups/<time>/ by way of a ".partial" folder renamed
// into place only once
//  1. every file's SHA-256, read back from the destination, matches what was copied;
//  2. the copy opens with this session's keys, every page reads and every audit chain verifies
//     (Vault::verifyCopy; stores the session holds no key to are checked by hash alone);
//  3. backup.json and the signed anchor of each chain (the audit head, AuditAnchor) are written beside.
// Then the destination's older backups beyond BackupSettings::keep() are removed (only folders whose
// backup.json names this vault), and the run is audited "vault.backup" and recorded for the status line.
// A failure at one destination (missing, full, unwritable) is reported for it and leaves nothing there but
// the backups it had; the others are still made.
class VaultBackup {
public:
    // Bytes copied so far of the run's total (every destination); return false to stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit VaultBackup(Vault& vault);

    // To every destination in BackupSettings. Error(InvalidInput) when none is set. Returns the run, also
    // when some destinations failed; nullopt when stopped by `progress` (nothing half-made is left, nothing
    // recorded).
    std::optional<BackupRun> backUp(const Progress& progress = {});
    // To `destinations` instead (lantern-cli backup --to).
    std::optional<BackupRun> backUpTo(const QStringList& destinations, const Progress& progress = {});

    // The backups found at `destination` for this vault, newest first.
    QList<QString> backupsAt(const QString& destination) const;
    // The folder a destination keeps this vault's backups in.
    QString backupsFolder(const QString& destination) const;

private:
    QStringList filesToCopy() const;

    Vault& m_vault;
};

// Which of `times` (newest first) a destination keeps under `keep`: their indices.
QList<int> backupsToKeep(const QList<QDateTime>& newestFirst, const BackupKeep& keep);

} // namespace lantern
