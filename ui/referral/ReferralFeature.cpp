#include "referral/ReferralFeature.h"

#include "common/PageHost.h"
#include "referral/ReferralsPage.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace lantern {

void registerReferralPages(PageHost& host)
{
    // The translation context keeps its first name, so the catalogue's entries stay as they are.
    host.registerPage(
        QStringLiteral("referrals"), QCoreApplication::translate("ReferralPages", "Referrals"),
        [](Vault& vault, const UiServices& services, PageHost&) -> QWidget* {
            if (!hasPermission(vault.user(), Permission::Export))
                return nullptr;
            return new ReferralsPage(vault, services);
        },
        40);
}

} // namespace lantern
