#include "TriagePages.h"

#include "InboxPage.h"
#include "InboxReceiptsPage.h"
#include "MainWindow.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerTriagePages(MainWindow& window)
{
    window.registerPage(
        QStringLiteral("inbox"), QCoreApplication::translate("TriagePages", "Inbox"),
        [](Vault& vault, const UiServices& services, MainWindow& main) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::ReadPupilRecords))
                return nullptr;
            auto* page = new InboxPage(vault, services);
            QObject::connect(page, &InboxPage::titleChanged, &main, [&main](const QString& title) {
                main.setPageTitle(QStringLiteral("inbox"), title);
            });
            return page;
        },
        10);
    window.registerPage(
        QStringLiteral("my-concerns"), QCoreApplication::translate("TriagePages", "My concerns"),
        [](Vault& vault, const UiServices& services, MainWindow&) -> QWidget* {
            const User& user = vault.user();
            if (hasPermission(user, Permission::ReadPupilRecords) ||
                !hasPermission(user, Permission::RecordConcern))
                return nullptr;
            return new ReceiptsPage(vault, services);
        },
        10);
}

} // namespace lantern
