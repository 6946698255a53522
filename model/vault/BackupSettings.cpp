#include "vault/BackupSettings.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lantern {

namespace {

const char* const destinationsKey = "backup_destinations";
const char* const keepKey = "backup_keep";
const char* const lastRunKey = "backup_last_run";
const char* const lastGoodKey = "backup_last_good";

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

bool BackupRun::succeededAnywhere() const
{
    for (const Destination& each : destinations) {
        if (each.problem.isEmpty() && !each.backupFolder.isEmpty())
            return true;
    }
    return false;
}

BackupSettings::BackupSettings(Vault& vault)
    : m_vault(vault)
{}

QString BackupSettings::value(const char* key)
{
    Statement query(m_vault.database(), "SELECT value FROM main.vault_meta WHERE key = :key;");
    query.bind(":key", QString::fromLatin1(key));
    return query.step() ? query.text(0) : QString();
}

void BackupSettings::setValue(const char* key, const QString& value)
{
    Statement write(m_vault.database(),
                    "INSERT OR REPLACE INTO main.vault_meta (key, value) VALUES (:key, :value);");
    write.bind(":key", QString::fromLatin1(key)).bind(":value", value);
    write.run();
}

QStringList BackupSettings::destinations()
{
    QStringList result;
    for (const QJsonValue& each : QJsonDocument::fromJson(value(destinationsKey).toUtf8()).array())
        result.append(each.toString());
    return result;
}

void BackupSettings::setDestinations(const QStringList& folders)
{
    requirePermission(m_vault.user(), Permission::ManageSchool);
    QStringList cleaned;
    QJsonArray array;
    for (const QString& folder : folders) {
        const QString path = QDir::cleanPath(QDir(folder.trimmed()).absolutePath());
        if (folder.trimmed().isEmpty())
            throw Error(ErrorKind::InvalidInput, ModelText::tr("Backups: a destination has no folder."));
        // A backup inside the vault folder is lost with it.
        if (path == m_vault.paths().folder() || path.startsWith(m_vault.paths().folder() + QLatin1Char('/')))
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("Backups: %1 is inside the vault's own folder; a backup there is lost "
                                      "with the vault. Choose another disk or a network share.")
                            .arg(QDir::toNativeSeparators(path)));
        if (cleaned.contains(path))
            continue;
        cleaned.append(path);
        array.append(path);
    }
    VaultTransaction transaction(m_vault);
    setValue(destinationsKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("vault.backup-settings"), QStringLiteral("vault"),
        m_vault.vaultId(),
        QStringLiteral("destinations: %1")
            .arg(cleaned.isEmpty() ? QStringLiteral("none") : cleaned.join(QStringLiteral("; "))));
    transaction.commit();
}

BackupKeep BackupSettings::keep()
{
    BackupKeep result;
    const QJsonObject object = QJsonDocument::fromJson(value(keepKey).toUtf8()).object();
    result.daily = object.value(QStringLiteral("daily")).toInt(result.daily);
    result.weekly = object.value(QStringLiteral("weekly")).toInt(result.weekly);
    result.monthly = object.value(QStringLiteral("monthly")).toInt(result.monthly);
    return result;
}

void BackupSettings::setKeep(const BackupKeep& keep)
{
    requirePermission(m_vault.user(), Permission::ManageSchool);
    for (const int count : {keep.daily, keep.weekly, keep.monthly}) {
        if (count < 0 || count > 1000)
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("Backups: keep between 0 and 1000 of each kind (not %1).").arg(count));
    }
    if (keep.daily + keep.weekly + keep.monthly == 0)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Backups: keep at least one daily, weekly or monthly backup."));
    const QJsonObject object{{QStringLiteral("daily"), keep.daily},
                             {QStringLiteral("weekly"), keep.weekly},
                             {QStringLiteral("monthly"), keep.monthly}};
    VaultTransaction transaction(m_vault);
    setValue(keepKey, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    m_vault.audit().append(m_vault.user().username, QStringLiteral("vault.backup-settings"),
                           QStringLiteral("vault"), m_vault.vaultId(),
                           QStringLiteral("keep %1 daily, %2 weekly, %3 monthly")
                               .arg(keep.daily)
                               .arg(keep.weekly)
                               .arg(keep.monthly));
    transaction.commit();
}

std::optional<BackupRun> BackupSettings::lastRun()
{
    const QJsonObject object = QJsonDocument::fromJson(value(lastRunKey).toUtf8()).object();
    if (object.isEmpty())
        return std::nullopt;
    BackupRun run;
    run.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    run.by = object.value(QStringLiteral("by")).toString();
    for (const QJsonValue& each : object.value(QStringLiteral("destinations")).toArray()) {
        const QJsonObject destination = each.toObject();
        run.destinations.append({destination.value(QStringLiteral("path")).toString(),
                                 destination.value(QStringLiteral("backup")).toString(),
                                 destination.value(QStringLiteral("problem")).toString()});
    }
    return run;
}

std::optional<QDateTime> BackupSettings::lastGoodBackup()
{
    const QDateTime at = QDateTime::fromString(value(lastGoodKey), Qt::ISODateWithMs);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

void BackupSettings::recordRun(const BackupRun& run)
{
    QJsonArray destinations;
    for (const BackupRun::Destination& each : run.destinations)
        destinations.append(QJsonObject{{QStringLiteral("path"), each.path},
                                        {QStringLiteral("backup"), each.backupFolder},
                                        {QStringLiteral("problem"), each.problem}});
    const QJsonObject object{{QStringLiteral("at"), isoTime(run.at)},
                             {QStringLiteral("by"), run.by},
                             {QStringLiteral("destinations"), destinations}};
    setValue(lastRunKey, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    if (run.succeededAnywhere())
        setValue(lastGoodKey, isoTime(run.at));
}

bool BackupSettings::canBackUp(const Vault& vault)
{
    return hasPermission(vault.user(), Permission::ManageSchool) ||
           hasPermission(vault.user(), Permission::WritePupilRecords);
}

std::optional<QString> BackupSettings::overdueWarning()
{
    if (!canBackUp(m_vault))
        return std::nullopt;
    const std::optional<QDateTime> good = lastGoodBackup();
    if (!good)
        return ModelText::tr(
            "This vault has never been backed up: a dead disk, a stolen laptop or ransomware "
            "would lose every record. Set a backup destination on the Vault page "
            "(lantern-cli backup settings --destination) and back up now.");
    const qint64 days = good->daysTo(m_vault.clock().nowUtc());
    if (days < warnAfterDays)
        return std::nullopt;
    return ModelText::tr("The last good backup was made %1 days ago (%2). Back up now (Vault page, or "
                         "lantern-cli backup).")
        .arg(days)
        .arg(TextServices::formatDateTime(*good));
}

QString BackupSettings::statusLine()
{
    const std::optional<QDateTime> good = lastGoodBackup();
    if (!good)
        return ModelText::tr("No backup yet");
    const qint64 days = good->daysTo(m_vault.clock().nowUtc());
    const QString age = days < 1    ? ModelText::tr("today")
                        : days == 1 ? ModelText::tr("1 day ago")
                                    : ModelText::tr("%1 days ago").arg(days);
    return ModelText::tr("Last good backup: %1 (%2)").arg(TextServices::formatDateTime(*good), age);
}

} // namespace lantern
