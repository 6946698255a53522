// Concern and decision commands: record, show, amend and list concerns; record and amend decisions.
#include "Command.h"
#include "core/Error.h"
#include "records/ConcernRepository.h"
#include "records/ConcernValidator.h"
#include "records/DecisionRepository.h"
#include "reference/HarmCategories.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern::cli {

namespace {

QString optionName(const char* name)
{
    return QString::fromLatin1(name);
}

qint64 idOption(const QCommandLineParser& parser, const char* name)
{
    const QString text = requiredOption(parser, optionName(name));
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--%1: \"%2\" is not a record number.").arg(optionName(name), text));
    return id;
}

// --pupil UPN … with --role ROLE … paired in order; a pupil without a --role is the subject.
QList<ConcernChild> childrenOptions(ConcernRepository& concerns, const QCommandLineParser& parser)
{
    const QStringList upns = parser.values(QStringLiteral("pupil"));
    const QStringList roles = parser.values(QStringLiteral("role"));
    if (roles.size() > upns.size())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--role: give each --role after the --pupil it is for."));
    QList<ConcernChild> children;
    for (qsizetype i = 0; i < upns.size(); ++i) {
        ConcernChild child;
        child.pupilId = concerns.pupilIdByUpn(upns.at(i));
        if (i < roles.size())
            child.role = childRoleOption(roles.at(i));
        children.append(child);
    }
    return children;
}

// --mark SIDE,X,Y[,NOTE], e.g. "front,0.42,0.30,bruise on upper arm".
QList<BodyMapMark> markOptions(const QCommandLineParser& parser)
{
    QList<BodyMapMark> marks;
    for (const QString& text : parser.values(QStringLiteral("mark"))) {
        const QStringList parts = text.split(QLatin1Char(','));
        const auto bad = [&]() {
            return Error(
                ErrorKind::InvalidInput,
                QStringLiteral("--mark: \"%1\" should be SIDE,X,Y[,NOTE] with SIDE front or back and X, Y "
                               "between 0 and 1.")
                    .arg(text));
        };
        if (parts.size() < 3)
            throw bad();
        BodyMapMark mark;
        const std::optional<BodyMapMark::Side> side = bodyMapSideFromName(parts.at(0).trimmed());
        bool okX = false;
        bool okY = false;
        mark.x = parts.at(1).trimmed().toDouble(&okX);
        mark.y = parts.at(2).trimmed().toDouble(&okY);
        if (!side || !okX || !okY)
            throw bad();
        mark.side = *side;
        mark.note = parts.mid(3).join(QLatin1Char(','));
        marks.append(mark);
    }
    return marks;
}

QString categoryLabels(const QStringList& ids)
{
    QStringList labels;
    for (const QString& id : ids) {
        const HarmCategory* category = HarmCategories::get().find(id);
        labels.append(category ? QString(category->label + QStringLiteral(" (") + id + QLatin1Char(')'))
                               : id);
    }
    return labels.join(QStringLiteral("; "));
}

QString childrenText(const QList<ConcernChild>& children)
{
    QStringList parts;
    for (const ConcernChild& child : children)
        parts.append(child.displayName + QStringLiteral(" (") + childRoleLabel(child.role) +
                     QLatin1Char(')'));
    return parts.join(QStringLiteral(", "));
}

// Prints a block of text indented, line by line, so a multi-line account stays readable.
void printIndented(QTextStream& out, const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n')))
        out << "    " << line << "\n";
}

int concernAdd(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    ConcernRepository concerns(*vault);
    NewConcern concern;
    concern.occurred = occurredOption(parser);
    concern.children = childrenOptions(concerns, parser);
    concern.categoryIds = parser.values(QStringLiteral("category"));
    concern.account = caseText(context, parser, "account").value_or(QString());
    concern.childWords = caseText(context, parser, "words").value_or(QString());
    concern.location = caseText(context, parser, "location").value_or(QString());
    concern.immediateAction = caseText(context, parser, "action").value_or(QString());
    concern.bodyMap = markOptions(parser);
    const qint64 id = concerns.record(concern);
    context.out << "Concern " << id << " recorded; it is in the DSL's inbox.\n";
    return Success;
}

int concernShow(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = idOption(parser, "id");
    auto vault = unlockAs(context, parser);
    ConcernRepository concerns(*vault);
    const Concern concern = concerns.get(id);
    const ConcernVersion& v = concern.current;
    QTextStream& out = context.out;
    out << "Concern " << concern.id << " — status: " << concernStatusName(concern.status) << "\n"
        << "Recorded: " << TextServices::formatDateTime(concern.recordedAt) << " by " << concern.recordedBy
        << "\n"
        << "When it happened: " << v.occurred.display() << "\n";
    if (!v.location.isEmpty())
        out << "Where: " << v.location << "\n";
    out << "Children:\n";
    for (const ConcernChild& child : v.children)
        out << "    " << child.displayName
            << (child.upn.isEmpty() ? QString() : QString(QStringLiteral(", UPN ") + child.upn)) << " — "
            << childRoleLabel(child.role) << "\n";
    out << "Categories of harm: " << categoryLabels(v.categoryIds) << "\n";
    out << "What was seen and heard:\n";
    printIndented(out, v.account);
    if (!v.childWords.isEmpty())
        out << "The child's words (verbatim): \"" << v.childWords << "\"\n";
    for (const BodyMapMark& mark : v.bodyMap)
        out << "Body map: " << bodyMapSideName(mark.side) << " at " << mark.x << ", " << mark.y
            << (mark.note.isEmpty() ? QString() : QString(QStringLiteral(" — ") + mark.note)) << "\n";
    if (!v.immediateAction.isEmpty())
        out << "Immediate action: " << v.immediateAction << "\n";

    out << "Versions:\n";
    for (const ConcernVersion& version : concern.history) {
        out << "    Version " << version.version << ", " << TextServices::formatDateTime(version.amendedAt)
            << " by " << version.amendedBy;
        if (!version.amendReason.isEmpty())
            out << " — reason: " << version.amendReason;
        out << "\n";
    }
    if (concern.history.size() > 1) {
        out << "Earlier versions:\n";
        for (const ConcernVersion& version : concern.history) {
            if (version.version == v.version)
                continue;
            out << "  Version " << version.version << ":\n"
                << "    When it happened: " << version.occurred.display() << "\n";
            if (!version.location.isEmpty())
                out << "    Where: " << version.location << "\n";
            out << "    Children: " << childrenText(version.children) << "\n"
                << "    Categories of harm: " << categoryLabels(version.categoryIds) << "\n"
                << "    What was seen and heard:\n";
            for (const QString& accountLine : version.account.split(QLatin1Char('\n')))
                out << "        " << accountLine << "\n";
            if (!version.childWords.isEmpty())
                out << "    The child's words (verbatim): \"" << version.childWords << "\"\n";
            if (!version.immediateAction.isEmpty())
                out << "    Immediate action: " << version.immediateAction << "\n";
        }
    }
    out << "Status history:\n";
    for (const ConcernStatusChange& change : concern.statusHistory) {
        out << "    " << concernStatusName(change.status).leftJustified(8)
            << TextServices::formatDateTime(change.changedAt) << " by " << change.changedBy;
        if (!change.note.isEmpty())
            out << " — " << change.note;
        out << "\n";
    }
    if (concern.decisionIds.isEmpty()) {
        out << "Decisions: none yet\n";
    } else {
        out << "Decisions:\n";
        DecisionRepository decisions(*vault);
        for (const Decision& decision : decisions.list(concern.id)) {
            const DecisionVersion& d = decision.current;
            out << "    Decision " << decision.id << ": " << decisionOutcomeLabel(d.outcome)
                << ", decided by " << d.decidedBy << " " << TextServices::formatDateTime(d.decidedAt);
            if (decision.history.size() > 1)
                out << " (version " << d.version << ", amended: " << d.amendReason << ")";
            out << "\n        Reasons: " << d.reasons << "\n";
            if (!d.consulted.isEmpty())
                out << "        Consulted: " << d.consulted << "\n";
            out << "        Parents informed: " << parentsInformedName(d.parentsInformed);
            if (!d.parentsNotInformedReason.isEmpty())
                out << " — " << d.parentsNotInformedReason;
            out << "\n";
            if (d.reviewDate)
                out << "        Next review: " << TextServices::formatDate(*d.reviewDate) << "\n";
        }
    }
    return Success;
}

int concernAmend(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = idOption(parser, "id");
    auto vault = unlockAs(context, parser);
    ConcernRepository concerns(*vault);
    ConcernChanges changes;
    changes.occurred = partialDateOption(parser, "occurred", ConcernValidator::occurredField());
    if (parser.isSet(QStringLiteral("pupil")))
        changes.children = childrenOptions(concerns, parser);
    if (parser.isSet(QStringLiteral("category")))
        changes.categoryIds = parser.values(QStringLiteral("category"));
    changes.account = caseText(context, parser, "account");
    changes.childWords = caseText(context, parser, "words");
    changes.location = caseText(context, parser, "location");
    changes.immediateAction = caseText(context, parser, "action");
    if (parser.isSet(QStringLiteral("mark")))
        changes.bodyMap = markOptions(parser);
    concerns.amend(id, changes, caseText(context, parser, "reason").value_or(QString()));
    context.out << "Concern " << id << " amended; the earlier version stays readable.\n";
    return Success;
}

int concernList(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    ConcernRepository concerns(*vault);
    QTextStream& out = context.out;
    if (!hasPermission(vault->user(), Permission::ReadPupilRecords)) {
        // Staff see their own receipts and nothing more.
        if (parser.isSet(QStringLiteral("inbox")) || parser.isSet(QStringLiteral("pupil")))
            requirePermission(vault->user(), Permission::ReadPupilRecords);
        const QList<ConcernReceipt> receipts = concerns.receipts();
        if (receipts.isEmpty())
            out << "You have not recorded any concerns.\n";
        for (const ConcernReceipt& receipt : receipts)
            out << "Concern " << receipt.id << "  recorded "
                << TextServices::formatDateTime(receipt.recordedAt)
                << "  status: " << concernStatusName(receipt.status) << "\n";
        return Success;
    }
    QList<ConcernSummary> list;
    if (parser.isSet(QStringLiteral("pupil")))
        list = concerns.listForPupil(concerns.pupilIdByUpn(parser.value(QStringLiteral("pupil"))));
    else if (parser.isSet(QStringLiteral("inbox")))
        list = concerns.inbox();
    else
        list = concerns.recent();
    if (list.isEmpty())
        out << "No concerns.\n";
    for (const ConcernSummary& summary : list)
        out << QString::number(summary.id).rightJustified(6) << "  "
            << concernStatusName(summary.status).leftJustified(8) << "  " << summary.occurred.display()
            << "  " << childrenText(summary.children) << "  "
            << summary.categoryIds.join(QStringLiteral(", ")) << "  recorded by " << summary.recordedBy
            << (summary.versions > 1 ? QStringLiteral("  (amended)") : QString()) << "\n";
    return Success;
}

int concernStatus(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = idOption(parser, "id");
    const QString name = requiredOption(parser, QStringLiteral("status"));
    const std::optional<ConcernStatus> status = concernStatusFromName(name);
    if (!status)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--status: \"%1\" is not a status; use open or closed.").arg(name));
    auto vault = unlockAs(context, parser);
    ConcernRepository(*vault).setStatus(id, *status, caseText(context, parser, "note").value_or(QString()));
    context.out << "Concern " << id << " is now " << concernStatusName(*status) << ".\n";
    return Success;
}

int concernCategories(Context& context, const QCommandLineParser&)
{
    const HarmCategories& categories = HarmCategories::get();
    for (const QString& group : categories.groups()) {
        context.out << group << "\n";
        for (const HarmCategory& category : categories.inGroup(group))
            context.out << "    " << category.id.leftJustified(30) << category.label << "\n";
    }
    return Success;
}

std::optional<ParentsInformed> parentsOption(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("parents-informed")))
        return std::nullopt;
    const QString text = parser.value(QStringLiteral("parents-informed"));
    const std::optional<ParentsInformed> value = parentsInformedFromName(text);
    if (!value)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--parents-informed: \"%1\" should be yes, no or not-yet.").arg(text));
    return value;
}

int decisionAdd(Context& context, const QCommandLineParser& parser)
{
    const qint64 concernId = idOption(parser, "concern");
    NewDecision decision;
    decision.outcome = requiredOption(parser, QStringLiteral("outcome"));
    const std::optional<ParentsInformed> parents = parentsOption(parser);
    if (!parents)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("The option --parents-informed is required (yes, no or not-yet)."));
    decision.parentsInformed = *parents;
    if (parser.isSet(QStringLiteral("review")))
        decision.reviewDate = dateOption(parser, "review", QStringLiteral("Next review date"));
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    decision.reasons = caseText(context, parser, "reasons").value_or(QString());
    decision.consulted = caseText(context, parser, "consulted").value_or(QString());
    decision.parentsNotInformedReason = caseText(context, parser, "parents-reason").value_or(QString());
    const qint64 id = DecisionRepository(*vault).add(concernId, decision);
    const ConcernStatus status = ConcernRepository(*vault).status(concernId);
    context.out << "Decision " << id << " recorded on concern " << concernId << "; the concern is "
                << concernStatusName(status) << ".\n";
    return Success;
}

int decisionAmend(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = idOption(parser, "id");
    DecisionChanges changes;
    if (parser.isSet(QStringLiteral("outcome")))
        changes.outcome = parser.value(QStringLiteral("outcome"));
    changes.parentsInformed = parentsOption(parser);
    if (parser.isSet(QStringLiteral("review")))
        changes.reviewDate = dateOption(parser, "review", QStringLiteral("Next review date"));
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    changes.reasons = caseText(context, parser, "reasons");
    changes.consulted = caseText(context, parser, "consulted");
    changes.parentsNotInformedReason = caseText(context, parser, "parents-reason");
    DecisionRepository(*vault).amend(id, changes, caseText(context, parser, "reason").value_or(QString()));
    context.out << "Decision " << id << " amended; the earlier version stays readable.\n";
    return Success;
}

void addContentOptions(QCommandLineParser& p)
{
    p.addOption(option("occurred",
                       "When it happened: 2026-03-05, 2026-03-05T14:03, or 2026-03 / 2026 if "
                       "that is all you know.",
                       "DATE"));
    p.addOption(option("pupil", "A child named in the concern, by UPN (repeat for several).", "UPN"));
    p.addOption(option(
        "role", "The role of the --pupil before it: subject (default), alleged-harmer or witness.", "ROLE"));
    p.addOption(
        option("category", "A category of harm (repeat for several; see `concern categories`).", "ID"));
    addCaseTextOption(p, "account", "What was seen and heard, as facts.");
    addCaseTextOption(p, "words", "The child's exact words, verbatim.");
    addCaseTextOption(p, "location", "Where it happened.");
    addCaseTextOption(p, "action", "The immediate action taken.");
    p.addOption(
        option("mark", "A body-map mark: SIDE,X,Y[,NOTE] (front or back; X and Y from 0 to 1).", "MARK"));
}

void addDecisionOptions(QCommandLineParser& p)
{
    p.addOption(option("outcome",
                       "no-further-action, monitor, in-school-support, family-help-request, "
                       "referral-to-childrens-social-care, police, prevent-channel, lado or health.",
                       "OUTCOME"));
    addCaseTextOption(p, "reasons", "Why this was decided (required).");
    addCaseTextOption(p, "consulted", "Who was consulted.");
    p.addOption(option("parents-informed", "Whether the parents were told: yes, no or not-yet.", "ANSWER"));
    addCaseTextOption(p, "parents-reason", "Why the parents were not (yet) told.");
    p.addOption(option("review", "The next review date (YYYY-MM-DD).", "DATE"));
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add({{QStringLiteral("concern"), QStringLiteral("add")},
                  QStringLiteral("Record a concern about one or more children."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      addContentOptions(p);
                  },
                  concernAdd});
    registry.add({{QStringLiteral("concern"), QStringLiteral("show")},
                  QStringLiteral("Show a concern with its versions, status and decisions."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The concern's number.", "N"));
                  },
                  concernShow});
    registry.add({{QStringLiteral("concern"), QStringLiteral("amend")},
                  QStringLiteral("Amend a concern (a new version; the original stays readable)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The concern's number.", "N"));
                      addCaseTextOption(p, "reason", "Why it is being amended (required).");
                      addContentOptions(p);
                  },
                  concernAmend});
    registry.add({{QStringLiteral("concern"), QStringLiteral("list")},
                  QStringLiteral("List concerns: the inbox, a pupil's, or (staff) your own receipts."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("inbox", "Only new concerns, oldest first."));
                      p.addOption(option("pupil", "Only concerns naming this pupil.", "UPN"));
                  },
                  concernList});
    registry.add({{QStringLiteral("concern"), QStringLiteral("status")},
                  QStringLiteral("Open, close or reopen a concern."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The concern's number.", "N"));
                      p.addOption(option("status", "open or closed.", "STATUS"));
                      addCaseTextOption(p, "note", "A note (required to reopen a closed concern).");
                  },
                  concernStatus});
    registry.add({{QStringLiteral("concern"), QStringLiteral("categories")},
                  QStringLiteral("List the categories of harm, grouped."),
                  QString(),
                  nullptr,
                  concernCategories});
    registry.add({{QStringLiteral("decision"), QStringLiteral("add")},
                  QStringLiteral("Record a decision on a concern, with its reasons."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("concern", "The concern's number.", "N"));
                      addDecisionOptions(p);
                  },
                  decisionAdd});
    registry.add({{QStringLiteral("decision"), QStringLiteral("amend")},
                  QStringLiteral("Amend a decision (a new version; the original stays readable)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The decision's number.", "N"));
                      addCaseTextOption(p, "reason", "Why it is being amended (required).");
                      addDecisionOptions(p);
                  },
                  decisionAmend});
});

} // namespace

} // namespace lantern::cli
