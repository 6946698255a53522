#pragma once

#include "users/Role.h"

#include <QString>

namespace lantern {

// A role as people read it, translated ("Designated safeguarding lead"); model's roleTitle() is for logs and
// the command line.
QString roleDisplayTitle(Role role);

} // namespace lantern
