#include "inbox/InboxFeature.h"

#include "common/PageHost.h"
#include "inbox/InboxPage.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerInboxPages(PageHost& host)
{
    // The translation context keeps its first name, TriagePages, so the catalogue's entries stay as they are.
    host.registerPage(
        QStringLiteral("inbox"), QCoreApplication::translate("TriagePages", "Inbox"),
        [](Vault& vault, const UiServices& services, PageHost& pages) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::WritePupilRecords))
                return nullptr;
            auto* page = new InboxPage(vault, services);
            QObject::connect(page, &InboxPage::titleChanged, page, [&pages](const QString& title) {
                pages.setPageTitle(QStringLiteral("inbox"), title);
            });
            return page;
        },
        10);
}

} // namespace lantern
