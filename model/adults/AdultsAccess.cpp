#include "adults/AdultsAccess.h"

#include "core/Error.h"
#include "users/Permissions.h"

namespace lantern::adults {

bool canKeepRegister(const User& user)
{
    return hasPermission(user, Permission::KeepAdultsRegister);
}

bool canKeepHeadteacher(const User& user)
{
    return hasPermission(user, Permission::KeepHeadteacherConcerns);
}

bool canSeeAdult(const User& user, bool adultIsHeadteacher)
{
    return adultIsHeadteacher ? canKeepHeadteacher(user) : canKeepRegister(user);
}

void requireRegisterAccess(const User& user)
{
    if (!canKeepRegister(user) && !canKeepHeadteacher(user))
        requirePermission(user, Permission::KeepAdultsRegister); // throws, naming the role
}

} // namespace lantern::adults
