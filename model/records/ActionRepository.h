#pragma once

#include "records/Action.h"
#include "users/User.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lantern {

struct User;
class Vault;

// Actions for the DSL team (records/Action.h): added, done or cancelled by the DSL team
// (Permission::WritePupilRecords), read by those who read the case records. Every change is audited in the
// same transaction; every list is an audited view. Completing an action places "Action done: …" in the
// child's chronology in that transaction too.
class ActionRepository {
public:
    explicit ActionRepository(Vault& vault);

    // Validates (Error(InvalidInput) naming the field: what required and a few sentences at most; a due date
    // given and not before today; the assignee an enabled DSL or deputy DSL of this vault) and stores the
    // action. Returns its id.
    qint64 add(qint64 pupilId, const QString& what, const QDate& dueOn, const QString& assignee);
    // Marks an open action done with an optional note, and places "Action done: WHAT" (with the note) in
    // the child's chronology, dated today. An action ends once.
    void complete(qint64 actionId, const QString& note = {});
    // Cancels an open action; the reason is required. An action ends once.
    void cancel(qint64 actionId, const QString& reason);

    // `username`'s open actions, overdue first (earliest due first), then by due date; audited
    // "action.view".
    QList<Action> openFor(const QString& username);
    // Every action about the child, open ones first, each group by due date; audited "action.view".
    QList<Action> forPupil(qint64 pupilId);
    // One action; audited "action.view". Error(NotFound) when there is none.
    Action get(qint64 actionId);

    // The people an action can be assigned to, for those who may add one: the vault's enabled DSL and deputy
    // DSL users, by name.
    QList<User> assignees();

private:
    Vault& m_vault;
};

} // namespace lantern
