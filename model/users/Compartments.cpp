#include "users/Compartments.h"

#include "core/ModelText.h"

namespace lantern {

QList<Compartment> allCompartments()
{
    return {Compartment::Directory, Compartment::Cases, Compartment::Adults, Compartment::Headteacher};
}

QString compartmentName(Compartment compartment)
{
    switch (compartment) {
    case Compartment::Directory:
        return QStringLiteral("directory");
    case Compartment::Cases:
        return QStringLiteral("cases");
    case Compartment::Adults:
        return QStringLiteral("adults");
    case Compartment::Headteacher:
        return QStringLiteral("headteacher");
    }
    return {};
}

std::optional<Compartment> compartmentFromName(const QString& name)
{
    for (Compartment each : allCompartments()) {
        if (compartmentName(each) == name)
            return each;
    }
    return std::nullopt;
}

QString compartmentTitle(Compartment compartment)
{
    switch (compartment) {
    case Compartment::Directory:
        return ModelText::tr("the vault's directory");
    case Compartment::Cases:
        return ModelText::tr("pupils' case records");
    case Compartment::Adults:
        return ModelText::tr("the adults register");
    case Compartment::Headteacher:
        return ModelText::tr("concerns about the headteacher");
    }
    return {};
}

bool roleReads(Role role, Compartment compartment, const CompartmentPolicy& policy)
{
    if (role == Role::Head && compartment == Compartment::Cases)
        return policy.headteacherReadsCases;
    if (role == Role::Recovery)
        return true;
    switch (compartment) {
    case Compartment::Directory:
        return true;
    case Compartment::Cases:
        return role == Role::Dsl || role == Role::Deputy;
    case Compartment::Adults:
        return role == Role::Dsl || role == Role::Deputy || role == Role::Head;
    case Compartment::Headteacher:
        return role == Role::Chair;
    }
    return false;
}

bool roleMayRead(Role role, Compartment compartment)
{
    return roleReads(role, compartment, CompartmentPolicy{.headteacherReadsCases = true});
}

} // namespace lantern
