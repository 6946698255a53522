#pragma once

namespace lantern {

class PageHost;

// Registers the concern pages: "Inbox" (order 10, first in the navigation) for the DSL team, who read
// records; "My concerns" (also order 10) for everyone else who may record a concern (staff, the head). A
// role with neither permission gets neither page.
void registerInboxPages(PageHost& host);

} // namespace lantern
