#pragma once

#include "records/Attachment.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lantern {

class Vault;

// Files stored as BLOBs inside the encrypted database. exportTo() is the only way their bytes leave the
// vault: an explicit, audited, atomic write to a path the user chose. Nothing is ever written to a temporary
// file.
class AttachmentRepository {
public:
    // 20 MiB: a phone photo or a multi-page scan fits; a video does not belong in a safeguarding record.
    static constexpr qint64 maxBytes = 20 * 1024 * 1024;

    explicit AttachmentRepository(Vault& vault);

    // Stores `bytes` as `fileName` (any folder part is dropped) with its media type guessed from the
    // extension and its SHA-256. Throws Error(InvalidInput) naming the file, its size and the limit when too
    // large.
    qint64 add(const AttachmentOwner& owner, const QString& fileName, const QByteArray& bytes,
               const QString& description = {});
    // Metadata only, oldest first; audited "attachment.view" for the pupil or concern.
    QList<Attachment> list(const AttachmentOwner& owner);
    Attachment metadata(qint64 attachmentId);
    // The stored bytes; audited "attachment.view".
    QByteArray content(qint64 attachmentId);
    // Writes the bytes to `path` atomically (temporary file, fsync, rename); audited "attachment.export".
    void exportTo(qint64 attachmentId, const QString& path);

    static QString sha256Hex(const QByteArray& bytes);
    // Throws the too-large Error for a file of `sizeBytes`; lets a caller refuse a huge file before reading
    // it.
    static void requireWithinLimit(const QString& fileName, qint64 sizeBytes);

private:
    Vault& m_vault;
};

} // namespace lantern
