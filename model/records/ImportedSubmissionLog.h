#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace lantern {

class Vault;

// One staff submission filed from the inbox, as the log keeps it.
struct ImportedSubmission {
    QString submissionId;
    QString kind;        // "concern" or "adult-concern"
    QString keyId;       // the staff key that signed it
    QString username;    // its user
    QDateTime createdAt; // by the staff machine's clock
    QString fileName;
    QString fileSha256; // hex
    QString recordType; // "concern", or the adults register's record type
    qint64 recordId = 0;
    QDateTime importedAt; // set by the log: now, and the signed-in user
    QString importedBy;
};

// The log of every submission ever imported (table imported_submissions), by submission id: what makes a
// replayed file recognisable, and lets an import cut off between filing a submission and moving its file
// finish the move. The inbox importer (Permission::WritePupilRecords) writes each row in the transaction that
// files the record and audits it.
class ImportedSubmissionLog {
public:
    explicit ImportedSubmissionLog(Vault& vault);

    // The submission with this id, or nullopt when it was never imported.
    std::optional<ImportedSubmission> find(const QString& submissionId);
    // Adds `submission`, imported now by the signed-in user (its importedAt and importedBy are ignored).
    void add(const ImportedSubmission& submission);

private:
    Vault& m_vault;
};

} // namespace lantern
