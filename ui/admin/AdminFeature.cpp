#include "admin/AdminFeature.h"

#include "admin/AuditPage.h"
#include "admin/UsersPage.h"
#include "common/PageHost.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerAdminPages(PageHost& host)
{
    // The translation context keeps its first name, so the catalogue's entries stay as they are.
    host.registerPage(
        QStringLiteral("users"), QCoreApplication::translate("lantern::AdminPages", "Users"),
        [](Vault& vault, const UiServices& services, PageHost&) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ManageUsers))
                return nullptr;
            return new UsersPage(vault, services);
        },
        950);
    host.registerPage(
        QStringLiteral("audit"), QCoreApplication::translate("lantern::AdminPages", "Audit log"),
        [](Vault& vault, const UiServices& services, PageHost&) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ViewAuditLog))
                return nullptr;
            return new AuditPage(vault, services);
        },
        960);
    host.whenSessionOpens([&host] {
        if (!host.vault() || host.vault()->user().role != Role::Recovery)
            return;
        if (host.showPage(QStringLiteral("users")))
            host.page(QStringLiteral("users"))->setFocus();
    });
}

} // namespace lantern
