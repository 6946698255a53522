#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lantern {

class Vault;

// How many backups a destination keeps (grandfather–father–son): the newest of each of the last `daily`
// days that have one, of each of the last `weekly` ISO weeks, and of each of the last `monthly` months. The
// newest backup is always kept.
struct BackupKeep {
    int daily = 7;
    int weekly = 5;
    int monthly = 12;

    friend bool operator==(const BackupKeep&, const BackupKeep&) = default;
};

// What the last backup run did: when, by whom, and for each destination the backup folder made or why not.
struct BackupRun {
    struct Destination {
        QString path;
        QString backupFolder; // empty when it failed
        QString problem;      // why it failed; empty when it succeeded
    };
    QDateTime at;
    QString by;
    QList<Destination> destinations;

    bool succeededAnywhere() const;
};

// Where and how the school's vault is backed up (docs/ARCHITECTURE.md "Backups"), kept in the directory
// store's vault_meta so that every session knows it: the destinations (a second disk, a network share, a USB
// stick), how many backups each keeps, and the last run and the last good backup. Changing the destinations
// or counts is for a DSL or an administrator (Permission::ManageSchool) and is audited
// "vault.backup-settings"; reading them is for anyone signed in (the status line).
class BackupSettings {
public:
    explicit BackupSettings(Vault& vault);

    QStringList destinations();
    void setDestinations(const QStringList& folders);
    BackupKeep keep();
    void setKeep(const BackupKeep& keep);

    // The last run (nullopt: never), and the time of the last backup that was made and verified somewhere.
    std::optional<BackupRun> lastRun();
    std::optional<QDateTime> lastGoodBackup();
    // Recorded by VaultBackup in the transaction of its audit entry.
    void recordRun(const BackupRun& run);

    // How long without a good backup before unlock warns (a week).
    static constexpr int warnAfterDays = 7;
    // For whoever can back up (a DSL, deputy or administrator): the warning to show at unlock when there has
    // been no good backup for warnAfterDays, or never; nullopt otherwise, and for everyone else.
    std::optional<QString> overdueWarning();
    // "Last good backup: 07/12/2026 18:03 (2 days ago)" or "No backup yet", for a status line.
    QString statusLine();
    // Whether the signed-in user may make a backup (VaultBackup): a DSL, deputy or administrator.
    static bool canBackUp(const Vault& vault);

private:
    QString value(const char* key);
    void setValue(const char* key, const QString& value);

    Vault& m_vault;
};

} // namespace lantern
