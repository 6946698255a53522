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
};

} // namespace lantern
