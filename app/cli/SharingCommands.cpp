// Information shared with, received from or not shared with another agency outside a referral pack (issue
// #14): `share add`, `share list`, `share amend`. What a pack disclosed is shown by `referral show`
// (CaseworkCommands.cpp).
#include "Command.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "records/SharingRepository.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern::cli {

namespace {

// A value of one of the sharing lists (direction, method) typed after --NAME; refused naming the choices.
template <typename T>
T named(const QCommandLineParser& parser, const char* name, std::optional<T> (*fromName)(const QString&),
        const QList<T>& values, QString (*nameOf)(T))
{
    const QString typed = requiredOption(parser, QString::fromLatin1(name));
    if (const std::optional<T> value = fromName(typed.trimmed().toLower()))
        return *value;
    QStringList names;
    for (T value : values)
        names.append(nameOf(value));
    throw Error(ErrorKind::InvalidInput,
                QStringLiteral("--%1: \"%2\" is not one of %3.")
                    .arg(QString::fromLatin1(name), typed, names.join(QStringLiteral(", "))));
}

SharingDirection directionOption(const QCommandLineParser& parser)
{
    return named(parser, "direction", sharingDirectionFromName, allSharingDirections(), sharingDirectionName);
}

SharingMethod methodOption(const QCommandLineParser& parser)
{
    return named(parser, "method", sharingMethodFromName, allSharingMethods(), sharingMethodName);
}

// --when: UK local "YYYY-MM-DD HH:MM" (or UTC ISO).
QDateTime whenOption(const QCommandLineParser& parser)
{
    return parseDateTime(optionValue(parser, "when"), QStringLiteral("--when"));
}

QString localTime(const QDateTime& utc)
{
    return toUkLocal(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Continuation lines of free text indented under their heading.
QString indented(const QString& text)
{
    QString result = text;
    return result.replace(QLatin1Char('\n'), QStringLiteral("\n      "));
}

void printRecord(QTextStream& out, const SharingRecord& record)
{
    const SharingVersion& v = record.current;
    out << QString::number(record.id).leftJustified(6) << localTime(v.occurredAt) << "  "
        << sharingDirectionName(v.direction).leftJustified(11)
        << sharingMethodName(v.method).leftJustified(14) << v.withWhom;
    if (v.version > 1)
        out << "  (amended; version " << v.version << ")";
    out << "\n    " << (v.direction == SharingDirection::NotShared ? "Asked for: " : "What: ")
        << indented(v.what) << "\n    "
        << (v.direction == SharingDirection::NotShared ? "Reason for not sharing: " : "Why: ")
        << indented(v.why) << "\n";
    if (!v.lawfulBasis.isEmpty())
        out << "    Lawful basis: " << indented(v.lawfulBasis) << "\n";
}

int shareAdd(Context& context, const QCommandLineParser& parser)
{
    SharingDetails details;
    details.direction = directionOption(parser);
    details.method = methodOption(parser);
    details.withWhom = requiredOption(parser, QStringLiteral("with"));
    details.occurredAt = isOptionSet(parser, "when") ? whenOption(parser) : context.clock.nowUtc();
    details.lawfulBasis = optionValue(parser, "lawful-basis");
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    details.what = requiredCaseText(context, parser, "what");
    details.why = requiredCaseText(context, parser, "why");
    const qint64 pupilId = pupilIdByUpn(*vault, upn, Permission::WritePupilRecords);
    const qint64 id = SharingRepository(*vault).add(pupilId, details);
    context.out << "Recorded information sharing " << id << " ("
                << sharingDirectionLabel(details.direction).toLower() << " " << details.withWhom.trimmed()
                << ", " << localTime(details.occurredAt) << " UK time); it is in the child's chronology.\n";
    return Success;
}

int shareList(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    const QList<SharingRecord> records =
        SharingRepository(*vault).records(pupilIdByUpn(*vault, upn, Permission::ReadPupilRecords));
    if (records.isEmpty())
        context.out << "No information sharing is recorded for this pupil.\n";
    for (const SharingRecord& record : records)
        printRecord(context.out, record);
    return Success;
}

int shareAmend(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = recordNumberOption(parser, "id");
    // Options read before unlocking, so a mistyped one costs no password.
    const std::optional<SharingDirection> direction =
        isOptionSet(parser, "direction") ? std::optional(directionOption(parser)) : std::nullopt;
    const std::optional<SharingMethod> method =
        isOptionSet(parser, "method") ? std::optional(methodOption(parser)) : std::nullopt;
    const std::optional<QDateTime> when =
        isOptionSet(parser, "when") ? std::optional(whenOption(parser)) : std::nullopt;
    auto vault = unlockAs(context, parser);
    SharingRepository sharing(*vault);
    SharingDetails details = sharing.get(id).current;
    if (direction) {
        // A lawful basis belongs to information shared only: one no longer shared loses it unless given.
        if (*direction != SharingDirection::Shared && !isOptionSet(parser, "lawful-basis"))
            details.lawfulBasis.clear();
        details.direction = *direction;
    }
    details.method = method.value_or(details.method);
    details.occurredAt = when.value_or(details.occurredAt);
    if (isOptionSet(parser, "with"))
        details.withWhom = optionValue(parser, "with");
    if (isOptionSet(parser, "lawful-basis"))
        details.lawfulBasis = optionValue(parser, "lawful-basis");
    details.what = caseText(context, parser, "what").value_or(details.what);
    details.why = caseText(context, parser, "why").value_or(details.why);
    sharing.amend(id, details, caseText(context, parser, "reason").value_or(QString()));
    context.out << "Amended information sharing " << id << "; the earlier version stays in its history.\n";
    return Success;
}

// The options `share add` and `share amend` share.
void detailOptions(QCommandLineParser& p)
{
    p.addOption(
        option("direction", "shared, received or not-shared (a decision not to share).", "DIRECTION"));
    p.addOption(
        option("method", "phone, email, meeting, letter, secure-portal, in-person or other.", "METHOD"));
    p.addOption(option("with", "The person and agency: \"PC Smith, Northshire Police\".", "TEXT"));
    p.addOption(option("when", "When, in UK time (YYYY-MM-DD HH:MM); default now.", "DATETIME"));
    p.addOption(option("lawful-basis", "The lawful basis it was shared on (required to share).", "TEXT"));
    addCaseTextOption(p, "what", "What was shared or received; for not-shared, what was asked for.");
    addCaseTextOption(p, "why", "Why it was shared or received; for not-shared, the reason for not sharing.");
}

const CommandGroup group([](CommandRegistry& registry) {
    const QString vault = QStringLiteral("VAULT");
    const auto words = [](const char* b) {
        return QStringList{QStringLiteral("share"), QString::fromLatin1(b)};
    };
    registry.add({words("add"),
                  QStringLiteral("Record information shared or received by phone, email or meeting, or a "
                                 "decision not to share."),
                  vault,
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "The pupil's UPN.", "UPN"));
                      detailOptions(p);
                  },
                  shareAdd});
    registry.add({words("list"), QStringLiteral("List what was shared about a pupil, most recent first."),
                  vault,
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "The pupil's UPN.", "UPN"));
                  },
                  shareList});
    registry.add(
        {words("amend"),
         QStringLiteral("Amend a record of information sharing (a new version; the old one is kept)."), vault,
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("id", "The record's number (share list).", "N"));
             detailOptions(p);
             addCaseTextOption(p, "reason", "Why it is being amended (required).");
         },
         shareAmend});
});

} // namespace

} // namespace lantern::cli
