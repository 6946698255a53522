// The audit log: verify the chain (against anchors kept elsewhere too), anchor its head, list entries with
// filters, export them as CSV for an inspection.
#include "Command.h"
#include "audit/AuditAnchor.h"
#include "calendar/UkTime.h"
#include "core/Error.h"
#include "records/AuditViewer.h"
#include "vault/AuditAnchorWriter.h"
#include "vault/Vault.h"

namespace lantern::cli {

namespace {

void addFilterOptions(QCommandLineParser& p)
{
    p.addOption(asOption());
    p.addOption(
        option("user", "Only what this user did (a username; \"recovery\" for the recovery key).", "NAME"));
    p.addOption(option("action", "Only this action, or actions starting with it (\"user.\").", "ACTION"));
    p.addOption(option("pupil", "Only entries about this pupil or their records: UPN, or #ID.", "UPN"));
    p.addOption(option("from", "From this day (YYYY-MM-DD, UK time), inclusive.", "DATE"));
    p.addOption(option("to", "To this day (YYYY-MM-DD, UK time), inclusive.", "DATE"));
}

// A pupil by UPN, or by Lantern id as "#ID" (as `pupil list` shows a pupil without a UPN) or bare digits.
qint64 pupilOption(Vault& vault, const QString& typed)
{
    QString text = typed.trimmed();
    if (text.startsWith(QLatin1Char('#')))
        text.remove(0, 1);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return id;
    return pupilIdByUpn(vault, text, Permission::ViewAuditLog);
}

AuditQuery queryFrom(Vault& vault, const QCommandLineParser& parser)
{
    AuditQuery query;
    query.actor = optionValue(parser, "user");
    query.action = optionValue(parser, "action");
    if (isOptionSet(parser, "pupil"))
        query.pupilId = pupilOption(vault, optionValue(parser, "pupil"));
    query.from = dateOption(parser, "from");
    query.to = dateOption(parser, "to");
    return query;
}

int auditVerify(Context& context, const QCommandLineParser& parser)
{
    // Anchors are read before the password is asked for: a missing or altered file is named first.
    QList<AuditAnchor> anchors;
    for (const QString& file : parser.values(QStringLiteral("anchor")))
        anchors.append(AuditAnchor::load(file));
    auto vault = unlockAs(context, parser);
    const AuditVerification result = vault->audit().verifyAgainst(anchors, vault->vaultId());
    if (result.intact()) {
        context.out << "The audit chain is intact: " << result.entriesChecked << " entries verified";
        if (result.anchorsChecked > 0)
            context.out << ", consistent with " << result.anchorsChecked << " anchor(s)";
        context.out << ".\n";
        return Success;
    }
    // Each store keeps its own chain; "main" is the directory's.
    const QString chain =
        result.chain == QLatin1String(AuditLog::MainChain) ? QStringLiteral("directory") : result.chain;
    context.err << "The " << chain << " audit chain is broken at entry " << *result.firstBrokenSeq << ": "
                << result.problem << ".\n";
    return DamagedData;
}

int auditAnchor(Context& context, const QCommandLineParser& parser)
{
    const QString out = requiredOption(parser, QStringLiteral("out"));
    auto vault = unlockAs(context, parser);
    for (const AuditAnchor& anchor : AuditAnchorWriter(*vault).write(out))
        context.out << "Anchored the " << anchor.chain << " audit chain at entry " << anchor.seq << " in "
                    << anchor.source << ".\n";
    context.out << "Keep the files away from the vault (another computer, a printed copy): `audit verify "
                   "--anchor FILE…` then shows whether a chain was cut short or rewritten since.\n";
    return Success;
}

int auditList(Context& context, const QCommandLineParser& parser)
{
    // Dates are checked before the password is asked for.
    dateOption(parser, "from");
    dateOption(parser, "to");
    auto vault = unlockAs(context, parser);
    const AuditQuery query = queryFrom(*vault, parser);
    const QList<AuditEntry> entries = AuditViewer(*vault).search(query);
    for (const AuditEntry& entry : entries) {
        const QString object = entry.objectId.isEmpty()
                                   ? entry.objectType
                                   : entry.objectType + QLatin1Char(' ') + entry.objectId;
        QString row = QString::number(entry.seq).rightJustified(7) + QStringLiteral("  ") +
                      toUkLocal(entry.atUtc).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                      QStringLiteral("  ") + entry.actor.leftJustified(12) + QStringLiteral("  ") +
                      entry.action.leftJustified(22) + QStringLiteral("  ") + object.leftJustified(16) +
                      QStringLiteral("  ") + entry.details.simplified();
        while (row.endsWith(QLatin1Char(' ')))
            row.chop(1);
        context.out << row << "\n";
    }
    context.out << entries.size() << " entries (" << query.describe() << ").\n";
    return Success;
}

int auditExport(Context& context, const QCommandLineParser& parser)
{
    const QString out = requiredOption(parser, QStringLiteral("out"));
    dateOption(parser, "from");
    dateOption(parser, "to");
    auto vault = unlockAs(context, parser);
    const AuditQuery query = queryFrom(*vault, parser);
    const qint64 count = AuditViewer(*vault).exportCsv(query, out);
    context.out << "Exported " << count << " audit entries (" << query.describe() << ") to " << out << ".\n"
                << "The file is not encrypted: keep it as safely as the records it describes.\n";
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add(
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QStringLiteral("Check the audit chain (and against anchors) and name the first broken link."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("anchor",
                                "Also compare with this anchor (an anchor file or a referral pack's "
                                "manifest.json); may be repeated.",
                                "FILE"));
         },
         auditVerify});
    registry.add(
        {{QStringLiteral("audit"), QStringLiteral("anchor")},
         QStringLiteral("Write the signed head of the audit chain to a file kept outside the vault."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("out", "The anchor file to write.", "FILE"));
         },
         auditAnchor});
    registry.add({{QStringLiteral("audit"), QStringLiteral("list")},
                  QStringLiteral("List audit entries: who did what, to which record, when."),
                  QStringLiteral("VAULT"),
                  addFilterOptions,
                  auditList});
    registry.add({{QStringLiteral("audit"), QStringLiteral("export")},
                  QStringLiteral("Export audit entries as CSV for an inspection."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      addFilterOptions(p);
                      p.addOption(option("out", "The CSV file to write.", "FILE.csv"));
                  },
                  auditExport});
});

} // namespace

} // namespace lantern::cli
