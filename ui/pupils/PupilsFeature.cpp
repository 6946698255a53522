#include "pupils/PupilsFeature.h"

#include "common/PageHost.h"
#include "pupils/PupilsPage.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerPupilsPages(PageHost& host)
{
    // The translation context keeps its first name, so the catalogue's entries stay as they are.
    host.registerPage(
        QStringLiteral("pupils"), QCoreApplication::translate("lantern::RecordPages", "Pupils"),
        [](Vault& vault, const UiServices& services, PageHost& pages) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ReadPupilRecords))
                return nullptr;
            return new PupilsPage(vault, services, &pages);
        },
        20);
}

} // namespace lantern
