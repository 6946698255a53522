#include "users/UserRules.h"

#include "core/ModelText.h"
#include "users/Permissions.h"

#include <algorithm>

namespace lantern::userRules {

namespace {

std::optional<Error> refuseManaging(const User& actor)
{
    if (hasPermission(actor, Permission::ManageUsers))
        return std::nullopt;
    try {
        requirePermission(actor, Permission::ManageUsers);
    } catch (const Error& refused) {
        return refused;
    }
    return std::nullopt;
}

bool holds(Role role, Permission permission)
{
    User holder;
    holder.role = role;
    return hasPermission(holder, permission);
}

// What the role reads that an administrator may not, for the refusal; empty if nothing.
QString caseContentOf(Role role)
{
    if (holds(role, Permission::ReadPupilRecords))
        return ModelText::tr("reads pupil records");
    if (holds(role, Permission::KeepAdultsRegister))
        return ModelText::tr("reads the adults register");
    if (holds(role, Permission::KeepHeadteacherConcerns))
        return ModelText::tr("reads concerns about the headteacher");
    return {};
}

// A DSL (who reads the records already) or the recovery key (the school's last resort) may hand out access
// to case content; an administrator may not: not to pupil records (DSL, deputy), the adults register (head)
// or concerns about the headteacher (chair).
std::optional<Error> refuseGrantingRecords(const User& actor, Role role, const QString& what)
{
    const QString content = caseContentOf(role);
    if (content.isEmpty() || actor.role == Role::Dsl || actor.role == Role::Recovery)
        return std::nullopt;
    return Error(ErrorKind::PermissionDenied,
                 ModelText::tr("Only a designated safeguarding lead or the recovery key can %1: the %2 role "
                               "%3, and an administrator may not give anyone that access.")
                     .arg(what, roleTitle(role).toLower(), content));
}

Error lastDslRefusal(const User& target)
{
    return Error(
        ErrorKind::InvalidInput,
        ModelText::tr("%1 is the only designated safeguarding lead who can sign in: make another user "
                      "a DSL first, or nobody could read the records.")
            .arg(target.username));
}

qsizetype enabledDsls(const QList<User>& everyone)
{
    return std::count_if(everyone.cbegin(), everyone.cend(),
                         [](const User& user) { return user.enabled && user.role == Role::Dsl; });
}

bool isLastDsl(const User& target, const QList<User>& everyone)
{
    return target.enabled && target.role == Role::Dsl && enabledDsls(everyone) <= 1;
}

} // namespace

std::optional<Error> refuseAdd(const User& actor, Role role)
{
    if (auto refused = refuseManaging(actor))
        return refused;
    return refuseGrantingRecords(actor, role, QStringLiteral("add a user with that role"));
}

std::optional<Error> refuseDisable(const User& actor, const User& target, const QList<User>& everyone)
{
    if (auto refused = refuseManaging(actor))
        return refused;
    if (target.username == actor.username)
        return Error(ErrorKind::InvalidInput,
                     ModelText::tr("You cannot disable the account you are signed in with."));
    if (!target.enabled)
        return Error(ErrorKind::InvalidInput, ModelText::tr("%1 is already disabled.").arg(target.username));
    if (isLastDsl(target, everyone))
        return lastDslRefusal(target);
    return std::nullopt;
}

std::optional<Error> refuseEnable(const User& actor, const User& target)
{
    if (auto refused = refuseManaging(actor))
        return refused;
    if (target.enabled)
        return Error(ErrorKind::InvalidInput, ModelText::tr("%1 can already sign in.").arg(target.username));
    return refuseGrantingRecords(actor, target.role, QStringLiteral("enable %1").arg(target.username));
}

std::optional<Error> refuseRoleChange(const User& actor, const User& target, Role newRole,
                                      const QList<User>& everyone)
{
    if (auto refused = refuseManaging(actor))
        return refused;
    if (target.username == actor.username)
        return Error(ErrorKind::PermissionDenied,
                     ModelText::tr("You cannot change your own role: ask another DSL or an administrator."));
    if (newRole == Role::Recovery)
        return Error(ErrorKind::InvalidInput, ModelText::tr("The recovery role cannot be given to a user."));
    if (newRole == target.role)
        return Error(ErrorKind::InvalidInput,
                     ModelText::tr("%1 is already a %2.").arg(target.username, roleTitle(newRole).toLower()));
    if (auto refused = refuseGrantingRecords(
            actor, newRole,
            QStringLiteral("make %1 a %2").arg(target.username, roleTitle(newRole).toLower())))
        return refused;
    if (isLastDsl(target, everyone))
        return lastDslRefusal(target);
    return std::nullopt;
}

std::optional<Error> refusePasswordReset(const User& actor, const User& target)
{
    if (target.username == actor.username)
        return std::nullopt;
    if (auto refused = refuseManaging(actor))
        return refused;
    if (!target.enabled)
        return Error(ErrorKind::InvalidInput,
                     ModelText::tr("%1 is disabled: enable the account with a new password instead.")
                         .arg(target.username));
    return refuseGrantingRecords(actor, target.role,
                                 QStringLiteral("reset %1's password").arg(target.username));
}

void require(const std::optional<Error>& refusal)
{
    if (refusal)
        throw *refusal;
}

} // namespace lantern::userRules
