#pragma once

#include "records/Concern.h"

#include <QList>
#include <QString>
#include <optional>

namespace lantern {

class Database;
class Vault;

// Concerns: recording (any adult in school), reading and amending (the DSL team), and the status workflow.
// Every operation checks the signed-in user's permission first, and writes its rows, its audit entry, its
// chronology entries and its search-index entry in one transaction.
//
// Chronology: recording a concern puts one entry in the chronology of EACH child it names, dated when it
// happened (so a backdated concern falls into its place). An entry is marked significant when the child is
// the subject or the alleged harmer and a category is in the "Abuse and neglect" or "Exploitation" group —
// the statutory categories of abuse and the exploitation that KCSIE treats as such. A witness's entry is not
// marked; the DSL can mark any entry later. Amending a concern supersedes its entries (never deletes them).
class ConcernRepository {
public:
    explicit ConcernRepository(Vault& vault);

    // Records a new concern as the vault's user (Permission::RecordConcern); returns its id. Status "new".
    qint64 record(const NewConcern& concern);
    // Records a concern a member of staff sealed on their own computer, as the DSL team imports it
    // (model/submit/InboxImporter): recorded by `submittedBy` at `submittedAt` (their computer's clock, but
    // never later than now), source "staff-submission", status "new". The audit entry is the importing
    // user's and names `submissionId`. Needs Permission::WritePupilRecords.
    qint64 recordSubmitted(const NewConcern& concern, const QString& submittedBy,
                           const QDateTime& submittedAt, const QString& submissionId);
    // Adds a version (DSL/deputy); `reason` is required. Unchanged fields are carried over.
    void amend(qint64 concernId, const ConcernChanges& changes, const QString& reason);
    // The concern with every version, status change and decision id (DSL/deputy); audited "concern.view".
    Concern get(qint64 concernId);

    // The receipts of the concerns `username` recorded: id, time and status only. Anyone may read their own;
    // reading someone else's needs Permission::ReadPupilRecords.
    QList<ConcernReceipt> receipts(const QString& username);
    QList<ConcernReceipt> receipts();

    // A pupil's concerns, newest first by when they happened (DSL/deputy); audited "pupil.concerns.view".
    QList<ConcernSummary> listForPupil(qint64 pupilId);
    // Concerns still "new", oldest first: the DSL's inbox (DSL/deputy); audited "concern.inbox.view".
    QList<ConcernSummary> inbox();
    // The most recently recorded concerns, newest first (DSL/deputy); audited "concern.list.view".
    QList<ConcernSummary> recent(int limit = 50);

    // Moves a concern along: triaged → open, open → closed, triaged → closed, closed → open (a reopening,
    // which needs a note). new → triaged happens only by recording a decision (DecisionRepository::add).
    void setStatus(qint64 concernId, ConcernStatus status, const QString& note = {});
    ConcernStatus status(qint64 concernId);

    // The pupil with this UPN, for naming a child when recording (Permission::RecordConcern). Throws
    // NotFound.
    qint64 pupilIdByUpn(const QString& upn);

private:
    struct Recording {
        QString recordedBy;
        QString recordedAt;
        QString source;
        QString chronologyDetail;
        QString auditDetail;
    };
    qint64 insertNew(const NewConcern& concern, const Recording& recording);

    Vault& m_vault;
};

// The append-only status log of a concern, shared by ConcernRepository and DecisionRepository (which moves a
// new concern to triaged). Callers check permissions and hold the transaction.
class ConcernStatusLog {
public:
    // The latest status; throws Error(NotFound) when there is no such concern.
    static ConcernStatus current(Database& db, qint64 concernId);
    static void append(Database& db, qint64 concernId, ConcernStatus status, const QString& actor,
                       const QString& atUtc, const QString& note);
    // Whether setStatus may move `from` → `to` (a decision triages a new concern by its own path).
    static bool isAllowed(ConcernStatus from, ConcernStatus to);
};

} // namespace lantern
