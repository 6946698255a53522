// Write-only staff submissions: the DSL publishes the submission profile and enrols staff keys; staff seal
// submissions into the inbox from a Lantern without a vault; the DSL team imports the inbox.
#include "Command.h"
#include "calendar/UkTime.h"
#include "core/Error.h"
#include "records/PupilRepository.h"
#include "submit/InboxImporter.h"
#include "submit/StaffEnrolment.h"
#include "submit/StaffReceiptBook.h"
#include "submit/StaffSubmitter.h"
#include "submit/SubmissionProfiles.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <QDir>
#include <algorithm>

namespace lantern::cli {

namespace {

void applyInboxOption(Vault& vault, const QCommandLineParser& parser)
{
    if (isOptionSet(parser, "inbox"))
        SubmissionProfiles(vault).setInbox(optionValue(parser, "inbox"));
}

// `rosterSize`: the profile as read back from its file holds its roster sealed, so the caller says.
void printProfile(QTextStream& out, const SubmissionProfile& profile, qsizetype rosterSize)
{
    out << "School: " << profile.schoolName << "\n"
        << "Inbox: " << QDir::toNativeSeparators(profile.inbox) << "\n"
        << "Pupils on the roster: " << rosterSize << "\n"
        << "Fingerprint (read it to staff to compare): " << profile.fingerprint() << "\n";
}

int profileExport(Context& context, const QCommandLineParser& parser)
{
    const QString out = requiredOption(parser, QStringLiteral("out"));
    auto vault = unlockAs(context, parser);
    applyInboxOption(*vault, parser);
    const SubmissionProfile profile = SubmissionProfiles(*vault).exportTo(out);
    context.out << "Submission profile written to " << QDir::toNativeSeparators(out) << ".\n";
    printProfile(context.out, profile, profile.roster.size());
    return Success;
}

int staffEnrol(Context& context, const QCommandLineParser& parser)
{
    const QString username = requiredOption(parser, QStringLiteral("user"));
    const QString folder = requiredOption(parser, QStringLiteral("out"));
    auto vault = unlockAs(context, parser);
    applyInboxOption(*vault, parser);
    SecureBytes password =
        context.passwords.readNew(QStringLiteral("New password for %1's staff key").arg(username));
    const Enrolment enrolment = StaffEnrolment(*vault).enrol(username, password, folder);
    password.wipe();
    context.out << "Enrolled " << username << " with staff key " << enrolment.keyId << ".\n"
                << "Give them the folder " << QDir::toNativeSeparators(QDir(folder).absolutePath())
                << " (their staff key and the school's submission profile); it opens nothing in the vault.\n";
    for (const QString& revoked : enrolment.revokedKeyIds)
        context.out << "Their previous key " << revoked << " is revoked.\n";
    printProfile(context.out, SubmissionProfile::load(enrolment.profileFile), enrolment.rosterSize);
    return Success;
}

// --child NAME … with --year and --role paired in order, as `concern add` pairs --pupil and --role.
QList<SubmittedChild> childOptions(const QCommandLineParser& parser, const SubmissionProfile& profile)
{
    const QStringList names = parser.values(QStringLiteral("child"));
    const QStringList years = parser.values(QStringLiteral("year"));
    const QStringList roles = parser.values(QStringLiteral("role"));
    if (years.size() > names.size() || roles.size() > names.size())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--year, --role: give each after the --child it is for."));
    QList<SubmittedChild> children;
    for (qsizetype i = 0; i < names.size(); ++i) {
        SubmittedChild child;
        child.name = names.at(i);
        child.yearGroup = i < years.size() ? years.at(i) : QString();
        child.fromRoster =
            profile.roster.contains(RosterEntry{child.name.trimmed(), child.yearGroup.trimmed()});
        if (i < roles.size())
            child.role = childRoleOption(roles.at(i));
        children.append(child);
    }
    return children;
}

int submit(Context& context, const QCommandLineParser& parser)
{
    StaffFolder folder = StaffFolder::open(requiredOption(parser, QStringLiteral("profile")));
    const QString kind = parser.value(QStringLiteral("kind")).isEmpty()
                             ? SubmissionPayload::concernKind()
                             : parser.value(QStringLiteral("kind"));
    if (kind != SubmissionPayload::concernKind() && kind != SubmissionPayload::adultConcernKind())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--kind: \"%1\" is not concern or adult-concern.").arg(kind));
    SecureBytes password =
        context.passwords.read(QStringLiteral("Password for %1's staff key").arg(folder.key.username));
    const StaffSigningKey key = folder.key.unlock(password);
    password.wipe();
    // The roster is sealed to the staff key: only now can a child named be found on it.
    if (!folder.profile.openRoster(key))
        context.err << "This profile's roster was not sealed to your staff key (it was published before you "
                       "were enrolled); each child is sent as typed. Ask the DSL for a new profile.\n";
    SubmittedConcern concern;
    SubmittedAdultConcern adultConcern;
    if (kind == SubmissionPayload::concernKind()) {
        concern.occurred = occurredOption(parser);
        concern.children = childOptions(parser, folder.profile);
        concern.categoryIds = parser.values(QStringLiteral("category"));
        concern.account = caseText(context, parser, "account").value_or(QString());
        concern.childWords = caseText(context, parser, "words").value_or(QString());
        concern.location = parser.value(QStringLiteral("location"));
        concern.immediateAction = caseText(context, parser, "action").value_or(QString());
    } else {
        adultConcern.adultName = parser.value(QStringLiteral("adult"));
        if (parser.isSet(QStringLiteral("adult-role")))
            adultConcern.adultRole = parser.value(QStringLiteral("adult-role"));
        adultConcern.aboutHeadteacher = parser.isSet(QStringLiteral("headteacher"));
        adultConcern.occurred = occurredOption(parser);
        adultConcern.account = caseText(context, parser, "account").value_or(QString());
        adultConcern.response = caseText(context, parser, "response").value_or(QString());
        adultConcern.reporterName = parser.value(QStringLiteral("reporter"));
        adultConcern.selfReport = parser.isSet(QStringLiteral("self-report"));
        adultConcern.reporterWithheld = parser.isSet(QStringLiteral("withhold-name"));
    }

    StaffSubmitter submitter(folder.profile, key, context.clock);
    StaffReceiptBook book(folder.path, key);
    submitter.setReceiptBook(&book);
    if (isOptionSet(parser, "inbox"))
        submitter.setInbox(optionValue(parser, "inbox"));
    const SubmissionReceipt receipt = kind == SubmissionPayload::concernKind()
                                          ? submitter.submitConcern(concern)
                                          : submitter.submitAdultConcern(adultConcern);
    context.out << "Submission " << receipt.submissionId << " sealed for " << folder.profile.schoolName
                << " at " << TextServices::formatDateTime(receipt.createdAt) << " and written to "
                << QDir::toNativeSeparators(receipt.filePath) << ".\n"
                << "Only the DSL's Lantern can open it. ";
    if (receipt.notKept.isEmpty())
        context.out
            << "Its receipt is kept in your folder: `lantern-cli staff receipts` shows what became of "
               "it.\n";
    else
        context.out << "Its receipt could not be kept (" << receipt.notKept
                    << "): write down the submission id.\n";
    return Success;
}

// A staff member's own receipts, and what the DSL team's import said of each.
int staffReceipts(Context& context, const QCommandLineParser& parser)
{
    const StaffFolder folder = StaffFolder::open(requiredOption(parser, QStringLiteral("profile")));
    SecureBytes password =
        context.passwords.read(QStringLiteral("Password for %1's staff key").arg(folder.key.username));
    const StaffSigningKey key = folder.key.unlock(password);
    password.wipe();
    const QString inbox = isOptionSet(parser, "inbox") ? optionValue(parser, "inbox") : folder.profile.inbox;
    const QList<StaffReceiptBook::Sent> sent =
        StaffReceiptBook(folder.path, key).withAcknowledgements(inbox, folder.profile.publicKey);
    for (const StaffReceiptBook::Sent& each : sent)
        context.out << TextServices::formatDateTime(each.receipt.createdAt) << "  "
                    << each.receipt.submissionId << "  " << each.receipt.kind << "\n    " << each.status
                    << "\n";
    context.out << sent.size() << " submission(s) sent from this folder.\n";
    return Success;
}

QString resultName(InboxFileOutcome::Result result)
{
    switch (result) {
    case InboxFileOutcome::Result::Imported:
        return QStringLiteral("imported");
    case InboxFileOutcome::Result::AlreadyImported:
        return QStringLiteral("completed");
    case InboxFileOutcome::Result::Rejected:
        return QStringLiteral("rejected");
    case InboxFileOutcome::Result::Held:
        return QStringLiteral("held");
    }
    return {};
}

// "--child 1=UPN" (repeatable): the DSL's choice of pupil for a child of a held submission, by its number.
QHash<int, qint64> chosenChildren(Vault& vault, const QCommandLineParser& parser)
{
    QHash<int, qint64> chosen;
    for (const QString& value : parser.values(QStringLiteral("child"))) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        bool numbered = false;
        const int number = equals > 0 ? value.left(equals).trimmed().toInt(&numbered) : 0;
        if (!numbered || number < 1)
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("--child: \"%1\" is not CHILD=UPN (the child's number in the "
                                       "submission, from 1, then the pupil's UPN).")
                            .arg(value.left(64)));
        chosen.insert(number - 1,
                      pupilIdByUpn(vault, value.mid(equals + 1).trimmed(), Permission::ReadPupilRecords));
    }
    return chosen;
}

// For a held file: each child to choose for, with the pupils that fit and what tells them apart.
// The roll by pupil id, read once, when some file is held for want of a child (else empty).
QHash<qint64, Pupil> rollForChoices(Vault& vault, const QList<InboxFileOutcome>& files)
{
    QHash<qint64, Pupil> roll;
    if (std::none_of(files.cbegin(), files.cend(),
                     [](const InboxFileOutcome& file) { return !file.unmatched.isEmpty(); }))
        return roll;
    for (const Pupil& pupil : PupilRepository(vault).list())
        roll.insert(pupil.id, pupil);
    return roll;
}

void printUnmatched(QTextStream& out, const QHash<qint64, Pupil>& roll, const InboxFileOutcome& file)
{
    for (const UnmatchedChild& child : file.unmatched) {
        out << "          child " << child.index + 1 << " " << child.named() << ": ";
        QStringList fits;
        for (qint64 id : child.candidates) {
            const Pupil pupil = roll.value(id);
            fits.append(QStringLiteral("UPN %1 (%2, born %3)")
                            .arg(pupil.upn.isEmpty() ? QStringLiteral("unknown") : pupil.upn,
                                 QStringList{pupil.yearGroup, pupil.registrationGroup}
                                     .join(QStringLiteral(" "))
                                     .trimmed(),
                                 isoDate(pupil.dateOfBirth)));
        }
        out << (fits.isEmpty() ? QStringLiteral("no pupil of that name") : fits.join(QStringLiteral(" or ")))
            << "; choose with --file " << file.fileName << " --child " << child.index + 1 << "=UPN\n";
    }
}

void printOutcome(QTextStream& out, const QHash<qint64, Pupil>& roll, const InboxFileOutcome& file)
{
    out << resultName(file.result).leftJustified(10) << file.fileName;
    if (file.recordId > 0)
        out << ": " << file.recordType << " " << file.recordId << " from " << file.submittedBy;
    if (!file.reason.isEmpty())
        out << ": " << file.reason;
    out << "\n";
    if (!file.acknowledgementProblem.isEmpty())
        out << "          " << file.submittedBy << " was not sent a receipt: " << file.acknowledgementProblem
            << "\n";
    printUnmatched(out, roll, file);
}

int inboxImport(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    QTextStream& out = context.out;
    using R = InboxFileOutcome::Result;
    if (isOptionSet(parser, "file")) {
        const InboxFileOutcome file = InboxImporter(*vault).importHeld(
            optionValue(parser, "file"), chosenChildren(*vault, parser), optionValue(parser, "inbox"));
        printOutcome(out, rollForChoices(*vault, {file}), file);
        return file.result == R::Rejected ? DamagedData : Success;
    }
    if (isOptionSet(parser, "child"))
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--child: name the held file it is for (--file NAME)."));
    const InboxImportReport report = InboxImporter(*vault).importAll(optionValue(parser, "inbox"));
    const QHash<qint64, Pupil> roll = rollForChoices(*vault, report.files);
    for (const InboxFileOutcome& file : report.files)
        printOutcome(out, roll, file);
    out << report.files.size() << " file(s) in " << QDir::toNativeSeparators(report.inbox) << ": "
        << report.count(R::Imported) + report.count(R::AlreadyImported) << " imported, "
        << report.count(R::Rejected) << " rejected (moved to " << InboxImporter::rejectedFolderName()
        << "/), " << report.count(R::Held) << " held in the inbox.\n";
    return report.count(R::Rejected) > 0 ? DamagedData : Success;
}

QCommandLineOption inboxOption(const char* description)
{
    return option("inbox", description, "FOLDER");
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add({{QStringLiteral("submission-profile"), QStringLiteral("export")},
                  QStringLiteral("Write the school's public submission profile for staff (DSL)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("out", "The profile file to write.", "FILE"));
                      p.addOption(inboxOption("Set the shared folder submissions go into (remembered)."));
                  },
                  profileExport});
    registry.add({{QStringLiteral("staff"), QStringLiteral("enrol")},
                  QStringLiteral("Give a member of staff a key to send sealed submissions (DSL)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("user", "The staff member's username.", "USER"));
                      p.addOption(
                          option("out", "The folder to write their key and the profile into.", "FOLDER"));
                      p.addOption(inboxOption("Set the shared folder submissions go into (remembered)."));
                  },
                  staffEnrol});
    registry.add(
        {{QStringLiteral("submit")},
         QStringLiteral("Seal a concern into the school's inbox, from a staff key folder (no vault)."),
         QString(),
         [](QCommandLineParser& p) {
             p.addOption(option("profile", "The folder holding your staff key and the profile.", "FOLDER"));
             p.addOption(inboxOption("Write into this folder instead of the profile's inbox."));
             p.addOption(option("kind", "concern (default) or adult-concern.", "KIND"));
             p.addOption(option(
                 "occurred", "When it happened: 2026-03-05, 2026-03-05T14:03, or 2026-03 / 2026.", "DATE"));
             p.addOption(option("child", "A child named in the concern (repeat for several).", "NAME"));
             p.addOption(option("year", "The year group of the --child before it.", "YEAR"));
             p.addOption(option("role",
                                "The role of the --child before it: subject (default), "
                                "alleged-harmer or witness.",
                                "ROLE"));
             p.addOption(option("category", "A category of harm (repeat for several).", "ID"));
             addCaseTextOption(p, "account", "What was seen and heard, as facts.");
             addCaseTextOption(p, "words", "The child's exact words, verbatim.");
             p.addOption(option("location", "Where it happened.", "TEXT"));
             addCaseTextOption(p, "action", "The immediate action taken.");
             p.addOption(option("adult", "adult-concern: the adult's name.", "NAME"));
             p.addOption(
                 option("adult-role", "adult-concern: staff, supply, volunteer or contractor.", "ROLE"));
             p.addOption(option("headteacher",
                                "adult-concern: it is about the headteacher (refused: that goes to the "
                                "chair of governors, told directly)."));
             addCaseTextOption(p, "response", "adult-concern: the response so far.");
             p.addOption(option("reporter", "adult-concern: who reported it, if not you.", "NAME"));
             p.addOption(option("self-report", "adult-concern: you are reporting yourself."));
             p.addOption(option("withhold-name", "adult-concern: do not share your name with the adult."));
         },
         submit});
    registry.add(
        {{QStringLiteral("staff"), QStringLiteral("receipts")},
         QStringLiteral("List the submissions sent from a staff key folder and what became of each (no "
                        "vault)."),
         QString(),
         [](QCommandLineParser& p) {
             p.addOption(option("profile", "The folder holding your staff key and the profile.", "FOLDER"));
             p.addOption(inboxOption("Look for the DSL team's replies in this folder instead of the "
                                     "profile's inbox."));
         },
         staffReceipts});
    registry.add({{QStringLiteral("inbox"), QStringLiteral("import")},
                  QStringLiteral("Open, verify and import staff submissions (exit 3 if any were rejected)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(inboxOption("Import from this folder instead of the vault's inbox."));
                      p.addOption(
                          option("file", "Import only this held file, with the --child choices.", "NAME"));
                      p.addOption(option("child",
                                         "For --file: the pupil a child of the submission means, as its "
                                         "number and the pupil's UPN (1=A123…; repeat for several).",
                                         "N=UPN"));
                  },
                  inboxImport});
});

} // namespace

} // namespace lantern::cli
