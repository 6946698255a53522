#pragma once

#include <QDate>
#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace lantern {

// The identifiers of an action's fields, carried by the errors about them (Error::field()), so that a form
// can show the message beside the field and focus it.
namespace ActionField {
inline constexpr QLatin1String pupil{"action.pupil"};
inline constexpr QLatin1String what{"action.what"};
inline constexpr QLatin1String due{"action.due"};
inline constexpr QLatin1String assignee{"action.assignee"};
inline constexpr QLatin1String note{"action.note"};
inline constexpr QLatin1String reason{"action.reason"};
} // namespace ActionField

enum class ActionState { Open, Done, Cancelled };

QString actionStateName(ActionState state); // "open", "done", "cancelled": as the CLI prints it

// Something a member of the DSL team has to do about a child ("call the social worker"), by a day (a UK
// date). What was asked is never changed: an action ends once, done (with an optional note, which also
// places "Action done: …" in the child's chronology) or cancelled (with a reason), and that ending is its
// own row beside the action, so the record of what was asked and when stays as it was written.
struct Action {
    qint64 id = 0;
    qint64 pupilId = 0;
    QString pupilName; // the child's name as the school uses it, for lists
    QString what;
    QDate dueOn;
    QString assignedTo; // a username of the DSL team
    QString recordedBy;
    QDateTime recordedAt; // UTC

    ActionState state = ActionState::Open;
    QString closedBy;    // Done / Cancelled: who
    QDateTime closedAt;  // UTC
    QString closingText; // Done: the note (may be empty); Cancelled: the reason

    bool isOpen() const { return state == ActionState::Open; }
    // Overdue: still open and due before `today` (ukToday). An action due today is not yet overdue.
    bool isOverdueOn(const QDate& today) const { return isOpen() && dueOn < today; }
};

} // namespace lantern
