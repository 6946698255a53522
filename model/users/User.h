#pragma once

#include "users/Role.h"

#include <QString>

namespace lantern {

struct User {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Staff;
    bool enabled = true;
    // Set by the vault for the signed-in user alone: whether this session holds the case key (for the
    // headteacher, only where the school chose so: users/Compartments.h).
    bool holdsCaseKey = false;
};

} // namespace lantern
