#include "AdultsRegisterPages.h"

#include "AdultsRegisterPage.h"
#include "MainWindow.h"
#include "adults/AdultsAccess.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerAdultsRegisterPages(MainWindow& window)
{
    window.registerPage(
        QStringLiteral("adults-register"),
        QCoreApplication::translate("AdultsRegisterPages", "Adults register"),
        [](Vault& vault, const UiServices& services, MainWindow&) -> QWidget* {
            const User& user = vault.user();
            if (!adults::canKeepRegister(user) && !adults::canKeepHeadteacher(user))
                return nullptr;
            return new AdultsRegisterPage(vault, services);
        },
        60);
}

} // namespace lantern
