// `lantern-cli demo`: a synthetic school for demonstrations, training and trying Lantern out (issue 3).
#include "Command.h"
#include "core/Error.h"
#include "demo/DemoSchool.h"
#include "demo/DemoSubmissions.h"
#include "text/TextServices.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"

#include <QDir>
#include <QFileInfo>

namespace lantern::cli {

namespace {

const QString defaultUser = QStringLiteral("demo-dsl");

int numberOption(const QCommandLineParser& parser, const QString& name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).trimmed().toInt(&ok);
    if (!ok)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--%1: \"%2\" is not a whole number.").arg(name, parser.value(name)));
    return value;
}

DemoOptions optionsFrom(const QCommandLineParser& parser)
{
    DemoOptions options;
    options.pupils = numberOption(parser, QStringLiteral("pupils"), options.pupils);
    const int seed = numberOption(parser, QStringLiteral("seed"), 1);
    if (seed < 0)
        throw Error(ErrorKind::InvalidInput, QStringLiteral("--seed: give a number of 0 or more."));
    options.seed = static_cast<quint32>(seed);
    if (const std::optional<QDate> today = dateOption(parser, "today"))
        options.today = *today;
    return options.validated();
}

// Progress on standard error for a big school, in steps of a tenth, so a log stays readable.
DemoProgress progressTo(QTextStream& err, int pupils)
{
    if (pupils < 500)
        return {};
    struct Shown {
        QString stage;
        int tenth = -1;
    };
    auto shown = std::make_shared<Shown>();
    return [&err, shown](const QString& stage, int done, int total) {
        const int tenth = total > 0 ? done * 10 / total : 0;
        if (stage == shown->stage && tenth == shown->tenth)
            return;
        *shown = Shown{stage, tenth};
        err << "lantern-cli: " << stage << ": " << tenth * 10 << "%\n";
        err.flush();
    };
}

void printSummary(QTextStream& out, const QString& folder, const DemoOptions& options,
                  const DemoSummary& summary, const QString& dsl)
{
    const auto row = [&out](const char* label, int count, const QString& note = {}) {
        out << "  " << QString::fromLatin1(label).leftJustified(26)
            << QString::number(count).rightJustified(6);
        if (!note.isEmpty())
            out << "  " << note;
        out << "\n";
    };
    out << "Made the demo school \"" << summary.schoolName << "\" in " << folder << " (seed " << options.seed
        << ").\n"
        << "Its records run from " << TextServices::formatDate(summary.from) << " to "
        << TextServices::formatDate(summary.to) << ".\n\n";
    row("pupils", summary.pupils, QStringLiteral("names from %1 cultures").arg(summary.cultures.size()));
    row("family contacts", summary.contacts);
    row("sibling links", summary.siblingLinks);
    row("concerns", summary.concerns,
        QStringLiteral("%1 new, waiting in the DSL's inbox").arg(summary.inboxConcerns));
    row("decisions", summary.decisions);
    row("status changes", summary.statusChanges);
    row("child's voice entries", summary.voiceEntries);
    row("chronology events", summary.manualChronologyEntries, QStringLiteral("added by hand"));
    row("agencies", summary.agencies);
    row("agency involvements", summary.involvements);
    row("plans", summary.plans);
    row("meetings", summary.meetings);
    row("referrals", summary.referrals);
    row("adults in the register", summary.adults);
    row("low-level concerns", summary.adultConcerns,
        QStringLiteral("about staff, volunteers and contractors"));
    QStringList users{dsl + QStringLiteral(" (DSL)")};
    for (const Vault::NewUser& user : DemoSchool::demoUsers())
        users.append(QStringLiteral("%1 (%2)").arg(user.username, roleTitle(user.role).toLower()));
    out << "\nUsers " << users.join(QStringLiteral(", ")) << " share the password you gave.\n"
        << "Everything in this vault is synthetic: names, dates, UPNs (LA 999), NHS numbers (the 999 test "
           "range),\n"
        << "addresses (ZZ postcodes) and phone numbers (Ofcom's drama ranges). Never add real records to "
           "it.\n";
}

// --staff-folder and --inbox: the demo's member of staff gets a key folder (same password) and three
// submissions wait in the inbox.
void sendStaffSubmissions(Context& context, const QCommandLineParser& parser, const QString& folder,
                          const QString& dsl, const SecureBytes& password, const DemoSummary& summary)
{
    const QString keyFolder = requiredOption(parser, QStringLiteral("staff-folder"));
    const QString inbox = requiredOption(parser, QStringLiteral("inbox"));
    QString staff;
    for (const Vault::NewUser& demoUser : DemoSchool::demoUsers())
        staff = demoUser.role == Role::Staff && summary.staffUsernames.contains(demoUser.username)
                    ? demoUser.username
                    : staff;
    if (staff.isEmpty())
        throw Error(ErrorKind::Internal, QStringLiteral("Demo: the demo school has no member of staff."));
    std::unique_ptr<Vault> vault = Vault::unlock(folder, dsl, password, context.clock);
    const DemoStaffSetup setup =
        DemoSubmissions::send(*vault, staff, password, keyFolder, inbox, context.clock);
    context.out << "\nStaff key for " << staff << " in " << QDir::toNativeSeparators(setup.keyFolder)
                << " (same password); school fingerprint " << setup.fingerprint << ".\n"
                << setup.submissions << " staff submissions wait in " << QDir::toNativeSeparators(setup.inbox)
                << ": import them from the Inbox page; one names a child whose surname was misspelt.\n";
}

int demo(Context& context, const QCommandLineParser& parser)
{
    const QString folder = VaultPaths::withSuffix(vaultArgument(parser));
    const DemoOptions options = optionsFrom(parser);
    const QString user =
        parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user")).trimmed() : defaultUser;
    const bool staff = parser.isSet(QStringLiteral("staff-folder")) || parser.isSet(QStringLiteral("inbox"));
    const DemoProgress progress = progressTo(context.err, options.pupils);
    DemoSummary summary;
    SecureBytes password;
    if (QFileInfo::exists(folder)) {
        password = context.passwords.read(QStringLiteral("Password for %1").arg(user));
        summary = DemoSchool::addTo(folder, user, password, options, progress);
    } else {
        const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                                  : QStringLiteral("Demo DSL (synthetic)");
        password = context.passwords.readNew(QStringLiteral("New password for %1").arg(user));
        summary = DemoSchool::create(folder, {user, name, Role::Dsl}, password, options, progress);
    }
    printSummary(context.out, folder, options, summary, user);
    if (staff)
        sendStaffSubmissions(context, parser, folder, user, password, summary);
    return Success;
}

const CommandGroup commands([](CommandRegistry& registry) {
    registry.add(
        {{QStringLiteral("demo")},
         QStringLiteral("Make (or fill an empty) vault with a synthetic demo school."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(
                 QCommandLineOption(QStringLiteral("pupils"),
                                    QStringLiteral("How many pupils (5 to 5000; default 240). Over 630 "
                                                   "makes a secondary school."),
                                    QStringLiteral("N")));
             p.addOption(QCommandLineOption(QStringLiteral("seed"),
                                            QStringLiteral("The same seed and today make the same school "
                                                           "(default 1)."),
                                            QStringLiteral("S")));
             p.addOption(QCommandLineOption(
                 QStringLiteral("user"),
                 QStringLiteral("The DSL: made with the new vault, or who unlocks an existing empty one "
                                "(default demo-dsl)."),
                 QStringLiteral("NAME")));
             p.addOption(QCommandLineOption(QStringLiteral("name"),
                                            QStringLiteral("The new DSL's display name (default \"Demo DSL "
                                                           "(synthetic)\")."),
                                            QStringLiteral("DISPLAY NAME")));
             p.addOption(QCommandLineOption(QStringLiteral("today"),
                                            QStringLiteral("The school's today (YYYY-MM-DD); the records "
                                                           "end the school day before. Default: today."),
                                            QStringLiteral("DATE")));
             p.addOption(option("staff-folder",
                                "Also enrol the demo's member of staff, writing their key here (same "
                                "password); needs --inbox.",
                                "FOLDER"));
             p.addOption(option("inbox",
                                "With --staff-folder: the inbox folder, where three staff submissions "
                                "then wait for import.",
                                "FOLDER"));
         },
         demo});
});

} // namespace

} // namespace lantern::cli
