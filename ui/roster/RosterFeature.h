#pragma once

namespace lantern {

class PageHost;

// Registers the "Roster import" page, built only for roles that may manage the roll (DSL, deputy,
// administrator).
void registerRosterPages(PageHost& host);

} // namespace lantern
