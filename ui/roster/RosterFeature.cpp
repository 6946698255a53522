#include "roster/RosterFeature.h"

#include "common/PageHost.h"
#include "roster/RosterImportPage.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerRosterPages(PageHost& host)
{
    // The translation context keeps its first name, so the catalogue's entries stay as they are.
    host.registerPage(
        QStringLiteral("roster-import"), QCoreApplication::translate("ImportPages", "Roster import"),
        [](Vault& vault, const UiServices& services, PageHost&) -> QWidget* {
            // Staff and the head would be refused every action here: leave the page out.
            if (!hasPermission(vault.user(), Permission::ManageRoster))
                return nullptr;
            return new RosterImportPage(vault, services);
        },
        900);
}

} // namespace lantern
