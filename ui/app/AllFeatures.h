#pragma once

namespace lantern {

class PageHost;

// Registers every feature's pages on `host` (the main window), in navigation order. The application and the
// screenshot tour both call this, so they show the same product.
void registerAllFeatures(PageHost& host);

} // namespace lantern
