#pragma once

#include "users/User.h"

namespace lantern {

class Vault;

// Who may see which part of the adults register (DESIGN.md §1), decided here for every operation:
//  * the headteacher, the DSL and deputy DSLs keep the register (KCSIE asks that low-level concerns go to the
//    DSL or their deputy and the headteacher; Lantern's DSL team is both roles), except for
//  * concerns about the headteacher, which only the chair of governors sees — not the DSL team, not the head;
//  * everyone else (staff, administrators, governors) sees nothing, but may record a concern.
// An entry the user may not see is reported as not found, so its existence is not given away.
namespace adults {

bool canKeepRegister(const User& user);    // headteacher, DSL, deputy
bool canKeepHeadteacher(const User& user); // chair of governors
bool canSeeAdult(const User& user, bool adultIsHeadteacher);
// Throws Error(PermissionDenied) unless the user keeps the register or the headteacher's entries.
void requireRegisterAccess(const User& user);

} // namespace adults

} // namespace lantern
