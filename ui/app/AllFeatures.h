#pragma once

namespace lantern {

class MainWindow;

// Registers every page of the desktop client on `window`, in navigation order. The application and the
// screenshot tour both call this, so they show the same product.
void registerAllPages(MainWindow& window);

} // namespace lantern
