#include "vault/VaultBackup.h"

#include "audit/AuditChains.h"
#include "calendar/UkTime.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "core/TestHooks.h"
#include "users/Permissions.h"
#include "vault/AuditAnchorWriter.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace lantern {

namespace {

const QString formatName = QStringLiteral("lantern-backup");
const QString partialSuffix = QStringLiteral(".partial");

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Folder names that sort by time and are valid on FAT and SMB shares (no colons).
QString stampOf(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('Z');
}

void makePrivateFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        throw Error(ErrorKind::Io,
                    ModelText::tr("Backups: could not create the folder %1.").arg(shown(path)));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// Removes what a backup left half-made; a failure to do so must not hide the error that stopped it.
void removeQuietly(const QString& folder)
{
    QDir(folder).removeRecursively();
}

} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonArray fileArray;
    for (const File& file : files)
        fileArray.append(QJsonObject{{QStringLiteral("name"), file.name},
                                     {QStringLiteral("bytes"), file.bytes},
                                     {QStringLiteral("sha256"), QString::fromLatin1(file.sha256.toHex())}});
    QJsonArray chainArray;
    for (const Chain& chain : chains)
        chainArray.append(
            QJsonObject{{QStringLiteral("chain"), chain.name}, {QStringLiteral("seq"), chain.seq}});
    const QJsonObject object{{QStringLiteral("format"), formatName},
                             {QStringLiteral("version"), formatVersion},
                             {QStringLiteral("vault_id"), vaultId},
                             {QStringLiteral("vault_name"), vaultName},
                             {QStringLiteral("made_at"), madeAt.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("made_by"), madeBy},
                             {QStringLiteral("files"), fileArray},
                             {QStringLiteral("chains"), chainArray}};
    return QJsonDocument(object).toJson();
}

BackupManifest BackupManifest::load(const QString& backupFolder)
{
    const QString path = QDir(backupFolder).filePath(fileName());
    // Anyone who can write to a shared backup folder could put a link to a device here.
    const JsonReader reader = JsonReader::parse(readOwnSmallFile(path, 1024 * 1024), shown(path));
    reader.requireFormat(formatName, formatVersion, ModelText::tr("it is not a Lantern backup manifest."),
                         ModelText::tr("restore it again"));
    BackupManifest manifest;
    manifest.vaultId = reader.string("vault_id");
    manifest.vaultName = reader.string("vault_name");
    manifest.madeAt = QDateTime::fromString(reader.string("made_at"), Qt::ISODateWithMs);
    if (!manifest.madeAt.isValid())
        reader.fail(ModelText::tr("made_at is not a time."));
    manifest.madeBy = reader.string("made_by");
    const QJsonArray fileArray = reader.array("files");
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        const JsonReader file(fileArray.at(i).toObject(),
                              QStringLiteral("%1, file %2").arg(shown(path)).arg(i + 1));
        File entry{file.string("name"), file.integer("bytes"),
                   QByteArray::fromHex(file.string("sha256").toLatin1())};
        // A name is a file of the backup folder, never a path out of it.
        if (entry.name.isEmpty() || entry.name.contains(QLatin1Char('/')) ||
            entry.name.contains(QLatin1Char('\\')) || entry.name.startsWith(QLatin1Char('.')) ||
            entry.sha256.size() != 32)
            file.fail(ModelText::tr("not a file of a backup."));
        manifest.files.append(entry);
    }
    const QJsonArray chainArray = reader.array("chains");
    for (qsizetype i = 0; i < chainArray.size(); ++i) {
        const JsonReader chain(chainArray.at(i).toObject(),
                               QStringLiteral("%1, chain %2").arg(shown(path)).arg(i + 1));
        manifest.chains.append({chain.string("chain"), chain.integer("seq")});
    }
    return manifest;
}

QList<int> backupsToKeep(const QList<QDateTime>& newestFirst, const BackupKeep& keep)
{
    QSet<int> kept;
    if (!newestFirst.isEmpty())
        kept.insert(0);
    const auto keepNewestOfEach = [&](int count, const std::function<QString(const QDate&)>& periodOf) {
        QStringList periods;
        for (int index = 0; index < newestFirst.size() && count > 0; ++index) {
            const QString period = periodOf(toUkLocal(newestFirst.at(index)).date());
            if (periods.contains(period))
                continue;
            if (periods.size() >= count)
                break;
            periods.append(period);
            kept.insert(index);
        }
    };
    keepNewestOfEach(keep.daily, [](const QDate& day) { return day.toString(Qt::ISODate); });
    keepNewestOfEach(keep.weekly, [](const QDate& day) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week);
    });
    keepNewestOfEach(keep.monthly, [](const QDate& day) { return day.toString(QStringLiteral("yyyy-MM")); });
    QList<int> result(kept.cbegin(), kept.cend());
    std::sort(result.begin(), result.end());
    return result;
}

VaultBackup::VaultBackup(Vault& vault)
    : m_vault(vault)
{}

QString VaultBackup::backupsFolder(const QString& destination) const
{
    return QDir(destination)
        .filePath(QFileInfo(m_vault.paths().folder()).fileName() + QStringLiteral("-backups"));
}

QList<QString> VaultBackup::backupsAt(const QString& destination) const
{
    const QDir folder(backupsFolder(destination));
    QList<std::pair<QDateTime, QString>> found;
    for (const QString& name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name.endsWith(partialSuffix))
            continue;
        try {
            const BackupManifest manifest = BackupManifest::load(folder.filePath(name));
            if (manifest.vaultId == m_vault.vaultId())
                found.append({manifest.madeAt, folder.filePath(name)});
        } catch (const Error&) {
            // Not one of this vault's backups (or a damaged one): never counted, never removed.
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<QString> result;
    for (const auto& each : found)
        result.append(each.second);
    return result;
}

QStringList VaultBackup::filesToCopy() const
{
    const VaultPaths& paths = m_vault.paths();
    QStringList files;
    for (const Compartment compartment : allCompartments()) {
        const QString store = paths.store(compartment);
        if (!QFileInfo::exists(store))
            continue;
        files.append(store);
        // A store left mid-transaction by a session that stopped (one this session has not opened) carries
        // its journal, which the next opening of the copy rolls back as it would the original's.
        if (QFileInfo::exists(store + QStringLiteral("-journal")))
            files.append(store + QStringLiteral("-journal"));
    }
    files.append(paths.keySlots());
    return files;
}

std::optional<BackupRun> VaultBackup::backUp(const Progress& progress)
{
    const QStringList destinations = BackupSettings(m_vault).destinations();
    if (destinations.isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Backups: no destination is set. Name a second disk, a network share or a USB "
                          "stick for the backups (Vault page, or lantern-cli backup --to FOLDER)."));
    return backUpTo(destinations, progress);
}

std::optional<BackupRun> VaultBackup::backUpTo(const QStringList& destinations, const Progress& progress)
{
    const User& user = m_vault.user();
    if (!BackupSettings::canBackUp(m_vault))
        requirePermission(user, Permission::ManageSchool); // throws, naming the role
    const QStringList files = filesToCopy();
    qint64 perDestination = 0;
    for (const QString& file : files)
        perDestination += QFileInfo(file).size();
    const qint64 total = perDestination * destinations.size();
    const BackupKeep keep = BackupSettings(m_vault).keep();

    BackupRun run;
    run.at = m_vault.clock().nowUtc();
    run.by = user.username;
    qint64 doneBefore = 0;
    bool stopped = false;
    for (const QString& destination : destinations) {
        BackupRun::Destination result{destination, {}, {}};
        QString partial;
        try {
            if (!QFileInfo(destination).isDir())
                throw Error(ErrorKind::NotFound,
                            ModelText::tr("the folder %1 cannot be found (is the disk or share connected?).")
                                .arg(shown(destination)));
            const QString backups = backupsFolder(destination);
            makePrivateFolder(backups);
            for (const QString& stale :
                 QDir(backups).entryList({QLatin1Char('*') + partialSuffix}, QDir::Dirs))
                removeQuietly(QDir(backups).filePath(stale));
            QString finalFolder = QDir(backups).filePath(stampOf(run.at));
            for (int n = 2; QFileInfo::exists(finalFolder); ++n)
                finalFolder = QDir(backups).filePath(stampOf(run.at) + QStringLiteral("-%1").arg(n));
            partial = finalFolder + partialSuffix;
            makePrivateFolder(partial);

            BackupManifest manifest;
            manifest.vaultId = m_vault.vaultId();
            manifest.vaultName = QFileInfo(m_vault.paths().folder()).fileName();
            manifest.madeAt = run.at;
            manifest.madeBy = user.username;
            for (const QString& file : files) {
                const QString name = QFileInfo(file).fileName();
                const qint64 before = doneBefore;
                const QByteArray hash =
                    copyFileDurably(file, QDir(partial).filePath(name), [&](qint64 copied) {
                        return !progress || progress(before + copied, total);
                    });
                if (hash.isEmpty()) {
                    stopped = true;
                    break;
                }
                const qint64 bytes = QFileInfo(file).size();
                doneBefore += bytes;
                manifest.files.append({name, bytes, hash});
                crashPoint("backup:file-copied");
            }
            if (stopped) {
                removeQuietly(partial);
                break;
            }
            // 1. What reached the destination is what was read.
            for (const BackupManifest::File& file : manifest.files) {
                if (sha256OfFile(QDir(partial).filePath(file.name)) != file.sha256)
                    throw Error(ErrorKind::Damaged,
                                ModelText::tr("the copy of %1 reads back differently from what was written "
                                              "(a failing disk or share?).")
                                    .arg(file.name));
            }
            // 2. The copy opens, every page reads and the audit chains verify.
            const AuditVerification verified = m_vault.verifyCopy(partial);
            if (!verified.intact())
                throw Error(ErrorKind::Damaged,
                            ModelText::tr("the copy's audit chain (%1) does not verify at entry %2: %3")
                                .arg(verified.chain)
                                .arg(*verified.firstBrokenSeq)
                                .arg(verified.problem));
            // 3. The heads of the chains, signed, beside the files; then the manifest.
            for (const QString& chain : m_vault.audit().names()) {
                const AuditHead head = m_vault.audit().head(chain);
                if (head.seq == 0)
                    continue;
                AuditAnchor anchor = m_vault.audit().anchor(m_vault.vaultId(), chain);
                anchor.save(
                    AuditAnchorWriter::pathFor(QDir(partial).filePath(QStringLiteral("anchor.json")), chain));
                manifest.chains.append({chain, anchor.seq});
            }
            writeFileAtomically(QDir(partial).filePath(BackupManifest::fileName()), manifest.toJson());
            crashPoint("backup:verified");
            moveFileDurably(partial, finalFolder);
            partial.clear();
            result.backupFolder = finalFolder;

            const QList<QString> existing = backupsAt(destination);
            QList<QDateTime> times;
            for (const QString& folder : existing)
                times.append(BackupManifest::load(folder).madeAt);
            const QList<int> kept = backupsToKeep(times, keep);
            for (int index = 0; index < existing.size(); ++index) {
                if (!kept.contains(index))
                    removeQuietly(existing.at(index));
            }
        } catch (const Error& error) {
            if (!partial.isEmpty())
                removeQuietly(partial);
            result.problem = error.message();
            doneBefore += perDestination; // the bar moves on to the next destination
        }
        if (stopped)
            break;
        run.destinations.append(result);
    }
    if (stopped)
        return std::nullopt;

    QStringList summary;
    for (const BackupRun::Destination& each : run.destinations)
        summary.append(
            each.problem.isEmpty()
                ? QStringLiteral("%1: %2 (verified)").arg(each.path, QFileInfo(each.backupFolder).fileName())
                : QStringLiteral("%1: failed: %2").arg(each.path, each.problem));
    VaultTransaction transaction(m_vault);
    m_vault.audit().append(user.username, QStringLiteral("vault.backup"), QStringLiteral("vault"),
                           m_vault.vaultId(), summary.join(QStringLiteral("; ")));
    BackupSettings(m_vault).recordRun(run);
    transaction.commit();
    return run;
}

} // namespace lantern
