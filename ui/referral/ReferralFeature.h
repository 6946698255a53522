#pragma once

namespace lantern {

class PageHost;

// Registers the "Referrals" page (order 40) for roles with Permission::Export.
void registerReferralPages(PageHost& host);

} // namespace lantern
