#pragma once

namespace lantern {

class PageHost;

// Registers the DSL's views across children, for roles that may read case records
// (Permission::ReadPupilRecords): the "Overview" page (order 25: referrals waiting and the caseload) and the
// "Search" page (order 26: pupils and full-text results together, reached from anywhere with Ctrl+F).
void registerOverviewPages(PageHost& host);

} // namespace lantern
