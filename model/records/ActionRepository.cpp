#include "records/ActionRepository.h"

#include "audit/AuditLog.h"
#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "records/ChronologyWriter.h"
#include "records/SearchIndex.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <algorithm>

namespace lantern {

namespace {

// What to do is a line or two ("Call Leo's social worker about the strategy meeting"); a note or a reason is
// a few sentences, not an account (that belongs in a concern or a chronology entry).
constexpr int maxWhatLength = 500;
constexpr int maxNoteLength = 2000;

const char* const selectActions =
    "SELECT a.id, a.pupil_id, a.what, a.due_on, a.assigned_to, a.recorded_by, a.recorded_at, "
    "e.outcome, e.text, e.ended_at, e.ended_by, "
    "CASE WHEN p.preferred_forename <> '' THEN p.preferred_forename ELSE p.legal_forename END || ' ' || "
    "CASE WHEN p.preferred_surname <> '' THEN p.preferred_surname ELSE p.legal_surname END "
    "FROM actions a JOIN pupils p ON p.id = a.pupil_id LEFT JOIN action_endings e ON e.action_id = a.id ";

Action readAction(const Statement& row)
{
    Action action;
    action.id = row.integer(0);
    action.pupilId = row.integer(1);
    action.what = row.text(2);
    action.dueOn = QDate::fromString(row.text(3), Qt::ISODate);
    action.assignedTo = row.text(4);
    action.recordedBy = row.text(5);
    action.recordedAt = fromIsoUtc(row.text(6));
    if (const std::optional<QString> outcome = row.optionalText(7)) {
        action.state = *outcome == QLatin1String("done") ? ActionState::Done : ActionState::Cancelled;
        action.closingText = row.text(8);
        action.closedAt = fromIsoUtc(row.text(9));
        action.closedBy = row.text(10);
    }
    action.pupilName = row.text(11);
    return action;
}

QList<Action> readAll(Statement& query)
{
    QList<Action> result;
    while (query.step())
        result.append(readAction(query));
    return result;
}

std::optional<Action> find(Database& db, qint64 actionId)
{
    const QByteArray sql = QByteArray(selectActions) + "WHERE a.id = :id;";
    Statement query(db, sql.constData());
    query.bind(":id", actionId);
    if (!query.step())
        return std::nullopt;
    return readAction(query);
}

// The open action `actionId`: Error(NotFound) when there is none, Error(InvalidInput) when it has already
// ended (an action ends once).
Action requireOpen(Database& db, qint64 actionId)
{
    const std::optional<Action> action = find(db, actionId);
    if (!action)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no action with id %1.").arg(actionId));
    if (!action->isOpen())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Action %1 was already %2 on %3 by %4; an action ends once.")
                        .arg(actionId)
                        .arg(actionStateName(action->state),
                             TextServices::formatDate(toUkLocal(action->closedAt).date()), action->closedBy));
    return *action;
}

bool isDslTeam(const User& user)
{
    return user.enabled && (user.role == Role::Dsl || user.role == Role::Deputy);
}

void end(Vault& vault, qint64 actionId, const QString& outcome, const QString& text, const QString& now)
{
    Statement insert(vault.database(),
                     "INSERT INTO action_endings (action_id, outcome, text, ended_at, ended_by) "
                     "VALUES (:id, :outcome, :text, :at, :by);");
    insert.bind(":id", actionId)
        .bind(":outcome", outcome)
        .bind(":text", text)
        .bind(":at", now)
        .bind(":by", vault.user().username);
    insert.run();
}

} // namespace

QString actionStateName(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return QStringLiteral("open");
    case ActionState::Done:
        return QStringLiteral("done");
    case ActionState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

ActionRepository::ActionRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 ActionRepository::add(qint64 pupilId, const QString& what, const QDate& dueOn, const QString& assignee)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const QString cleanWhat =
        checkedText(tidy(what), ActionField::what, ModelText::tr("What to do"), maxWhatLength);
    if (cleanWhat.isEmpty())
        throw Error(ErrorKind::InvalidInput, ActionField::what,
                    ModelText::tr("What to do: say what has to be done (\"Call the social worker\"); it is "
                                  "required."));
    const QDate today = ukToday(m_vault.clock());
    if (!dueOn.isValid())
        throw Error(ErrorKind::InvalidInput, ActionField::due,
                    ModelText::tr("Due date: give the day it is to be done by; it is required."));
    if (dueOn < today)
        throw Error(ErrorKind::InvalidInput, ActionField::due,
                    ModelText::tr("Due date: %1 is in the past (today is %2); give today or a later day.")
                        .arg(TextServices::formatDate(dueOn), TextServices::formatDate(today)));
    const QString username = assignee.trimmed();
    const std::optional<User> person = username.isEmpty() ? std::nullopt : m_vault.findUser(username);
    if (!person || !isDslTeam(*person))
        throw Error(ErrorKind::InvalidInput, ActionField::assignee,
                    username.isEmpty()
                        ? ModelText::tr("Assigned to: choose a member of the DSL team; it is required.")
                        : ModelText::tr("Assigned to: \"%1\" is not a designated safeguarding lead or deputy "
                                        "of this vault; an action goes to a member of the DSL team.")
                              .arg(username));

    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(db, pupilId);
    const QString actor = m_vault.user().username;
    Statement insert(db,
                     "INSERT INTO actions (pupil_id, what, due_on, assigned_to, recorded_at, recorded_by) "
                     "VALUES (:pupil, :what, :due, :to, :at, :by);");
    insert.bind(":pupil", pupilId)
        .bind(":what", cleanWhat)
        .bind(":due", isoDate(dueOn))
        .bind(":to", person->username)
        .bind(":at", isoUtc(m_vault.clock().nowUtc()))
        .bind(":by", actor);
    insert.run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(actor, QStringLiteral("action.add"), QStringLiteral("action"), QString::number(id),
                           QStringLiteral("pupil %1, assigned to %2, due %3")
                               .arg(pupilId)
                               .arg(person->username, isoDate(dueOn)));
    transaction.commit();
    return id;
}

void ActionRepository::complete(qint64 actionId, const QString& note)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const QString cleanNote =
        checkedText(tidy(note), ActionField::note, ModelText::tr("Note"), maxNoteLength);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const Action action = requireOpen(db, actionId);
    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    end(m_vault, actionId, QStringLiteral("done"), cleanNote, now);

    // Done is what the chronology keeps (what was asked, and what came of it): an open or cancelled action
    // is a reminder, not an event in the child's life.
    ChronologyWriter::Entry entry;
    entry.pupilId = action.pupilId;
    entry.when = PartialDate::day(ukToday(m_vault.clock()));
    entry.type = QStringLiteral("action");
    entry.summary = cleanNote.isEmpty() ? QStringLiteral("Action done: %1").arg(action.what)
                                        : QStringLiteral("Action done: %1 — %2").arg(action.what, cleanNote);
    entry.sourceType = QStringLiteral("action");
    entry.sourceId = actionId;
    entry.significant = false;
    const qint64 entryId = ChronologyWriter(db, actor, now).add(entry);
    SearchIndex(db).index(QStringLiteral("chronology"), entryId, {action.pupilId}, {entry.summary});

    m_vault.audit().append(actor, QStringLiteral("action.done"), QStringLiteral("action"),
                           QString::number(actionId), QStringLiteral("pupil %1").arg(action.pupilId));
    transaction.commit();
}

void ActionRepository::cancel(qint64 actionId, const QString& reason)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const QString why =
        checkedText(tidy(reason), ActionField::reason, ModelText::tr("Reason"), maxNoteLength);
    if (why.isEmpty())
        throw Error(ErrorKind::InvalidInput, ActionField::reason,
                    ModelText::tr("Reason: say why the action is no longer needed; it is required."));
    Database& db = m_vault.database();
    Transaction transaction(db);
    const Action action = requireOpen(db, actionId);
    end(m_vault, actionId, QStringLiteral("cancelled"), why, isoUtc(m_vault.clock().nowUtc()));
    m_vault.audit().append(m_vault.user().username, QStringLiteral("action.cancel"), QStringLiteral("action"),
                           QString::number(actionId), QStringLiteral("pupil %1").arg(action.pupilId));
    transaction.commit();
}

QList<Action> ActionRepository::openFor(const QString& username)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    // Overdue ones are simply the earliest due: ordering by due date puts them first.
    const QByteArray sql = QByteArray(selectActions) +
                           "WHERE a.assigned_to = :user AND e.action_id IS NULL ORDER BY a.due_on, a.id;";
    Statement query(db, sql.constData());
    query.bind(":user", username);
    const QList<Action> result = readAll(query);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("action.view"), QStringLiteral("user"),
                           username, QStringLiteral("%1 open").arg(result.size()));
    transaction.commit();
    return result;
}

QList<Action> ActionRepository::forPupil(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(db, pupilId);
    const QByteArray sql = QByteArray(selectActions) + "WHERE a.pupil_id = :pupil "
                                                       "ORDER BY e.action_id IS NOT NULL, a.due_on, a.id;";
    Statement query(db, sql.constData());
    query.bind(":pupil", pupilId);
    const QList<Action> result = readAll(query);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("action.view"), QStringLiteral("pupil"),
                           QString::number(pupilId), QStringLiteral("%1 actions").arg(result.size()));
    transaction.commit();
    return result;
}

Action ActionRepository::get(qint64 actionId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const std::optional<Action> action = find(db, actionId);
    if (!action)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no action with id %1.").arg(actionId));
    m_vault.audit().append(m_vault.user().username, QStringLiteral("action.view"), QStringLiteral("action"),
                           QString::number(actionId), QStringLiteral("pupil %1").arg(action->pupilId));
    transaction.commit();
    return *action;
}

QList<User> ActionRepository::assignees()
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    QList<User> team = m_vault.users();
    team.erase(std::remove_if(team.begin(), team.end(), [](const User& user) { return !isDslTeam(user); }),
               team.end());
    std::sort(team.begin(), team.end(), [](const User& a, const User& b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return team;
}

} // namespace lantern
