#include "submit/InboxImporter.h"

#include "adults/AdultConcernRepository.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "core/TestHooks.h"
#include "records/ConcernRepository.h"
#include "records/ImportedSubmissionLog.h"
#include "records/Pupil.h"
#include "records/PupilDirectory.h"
#include "submit/RosterMatcher.h"
#include "submit/StaffEnrolment.h"
#include "submit/Submission.h"
#include "submit/SubmissionAcknowledgement.h"
#include "submit/SubmissionKeys.h"
#include "submit/SubmissionProfiles.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace lantern {

namespace {

using Result = InboxFileOutcome::Result;

// Thrown inside one file's import: the file is refused (moved to rejected/) or held (left in the inbox).
struct Refusal {
    Result result;
    QString reason;
};

[[noreturn]] void reject(const QString& reason)
{
    throw Refusal{Result::Rejected, reason};
}

[[noreturn]] void hold(const QString& reason)
{
    throw Refusal{Result::Held, reason};
}

// processed/NAME, or NAME-2, NAME-3 … if a file of that name is already there.
QString freeNameIn(const QDir& folder, const QString& fileName)
{
    QString candidate = folder.filePath(fileName);
    const QString suffix = SealedSubmission::fileSuffix();
    const QString stem = fileName.endsWith(suffix) ? fileName.chopped(suffix.size()) : fileName;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder.filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix));
    return candidate;
}

// One run over the inbox: the vault's key pair, the enrolled keys and the roster are read once.
class InboxRun {
public:
    // `chosen`: the DSL's choice of pupil for children of a held submission (index → pupil id).
    InboxRun(Vault& vault, const QString& inbox, const QHash<int, qint64>& chosen = {})
        : m_vault(vault)
        , m_inbox(inbox)
        , m_keys(SubmissionKeys::read(vault))
        , m_enrolment(vault)
        , m_imported(vault)
        , m_roster(PupilDirectory(vault).everyone())
        , m_chosen(chosen)
    {}

    InboxFileOutcome process(const QString& fileName)
    {
        InboxFileOutcome outcome;
        outcome.fileName = fileName;
        m_sender.reset();
        m_replay = false;
        try {
            importFile(outcome);
        } catch (const Refusal& refusal) {
            outcome.result = refusal.result;
            outcome.reason = refusal.reason;
            if (refusal.result == Result::Rejected)
                moveRejected(outcome);
        }
        acknowledge(outcome);
        return outcome;
    }

private:
    void importFile(InboxFileOutcome& outcome)
    {
        const QString path = QDir(m_inbox).filePath(outcome.fileName);
        // Anyone can write into the inbox: a link to a device or to a huge file must not be read (a link to
        // /dev/zero once ate the memory and stopped every import).
        QByteArray bytes;
        try {
            bytes = readRegularFile(path, SealedSubmission::maximumFileBytes);
        } catch (const Error& error) {
            if (error.kind() == ErrorKind::InvalidInput)
                reject(error.message());
            hold(error.message());
        }
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const SubmissionPayload payload = verified(bytes, outcome);

        // A copy of a submission already seen is no news for its sender: the acknowledgement of the original
        // stands.
        m_replay = true;
        if (const auto earlier = m_seenThisRun.constFind(payload.submissionId);
            earlier != m_seenThisRun.cend())
            reject(
                ModelText::tr("duplicate: it is the same submission (%1) as %2, met earlier in this import.")
                    .arg(payload.submissionId, *earlier));
        if (const std::optional<ImportedSubmission> before = m_imported.find(payload.submissionId)) {
            finishInterrupted(outcome, *before, sha256);
            return;
        }
        m_seenThisRun.insert(payload.submissionId, outcome.fileName);
        m_replay = false;

        if (payload.kind == SubmissionPayload::concernKind())
            importConcern(outcome, payload, sha256);
        else
            importAdultConcern(outcome, payload, sha256);
        crashPoint("inbox:imported");
        moveFileDurably(path, freeNameIn(subfolder(InboxImporter::processedFolderName()), outcome.fileName));
    }

    // The payload, once seal, signature, key, user and vault have all been checked.
    SubmissionPayload verified(const QByteArray& bytes, InboxFileOutcome& outcome)
    {
        if (!m_keys)
            reject(
                ModelText::tr("tampered or not for this vault: this vault has never published a submission "
                              "profile, so nothing can have been sealed to it."));
        SealedSubmission::Opened opened;
        try {
            opened = SealedSubmission::open(bytes, m_keys->publicKey, m_keys->secretKey);
        } catch (const Error& error) {
            reject(ModelText::tr("tampered or not for this vault: %1").arg(error.message()));
        }
        const std::optional<EnrolledKey> key = m_enrolment.find(opened.keyId);
        if (!key)
            reject(ModelText::tr("forged: it is signed with a key (%1) this vault never enrolled.")
                       .arg(opened.keyId.left(32)));
        if (!opened.isSignedBy(key->publicKey))
            reject(
                ModelText::tr("forged: its signature is not that of the key it names (%1, enrolled for %2).")
                    .arg(key->keyId, key->username));
        m_sender = key; // from here on the sender is known, and is told what became of it
        SubmissionPayload payload;
        try {
            payload = SubmissionPayload::parse(opened.payloadBytes, QStringLiteral("the submission"));
        } catch (const Error& error) {
            if (error.kind() == ErrorKind::NewerVersion)
                hold(error.message());
            reject(error.message());
        }
        outcome.submissionId = payload.submissionId;
        outcome.kind = payload.kind;
        outcome.submittedBy = key->username;
        if (payload.keyId != key->keyId || payload.username != key->username)
            reject(
                ModelText::tr("forged: it names the key %1 and the user %2 but is signed with %3's key %4.")
                    .arg(payload.keyId.left(32), payload.username.left(64), key->username, key->keyId));
        if (payload.vaultId != m_vault.vaultId())
            reject(ModelText::tr("it was made for another vault (%1), not this one.")
                       .arg(payload.vaultId.left(64)));
        if (key->revokedAt)
            reject(ModelText::tr("it is signed with %1's key %2, which was revoked on %3 (%4).")
                       .arg(key->username, key->keyId, TextServices::formatDateTime(*key->revokedAt),
                            key->revokedReason));
        if (!key->userEnabled)
            reject(ModelText::tr("%1's account is disabled, so their submissions are no longer accepted.")
                       .arg(key->username));
        return payload;
    }

    // The submission was imported before. If this is the very file, still in the inbox because an earlier
    // import was cut off between filing it and moving it, finish the move; anything else is a replay.
    void finishInterrupted(InboxFileOutcome& outcome, const ImportedSubmission& before, const QString& sha256)
    {
        const QDir processed = subfolder(InboxImporter::processedFolderName());
        if (before.fileName != outcome.fileName || before.fileSha256 != sha256 ||
            QFileInfo::exists(processed.filePath(outcome.fileName)))
            reject(ModelText::tr("replayed: submission %1 was already imported on %2 (%3 %4).")
                       .arg(outcome.submissionId, TextServices::formatDateTime(before.importedAt),
                            before.recordType)
                       .arg(before.recordId));
        moveFileDurably(QDir(m_inbox).filePath(outcome.fileName), processed.filePath(outcome.fileName));
        outcome.result = Result::AlreadyImported;
        outcome.recordType = before.recordType;
        outcome.recordId = before.recordId;
        outcome.reason =
            QStringLiteral("already imported by an import that was cut off; moved to processed/ now.");
    }

    void importConcern(InboxFileOutcome& outcome, const SubmissionPayload& payload, const QString& sha256)
    {
        SubmittedConcern submitted;
        try {
            submitted = concernFromContent(payload.content, QStringLiteral("the concern"));
        } catch (const Error& error) {
            reject(error.message());
        }
        ConcernContent concern = submitted.withChildren(QList<ConcernChild>());
        const QString choices = matchChildren(submitted.children, concern, outcome);

        const QDateTime writtenAt = plausibleTime(payload);
        VaultTransaction transaction(m_vault);
        const qint64 id = recordOrReject([&] {
            return ConcernRepository(m_vault).recordSubmitted(concern, payload.username, writtenAt,
                                                              payload.submissionId);
        });
        QStringList notes{choices};
        if (writtenAt != payload.createdAt)
            notes.append(
                QStringLiteral("recorded at the import time: the sender's clock said %1, before their "
                               "key was enrolled")
                    .arg(payload.createdAt.toString(Qt::ISODate)));
        notes.removeAll(QString());
        recordImport(outcome, payload, sha256, QStringLiteral("concern"), id,
                     notes.join(QStringLiteral("; ")));
        transaction.commit();
        outcome.result = Result::Imported;
        outcome.recordType = QStringLiteral("concern");
        outcome.recordId = id;
    }

    // A low-level concern about an adult goes to the adults register, recorded by the importing user with the
    // staff member as the reporter. The importer gets a receipt only: it cannot read the register back unless
    // it is one of the register's keepers (and never a concern about the headteacher).
    void importAdultConcern(InboxFileOutcome& outcome, const SubmissionPayload& payload,
                            const QString& sha256)
    {
        SubmittedAdultConcern submitted;
        try {
            submitted =
                adultConcernFromContent(payload.content, QStringLiteral("the concern about an adult"));
        } catch (const Error& error) {
            reject(error.message());
        }
        const std::optional<AdultRole> role = adultRoleFromName(submitted.adultRole);
        if (!role)
            reject(ModelText::tr("its content is not acceptable: \"%1\" is not a role in school.")
                       .arg(submitted.adultRole.left(64)));
        // A concern about the headteacher is written only into the headteacher store, whose key the chair of
        // governors holds and the DSL team do not: a session without it cannot file it. Held, not thrown, so
        // that the rest of the inbox is still imported (a refusal escaping here stopped every import).
        if (submitted.aboutHeadteacher && !m_vault.holds(Compartment::Headteacher))
            hold(ModelText::tr("it is for the chair of governors alone, and this session holds no key to the "
                               "chair's records: it stays in the inbox. Tell the chair of governors that a "
                               "submission is waiting for them."));
        ReportedAdultConcern concern;
        concern.adult.name = submitted.adultName;
        concern.adult.role = *role;
        concern.adult.isHeadteacher = submitted.aboutHeadteacher;
        concern.content.occurred = submitted.occurred;
        concern.content.account = submitted.account;
        concern.content.response = submitted.response;
        concern.content.reporterName = submitted.reporterName;
        concern.content.selfReport = submitted.selfReport;
        concern.content.reporterWithheld = submitted.reporterWithheld;
        concern.reporterUsername = payload.username;
        concern.source = QStringLiteral("submission");

        const QString recordType = QStringLiteral("adult-concern");
        VaultTransaction transaction(m_vault);
        const qint64 id = recordOrReject([&] { return AdultConcernRepository(m_vault).record(concern); });
        recordImport(outcome, payload, sha256, recordType, id);
        transaction.commit();
        outcome.result = Result::Imported;
        outcome.recordType = recordType;
        outcome.recordId = id;
    }

    // The new record's id; content the repository refuses rejects the file with the repository's message.
    template <typename Record> static qint64 recordOrReject(const Record& record)
    {
        try {
            return record();
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::InvalidInput)
                throw;
            reject(ModelText::tr("its content is not acceptable: %1").arg(error.message()));
        }
    }

    // Fills in the pupil of each child: the DSL's choice where one was made, else the one pupil on the roll
    // who fits. Holds the file, naming every child left unsettled, when any is. Returns the choices made, in
    // words for the audit entry.
    QString matchChildren(const QList<SubmittedChild>& children, NewConcern& concern,
                          InboxFileOutcome& outcome)
    {
        for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it) {
            if (it.key() < 0 || it.key() >= children.size())
                throw Error(
                    ErrorKind::InvalidInput,
                    ModelText::tr("Inbox: %1 names %2 child(ren); there is no child %3 to choose for.")
                        .arg(outcome.fileName)
                        .arg(children.size())
                        .arg(it.key() + 1));
            if (!m_roster.contains(it.value()))
                throw Error(
                    ErrorKind::InvalidInput,
                    ModelText::tr("Inbox: there is no pupil %1 on the roll to choose.").arg(it.value()));
        }
        QStringList choices;
        for (int index = 0; index < children.size(); ++index) {
            const SubmittedChild& child = children.at(index);
            qint64 pupilId = m_chosen.value(index);
            const QList<qint64> candidates = pupilId ? QList<qint64>{} : m_roster.candidates(child);
            if (pupilId)
                choices.append(QStringLiteral("child %1 %2 chosen as pupil %3 by %4")
                                   .arg(index + 1)
                                   .arg(UnmatchedChild::namedChild(child.name, child.yearGroup))
                                   .arg(pupilId)
                                   .arg(m_vault.user().username));
            else if (candidates.size() == 1)
                pupilId = candidates.first();
            else
                outcome.unmatched.append({index, child.name, child.yearGroup, candidates});
            concern.children.append({pupilId, child.role, {}, {}});
        }
        if (!outcome.unmatched.isEmpty())
            hold(heldReason(outcome.unmatched));
        return choices.join(QStringLiteral("; "));
    }

    static QString heldReason(const QList<UnmatchedChild>& unmatched)
    {
        QStringList reasons;
        for (const UnmatchedChild& child : unmatched) {
            const QString who = child.named();
            reasons.append(
                child.candidates.isEmpty()
                    ? QStringLiteral("no pupil on the roll is %1").arg(who)
                    : QStringLiteral("%1 pupils on the roll are %2, so Lantern cannot tell which one "
                                     "is meant")
                          .arg(child.candidates.size())
                          .arg(who));
        }
        return reasons.join(QStringLiteral("; ")) +
               QStringLiteral("; choose the child, or add or correct the pupil (roster import) and import "
                              "again.");
    }

    void recordImport(const InboxFileOutcome& outcome, const SubmissionPayload& payload,
                      const QString& sha256, const QString& recordType, qint64 recordId,
                      const QString& choices = {})
    {
        ImportedSubmission imported;
        imported.submissionId = payload.submissionId;
        imported.kind = payload.kind;
        imported.keyId = payload.keyId;
        imported.username = payload.username;
        imported.createdAt = payload.createdAt;
        imported.fileName = outcome.fileName;
        imported.fileSha256 = sha256;
        imported.recordType = recordType;
        imported.recordId = recordId;
        m_imported.add(imported);
        m_vault.audit().append(m_vault.user().username, QStringLiteral("submission.import"),
                               QStringLiteral("submission"), payload.submissionId,
                               QStringLiteral("%1 %2 from %3 (file %4)%5")
                                   .arg(recordType)
                                   .arg(recordId)
                                   .arg(payload.username, outcome.fileName,
                                        choices.isEmpty() ? QString() : QStringLiteral("; ") + choices));
    }

    // When the concern was written, as the sender's machine said, unless that cannot be: before the key that
    // signed it was enrolled (a day's grace for clocks) — a clock set wrong, or a forged date, would file it
    // as recorded in 1900. Then the time of the import is used, and the audit entry says why.
    QDateTime plausibleTime(const SubmissionPayload& payload) const
    {
        if (m_sender && m_sender->enrolledAt.isValid() &&
            payload.createdAt < m_sender->enrolledAt.addDays(-1))
            return m_vault.clock().nowUtc();
        return payload.createdAt;
    }

    // Tells the sender what became of their submission (submit/SubmissionAcknowledgement.h): written once
    // the outcome is final for this run, boxed to their key. A receipt that cannot be written is said in the
    // outcome and changes nothing in the vault.
    void acknowledge(InboxFileOutcome& outcome)
    {
        if (!m_sender || m_replay || outcome.submissionId.isEmpty() || !m_keys)
            return;
        SubmissionAcknowledgement acknowledgement;
        acknowledgement.vaultId = m_vault.vaultId();
        acknowledgement.submissionId = outcome.submissionId;
        acknowledgement.keyId = m_sender->keyId;
        acknowledgement.at = m_vault.clock().nowUtc();
        switch (outcome.result) {
        case Result::Imported:
        case Result::AlreadyImported:
            acknowledgement.outcome = SubmissionAcknowledgement::Outcome::Filed;
            acknowledgement.recordedAs = outcome.kind;
            acknowledgement.anchor = m_vault.audit().anchor(
                m_vault.vaultId(), m_vault.audit().chainFor(QStringLiteral("submission.import")));
            break;
        case Result::Held:
            acknowledgement.outcome = SubmissionAcknowledgement::Outcome::Held;
            acknowledgement.note = outcome.unmatched.isEmpty()
                                       ? outcome.reason
                                       : ModelText::tr("the DSL team are confirming which child you meant.");
            break;
        case Result::Rejected:
            acknowledgement.outcome = SubmissionAcknowledgement::Outcome::Rejected;
            acknowledgement.note = outcome.reason;
            break;
        }
        try {
            subfolder(SubmissionAcknowledgement::folderName());
            // Staff read their acknowledgements from the shared inbox; boxed, it tells the group nothing.
            writeFileAtomically(SubmissionAcknowledgement::pathIn(m_inbox, outcome.submissionId),
                                acknowledgement.seal(m_sender->publicKey, m_keys->secretKey),
                                FileAccess::OwnerAndGroup);
        } catch (const Error& error) {
            outcome.acknowledgementProblem = error.message();
        }
    }

    // The audit entry first, then the move: cut off between the two, the next run rejects it again.
    void moveRejected(const InboxFileOutcome& outcome)
    {
        VaultTransaction transaction(m_vault);
        m_vault.audit().append(
            m_vault.user().username, QStringLiteral("submission.reject"), QStringLiteral("submission-file"),
            outcome.fileName,
            outcome.submissionId.isEmpty()
                ? outcome.reason
                : QStringLiteral("submission %1: %2").arg(outcome.submissionId, outcome.reason));
        transaction.commit();
        const QString from = QDir(m_inbox).filePath(outcome.fileName);
        if (QFileInfo::exists(from))
            moveFileDurably(from,
                            freeNameIn(subfolder(InboxImporter::rejectedFolderName()), outcome.fileName));
    }

    QDir subfolder(const QString& name) const
    {
        QDir inbox(m_inbox);
        if (!inbox.exists(name) && !inbox.mkdir(name))
            throw Error(ErrorKind::Io, ModelText::tr("Could not create the folder %1.")
                                           .arg(QDir::toNativeSeparators(inbox.filePath(name))));
        return QDir(inbox.filePath(name));
    }

    Vault& m_vault;
    QString m_inbox;
    std::optional<SubmissionKeys::Pair> m_keys;
    StaffEnrolment m_enrolment;
    ImportedSubmissionLog m_imported;
    RosterMatcher m_roster;
    QHash<int, qint64> m_chosen;
    QHash<QString, QString> m_seenThisRun; // submission id → the first file that carried it
    std::optional<EnrolledKey> m_sender;   // of the file being imported, once its signature checks
    bool m_replay = false;                 // the file being imported repeats a submission already seen
};

} // namespace

QString UnmatchedChild::namedChild(const QString& name, const QString& yearGroup)
{
    return yearGroup.isEmpty() ? QStringLiteral("\"%1\"").arg(name)
                               : QStringLiteral("\"%1\" in %2").arg(name, yearGroupLabel(yearGroup));
}

int InboxImportReport::count(InboxFileOutcome::Result result) const
{
    return static_cast<int>(
        std::count_if(files.cbegin(), files.cend(),
                      [result](const InboxFileOutcome& file) { return file.result == result; }));
}

InboxImporter::InboxImporter(Vault& vault)
    : m_vault(vault)
{}

QString InboxImporter::inboxFolder(const QString& given)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const QString folder = given.isEmpty() ? SubmissionProfiles(m_vault).inbox() : given;
    if (folder.isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Inbox: no inbox folder is set for this vault; name one (--inbox FOLDER)."));
    if (!QFileInfo(folder).isDir())
        throw Error(ErrorKind::NotFound,
                    ModelText::tr("Inbox: the folder %1 cannot be found (is the shared drive connected?).")
                        .arg(QDir::toNativeSeparators(folder)));
    return QDir(folder).absolutePath();
}

QStringList InboxImporter::pending(const QString& inbox)
{
    const QDir folder(inboxFolder(inbox));
    // Links to devices too (QDir::System): listed, so that they are refused and moved aside rather than
    // left in the way.
    return folder.entryList({QLatin1Char('*') + SealedSubmission::fileSuffix()}, QDir::Files | QDir::System,
                            QDir::Time | QDir::Reversed);
}

InboxImportReport InboxImporter::importAll(const QString& inbox, const Progress& progress)
{
    begin(inbox);
    while (!atEnd()) {
        importNext();
        if (progress && !progress(done(), total()))
            break;
    }
    return finish();
}

class InboxImporter::Run : public InboxRun {
public:
    using InboxRun::InboxRun;
};

InboxImporter::~InboxImporter() = default;

void InboxImporter::begin(const QString& inbox)
{
    m_report = InboxImportReport();
    m_report.inbox = inboxFolder(inbox);
    m_files = pending(m_report.inbox);
    m_run = std::make_unique<Run>(m_vault, m_report.inbox);
}

int InboxImporter::total() const
{
    return static_cast<int>(m_files.size());
}

int InboxImporter::done() const
{
    return static_cast<int>(m_report.files.size());
}

const InboxFileOutcome& InboxImporter::importNext()
{
    if (!m_run || atEnd())
        throw Error(ErrorKind::Internal, ModelText::tr("There is no submission file left to import."));
    m_report.files.append(m_run->process(m_files.at(done())));
    return m_report.files.last();
}

InboxImportReport InboxImporter::finish()
{
    if (!m_run)
        throw Error(ErrorKind::Internal, ModelText::tr("No import of the inbox was begun."));
    m_run.reset();
    VaultTransaction transaction(m_vault);
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("submission.inbox.import"), QStringLiteral("vault"),
        m_vault.vaultId(),
        QStringLiteral("%1 of %2 file(s): %3 imported, %4 rejected, %5 held")
            .arg(done())
            .arg(total())
            .arg(m_report.count(Result::Imported) + m_report.count(Result::AlreadyImported))
            .arg(m_report.count(Result::Rejected))
            .arg(m_report.count(Result::Held)));
    transaction.commit();
    return std::move(m_report);
}

InboxFileOutcome InboxImporter::importHeld(const QString& fileName, const QHash<int, qint64>& chosen,
                                           const QString& inbox)
{
    const QString folder = inboxFolder(inbox);
    // The one file, not a listing of the whole (network) folder: a plain name of a submission that is there.
    const bool waiting = QFileInfo(fileName).fileName() == fileName &&
                         fileName.endsWith(SealedSubmission::fileSuffix()) &&
                         QFileInfo(QDir(folder).filePath(fileName)).isFile();
    if (!waiting)
        throw Error(ErrorKind::NotFound, ModelText::tr("Inbox: %1 is not waiting in the inbox %2.")
                                             .arg(fileName, QDir::toNativeSeparators(folder)));
    return InboxRun(m_vault, folder, chosen).process(fileName);
}

} // namespace lantern
