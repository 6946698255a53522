#include "actions/ActionsFeature.h"

#include "actions/ActionsPage.h"
#include "common/PageHost.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

namespace {
const QString pageId = QStringLiteral("actions");
}

void registerActionsPages(PageHost& host)
{
    host.registerPage(
        pageId, QCoreApplication::translate("lantern::ActionsPages", "My actions"),
        [](Vault& vault, const UiServices& services, PageHost&) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::WritePupilRecords))
                return nullptr;
            return new ActionsPage(vault, services);
        },
        15);
    host.whenSessionOpens([&host] {
        auto* page = qobject_cast<ActionsPage*>(host.page(pageId));
        if (!page || page->overdueCount() == 0)
            return;
        if (host.showPage(pageId))
            page->table()->setFocus();
    });
}

} // namespace lantern
