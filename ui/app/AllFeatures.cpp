#include "app/AllFeatures.h"

#include "actions/ActionsFeature.h"
#include "admin/AdminFeature.h"
#include "adults/AdultsFeature.h"
#include "inbox/InboxFeature.h"
#include "overview/OverviewFeature.h"
#include "pupils/PupilsFeature.h"
#include "referral/ReferralFeature.h"
#include "roster/RosterFeature.h"

namespace lantern {

void registerAllFeatures(PageHost& host)
{
    registerInboxPages(host);
    registerPupilsPages(host);
    registerOverviewPages(host);
    registerReferralPages(host);
    registerRosterPages(host);
    registerAdminPages(host);
    registerAdultsPages(host);
    registerActionsPages(host);
}

} // namespace lantern
