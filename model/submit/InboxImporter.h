#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace lantern {

class Vault;

// A child named in a submission whom the roll cannot settle alone: no pupil, or several, fit the name (and
// year group) the staff member gave. The DSL chooses the pupil (InboxImporter::importHeld).
struct UnmatchedChild {
    int index = 0; // place in the submission's list of children, from 0
    QString name;  // as the staff member gave it
    QString yearGroup;
    QList<qint64> candidates; // the pupils that fit, none or several

    // As the submission names the child, for messages: "\"Amy Okafor\" in Year 7".
    QString named() const { return namedChild(name, yearGroup); }
    static QString namedChild(const QString& name, const QString& yearGroup);
};

// What became of one file in the inbox.
struct InboxFileOutcome {
    enum class Result {
        Imported,        // now a record, status new; the file is in processed/
        AlreadyImported, // imported by an earlier import that was cut off before moving it; now in processed/
        Rejected,        // refused (reason); the file is in rejected/
        Held,            // valid, but cannot be filed yet (reason); the file stays in the inbox
    };

    QString fileName;
    Result result = Result::Rejected;
    QString reason; // for Rejected and Held, in words; names nothing from the content but a held child
    QString submissionId;
    QString kind;        // "concern" or "adult-concern", once known
    QString submittedBy; // the staff member's username, once known
    QString recordType;  // "concern" (or the adults register's type) for Imported and AlreadyImported
    qint64 recordId = 0;
    QList<UnmatchedChild> unmatched; // Held because of these children; empty for any other reason
    // Why the sender's acknowledgement (submit/SubmissionAcknowledgement.h) could not be written; empty when
    // it was, or when none is due (an unknown sender, a replayed copy).
    QString acknowledgementProblem;
};

struct InboxImportReport {
    QString inbox;
    QList<InboxFileOutcome> files;

    int count(InboxFileOutcome::Result result) const;
};

// The DSL team's import of staff submissions (docs/ARCHITECTURE.md "Staff submissions"). For each
// *.lantern-submission file in the inbox, oldest first, it
//  1. opens the seal with the vault's secret key (a file changed in any byte, or sealed for another vault,
//     does not open: rejected as tampered);
//  2. checks the Ed25519 signature with the enrolled key the envelope names (an unknown key, or a signature
//     that is not that key's: rejected as forged), that the key is not revoked, that its user is enabled,
//     and that the payload names this vault, that key and that user;
//  3. refuses a submission id already imported (replayed) or met earlier in the same run (duplicate);
//  4. files the content: a concern in triage with status new, recorded as by the staff member, with the
//     submission id kept so it is never imported twice — the record, the id and the audit entry commit in
//     one transaction — and then moves the file to processed/.
// Rejected files move to rejected/ and each rejection is audited with its reason. Whatever becomes of a file
// whose signature checks, its sender is told in receipts/<submission id>.lantern-receipt, boxed to their key,
// with the audit chain's anchor once it is filed (SubmissionAcknowledgement). A submission whose child
// matches no pupil (or several) on the roll stays in the inbox as held, with the reason and the children
// concerned, until the roster is put right or the DSL chooses the pupil (importHeld). An import cut off at
// any point and run again imports each submission exactly once. Needs Permission::WritePupilRecords.
class InboxImporter {
public:
    // Called after each file with how many are done of how many; return false to stop after this file.
    using Progress = std::function<bool(int done, int total)>;

    explicit InboxImporter(Vault& vault);
    ~InboxImporter();

    // The submission files waiting in `inbox` (empty: the vault's inbox), oldest first.
    QStringList pending(const QString& inbox = {});
    // Imports every pending file. Throws Error(InvalidInput) when no inbox is given or set, Error(NotFound)
    // when the folder does not exist; everything about a single file is reported in its outcome.
    InboxImportReport importAll(const QString& inbox = {}, const Progress& progress = {});

    // The same, a file at a time, for a window that shows its progress between files: begin() lists the
    // pending files (and throws as importAll does), importNext() imports one, finish() writes the run's
    // summary to the audit chain ("submission.inbox.import") and returns the report. Stopping early is
    // safe: each file is complete or untouched.
    void begin(const QString& inbox = {});
    int total() const;
    int done() const;
    bool atEnd() const { return done() >= total(); }
    const InboxFileOutcome& importNext();
    InboxImportReport finish();

    // Imports one held file with the DSL's choice of pupil for children the roll could not settle:
    // `chosen` maps a child's index in the submission to a pupil id. The file is checked as in any import
    // (it may be rejected now) and the choices are in its "submission.import" audit entry. A child still
    // unsettled leaves it held. Throws Error(NotFound) when the file is not waiting in the inbox and
    // Error(InvalidInput) when a choice names no child of the submission or no pupil on the roll.
    InboxFileOutcome importHeld(const QString& fileName, const QHash<int, qint64>& chosen,
                                const QString& inbox = {});

    static QString processedFolderName() { return QStringLiteral("processed"); }
    static QString rejectedFolderName() { return QStringLiteral("rejected"); }

private:
    class Run;

    QString inboxFolder(const QString& given);

    Vault& m_vault;
    std::unique_ptr<Run> m_run;
    QStringList m_files;
    InboxImportReport m_report;
};

} // namespace lantern
