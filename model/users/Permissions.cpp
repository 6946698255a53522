#include "users/Permissions.h"

#include "core/Error.h"
#include "core/ModelText.h"

namespace lantern {

namespace {

bool isSafeguardingLead(Role role)
{
    return role == Role::Dsl || role == Role::Deputy;
}

QString refusedAction(Permission permission)
{
    switch (permission) {
    case Permission::ReadPupilRecords:
        return QStringLiteral("read pupil records");
    case Permission::WritePupilRecords:
        return QStringLiteral("add to or amend pupil records");
    case Permission::RecordConcern:
        return QStringLiteral("record a concern in the case records (send it through Lantern Submit)");
    case Permission::SubmitConcern:
        return QStringLiteral("send concerns through Lantern Submit");
    case Permission::ReadOwnReceipts:
        return QStringLiteral("read concern receipts");
    case Permission::ManageRoster:
        return QStringLiteral("change the pupil roster");
    case Permission::ManageSchool:
        return QStringLiteral("change the school's details");
    case Permission::ManageUsers:
        return QStringLiteral("manage users");
    case Permission::ViewAuditLog:
        return QStringLiteral("view the audit log");
    case Permission::Export:
        return QStringLiteral("export records");
    case Permission::KeepAdultsRegister:
        return QStringLiteral("see the adults register");
    case Permission::KeepHeadteacherConcerns:
        return QStringLiteral("see concerns about the headteacher");
    case Permission::RecordAdultConcern:
        return QStringLiteral("record a concern about an adult");
    }
    return {};
}

} // namespace

bool hasPermission(const User& user, Permission permission)
{
    if (!user.enabled)
        return false;
    const Role role = user.role;
    switch (permission) {
    // A headteacher the school lets read case records holds the case key: they read, and leave the
    // recording, amending and sharing to the DSL team.
    case Permission::ReadPupilRecords:
        return isSafeguardingLead(role) || (role == Role::Head && user.holdsCaseKey);
    case Permission::WritePupilRecords:
    case Permission::Export:
        return isSafeguardingLead(role);
    // Keys decide (users/Compartments.h): only the DSL team holds the case key.
    case Permission::RecordConcern:
    case Permission::ReadOwnReceipts:
    case Permission::ManageRoster:
        return isSafeguardingLead(role);
    case Permission::SubmitConcern:
        return isSafeguardingLead(role) || role == Role::Head || role == Role::Staff;
    case Permission::ManageSchool:
        return role == Role::Dsl || role == Role::Admin;
    case Permission::ManageUsers:
        return role == Role::Dsl || role == Role::Admin || role == Role::Recovery;
    case Permission::ViewAuditLog:
        return isSafeguardingLead(role);
    case Permission::KeepAdultsRegister:
        return isSafeguardingLead(role) || role == Role::Head;
    case Permission::KeepHeadteacherConcerns:
        return role == Role::Chair;
    case Permission::RecordAdultConcern:
        return isSafeguardingLead(role) || role == Role::Head || role == Role::Chair;
    }
    return false;
}

void requirePermission(const User& user, Permission permission)
{
    if (!hasPermission(user, permission))
        throw Error(ErrorKind::PermissionDenied,
                    ModelText::tr("%1 %2 cannot %3.")
                        .arg(roleTitle(user.role).startsWith(QLatin1Char('A')) ? ModelText::tr("An")
                                                                               : ModelText::tr("A"),
                             roleTitle(user.role).toLower(), refusedAction(permission)));
}

void requireSubmissionManager(const User& user)
{
    requirePermission(user, Permission::ManageUsers);
    requirePermission(user, Permission::Export);
}

bool canManageSubmissions(const User& user)
{
    return hasPermission(user, Permission::ManageUsers) && hasPermission(user, Permission::Export);
}

} // namespace lantern
