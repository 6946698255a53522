#include "common/RoleText.h"

#include <QCoreApplication>

namespace lantern {

QString roleDisplayTitle(Role role)
{
    switch (role) {
    case Role::Dsl:
        return QCoreApplication::translate("lantern::Roles", "Designated safeguarding lead");
    case Role::Deputy:
        return QCoreApplication::translate("lantern::Roles", "Deputy safeguarding lead");
    case Role::Head:
        return QCoreApplication::translate("lantern::Roles", "Headteacher");
    case Role::Staff:
        return QCoreApplication::translate("lantern::Roles", "Staff member");
    case Role::Admin:
        return QCoreApplication::translate("lantern::Roles", "Administrator");
    case Role::Chair:
        return QCoreApplication::translate("lantern::Roles", "Chair of governors");
    case Role::Governor:
        return QCoreApplication::translate("lantern::Roles", "Governor");
    case Role::Recovery:
        return QCoreApplication::translate("lantern::Roles", "Recovery key session");
    }
    return {};
}

} // namespace lantern
