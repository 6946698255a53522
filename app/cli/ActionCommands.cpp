// Actions for the DSL team (issue #15): "call the social worker" about a child, due by a day, assigned to a
// DSL or a deputy; listed for the assignee (overdue first), done (into the child's chronology) or cancelled.
#include "Command.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "records/ActionRepository.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <utility>

namespace lantern::cli {

namespace {

// The model names the field it refuses (ActionField); on the command line that is an option.
template <typename Work> auto namingTheOption(Work work)
{
    try {
        return work();
    } catch (const Error& error) {
        static const std::pair<QLatin1String, const char*> options[] = {
            {ActionField::what, "--what"},       {ActionField::due, "--due"},
            {ActionField::assignee, "--assign"}, {ActionField::note, "--note"},
            {ActionField::reason, "--reason"},
        };
        for (const auto& [field, name] : options)
            if (error.field() == field)
                throw Error(error.kind(), field,
                            QString::fromLatin1(name) + QStringLiteral(": ") + error.message());
        throw;
    }
}

// One line per action: "12    due 2026-11-20 OVERDUE  Leo Cooper: Call the social worker (deputy)". Overdue
// is written out, not left to a colour a terminal may not show.
void printAction(Context& context, const Action& action, const QDate& today, bool withAssignee)
{
    QString state;
    if (action.isOverdueOn(today))
        state = QStringLiteral("OVERDUE");
    else if (!action.isOpen())
        state = actionStateName(action.state);
    context.out << QString::number(action.id).leftJustified(6) << "due " << isoDate(action.dueOn) << ' '
                << state.leftJustified(10) << action.pupilName << ": " << action.what.simplified();
    if (withAssignee)
        context.out << " (" << action.assignedTo << ')';
    context.out << '\n';
    if (!action.isOpen() && !action.closingText.isEmpty())
        context.out << "      " << action.closingText.simplified() << '\n';
}

int actionAdd(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    const QDate due = requiredDateOption(parser, "due");
    const QString assignee = requiredOption(parser, QStringLiteral("assign"));
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    const QString what = requiredCaseText(context, parser, "what");
    const qint64 pupilId = pupilIdByUpn(*vault, upn, Permission::WritePupilRecords);
    const qint64 id =
        namingTheOption([&] { return ActionRepository(*vault).add(pupilId, what, due, assignee); });
    context.out << "Added action " << id << " for " << assignee.trimmed() << ", due "
                << TextServices::formatDate(due) << ".\n";
    return Success;
}

int actionList(Context& context, const QCommandLineParser& parser)
{
    const bool mine = isOptionSet(parser, "mine");
    const bool byPupil = isOptionSet(parser, "pupil");
    if (mine && byPupil)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("Give --mine or --pupil, not both: your open actions, or a pupil's."));
    auto vault = unlockAs(context, parser);
    const QDate today = ukToday(vault->clock());
    ActionRepository actions(*vault);
    QList<Action> list;
    if (byPupil) {
        const qint64 pupilId =
            pupilIdByUpn(*vault, optionValue(parser, "pupil"), Permission::ReadPupilRecords);
        list = actions.forPupil(pupilId);
    } else {
        list = actions.openFor(vault->user().username);
    }
    if (list.isEmpty()) {
        context.out << (byPupil ? "No actions recorded for this pupil.\n" : "You have no open actions.\n");
        return Success;
    }
    for (const Action& action : list)
        printAction(context, action, today, byPupil);
    return Success;
}

int actionDone(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = recordNumberOption(parser, "id");
    auto vault = unlockAs(context, parser);
    const QString note = caseText(context, parser, "note").value_or(QString());
    namingTheOption([&] { ActionRepository(*vault).complete(id, note); });
    context.out << "Action " << id << " done; it is in the pupil's chronology.\n";
    return Success;
}

int actionCancel(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = recordNumberOption(parser, "id");
    auto vault = unlockAs(context, parser);
    const QString reason = requiredCaseText(context, parser, "reason");
    namingTheOption([&] { ActionRepository(*vault).cancel(id, reason); });
    context.out << "Action " << id << " cancelled.\n";
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    const QString vault = QStringLiteral("VAULT");
    const auto words = [](const char* b) {
        return QStringList{QStringLiteral("action"), QString::fromLatin1(b)};
    };
    registry.add(
        {words("add"), QStringLiteral("Add an action on a pupil for a member of the DSL team, due by a day."),
         vault,
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("pupil", "The pupil's UPN.", "UPN"));
             addCaseTextOption(p, "what", "What is to be done (\"Call the social worker\").");
             p.addOption(option("due", "The day it is due by (YYYY-MM-DD), today or later.", "DATE"));
             p.addOption(option("assign", "The DSL or deputy it is for (their username).", "USER"));
         },
         actionAdd});
    registry.add(
        {words("list"), QStringLiteral("List your open actions (overdue first), or every action on a pupil."),
         vault,
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("mine", "Your open actions, overdue first (the default)."));
             p.addOption(option("pupil", "Every action on this pupil (UPN), open ones first.", "UPN"));
         },
         actionList});
    registry.add({words("done"), QStringLiteral("Mark an action done; it goes into the pupil's chronology."),
                  vault,
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The action's number (action list).", "N"));
                      addCaseTextOption(p, "note", "What came of it (optional).");
                  },
                  actionDone});
    registry.add({words("cancel"), QStringLiteral("Cancel an action that is no longer needed."), vault,
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("id", "The action's number (action list).", "N"));
                      addCaseTextOption(p, "reason", "Why it is no longer needed.");
                  },
                  actionCancel});
});

} // namespace

} // namespace lantern::cli
