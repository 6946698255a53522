// Roster import: `lantern-cli import VAULT --as USER FILE [--dry-run] [--valid-only] [--partial]
// [--confirm-leavers]`.
//
// Exit codes: 0 when the import was applied (with --valid-only, even though rows were left out) or, for a dry
// run, when nothing would be rejected; 1 when anything is rejected and the file is refused (nothing written),
// when a dry run finds any rejected row or a problem with the file as a whole, when the file changed since
// the dry run, or when a full file names no pupils or would mark more than 20% of the roll as left and
// --confirm-leavers was not given; 2 when the user may not manage the roll.
#include "Command.h"
#include "core/Error.h"
#include "import/RosterImporter.h"
#include "vault/Vault.h"

#include <QFileInfo>

namespace lantern::cli {

namespace {

QString count(qsizetype n, const char* one, const char* many)
{
    return QString::number(n) + QLatin1Char(' ') + QString::fromUtf8(n == 1 ? one : many);
}

// "line 14: UPN A12345678901B: the check letter should be …", without saying the UPN twice when the reason
// already starts with it.
QString rejectionLine(const ImportRejection& rejection)
{
    QString text = QStringLiteral("line %1: ").arg(rejection.line);
    const QString named = QStringLiteral("UPN ") + rejection.upn;
    if (!rejection.upn.isEmpty() && !rejection.reason.startsWith(named))
        text += named + QStringLiteral(": ");
    return text + rejection.reason;
}

void printPlan(QTextStream& out, const ImportPlan& plan, bool dryRun)
{
    const QString format =
        plan.format == RosterFormat::Ctf
            ? QStringLiteral("Common Transfer File") +
                  (plan.ctfVersion.isEmpty() ? QString() : QStringLiteral(" ") + plan.ctfVersion)
            : QStringLiteral("CSV");
    out << "Roster file: " << QFileInfo(plan.filePath).fileName() << " (" << format << "), "
        << (plan.marksLeavers ? "full roll" : "partial: only the pupils it names") << ".\n";
    for (const QString& note : plan.notes)
        out << "Note: " << note << '\n';
    if (plan.fileProblem) {
        out << "The file cannot be imported: " << plan.fileProblem->message << '\n';
        return;
    }
    out << (dryRun ? "Would add " : "To add ") << count(plan.added.size(), "pupil", "pupils") << ", change "
        << plan.changed.size() << ", mark " << plan.left.size() << " as left; " << plan.unchanged
        << " unchanged; " << count(plan.rejected.size(), "rejected row", "rejected rows") << ".\n";
    if (!plan.added.isEmpty()) {
        out << "\nNew pupils:\n";
        for (const ImportChange& change : plan.added)
            out << "  line " << change.line << ": " << change.upn << "  " << change.name << '\n';
    }
    if (!plan.changed.isEmpty()) {
        out << "\nChanged pupils:\n";
        for (const ImportChange& change : plan.changed)
            out << "  line " << change.line << ": " << change.upn << "  " << change.name << ": "
                << change.fields.join(QStringLiteral(", ")) << '\n';
    }
    if (!plan.left.isEmpty()) {
        out << "\nOn the roll but not in this full file, so marked as left (their records are kept):\n";
        for (const ImportChange& change : plan.left)
            out << "  " << change.upn << "  " << change.name << '\n';
    }
    if (!plan.rejected.isEmpty()) {
        out << "\nRejected:\n";
        for (const ImportRejection& rejection : plan.rejected)
            out << "  " << rejectionLine(rejection) << '\n';
    }
}

int importRoster(Context& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("Give the vault and the roster file: lantern-cli import VAULT --as USER FILE."));
    const QString file = positional.at(1);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool validOnly = parser.isSet(QStringLiteral("valid-only"));
    const ImportKind kind = parser.isSet(QStringLiteral("partial")) ? ImportKind::Partial : ImportKind::Full;

    auto vault = unlockAs(context, parser);
    RosterImporter importer(*vault);
    const ImportPlan plan = importer.plan(file, kind);
    printPlan(context.out, plan, dryRun);
    const bool leaversConfirmed = parser.isSet(QStringLiteral("confirm-leavers"));
    if (plan.needsLeaverConfirmation())
        context.out << '\n' << plan.leaverWarning() << '\n';
    if (dryRun) {
        context.out << "\nDry run: nothing was written.\n";
        return plan.fileProblem || !plan.rejected.isEmpty() ? UsageOrInput : Success;
    }
    if (!plan.canApply(validOnly)) {
        context.out << "\nNothing was imported";
        if (plan.fileProblem)
            context.out << ": fix the file and import it again.\n";
        else
            context.out
                << " because " << count(plan.rejected.size(), "row was", "rows were")
                << " rejected. Correct them in your MIS and export again, or run with --valid-only to "
                   "import the other rows.\n";
        return UsageOrInput;
    }
    if (plan.needsLeaverConfirmation() && !leaversConfirmed) {
        context.err << "lantern-cli: " << plan.leaverWarning()
                    << " Nothing was imported. Check that the file is the whole roll (not an empty export or "
                       "one year group); if it is, run again with --confirm-leavers.\n";
        return UsageOrInput;
    }
    const ImportResult result = importer.apply(plan, validOnly, leaversConfirmed);
    context.out << "\nImported: added " << count(result.added, "pupil", "pupils") << ", changed "
                << result.changed << ", marked " << result.left << " as left";
    if (result.skipped > 0)
        context.out << "; " << count(result.skipped, "rejected row", "rejected rows") << " left out";
    context.out << ".\n";
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add(
        {{QStringLiteral("import")},
         QStringLiteral(
             "Import the roll from a Common Transfer File (.xml) or a CSV, matching pupils by UPN."),
         QStringLiteral("VAULT FILE"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(QCommandLineOption(
                 QStringLiteral("dry-run"),
                 QStringLiteral("Report what would be added, changed, marked as left and rejected; write "
                                "nothing. Exits 1 if anything would be rejected.")));
             p.addOption(QCommandLineOption(
                 QStringLiteral("valid-only"),
                 QStringLiteral(
                     "Import the valid rows even if others are rejected (by default any rejected row "
                     "refuses the whole file).")));
             p.addOption(QCommandLineOption(
                 QStringLiteral("partial"),
                 QStringLiteral("The file names only some pupils: change those, and mark nobody as left (by "
                                "default the file is the whole roll and pupils absent from it are marked as "
                                "left).")));
             p.addOption(QCommandLineOption(
                 QStringLiteral("confirm-leavers"),
                 QStringLiteral("Import a full file even though it names no pupils or would mark more than "
                                "20% of the roll as left (refused without this: most likely the wrong "
                                "file).")));
         },
         importRoster});
});

} // namespace

} // namespace lantern::cli
