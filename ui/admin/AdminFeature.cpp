#include "AdminPages.h"

#include "AuditPage.h"
#include "MainWindow.h"
#include "UsersPage.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerAdminPages(MainWindow& window)
{
    window.registerPage(
        QStringLiteral("users"), QCoreApplication::translate("lantern::AdminPages", "Users"),
        [](Vault& vault, const UiServices& services, MainWindow&) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ManageUsers))
                return nullptr;
            return new UsersPage(vault, services);
        },
        950);
    window.registerPage(
        QStringLiteral("audit"), QCoreApplication::translate("lantern::AdminPages", "Audit log"),
        [](Vault& vault, const UiServices& services, MainWindow&) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ViewAuditLog))
                return nullptr;
            return new AuditPage(vault, services);
        },
        960);
    QObject::connect(&window, &MainWindow::sessionOpened, &window, [&window] {
        if (!window.vault() || window.vault()->user().role != Role::Recovery)
            return;
        if (window.showPage(QStringLiteral("users")))
            window.page(QStringLiteral("users"))->setFocus();
    });
}

} // namespace lantern
