#pragma once

namespace lantern {

class MainWindow;

// Registers the "Roster import" page, built only for roles that may manage the roll (DSL, deputy,
// administrator).
void registerImportPages(MainWindow& window);

} // namespace lantern
