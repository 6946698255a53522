#pragma once

namespace lantern {

class PageHost;

// Registers the "Users" page (DSL, administrator, recovery-key session) and the "Audit log" page (DSL and
// deputy). A session opened with the recovery key starts on the Users page, where the forgotten password is
// reset. (The "Vault" page, which every role gets, is the main window's own.)
void registerAdminPages(PageHost& host);

} // namespace lantern
