#include "ImportPages.h"

#include "MainWindow.h"
#include "RosterImportPage.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerImportPages(MainWindow& window)
{
    window.registerPage(
        QStringLiteral("roster-import"), QCoreApplication::translate("ImportPages", "Roster import"),
        [](Vault& vault, const UiServices& services, MainWindow&) -> QWidget* {
            // Staff and the head would be refused every action here: leave the page out.
            if (!hasPermission(vault.user(), Permission::ManageRoster))
                return nullptr;
            return new RosterImportPage(vault, services);
        },
        900);
}

} // namespace lantern
