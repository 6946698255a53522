#include "vault/UserAdministration.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "users/UserRules.h"
#include "vault/Vault.h"

namespace lantern {

UserAdministration::UserAdministration(Vault& vault)
    : m_vault(vault)
{}

void UserAdministration::changeRole(const QString& username, Role role)
{
    const std::optional<User> target = m_vault.findUser(username);
    if (!target)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no user called \"%1\".").arg(username));
    userRules::require(userRules::refuseRoleChange(m_vault.user(), *target, role, m_vault.users()));
    Transaction transaction(m_vault.database());
    Statement update(m_vault.database(), "UPDATE users SET role = :role WHERE username = :name;");
    update.bind(":role", roleName(role)).bind(":name", username).run();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("user.role"), QStringLiteral("user"),
                           username, roleName(target->role) + QStringLiteral(" → ") + roleName(role));
    // The slot is bound to the role: bind it again (keyslots.json is written before the commit).
    m_vault.rebindSlotRole(username, role);
    transaction.commit();
}

} // namespace lantern
