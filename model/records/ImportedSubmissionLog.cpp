#include "records/ImportedSubmissionLog.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

ImportedSubmissionLog::ImportedSubmissionLog(Vault& vault)
    : m_vault(vault)
{}

std::optional<ImportedSubmission> ImportedSubmissionLog::find(const QString& submissionId)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Statement query(m_vault.database(),
                    "SELECT submission_id, kind, key_id, username, created_at, file_name, file_sha256, "
                    "record_type, record_id, imported_at, imported_by FROM imported_submissions "
                    "WHERE submission_id = :id;");
    query.bind(":id", submissionId);
    if (!query.step())
        return std::nullopt;
    ImportedSubmission submission;
    submission.submissionId = query.text(0);
    submission.kind = query.text(1);
    submission.keyId = query.text(2);
    submission.username = query.text(3);
    submission.createdAt = fromIsoUtc(query.text(4));
    submission.fileName = query.text(5);
    submission.fileSha256 = query.text(6);
    submission.recordType = query.text(7);
    submission.recordId = query.integer(8);
    submission.importedAt = fromIsoUtc(query.text(9));
    submission.importedBy = query.text(10);
    return submission;
}

void ImportedSubmissionLog::add(const ImportedSubmission& submission)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Statement insert(m_vault.database(),
                     "INSERT INTO imported_submissions (submission_id, kind, key_id, username, created_at, "
                     "file_name, file_sha256, record_type, record_id, imported_at, imported_by) VALUES (:id, "
                     ":kind, :key, :user, :created, :file, :sha, :type, :record, :at, :by);");
    insert.bind(":id", submission.submissionId)
        .bind(":kind", submission.kind)
        .bind(":key", submission.keyId)
        .bind(":user", submission.username)
        .bind(":created", isoUtc(submission.createdAt))
        .bind(":file", submission.fileName)
        .bind(":sha", submission.fileSha256)
        .bind(":type", submission.recordType)
        .bind(":record", submission.recordId)
        .bind(":at", isoUtc(m_vault.clock().nowUtc()))
        .bind(":by", m_vault.user().username);
    insert.run();
}

} // namespace lantern
