#pragma once

namespace lantern {

class PageHost;

// Registers "My actions" (order 15, after the inbox) for the DSL team (those who write case records), and,
// after every unlock, shows it first when the signed-in person has an overdue action: the page's first line
// says how many, and the first overdue action is selected, so it cannot be missed without a box to dismiss.
void registerActionsPages(PageHost& host);

} // namespace lantern
