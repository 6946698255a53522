#include "users/Role.h"

#include <array>
#include <utility>

namespace lantern {

namespace {

struct RoleInfo {
    Role role;
    const char* name;
    const char* title;
};

constexpr std::array roles{
    RoleInfo{Role::Dsl, "dsl", "Designated safeguarding lead"},
    RoleInfo{Role::Deputy, "deputy", "Deputy designated safeguarding lead"},
    RoleInfo{Role::Head, "head", "Headteacher"},
    RoleInfo{Role::Staff, "staff", "Staff member"},
    RoleInfo{Role::Admin, "admin", "Administrator"},
    RoleInfo{Role::Chair, "chair", "Chair of governors"},
    RoleInfo{Role::Governor, "governor", "Governor (reports)"},
    RoleInfo{Role::Recovery, "recovery", "Recovery key"},
};

const RoleInfo& info(Role role)
{
    for (const RoleInfo& entry : roles) {
        if (entry.role == role)
            return entry;
    }
    return roles.front();
}

} // namespace

QString roleName(Role role)
{
    return QString::fromLatin1(info(role).name);
}

QString roleTitle(Role role)
{
    return QString::fromLatin1(info(role).title);
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const RoleInfo& entry : roles) {
        if (name == QLatin1String(entry.name))
            return entry.role;
    }
    return std::nullopt;
}

} // namespace lantern
