#include "import/RosterImporter.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "import/CtfReader.h"
#include "records/PupilRepository.h"
#include "records/PupilValidator.h"
#include "reference/Upn.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace lantern {

namespace {

QString oneLine(const QString& text)
{
    return TextServices::normalizeForStorage(text).simplified();
}

// Contacts already stored for a pupil, as "name|relationship" folded for comparison, so that importing the
// same file twice does not add every parent twice. The importer may be run by an administrator, who manages
// the roll but does not read pupils' records, and this is only a comparison.
QSet<QString> storedContactKeys(PupilRepository& pupils, qint64 pupilId)
{
    QSet<QString> keys;
    for (const auto& [name, relationship] : pupils.contactNamesForRoster(pupilId))
        keys.insert(TextServices::searchKey(name + QLatin1Char('|') + relationship));
    return keys;
}

QString contactKey(const Contact& contact)
{
    return TextServices::searchKey(oneLine(contact.name) + QLatin1Char('|') + oneLine(contact.relationship));
}

QStringList upnsOf(const QList<ImportChange>& changes)
{
    QStringList upns;
    for (const ImportChange& change : changes)
        upns.append(change.upn);
    return upns;
}

} // namespace

QString ImportPlan::leaverWarning() const
{
    if (!needsLeaverConfirmation())
        return {};
    if (pupilsInFile() == 0)
        return ModelText::tr(
                   "This full-roll file names no pupils, so it would mark all %1 pupils on the roll "
                   "as left.")
            .arg(left.size());
    return ModelText::tr("This full-roll file would mark %1 of the %2 pupils on the roll as left (more than "
                         "%3%).")
        .arg(left.size())
        .arg(onRoll)
        .arg(leaverSharePercent);
}

RosterImporter::RosterImporter(Vault& vault)
    : m_vault(vault)
{}

ImportPlan RosterImporter::plan(const QString& filePath, ImportKind kind)
{
    requirePermission(m_vault.user(), Permission::ManageRoster);
    m_cancel = false;
    return run(filePath, kind, nullptr);
}

ImportResult RosterImporter::apply(const ImportPlan& plan, bool validOnly, bool leaversConfirmed)
{
    requirePermission(m_vault.user(), Permission::ManageRoster);
    m_cancel = false;
    ImportResult result;
    if (!plan.canApply(validOnly))
        return result; // Refused: nothing written
    if (plan.needsLeaverConfirmation() && !leaversConfirmed)
        throw Error(ErrorKind::InvalidInput,
                    plan.leaverWarning() + QLatin1Char(' ') +
                        ModelText::tr("Nothing was imported: check that it is the whole roll, not an empty "
                                      "export or one year group, and confirm the leavers to import it."));
    VaultTransaction transaction(m_vault);
    const ImportPlan done = run(plan.filePath, plan.kind, &plan);
    if (done.cancelled) {
        result.outcome = ImportOutcome::Cancelled;
        return result; // the transaction rolls back
    }
    const bool same = !done.fileProblem && done.rejected.isEmpty() && done.fileHash == plan.fileHash &&
                      upnsOf(done.added) == upnsOf(plan.added) &&
                      upnsOf(done.changed) == upnsOf(plan.changed) && upnsOf(done.left) == upnsOf(plan.left);
    if (!same)
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("The file or the roll changed since the dry run, so nothing was imported: run "
                          "the dry run again and check its report."));
    result.added = done.added.size();
    result.changed = done.changed.size();
    result.left = done.left.size();
    result.skipped = plan.rejected.size();
    const QString format =
        plan.format == RosterFormat::Ctf
            ? QStringLiteral("CTF ") +
                  (plan.ctfVersion.isEmpty() ? QStringLiteral("(no version)") : plan.ctfVersion)
            : QStringLiteral("CSV");
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("import"), QStringLiteral("roster"),
        QFileInfo(plan.filePath).fileName(),
        QStringLiteral("file: %1; format: %2; kind: %3; added: %4; changed: %5; left: %6; unchanged: %7; "
                       "rejected rows skipped: %8")
            .arg(QFileInfo(plan.filePath).fileName(), format,
                 plan.marksLeavers ? QStringLiteral("full") : QStringLiteral("partial"))
            .arg(result.added)
            .arg(result.changed)
            .arg(result.left)
            .arg(done.unchanged)
            .arg(result.skipped));
    transaction.commit();
    result.outcome = ImportOutcome::Applied;
    return result;
}

ImportPlan RosterImporter::run(const QString& filePath, ImportKind kind, const ImportPlan* applying)
{
    ImportPlan plan;
    plan.filePath = filePath;
    plan.kind = kind;
    QFile file(filePath);
    if (!file.exists())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no file \u201C%1\u201D.").arg(filePath));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io,
                    ModelText::tr("Cannot open \u201C%1\u201D: %2.").arg(filePath, file.errorString()));
    plan.fileSize = file.size();
    plan.format = RosterReader::detect(filePath, file.peek(512));

    const bool write = applying != nullptr;
    QSet<qint64> skipLines;
    if (applying) {
        for (const ImportRejection& rejection : applying->rejected)
            skipLines.insert(rejection.line);
    }
    const QString fileName = QFileInfo(filePath).fileName();
    const QDate today = PupilValidator::schoolDate(m_vault.clock().nowUtc());
    std::unique_ptr<RosterReader> reader = RosterReader::create(plan.format, file, today);
    PupilRepository pupils(m_vault);
    PupilValidator validator(m_vault, today);

    QSet<QString> inFile; // every UPN the file names, rejected rows too: those pupils are not gone
    QHash<QString, qint64> firstLine; // UPN → line of its first row, to find duplicates
    QSet<QString> reportedDuplicates;
    QSet<qint64> retracted; // lines that looked fine until their UPN turned up again
    const auto reject = [&plan](qint64 line, const QString& upn, const QString& reason) {
        plan.rejected.append({line, upn, reason});
    };
    qint64 reported = -1;
    const auto progress = [&]() {
        if (m_progress && reader->bytesRead() != reported) {
            reported = reader->bytesRead();
            m_progress(reported, plan.fileSize);
        }
    };

    while (std::optional<RosterRecord> next = reader->next()) {
        progress();
        if (m_cancel) {
            plan.cancelled = true;
            return plan;
        }
        RosterRecord& record = *next;
        const QString upn = normalizeUpn(TextServices::normalizeForStorage(record.pupil.upn));
        if (!upn.isEmpty())
            inFile.insert(upn);
        if (skipLines.contains(record.line))
            continue;
        if (!upn.isEmpty()) {
            const auto first = firstLine.constFind(upn);
            if (first != firstLine.constEnd()) {
                reject(
                    record.line, upn,
                    ModelText::tr("UPN %1 appears more than once in the file (first on line %2); each UPN is "
                                  "one child's, so neither row is imported.")
                        .arg(upn)
                        .arg(*first));
                if (!reportedDuplicates.contains(upn)) {
                    reportedDuplicates.insert(upn);
                    retracted.insert(*first);
                    reject(*first, upn,
                           ModelText::tr(
                               "UPN %1 appears more than once in the file (again on line %2); each UPN "
                               "is one child's, so neither row is imported.")
                               .arg(upn)
                               .arg(record.line));
                }
                continue;
            }
            firstLine.insert(upn, record.line);
        }
        if (!record.problems.isEmpty()) {
            for (const RosterProblem& problem : record.problems)
                reject(problem.line, upn, problem.message);
            continue;
        }
        if (upn.isEmpty()) {
            reject(
                record.line, upn,
                ModelText::tr("UPN is missing: the import matches pupils by UPN, so every row needs one."));
            continue;
        }

        // The pupil as the roll would hold them after this row: the file's fields over what is stored.
        const std::optional<qint64> id = pupils.idForUpn(upn);
        std::optional<Pupil> before;
        Pupil target;
        if (id) {
            // Compared, not shown: the plan names changed fields, never their values.
            before = pupils.lookupForRecords(*id);
            if (before)
                target = *before;
        }
        RosterFields::mergeInto(target, record);
        target.upn = upn;
        if (before)
            target.leavingDate.reset(); // named in a roster file: on the roll again
        target = PupilValidator::normalized(target);
        validator.setStoredDateOfBirth(before ? before->dateOfBirth : QDate());
        if (const std::optional<QString> problem = validator.problem(target)) {
            reject(record.line, upn, *problem);
            continue;
        }
        QList<Contact> newContacts;
        {
            QSet<QString> known = before ? storedContactKeys(pupils, before->id) : QSet<QString>();
            for (const Contact& contact : record.contacts) {
                const QString key = contactKey(contact);
                if (!known.contains(key)) {
                    known.insert(key);
                    newContacts.append(contact);
                }
            }
        }
        ImportChange change{record.line, before ? before->id : 0, upn, target.legalName(), {}};
        if (before) {
            change.fields = RosterFields::changed(*before, target);
            if (!newContacts.isEmpty())
                change.fields.append(QStringLiteral("contacts"));
            if (change.fields.isEmpty()) {
                ++plan.unchanged;
                continue;
            }
        }

        if (write) {
            const QString where = QStringLiteral("file: %1; line: %2").arg(fileName).arg(record.line);
            if (before) {
                pupils.update(target);
            } else {
                change.pupilId = pupils.add(target);
            }
            for (Contact contact : newContacts) {
                contact.pupilId = change.pupilId;
                pupils.addContact(contact);
            }
            if (before)
                m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.import-update"),
                                       QStringLiteral("pupil"), QString::number(change.pupilId),
                                       where + QStringLiteral("; fields: ") +
                                           change.fields.join(QStringLiteral(", ")));
            else
                m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.import-add"),
                                       QStringLiteral("pupil"), QString::number(change.pupilId), where);
        }
        (before ? plan.changed : plan.added).append(change);
    }
    progress();
    if (m_cancel) {
        plan.cancelled = true;
        return plan;
    }
    plan.fileHash = reader->fileHash();
    plan.notes = reader->notes();
    if (const auto* ctf = dynamic_cast<const CtfReader*>(reader.get()))
        plan.ctfVersion = ctf->header().version;
    if (std::optional<RosterProblem> problem = reader->fatalProblem()) {
        plan.fileProblem = problem;
        return plan;
    }
    if (!retracted.isEmpty()) {
        const auto drop = [&retracted](const ImportChange& change) {
            return retracted.contains(change.line);
        };
        plan.added.removeIf(drop);
        plan.changed.removeIf(drop);
    }
    std::stable_sort(plan.rejected.begin(), plan.rejected.end(),
                     [](const ImportRejection& a, const ImportRejection& b) { return a.line < b.line; });

    plan.marksLeavers = kind == ImportKind::Full && reader->documentQualifier() != QLatin1String("partial");
    if (plan.marksLeavers) {
        // Pupils without a UPN cannot be matched, so a file cannot say they have gone; they are left alone.
        QList<ImportChange> leavers;
        const QList<PupilRepository::OnRoll> roll = pupils.onRollWithUpn();
        plan.onRoll = roll.size();
        for (const PupilRepository::OnRoll& pupil : roll) {
            if (!inFile.contains(pupil.upn))
                leavers.append({0, pupil.id, pupil.upn, pupil.legalName, {}});
        }
        for (const ImportChange& leaver : leavers) {
            if (write) {
                pupils.markLeft(leaver.pupilId, today);
                m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.import-left"),
                                       QStringLiteral("pupil"), QString::number(leaver.pupilId),
                                       QStringLiteral("file: %1; not in a full roster file; leaving_date: %2")
                                           .arg(fileName, today.toString(Qt::ISODate)));
            }
            plan.left.append(leaver);
        }
    }
    return plan;
}

} // namespace lantern
