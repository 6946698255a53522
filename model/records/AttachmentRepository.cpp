#include "records/AttachmentRepository.h"

#include "calendar/PartialDate.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"
#include "records/CaseworkLookups.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <sodium.h>

namespace lantern {

namespace {

constexpr const char* metadataColumns =
    "SELECT id, pupil_id, concern_id, file_name, media_type, size_bytes, sha256, "
    "description, added_at, added_by FROM attachments ";

Attachment attachmentFrom(const Statement& row)
{
    Attachment attachment;
    attachment.id = row.integer(0);
    attachment.pupilId = row.optionalInteger(1);
    attachment.concernId = row.optionalInteger(2);
    attachment.fileName = row.text(3);
    attachment.mediaType = row.text(4);
    attachment.sizeBytes = row.integer(5);
    attachment.sha256 = row.text(6);
    attachment.description = row.text(7);
    attachment.addedAt = row.text(8);
    attachment.addedBy = row.text(9);
    return attachment;
}

// Byte sizes as people read them ("20.0 MiB"), with the exact count for anyone comparing.
QString describeSize(qint64 bytes)
{
    return QStringLiteral("%1 (%2 bytes)")
        .arg(QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat))
        .arg(bytes);
}

void requireOwner(Database& db, const AttachmentOwner& owner)
{
    if (owner.pupilId.has_value() == owner.concernId.has_value())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("An attachment belongs to either a pupil or a concern: name exactly one."));
    if (owner.pupilId)
        casework::requirePupil(db, *owner.pupilId);
    else
        casework::requireConcern(db, *owner.concernId);
}

Attachment loadMetadata(Database& db, qint64 attachmentId)
{
    const QByteArray sql = QByteArray(metadataColumns) + "WHERE id = :id;";
    Statement query(db, sql.constData());
    query.bind(":id", attachmentId);
    if (!query.step())
        throw Error(ErrorKind::NotFound,
                    ModelText::tr("There is no attachment with id %1.").arg(attachmentId));
    return attachmentFrom(query);
}

QByteArray loadContent(Database& db, qint64 attachmentId)
{
    Statement query(db, "SELECT content FROM attachments WHERE id = :id;");
    query.bind(":id", attachmentId);
    if (!query.step())
        throw Error(ErrorKind::NotFound,
                    ModelText::tr("There is no attachment with id %1.").arg(attachmentId));
    return query.blob(0);
}

// "pupil 3", or "concern 5; pupil 3, pupil 7" — the children named, so the audit viewer's pupil filter finds
// it.
QString ownerDetails(Database& db, const AttachmentOwner& owner)
{
    return owner.pupilId ? QStringLiteral("pupil %1").arg(*owner.pupilId)
                         : QStringLiteral("concern %1; %2")
                               .arg(owner.concernId.value_or(0))
                               .arg(casework::pupilsOfConcern(db, owner.concernId.value_or(0)));
}

QString ownerDetails(Database& db, const Attachment& attachment)
{
    return ownerDetails(db, AttachmentOwner{attachment.pupilId, attachment.concernId});
}

} // namespace

AttachmentRepository::AttachmentRepository(Vault& vault)
    : m_vault(vault)
{}

QString AttachmentRepository::sha256Hex(const QByteArray& bytes)
{
    ensureSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(sizeof digest)).toHex());
}

void AttachmentRepository::requireWithinLimit(const QString& fileName, qint64 sizeBytes)
{
    if (sizeBytes > maxBytes)
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("The file \"%1\" is %2, larger than the %3 an attachment may be.")
                .arg(QFileInfo(fileName).fileName(), describeSize(sizeBytes), describeSize(maxBytes)));
}

qint64 AttachmentRepository::add(const AttachmentOwner& owner, const QString& fileName,
                                 const QByteArray& bytes, const QString& description)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    requireOwner(db, owner);
    // Only the name is kept: the folder it came from says nothing about the child and may say too much.
    const QString name =
        TextServices::normalizeForStorage(QFileInfo(fileName.trimmed()).fileName()).trimmed();
    if (name.isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The attachment's file name is required."));
    requireWithinLimit(name, bytes.size());
    const QString mediaType = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name();

    Transaction transaction(db);
    Statement insert(
        db, "INSERT INTO attachments (pupil_id, concern_id, file_name, media_type, size_bytes, sha256, "
            "content, description, added_at, added_by) VALUES (:pupil, :concern, :name, :type, :size, "
            ":sha, :content, :description, :at, :by);");
    insert.bind(":pupil", owner.pupilId)
        .bind(":concern", owner.concernId)
        .bind(":name", name)
        .bind(":type", mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : mediaType)
        .bind(":size", static_cast<qint64>(bytes.size()))
        .bind(":sha", sha256Hex(bytes))
        .bindBlob(":content", bytes)
        .bind(":description", TextServices::normalizeForStorage(description).trimmed())
        .bind(":at", isoUtc(m_vault.clock().nowUtc()))
        .bind(":by", m_vault.user().username);
    insert.run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("attachment.add"),
                           QStringLiteral("attachment"), QString::number(id), ownerDetails(db, owner));
    transaction.commit();
    return id;
}

QList<Attachment> AttachmentRepository::list(const AttachmentOwner& owner)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    requireOwner(db, owner);
    Transaction transaction(db);
    const QByteArray sql =
        QByteArray(metadataColumns) +
        (owner.pupilId ? "WHERE pupil_id = :owner ORDER BY id;" : "WHERE concern_id = :owner ORDER BY id;");
    Statement query(db, sql.constData());
    query.bind(":owner", owner.pupilId ? *owner.pupilId : *owner.concernId);
    QList<Attachment> result;
    while (query.step())
        result.append(attachmentFrom(query));
    m_vault.audit().append(m_vault.user().username, QStringLiteral("attachment.view"),
                           owner.pupilId ? QStringLiteral("pupil") : QStringLiteral("concern"),
                           QString::number(owner.pupilId ? *owner.pupilId : *owner.concernId));
    transaction.commit();
    return result;
}

Attachment AttachmentRepository::metadata(qint64 attachmentId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    return loadMetadata(m_vault.database(), attachmentId);
}

QByteArray AttachmentRepository::content(qint64 attachmentId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const Attachment attachment = loadMetadata(db, attachmentId);
    QByteArray bytes = loadContent(db, attachmentId);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("attachment.view"),
                           QStringLiteral("attachment"), QString::number(attachmentId),
                           ownerDetails(db, attachment));
    transaction.commit();
    return bytes;
}

void AttachmentRepository::exportTo(qint64 attachmentId, const QString& path)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    requirePermission(m_vault.user(), Permission::Export);
    if (path.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The export path is required."));
    Database& db = m_vault.database();
    Transaction transaction(db);
    const Attachment attachment = loadMetadata(db, attachmentId);
    const QByteArray bytes = loadContent(db, attachmentId);
    if (sha256Hex(bytes) != attachment.sha256)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("Attachment %1 does not match the SHA-256 recorded when it "
                                  "was added; it was not exported.")
                        .arg(attachmentId));
    const QString target = QFileInfo(path).absoluteFilePath();
    // The audit entry and the file land together: if the write fails the transaction rolls the entry back.
    m_vault.audit().append(m_vault.user().username, QStringLiteral("attachment.export"),
                           QStringLiteral("attachment"), QString::number(attachmentId),
                           ownerDetails(db, attachment) +
                               QStringLiteral(", sha256 %1, to %2").arg(attachment.sha256, target));
    writeFileAtomically(target, bytes);
    transaction.commit();
}

} // namespace lantern
