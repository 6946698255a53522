#include "overview/OverviewFeature.h"

#include "common/PageHost.h"
#include "overview/OverviewPage.h"
#include "overview/SearchPage.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerOverviewPages(PageHost& host)
{
    host.registerPage(
        QStringLiteral("overview"), QCoreApplication::translate("OverviewPages", "Overview"),
        [](Vault& vault, const UiServices& services, PageHost& pages) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ReadPupilRecords))
                return nullptr;
            return new OverviewPage(vault, services, pages);
        },
        25);
    host.registerPage(
        QStringLiteral("search"), QCoreApplication::translate("OverviewPages", "Search"),
        [](Vault& vault, const UiServices&, PageHost& pages) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ReadPupilRecords))
                return nullptr;
            return new SearchPage(vault, pages);
        },
        26);
}

} // namespace lantern
