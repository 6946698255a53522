#pragma once

#include <QString>
#include <optional>

namespace lantern {

// A file kept in the vault beside a pupil's record or a concern (a scan of a handwritten note). Its bytes
// live only inside the encrypted database; this struct carries the metadata shown in lists.
struct Attachment {
    qint64 id = 0;
    std::optional<qint64> pupilId;
    std::optional<qint64> concernId;
    QString fileName;
    QString mediaType;
    qint64 sizeBytes = 0;
    QString sha256; // lower-case hex
    QString description;
    QString addedAt; // UTC ISO
    QString addedBy;
};

// Whom an attachment belongs to: a pupil or a concern.
struct AttachmentOwner {
    std::optional<qint64> pupilId;
    std::optional<qint64> concernId;

    static AttachmentOwner pupil(qint64 id) { return {id, std::nullopt}; }
    static AttachmentOwner concern(qint64 id) { return {std::nullopt, id}; }
};

} // namespace lantern
