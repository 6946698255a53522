#include "adults/AdultsFeature.h"

#include "adults/AdultsAccess.h"
#include "adults/AdultsRegisterPage.h"
#include "common/PageHost.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerAdultsPages(PageHost& host)
{
    // The translation context keeps its first name, so the catalogue's entries stay as they are.
    host.registerPage(
        QStringLiteral("adults-register"),
        QCoreApplication::translate("AdultsRegisterPages", "Adults register"),
        [](Vault& vault, const UiServices& services, PageHost&) -> QWidget* {
            const User& user = vault.user();
            if (!adults::canKeepRegister(user) && !adults::canKeepHeadteacher(user))
                return nullptr;
            return new AdultsRegisterPage(vault, services);
        },
        60);
}

} // namespace lantern
