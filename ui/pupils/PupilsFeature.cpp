#include "RecordPages.h"

#include "MainWindow.h"
#include "PupilsPage.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerRecordPages(MainWindow& window)
{
    window.registerPage(
        QStringLiteral("pupils"), QCoreApplication::translate("lantern::RecordPages", "Pupils"),
        [](Vault& vault, const UiServices& services, MainWindow& main) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ReadPupilRecords))
                return nullptr;
            return new PupilsPage(vault, services, &main);
        },
        20);
}

} // namespace lantern
