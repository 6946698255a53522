// Backups and restores (docs/ARCHITECTURE.md "Backups"): the school's copies of the whole vault, verified
// when made, and the restore drill.
#include "Command.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "text/TextServices.h"
#include "vault/BackupSettings.h"
#include "vault/Vault.h"
#include "vault/VaultBackup.h"
#include "vault/VaultPaths.h"
#include "vault/VaultRestore.h"

#include <QDir>
#include <QFileInfo>

namespace lantern::cli {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString ageOf(const QDateTime& at, const Clock& clock)
{
    const qint64 days = at.daysTo(clock.nowUtc());
    if (days < 1)
        return QStringLiteral("made today");
    return days == 1 ? QStringLiteral("1 day old") : QStringLiteral("%1 days old").arg(days);
}

int backup(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    const QStringList to = parser.values(QStringLiteral("to"));
    const std::optional<BackupRun> run =
        to.isEmpty() ? VaultBackup(*vault).backUp() : VaultBackup(*vault).backUpTo(to);
    int failed = 0;
    for (const BackupRun::Destination& each : run->destinations) {
        if (each.problem.isEmpty()) {
            context.out << "Backed up and verified: " << shown(each.backupFolder) << "\n";
        } else {
            context.err << "lantern-cli: backup to " << shown(each.path) << " failed: " << each.problem
                        << "\n";
            ++failed;
        }
    }
    return failed == 0 ? Success : OtherFailure;
}

int backupSettings(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    BackupSettings settings(*vault);
    if (parser.isSet(QStringLiteral("destination")) || isOptionSet(parser, "no-destinations"))
        settings.setDestinations(parser.values(QStringLiteral("destination")));
    BackupKeep keep = settings.keep();
    bool keepChanged = false;
    for (const auto& [name, count] :
         {std::pair{"keep-daily", &keep.daily}, std::pair{"keep-weekly", &keep.weekly},
          std::pair{"keep-monthly", &keep.monthly}}) {
        if (!isOptionSet(parser, name))
            continue;
        bool number = false;
        *count = optionValue(parser, name).toInt(&number);
        if (!number)
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("--%1: \"%2\" is not a number.")
                            .arg(QString::fromLatin1(name), optionValue(parser, name)));
        keepChanged = true;
    }
    if (keepChanged)
        settings.setKeep(keep);
    const QStringList destinations = settings.destinations();
    context.out << "Destinations: " << (destinations.isEmpty() ? QStringLiteral("none") : QString()) << "\n";
    for (const QString& destination : destinations)
        context.out << "  " << shown(destination) << "\n";
    const BackupKeep kept = settings.keep();
    context.out << "Each keeps the newest backup of the last " << kept.daily << " day(s), " << kept.weekly
                << " week(s) and " << kept.monthly << " month(s).\n";
    const std::optional<QDateTime> good = settings.lastGoodBackup();
    context.out << "Last good backup: "
                << (good ? TextServices::formatDateTime(*good) + QStringLiteral(" (") +
                               ageOf(*good, context.clock) + QLatin1Char(')')
                         : QStringLiteral("never"))
                << "\n";
    return Success;
}

int backupList(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    const VaultBackup backups(*vault);
    for (const QString& destination : BackupSettings(*vault).destinations()) {
        context.out << shown(destination) << ":\n";
        const QList<QString> found = backups.backupsAt(destination);
        if (found.isEmpty())
            context.out << "  no backups\n";
        for (const QString& folder : found) {
            const BackupManifest manifest = BackupManifest::load(folder);
            context.out << "  " << shown(folder) << "  " << TextServices::formatDateTime(manifest.madeAt)
                        << " by " << manifest.madeBy << " (" << ageOf(manifest.madeAt, context.clock)
                        << ")\n";
        }
    }
    return Success;
}

void printManifest(Context& context, const QString& folder, const BackupManifest& manifest)
{
    context.out << "Backup " << shown(folder) << " of " << manifest.vaultName << " (vault "
                << manifest.vaultId << ")\n  made " << TextServices::formatDateTime(manifest.madeAt) << " by "
                << manifest.madeBy << ", " << ageOf(manifest.madeAt, context.clock)
                << "; every file is whole:";
    for (const BackupManifest::File& file : manifest.files)
        context.out << " " << file.name;
    context.out << "\n  audit chains:";
    for (const BackupManifest::Chain& chain : manifest.chains)
        context.out << " " << (chain.name == QLatin1String("main") ? QStringLiteral("directory") : chain.name)
                    << " to entry " << chain.seq;
    context.out << "\n";
}

int restore(Context& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        throw Error(ErrorKind::InvalidInput, QStringLiteral("Name the backup folder to restore."));
    const QString backupFolder = positional.first();
    const BackupManifest manifest = VaultRestore::check(backupFolder);
    printManifest(context, backupFolder, manifest);
    if (!isOptionSet(parser, "to")) {
        context.out
            << "Nothing restored. Restore it into a new folder to look inside (--to FOLDER --as USER).\n";
        return Success;
    }
    const QString target = VaultPaths::withSuffix(optionValue(parser, "to"));
    const QString user = optionValue(parser, "as");
    if (!QFileInfo::exists(target)) {
        const QString restored = *VaultRestore::restoreInto(backupFolder, target);
        context.out << "Restored into " << shown(restored) << ".\n";
        if (!user.isEmpty()) {
            auto vault = unlockFolderAs(context, restored, user);
            const AuditVerification verified = vault->audit().verify();
            context.out << "It opens for " << user << ", with " << vault->users().size()
                        << " user(s); its audit "
                        << "chains "
                        << (verified.intact() ? QStringLiteral("verify")
                                              : QStringLiteral("do NOT verify: ") + verified.problem)
                        << ".\n";
            return verified.intact() ? Success : DamagedData;
        }
        return Success;
    }

    // Over an existing vault: say what would be lost, and do it only when told to.
    if (user.isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("%1 already exists. To restore over it, sign in to it (--as USER) so that Lantern "
                           "can say what would be lost, and add --replace; or restore into a new folder.")
                .arg(shown(target)));
    try {
        auto current = unlockFolderAs(context, target, user);
        const QList<VaultRestore::Loss> losses = VaultRestore::lossIfRestored(manifest, *current);
        if (losses.isEmpty())
            context.out << "The backup is as new as " << shown(target) << " in every chain you can read.\n";
        for (const VaultRestore::Loss& loss : losses)
            context.out << "Restoring would lose " << loss.entries << " audit entr"
                        << (loss.entries == 1 ? "y" : "ies") << " of the "
                        << (loss.chain == QLatin1String("main") ? QStringLiteral("directory") : loss.chain)
                        << " chain, the newest " << TextServices::formatDateTime(loss.newest)
                        << ", and the records they describe.\n";
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::Damaged)
            throw;
        context.out << "The current vault does not open (" << error.message()
                    << "); restoring replaces it.\n";
    }
    if (!isOptionSet(parser, "replace")) {
        context.out << "Nothing was changed. Add --replace to restore over it (the current vault is kept "
                       "beside it).\n";
        return UsageOrInput;
    }
    const std::optional<QString> kept = VaultRestore::replace(backupFolder, target, context.clock.nowUtc());
    context.out << "Restored " << shown(target) << " from the backup; the vault it replaced is kept as "
                << shown(*kept) << ".\n";
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add({{QStringLiteral("backup")},
                  QStringLiteral("Back the vault up, verified, to its destinations (or --to FOLDER)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(
                          option("to", "Back up to this folder instead (repeat for several).", "FOLDER"));
                  },
                  backup});
    registry.add({{QStringLiteral("backup"), QStringLiteral("settings")},
                  QStringLiteral("Show, or change, where backups go and how many are kept."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(
                          option("destination",
                                 "A folder backups go to: a second disk, a network share, a USB stick "
                                 "(repeat for several; replaces the list).",
                                 "FOLDER"));
                      p.addOption(option("no-destinations", "Remove every destination."));
                      p.addOption(option("keep-daily", "Keep the newest backup of this many days.", "N"));
                      p.addOption(option("keep-weekly", "Keep the newest backup of this many weeks.", "N"));
                      p.addOption(option("keep-monthly", "Keep the newest backup of this many months.", "N"));
                  },
                  backupSettings});
    registry.add({{QStringLiteral("backup"), QStringLiteral("list")},
                  QStringLiteral("List the backups at each destination, newest first."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) { p.addOption(asOption()); },
                  backupList});
    registry.add({{QStringLiteral("restore")},
                  QStringLiteral(
                      "Check a backup; restore it into a new folder (--to), or over its vault (--replace)."),
                  QStringLiteral("BACKUP"),
                  [](QCommandLineParser& p) {
                      p.addOption(option("to", "The vault folder to restore into.", "FOLDER"));
                      p.addOption(option("as",
                                         "Sign in as this user: to the restored copy, or to the vault "
                                         "restored over (to say what would be lost).",
                                         "USER"));
                      p.addOption(
                          option("replace", "Restore over the existing vault at --to (it is kept beside)."));
                  },
                  restore});
});

} // namespace

} // namespace lantern::cli
