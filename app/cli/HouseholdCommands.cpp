// The child's household (issue #14): who lives with or matters to the child beyond the MIS contacts — a baby,
// an unborn sibling, a parent's partner — recorded once and carried by every referral pack.
#include "Command.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "records/HouseholdRepository.h"
#include "reference/CodeList.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <utility>

namespace lantern::cli {

namespace {

// Names as the contact commands take them (`pupil contact add --name`): on the command line. The notes are
// case text, read from a file or standard input so they stay out of the process list.
void addDetailOptions(QCommandLineParser& p, bool amending)
{
    p.addOption(option("name",
                       amending ? "Their name. Unchanged when not given."
                                : "Their name as the family gives it (\"Unborn baby\" when not yet named).",
                       "NAME"));
    p.addOption(option("relationship",
                       amending
                           ? "Who they are to the child. Unchanged when not given."
                           : "Who they are to the child: \"Mother's partner\", \"Half-brother\", \"Unborn "
                             "sibling\".",
                       "TEXT"));
    p.addOption(option("born", "Date of birth (YYYY-MM-DD); not with --expected.", "DATE"));
    p.addOption(option("expected", "Expected delivery date of an unborn child (YYYY-MM-DD); not with --born.",
                       "DATE"));
    p.addOption(option("lives-with-child",
                       amending ? "Whether they live with the child. Unchanged when not given."
                                : "Whether they live with the child (default yes).",
                       "yes|no"));
    p.addOption(option("parental-responsibility",
                       amending ? "Whether they hold parental responsibility. Unchanged when not given."
                                : "Whether they hold parental responsibility (default no).",
                       "yes|no"));
    p.addOption(option("interpreter",
                       amending ? "Whether they need an interpreter. Unchanged when not given."
                                : "Whether they need an interpreter (default no).",
                       "yes|no"));
    p.addOption(option("language", "Their language: a DfE language code (ENG, OTH, …); empty when not known.",
                       "CODE"));
    addCaseTextOption(p, "notes", "Notes.");
}

std::optional<bool> yesNoOption(const QCommandLineParser& parser, const char* name)
{
    if (!isOptionSet(parser, name))
        return std::nullopt;
    const QString typed = optionValue(parser, name).trimmed().toLower();
    if (typed == QLatin1String("yes"))
        return true;
    if (typed == QLatin1String("no"))
        return false;
    throw Error(ErrorKind::InvalidInput, QStringLiteral("--%1: \"%2\" is not yes or no.")
                                             .arg(QString::fromLatin1(name), optionValue(parser, name)));
}

// What was typed, applied over `details` (empty for a new member): an option not given keeps the value. A
// date of birth replaces an expected date and the other way round (the baby was born, or the date was wrong).
HouseholdMemberDetails applyOptions(HouseholdMemberDetails details, const QCommandLineParser& parser)
{
    if (isOptionSet(parser, "name"))
        details.name = optionValue(parser, "name");
    if (isOptionSet(parser, "relationship"))
        details.relationship = optionValue(parser, "relationship");
    const std::optional<QDate> born = dateOption(parser, "born");
    const std::optional<QDate> expected = dateOption(parser, "expected");
    if (born && expected)
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("--born and --expected: give a date of birth or an expected delivery date, "
                           "not both."));
    if (born) {
        details.dateOfBirth = born;
        details.expectedDeliveryDate.reset();
    } else if (expected) {
        details.expectedDeliveryDate = expected;
        details.dateOfBirth.reset();
    }
    details.livesWithChild = yesNoOption(parser, "lives-with-child").value_or(details.livesWithChild);
    details.parentalResponsibility =
        yesNoOption(parser, "parental-responsibility").value_or(details.parentalResponsibility);
    details.needsInterpreter = yesNoOption(parser, "interpreter").value_or(details.needsInterpreter);
    if (isOptionSet(parser, "language"))
        details.language = optionValue(parser, "language");
    return details;
}

// The model names the field it refuses (HouseholdField); on the command line that is an option.
template <typename Action> auto namingTheOption(Action action)
{
    try {
        return action();
    } catch (const Error& error) {
        static const std::pair<QLatin1String, const char*> options[] = {
            {HouseholdField::name, "--name"},         {HouseholdField::relationship, "--relationship"},
            {HouseholdField::dateOfBirth, "--born"},  {HouseholdField::expectedDelivery, "--expected"},
            {HouseholdField::language, "--language"}, {HouseholdField::notes, "--notes"},
        };
        for (const auto& [field, name] : options)
            if (error.field() == field)
                throw Error(error.kind(), field,
                            QString::fromLatin1(name) + QStringLiteral(": ") + error.message());
        throw;
    }
}

qint64 memberOption(const QCommandLineParser& parser)
{
    const QString text = requiredOption(parser, QStringLiteral("member"));
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("The option --member takes a number from household list, not \"%1\".").arg(text));
    return id;
}

int householdAdd(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    const QString name = requiredOption(parser, QStringLiteral("name"));
    requiredOption(parser, QStringLiteral("relationship"));
    HouseholdMemberDetails details = applyOptions({}, parser);
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    details.notes = caseText(context, parser, "notes").value_or(QString());
    const qint64 pupilId = pupilIdByUpn(*vault, upn, Permission::ReadPupilRecords);
    const qint64 id = namingTheOption([&] { return HouseholdRepository(*vault).add(pupilId, details); });
    context.out << "Added household member " << id << ": " << name.simplified() << ".\n";
    return Success;
}

int householdList(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    const qint64 pupilId = pupilIdByUpn(*vault, upn, Permission::ReadPupilRecords);
    const QList<HouseholdMember> members = HouseholdRepository(*vault).members(pupilId);
    if (members.isEmpty()) {
        context.out << "No household members recorded.\n";
        return Success;
    }
    const QDate today = ukToday(vault->clock());
    for (const HouseholdMember& member : members) {
        const HouseholdMemberVersion& now = member.current;
        QStringList parts{now.relationship};
        const QString age = householdAgeText(now, today);
        if (!age.isEmpty())
            parts.append(age);
        parts.append(now.livesWithChild ? QStringLiteral("lives with the child")
                                        : QStringLiteral("does not live with the child"));
        if (now.parentalResponsibility)
            parts.append(QStringLiteral("parental responsibility"));
        if (now.needsInterpreter)
            parts.append(QStringLiteral("needs an interpreter"));
        if (!now.language.isEmpty())
            parts.append(QStringLiteral("language %1 (%2)")
                             .arg(now.language,
                                  CodeList::get(QStringLiteral("language-top-level")).label(now.language)));
        if (now.version > 1)
            parts.append(QStringLiteral("version %1").arg(now.version));
        context.out << QString::number(member.id).leftJustified(6) << now.name << ": "
                    << parts.join(QStringLiteral("; ")) << '\n';
        if (!now.notes.isEmpty())
            context.out << "      " << now.notes.simplified() << '\n';
    }
    return Success;
}

int householdAmend(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = memberOption(parser);
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    const QString reason = requiredCaseText(context, parser, "reason");
    const std::optional<QString> notes = caseText(context, parser, "notes");
    HouseholdRepository household(*vault);
    HouseholdMemberDetails details = applyOptions(household.get(id).current, parser);
    if (notes)
        details.notes = *notes;
    namingTheOption([&] { household.amend(id, details, reason); });
    context.out << "Amended household member " << id << " (" << details.name.simplified()
                << "); the earlier version stays readable.\n";
    return Success;
}

int householdRemove(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = memberOption(parser);
    auto vault = unlockAs(context, parser);
    const QString reason = requiredCaseText(context, parser, "reason");
    HouseholdRepository(*vault).remove(id, reason);
    context.out << "Removed household member " << id
                << " from the household; their history stays readable.\n";
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    const QString vault = QStringLiteral("VAULT");
    const auto words = [](const char* b) {
        return QStringList{QStringLiteral("household"), QString::fromLatin1(b)};
    };
    registry.add(
        {words("add"),
         QStringLiteral("Record someone in a pupil's household (a baby, an unborn sibling, a partner)."),
         vault,
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("pupil", "The pupil's UPN.", "UPN"));
             addDetailOptions(p, false);
         },
         householdAdd});
    registry.add({words("list"), QStringLiteral("List a pupil's household."), vault,
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("pupil", "The pupil's UPN.", "UPN"));
                  },
                  householdList});
    registry.add({words("amend"),
                  QStringLiteral("Amend a household member (a new version; the earlier one stays readable)."),
                  vault,
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("member", "The member's number (household list).", "ID"));
                      addDetailOptions(p, true);
                      addCaseTextOption(p, "reason", "Why the record is being changed.");
                  },
                  householdAmend});
    registry.add({words("remove"),
                  QStringLiteral("Remove someone from a pupil's household (their history stays readable)."),
                  vault,
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("member", "The member's number (household list).", "ID"));
                      addCaseTextOption(p, "reason", "Why they are removed.");
                  },
                  householdRemove});
});

} // namespace

} // namespace lantern::cli
