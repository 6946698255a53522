#pragma once

#include "core/Error.h"
#include "users/User.h"

#include <QList>
#include <optional>

namespace lantern {

// Who may change whose account, decided in one place for the vault's key-slot operations, the role change
// and the interface (which asks the same questions to grey out what would be refused).
//
// - Users are managed by a DSL, an administrator or a recovery-key session (Permission::ManageUsers).
// - Access to case content is given only by a DSL or a recovery session: a user with a role that reads pupil
//   records (DSL, deputy), the adults register (head) or concerns about the headteacher (chair) is added or
//   enabled, someone is given such a role, or such a user's password is reset. An administrator "never reads
//   case content" (DESIGN.md §1); without this rule they could make themselves a DSL, head or chair account,
//   or reset the head's password and read the register. Taking access away (disabling, another role) is
//   theirs to do. (Making or replacing the recovery key is the DSL's too: Vault::createRecoveryKey.)
// - Nobody disables or demotes the last designated safeguarding lead who can sign in: the vault would be
//   left with nobody to read its records.
// - Nobody changes their own role or disables their own account.
//
// Each function returns the refusal as the Error to throw (its message says why and what to do instead), or
// nothing when the change is allowed. `everyone` is the vault's users, for counting the DSLs.
namespace userRules {

std::optional<Error> refuseAdd(const User& actor, Role role);
std::optional<Error> refuseDisable(const User& actor, const User& target, const QList<User>& everyone);
std::optional<Error> refuseEnable(const User& actor, const User& target);
std::optional<Error> refuseRoleChange(const User& actor, const User& target, Role newRole,
                                      const QList<User>& everyone);
// Another user's password; one's own may always be changed.
std::optional<Error> refusePasswordReset(const User& actor, const User& target);

// Throws the refusal, if there is one.
void require(const std::optional<Error>& refusal);

} // namespace userRules

} // namespace lantern
