// The adults register (low-level concerns about adults, KCSIE Part 4 Section 2): adults, their concerns,
// reviews, LADO consultations, the register's settings and retention. Access is decided in model/adults.
#include "Command.h"
#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "adults/AdultRetention.h"
#include "adults/AdultsSettings.h"
#include "adults/LadoConsultationRepository.h"
#include "calendar/UkTime.h"
#include "core/Error.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

namespace lantern::cli {

namespace {

qint64 numberOption(const QCommandLineParser& parser, const char* name)
{
    const QString text = requiredOption(parser, QString::fromLatin1(name));
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok || number <= 0)
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("--%1: \"%2\" is not a record number.").arg(QString::fromLatin1(name), text));
    return number;
}

std::optional<int> countOption(const QCommandLineParser& parser, const char* name)
{
    if (!isOptionSet(parser, name))
        return std::nullopt;
    const QString text = optionValue(parser, name);
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("--%1: \"%2\" is not a whole number.").arg(QString::fromLatin1(name), text));
    return value;
}

AdultRole roleOption(const QCommandLineParser& parser, AdultRole fallback)
{
    if (!isOptionSet(parser, "role"))
        return fallback;
    const std::optional<AdultRole> role = adultRoleFromName(optionValue(parser, "role"));
    if (!role)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--role: \"%1\" is not one of staff, supply, volunteer, contractor.")
                        .arg(optionValue(parser, "role")));
    return *role;
}

std::optional<bool> yesNoOption(const QCommandLineParser& parser, const char* name)
{
    if (!isOptionSet(parser, name))
        return std::nullopt;
    const QString text = optionValue(parser, name).trimmed();
    if (text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("no"))
        return false;
    throw Error(ErrorKind::InvalidInput,
                QStringLiteral("--%1: answer yes or no, not \"%2\".").arg(QString::fromLatin1(name), text));
}

void printIndented(QTextStream& out, const QString& text, const char* indent = "    ")
{
    for (const QString& line : text.split(QLatin1Char('\n')))
        out << indent << line << "\n";
}

QString reporterText(const AdultConcernContent& content)
{
    QString text =
        content.selfReport ? QStringLiteral("self-report by ") + content.reporterName : content.reporterName;
    if (content.reporterWithheld)
        text += QStringLiteral(" (name withheld from the adult)");
    return text;
}

// --- Adults ------------------------------------------------------------------------------------------------

int adultsAdd(Context& context, const QCommandLineParser& parser)
{
    NewAdult adult;
    adult.details.name = requiredOption(parser, QStringLiteral("name"));
    adult.details.role = roleOption(parser, AdultRole::Staff);
    if (isOptionSet(parser, "left"))
        adult.details.leftOn = dateOption(parser, "left");
    adult.linkedUsername = optionValue(parser, "user");
    adult.isHeadteacher = isOptionSet(parser, "headteacher");
    auto vault = unlockAs(context, parser);
    const qint64 id = AdultRegister(*vault).add(adult);
    context.out << "Adult " << id << " added to the register.\n";
    return Success;
}

int adultsAmend(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = numberOption(parser, "id");
    auto vault = unlockAs(context, parser);
    const QString reason = requiredCaseText(context, parser, "reason");
    AdultRegister adults(*vault);
    AdultDetails details = adults.get(id).summary.details;
    if (isOptionSet(parser, "name"))
        details.name = optionValue(parser, "name");
    details.role = roleOption(parser, details.role);
    if (isOptionSet(parser, "left"))
        details.leftOn = dateOption(parser, "left");
    const int version = adults.amend(id, details, reason);
    context.out << "Adult " << id << " amended: version " << version << ".\n";
    return Success;
}

int adultsList(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    const QList<AdultSummary> adults = AdultRegister(*vault).list();
    QTextStream& out = context.out;
    if (adults.isEmpty()) {
        out << "The register has no adults you can see.\n";
        return Success;
    }
    for (const AdultSummary& adult : adults) {
        out << QString::number(adult.id).rightJustified(5) << "  " << adult.details.name.leftJustified(28)
            << " " << adultRoleName(adult.details.role).leftJustified(11) << adult.concernCount
            << " concern(s), " << adult.unreviewedCount << " unreviewed";
        if (adult.details.leftOn)
            out << "; left " << TextServices::formatDate(*adult.details.leftOn);
        if (adult.isHeadteacher)
            out << "; headteacher";
        out << "\n";
        if (adult.patternPrompt)
            out << "       PROMPT: " << adult.promptConcernIds.size()
                << " concerns form a pattern. Consider whether the harm threshold is met and consult the "
                   "LADO "
                   "(`adults lado`).\n";
    }
    return Success;
}

int adultsShow(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = numberOption(parser, "id");
    auto vault = unlockAs(context, parser);
    const Adult adult = AdultRegister(*vault).get(id);
    QTextStream& out = context.out;
    const AdultDetails& details = adult.summary.details;
    out << "Adult " << id << ": " << details.name << " — " << adultRoleName(details.role)
        << (adult.summary.isHeadteacher ? QStringLiteral(" (headteacher)") : QString()) << "\n";
    if (!adult.summary.linkedUsername.isEmpty())
        out << "Lantern user: " << adult.summary.linkedUsername << "\n";
    out << "Left: "
        << (details.leftOn ? TextServices::formatDate(*details.leftOn) : QStringLiteral("not recorded"))
        << "\n";
    for (const AdultDetailsVersion& version : adult.history) {
        out << "    Details version " << version.version << ", "
            << TextServices::formatDateTime(version.amendedAt) << " by " << version.amendedBy;
        if (!version.amendReason.isEmpty())
            out << " — reason: " << version.amendReason;
        out << "\n";
    }
    if (adult.summary.patternPrompt) {
        QStringList ids;
        for (qint64 concern : adult.summary.promptConcernIds)
            ids.append(QString::number(concern));
        out << "PROMPT: concerns " << ids.join(QStringLiteral(", "))
            << " form a pattern. Consider whether the harm threshold is met and the LADO should be "
               "consulted.\n";
    }
    for (const AdultConcern& concern : adult.concerns) {
        const AdultConcernContent& c = concern.current.content;
        out << "\nConcern " << concern.id << " — happened " << c.occurred.display() << "; recorded "
            << TextServices::formatDateTime(concern.recordedAt) << " by " << concern.recordedBy << " ("
            << concern.source << ")\n"
            << "Reported by: " << reporterText(c) << "\n"
            << "What happened:\n";
        printIndented(out, c.account);
        if (!c.response.isEmpty()) {
            out << "Response:\n";
            printIndented(out, c.response);
        }
        for (const AdultConcernVersion& version : concern.history) {
            if (version.version == concern.current.version)
                continue;
            out << "  Earlier version " << version.version << " (" << version.content.occurred.display()
                << ", reported by " << reporterText(version.content) << "):\n";
            printIndented(out, version.content.account, "        ");
        }
        for (const AdultConcernVersion& version : concern.history) {
            if (!version.amendReason.isEmpty())
                out << "  Amended to version " << version.version << ", "
                    << TextServices::formatDateTime(version.amendedAt) << " by " << version.amendedBy
                    << " — reason: " << version.amendReason << "\n";
        }
        for (const AdultConcernReview& review : concern.reviews)
            out << "  Reviewed " << TextServices::formatDate(review.reviewedOn) << " by " << review.reviewer
                << ": " << review.notes << "\n";
        if (concern.reviews.isEmpty())
            out << "  Not yet reviewed.\n";
        if (concern.consultationId)
            out << "  Considered in LADO consultation " << *concern.consultationId << ".\n";
    }
    for (const LadoConsultation& consultation : adult.consultations) {
        out << "\nLADO consultation " << consultation.id << ", "
            << TextServices::formatDate(consultation.consultedOn) << " with " << consultation.ladoName
            << " — " << ladoOutcomeLabel(consultation.outcome) << "\n"
            << "Advice:\n";
        printIndented(out, consultation.advice);
    }
    return Success;
}

// --- Concerns ----------------------------------------------------------------------------------------------

int concernAdd(Context& context, const QCommandLineParser& parser)
{
    ReportedAdultConcern concern;
    if (isOptionSet(parser, "adult"))
        concern.adult.adultId = numberOption(parser, "adult");
    else if (isOptionSet(parser, "headteacher"))
        concern.adult.isHeadteacher = true;
    else
        concern.adult.name = requiredOption(parser, QStringLiteral("name"));
    concern.adult.role = roleOption(parser, AdultRole::Staff);
    concern.content.occurred = occurredOption(parser);
    concern.content.reporterName = optionValue(parser, "reporter");
    concern.content.selfReport = isOptionSet(parser, "self-report");
    concern.content.reporterWithheld = isOptionSet(parser, "withhold-reporter");
    concern.reporterUsername = optionValue(parser, "reporter-user");
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    concern.content.account = caseText(context, parser, "account").value_or(QString());
    concern.content.response = caseText(context, parser, "response").value_or(QString());
    const qint64 id = AdultConcernRepository(*vault).record(concern);
    context.out << "Low-level concern " << id << " recorded.\n";
    return Success;
}

int concernAmend(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = numberOption(parser, "id");
    AdultConcernChanges changes;
    changes.occurred = partialDateOption(parser, "occurred");
    if (isOptionSet(parser, "reporter"))
        changes.reporterName = optionValue(parser, "reporter");
    changes.selfReport = yesNoOption(parser, "self-report");
    changes.reporterWithheld = yesNoOption(parser, "withhold-reporter");
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    const QString reason = requiredCaseText(context, parser, "reason");
    changes.account = caseText(context, parser, "account");
    changes.response = caseText(context, parser, "response");
    const int version = AdultConcernRepository(*vault).amend(id, changes, reason);
    context.out << "Low-level concern " << id << " amended: version " << version
                << "; the original stays readable.\n";
    return Success;
}

int concernReview(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = numberOption(parser, "concern");
    auto vault = unlockAs(context, parser);
    const QString notes = requiredCaseText(context, parser, "notes");
    const QDate on = dateOption(parser, "on").value_or(ukToday(context.clock));
    AdultConcernRepository(*vault).review(id, on, notes);
    context.out << "Review of low-level concern " << id << " recorded.\n";
    return Success;
}

int ladoAdd(Context& context, const QCommandLineParser& parser)
{
    const qint64 adultId = numberOption(parser, "adult");
    NewLadoConsultation consultation;
    consultation.ladoName = requiredOption(parser, QStringLiteral("lado"));
    const std::optional<LadoOutcome> outcome =
        ladoOutcomeFromName(requiredOption(parser, QStringLiteral("outcome")));
    if (!outcome)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral(
                        "--outcome: \"%1\" is not one of below-threshold, disciplinary, allegation, police.")
                        .arg(optionValue(parser, "outcome")));
    consultation.outcome = *outcome;
    for (const QString& text : parser.values(QStringLiteral("concern"))) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("--concern: \"%1\" is not a record number.").arg(text));
        consultation.concernIds.append(id);
    }
    auto vault = unlockAs(context, parser);
    consultation.advice = requiredCaseText(context, parser, "advice");
    consultation.consultedOn = dateOption(parser, "on").value_or(ukToday(context.clock));
    const qint64 id = LadoConsultationRepository(*vault).record(adultId, consultation);
    context.out << "LADO consultation " << id << " recorded (" << ladoOutcomeLabel(consultation.outcome)
                << ").\n";
    return Success;
}

// --- Settings and retention --------------------------------------------------------------------------------

int settings(Context& context, const QCommandLineParser& parser)
{
    const std::optional<int> threshold = countOption(parser, "threshold");
    const std::optional<int> period = countOption(parser, "period");
    const std::optional<int> retention = countOption(parser, "retention");
    auto vault = unlockAs(context, parser);
    AdultsSettings store(*vault);
    AdultsRegisterSettings current = store.get();
    if (threshold || period || retention) {
        current.patternThreshold = threshold.value_or(current.patternThreshold);
        current.patternPeriodDays = period.value_or(current.patternPeriodDays);
        current.retentionMonthsAfterLeaving = retention.value_or(current.retentionMonthsAfterLeaving);
        store.set(current);
        context.out << "Settings saved.\n";
    }
    context.out << "Pattern prompt: " << current.patternThreshold << " or more concerns within "
                << current.patternPeriodDays << " days\n"
                << "Retention: " << current.retentionMonthsAfterLeaving
                << " month(s) after the adult leaves\n";
    return Success;
}

int retentionDue(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    const QList<RetentionDue> due = AdultRetention(*vault).due();
    if (due.isEmpty()) {
        context.out << "No records are due for deletion.\n";
        return Success;
    }
    for (const RetentionDue& entry : due)
        context.out << QString::number(entry.adultId).rightJustified(5) << "  "
                    << entry.name.leftJustified(28) << " left " << TextServices::formatDate(entry.leftOn)
                    << ", due " << TextServices::formatDate(entry.dueOn) << ", " << entry.concernCount
                    << " concern(s)\n";
    return Success;
}

int retentionDelete(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = numberOption(parser, "adult");
    if (!isOptionSet(parser, "confirm"))
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--confirm: deleting adult %1's records cannot be undone; add --confirm.")
                        .arg(id));
    auto vault = unlockAs(context, parser);
    AdultRetention(*vault).remove(id);
    context.out << "Adult " << id << "'s records deleted; the audit log keeps a tombstone.\n";
    return Success;
}

QStringList words(const char* a, const char* b = nullptr, const char* c = nullptr)
{
    QStringList list{QString::fromLatin1(a)};
    for (const char* word : {b, c}) {
        if (word)
            list.append(QString::fromLatin1(word));
    }
    return list;
}

void addRoleOption(QCommandLineParser& p)
{
    p.addOption(option("role", "Role in school: staff (default), supply, volunteer or contractor.", "ROLE"));
}

void addContentOptions(QCommandLineParser& p)
{
    p.addOption(
        option("occurred", "When it happened: 2026-03-05, 2026-03-05T14:03, or 2026-03 / 2026.", "DATE"));
    addCaseTextOption(p, "account", "What happened, as facts.");
    addCaseTextOption(p, "response", "The response or action taken.");
    p.addOption(option("reporter", "The reporter's name (default: you).", "NAME"));
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add({words("adults", "add"), QStringLiteral("Add an adult to the adults register."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("name", "The adult's name.", "NAME"));
                      addRoleOption(p);
                      p.addOption(option("user", "The adult's Lantern username, if they have one.", "USER"));
                      p.addOption(
                          option("headteacher", "This is the headteacher (chair of governors only)."));
                      p.addOption(option("left", "The day they left (YYYY-MM-DD).", "DATE"));
                  },
                  adultsAdd});
    registry.add({words("adults", "amend"),
                  QStringLiteral("Amend an adult's name, role or leaving date (a new version)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The adult's number.", "N"));
                      addCaseTextOption(p, "reason", "Why it is being amended (required).");
                      p.addOption(option("name", "The adult's name.", "NAME"));
                      addRoleOption(p);
                      p.addOption(option("left", "The day they left (YYYY-MM-DD).", "DATE"));
                  },
                  adultsAmend});
    registry.add({words("adults", "list"),
                  QStringLiteral("List the adults register with concern counts and pattern prompts."),
                  QStringLiteral("VAULT"), [](QCommandLineParser& p) { p.addOption(asOption()); },
                  adultsList});
    registry.add({words("adults", "show"),
                  QStringLiteral("Show an adult with every concern, version, review and LADO consultation."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The adult's number.", "N"));
                  },
                  adultsShow});
    registry.add(
        {words("adults", "concern", "add"),
         QStringLiteral("Record a low-level concern about an adult (anyone in school)."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("adult", "The adult's number in the register (keepers of it).", "N"));
             p.addOption(option("name", "The adult's name, if you do not give --adult.", "NAME"));
             addRoleOption(p);
             p.addOption(option("headteacher", "The concern is about the headteacher (goes to the chair)."));
             addContentOptions(p);
             p.addOption(option("reporter-user", "The reporter's Lantern username (default: you).", "USER"));
             p.addOption(option("self-report", "The adult reported their own behaviour."));
             p.addOption(option("withhold-reporter", "Do not share the reporter's name with the adult."));
         },
         concernAdd});
    registry.add(
        {words("adults", "concern", "amend"),
         QStringLiteral("Amend a low-level concern (a new version; the original stays readable)."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("id", "The concern's number.", "N"));
             addCaseTextOption(p, "reason", "Why it is being amended (required).");
             addContentOptions(p);
             p.addOption(option("self-report", "Whether it was a self-report: yes or no.", "ANSWER"));
             p.addOption(option("withhold-reporter", "Withhold the reporter's name: yes or no.", "ANSWER"));
         },
         concernAmend});
    registry.add({words("adults", "review"),
                  QStringLiteral("Record a review of a low-level concern (headteacher or DSL)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("concern", "The concern's number.", "N"));
                      p.addOption(option("on", "The day of the review (YYYY-MM-DD; default today).", "DATE"));
                      addCaseTextOption(p, "notes", "What the review found and what follows.");
                  },
                  concernReview});
    registry.add(
        {words("adults", "lado"),
         QStringLiteral("Record a LADO consultation about an adult's concerns (clears the prompt)."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("adult", "The adult's number.", "N"));
             p.addOption(option("on", "The day of the consultation (YYYY-MM-DD; default today).", "DATE"));
             p.addOption(option("lado", "The LADO consulted.", "NAME"));
             addCaseTextOption(p, "advice", "What the LADO advised.");
             p.addOption(
                 option("outcome", "below-threshold, disciplinary, allegation or police.", "OUTCOME"));
             p.addOption(option(
                 "concern", "A concern considered (repeat; default: every one not yet considered).", "N"));
         },
         ladoAdd});
    registry.add(
        {words("adults", "settings"),
         QStringLiteral("Show or change the pattern prompt and retention settings."), QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("threshold", "Concerns that make a pattern (2 to 20).", "N"));
             p.addOption(option("period", "Within how many days (1 to 3650).", "DAYS"));
             p.addOption(option("retention", "Months kept after the adult leaves (0 to 1200).", "MONTHS"));
         },
         settings});
    registry.add({words("adults", "retention", "due"),
                  QStringLiteral("List adults whose records are past the retention period."),
                  QStringLiteral("VAULT"), [](QCommandLineParser& p) { p.addOption(asOption()); },
                  retentionDue});
    registry.add(
        {words("adults", "retention", "delete"),
         QStringLiteral("Delete an adult's records that are due (leaves a tombstone in the audit log)."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("adult", "The adult's number.", "N"));
             p.addOption(option("confirm", "Confirm the deletion; it cannot be undone."));
         },
         retentionDelete});
});

} // namespace

} // namespace lantern::cli
