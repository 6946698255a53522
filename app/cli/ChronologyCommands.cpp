// Chronology, child's voice and search commands: reading a child's chronology (text, JSON or CSV), adding
// manual entries and voice entries, and searching the records.
#include "Command.h"
#include "calendar/PartialDate.h"
#include "core/Error.h"
#include "records/ChronologyFormatter.h"
#include "records/ChronologyRepository.h"
#include "records/PupilDirectory.h"
#include "records/RecordSearch.h"
#include "records/VoiceRepository.h"
#include "reference/Upn.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern::cli {

namespace {

struct PupilRef {
    qint64 id = 0;
    QString name;
    QString upn;
    QString heading() const { return name + QStringLiteral(" (UPN ") + upn + QLatin1Char(')'); }
};

// The pupil named by --pupil. The permission is checked before looking, so that a role without access to
// pupil records cannot learn from the answer whether a UPN is on the roll.
PupilRef pupilByUpn(Vault& vault, const QCommandLineParser& parser, Permission needed)
{
    requirePermission(vault.user(), needed);
    const QString upn = normalizeUpn(requiredOption(parser, QStringLiteral("pupil")));
    const std::optional<DirectoryPupil> pupil = PupilDirectory(vault).findByUpn(upn, needed);
    if (!pupil)
        throw Error(ErrorKind::NotFound, QStringLiteral("--pupil: no pupil has the UPN %1.").arg(upn));
    return {pupil->id, pupil->displayName, upn};
}

QStringList listOption(const QCommandLineParser& parser, const char* name)
{
    QStringList items;
    for (const QString& given : parser.values(QString::fromLatin1(name)))
        for (const QString& item : given.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
    return items;
}

int chronologyShow(Context& context, const QCommandLineParser& parser)
{
    const QString format =
        isOptionSet(parser, "format") ? optionValue(parser, "format") : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--format: \"%1\" is not a format; use text, json or csv.").arg(format));
    ChronologyFilter filter;
    // A partial date widens to what it means: --from 2026-03 starts on 1 March, --to 2026-03 ends on the
    // 31st.
    if (const std::optional<PartialDate> from = partialDateOption(parser, "from"))
        filter.from = from->firstDay();
    if (const std::optional<PartialDate> to = partialDateOption(parser, "to"))
        filter.to = to->lastDay();
    filter.significantOnly = isOptionSet(parser, "significant");
    filter.includeSuperseded = isOptionSet(parser, "include-superseded");
    filter.types = listOption(parser, "type");
    const QStringList automatic{QStringLiteral("concern"),  QStringLiteral("decision"),
                                QStringLiteral("referral"), QStringLiteral("meeting"),
                                QStringLiteral("plan"),     QStringLiteral("voice")};
    for (const QString& type : filter.types)
        if (!ChronologyTypes::isManual(type) && !automatic.contains(type))
            throw Error(
                ErrorKind::InvalidInput,
                QStringLiteral("--type: \"%1\" is not a chronology entry type; use "
                               "%2 or %3.")
                    .arg(type, automatic.join(QStringLiteral(", ")), ChronologyTypes::manualIdList()));

    auto vault = unlockAs(context, parser);
    const PupilRef pupil = pupilByUpn(*vault, parser, Permission::ReadPupilRecords);
    const QList<ChronologyEntry> entries = ChronologyRepository(*vault).entries(pupil.id, filter);
    if (format == QLatin1String("json")) {
        context.out << QString::fromUtf8(ChronologyFormatter::json(entries));
    } else if (format == QLatin1String("csv")) {
        context.out << QString::fromUtf8(ChronologyFormatter::csv(entries));
    } else if (entries.isEmpty()) {
        context.out << "Chronology for " << pupil.heading() << ": no entries"
                    << (filter.from || filter.to || filter.significantOnly || !filter.types.isEmpty()
                            ? " match the filter.\n"
                            : ".\n");
    } else {
        context.out << "Chronology for " << pupil.heading() << ", " << entries.size()
                    << (entries.size() == 1 ? " entry" : " entries") << " (! marks a significant event):\n\n"
                    << ChronologyFormatter::text(entries);
    }
    return Success;
}

int chronologyAdd(Context& context, const QCommandLineParser& parser)
{
    ManualChronologyEntry entry;
    entry.when = requiredPartialDateOption(parser, "date");
    entry.type = requiredOption(parser, QStringLiteral("type"));
    entry.significant = isOptionSet(parser, "significant");

    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    entry.summary = requiredCaseText(context, parser, "summary");
    entry.source = caseText(context, parser, "source").value_or(QString());
    entry.whyItMatters = caseText(context, parser, "why").value_or(QString());
    entry.effectOnChild = caseText(context, parser, "effect").value_or(QString());
    const PupilRef pupil = pupilByUpn(*vault, parser, Permission::WritePupilRecords);
    const qint64 id = ChronologyRepository(*vault).addManual(pupil.id, entry);
    context.out << "Added chronology entry " << id << " for " << pupil.heading() << ": "
                << entry.when.display() << ", " << ChronologyTypes::label(entry.type.trimmed())
                << (entry.significant ? " (significant)" : "") << ".\n";
    return Success;
}

int voiceAdd(Context& context, const QCommandLineParser& parser)
{
    VoiceContent content;
    content.captured = requiredPartialDateOption(parser, "date");
    content.method = requiredOption(parser, QStringLiteral("method"));
    content.toldWhatHappensNext = isOptionSet(parser, "told-next");

    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    content.words = requiredCaseText(context, parser, "words");
    content.adaptations = caseText(context, parser, "adaptations").value_or(QString());
    content.wishesAndFeelings = caseText(context, parser, "wishes").value_or(QString());
    const PupilRef pupil = pupilByUpn(*vault, parser, Permission::WritePupilRecords);
    const qint64 id = VoiceRepository(*vault).add(pupil.id, content);
    context.out << "Recorded child's voice entry " << id << " for " << pupil.heading() << ": "
                << content.captured.display() << ", " << VoiceMethods::label(content.method.trimmed())
                << ".\n";
    if (!content.toldWhatHappensNext)
        context.out << "The child was not recorded as told what happens next.\n";
    return Success;
}

void printVersion(QTextStream& out, const VoiceContent& content)
{
    out << "  \u201C" << content.words << "\u201D\n";
    if (!content.adaptations.isEmpty())
        out << "  Adaptations: " << content.adaptations << "\n";
    if (!content.wishesAndFeelings.isEmpty())
        out << "  Wishes and feelings: " << content.wishesAndFeelings << "\n";
    out << "  Told what happens next: " << (content.toldWhatHappensNext ? "yes" : "no") << "\n";
}

int voiceList(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    const PupilRef pupil = pupilByUpn(*vault, parser, Permission::ReadPupilRecords);
    const QList<VoiceEntry> entries = VoiceRepository(*vault).list(pupil.id);
    if (entries.isEmpty()) {
        context.out << "Child's voice for " << pupil.heading() << ": no entries.\n";
        return Success;
    }
    context.out << "Child's voice for " << pupil.heading() << ", " << entries.size()
                << (entries.size() == 1 ? " entry" : " entries") << ", most recent first:\n";
    for (const VoiceEntry& entry : entries) {
        const VoiceVersion& current = entry.current();
        context.out << "\n[" << entry.id << "] " << current.content.captured.display() << " \u2014 "
                    << VoiceMethods::label(current.content.method) << "\n";
        printVersion(context.out, current.content);
        context.out << "  Recorded " << TextServices::formatDateTime(entry.recordedAt) << " by "
                    << entry.recordedBy << "\n";
        if (!entry.isAmended())
            continue;
        context.out << "  History (" << entry.versions.size() << " versions):\n";
        for (const VoiceVersion& version : entry.versions) {
            if (version.version == 1) {
                context.out << "  Version 1 (original), " << version.content.captured.display() << ", "
                            << VoiceMethods::label(version.content.method) << ":\n";
                printVersion(context.out, version.content);
            } else {
                context.out << "  Version " << version.version << ", amended "
                            << TextServices::formatDateTime(version.amendedAt) << " by " << version.amendedBy
                            << ": " << version.amendReason << "\n";
            }
        }
    }
    return Success;
}

void printGroup(QTextStream& out, const char* title, const QList<SearchResult>& results)
{
    if (results.isEmpty())
        return;
    out << "\n" << title << " (" << results.size() << ")\n";
    for (const SearchResult& result : results) {
        out << "  ";
        if (result.objectType == QLatin1String("pupil")) {
            out << result.pupilNames << " \u2014 " << result.snippet << "\n";
            continue;
        }
        out << "[" << result.objectId << "] " << result.when << "  " << result.pupilNames << "\n      "
            << result.snippet << "\n";
    }
}

int search(Context& context, const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments().mid(1);
    const QString text = words.join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("Say what to search for after the vault folder."));
    auto vault = unlockAs(context, parser);
    const SearchResults results = RecordSearch(*vault).search(text);
    if (results.isEmpty()) {
        context.out << "Nothing matches \u201C" << text << "\u201D.\n";
        return Success;
    }
    context.out << results.total() << (results.total() == 1 ? " match" : " matches") << " for \u201C" << text
                << "\u201D:\n";
    printGroup(context.out, "Pupils", results.pupils);
    printGroup(context.out, "Concerns", results.concerns);
    printGroup(context.out, "Chronology", results.chronology);
    printGroup(context.out, "Child's voice", results.voice);
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add(
        {{QStringLiteral("chronology")},
         QStringLiteral("Print a child's chronology as text, JSON or CSV."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("pupil", "The child's UPN.", "UPN"));
             p.addOption(option("from", "Only events from this date (2026-03-05, 2026-03 or 2026).", "DATE"));
             p.addOption(option("to", "Only events up to this date.", "DATE"));
             p.addOption(option("significant", "Only significant events."));
             p.addOption(option("type", "Only this type (repeat, or separate with commas).", "TYPE"));
             p.addOption(option("include-superseded", "Also show amended-away entries with the reason."));
             p.addOption(option("format", "text (default), json or csv.", "FORMAT"));
         },
         chronologyShow});
    registry.add({{QStringLiteral("chronology"), QStringLiteral("add")},
                  QStringLiteral("Add an event to a child's chronology (a bereavement, a house move, …)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "The child's UPN.", "UPN"));
                      p.addOption(option("date",
                                         "When it happened: 2026-03-05, or 2026-03 if only the month is "
                                         "known.",
                                         "DATE"));
                      p.addOption(option("type",
                                         "bereavement, house-move, exclusion, missing-episode, "
                                         "family-change, health, police-contact or other.",
                                         "TYPE"));
                      addCaseTextOption(p, "summary", "What happened.");
                      addCaseTextOption(p, "source", "Who or what the information came from.");
                      addCaseTextOption(p, "why", "Why it matters.");
                      addCaseTextOption(p, "effect", "Its effect on the child.");
                      p.addOption(option("significant", "Mark it as a significant event."));
                  },
                  chronologyAdd});
    registry.add({{QStringLiteral("voice"), QStringLiteral("add")},
                  QStringLiteral("Record the child's voice: what they said, wrote, drew or showed."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "The child's UPN.", "UPN"));
                      p.addOption(option("date", "When it was captured.", "DATE"));
                      p.addOption(option("method",
                                         "conversation, drawing, writing, interpreter, "
                                         "communication-aid or observation.",
                                         "METHOD"));
                      addCaseTextOption(p, "words", "The child's words, verbatim where possible.");
                      addCaseTextOption(p, "adaptations", "Adaptations made to hear the child.");
                      addCaseTextOption(p, "wishes", "The child's wishes and feelings.");
                      p.addOption(option("told-next", "The child was told what happens next."));
                  },
                  voiceAdd});
    registry.add({{QStringLiteral("voice"), QStringLiteral("list")},
                  QStringLiteral("List a child's voice entries with their history."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "The child's UPN.", "UPN"));
                  },
                  voiceList});
    registry.add({{QStringLiteral("search")},
                  QStringLiteral("Search pupils, concerns, chronologies and the child's voice."),
                  QStringLiteral("VAULT TEXT"),
                  [](QCommandLineParser& p) { p.addOption(asOption()); },
                  search});
});

} // namespace

} // namespace lantern::cli
