#pragma once

namespace lantern {

class MainWindow;

// Registers the "Users" page (DSL, administrator, recovery-key session) and the "Audit log" page (DSL and
// deputy). A session opened with the recovery key starts on the Users page, where the forgotten password is
// reset.
void registerAdminPages(MainWindow& window);

} // namespace lantern
