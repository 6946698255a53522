#pragma once

namespace lantern {

class PageHost;

// Registers the "Adults register" page (order 60) for the roles that may see some of it: the headteacher and
// the DSL team (every adult but the headteacher) and the chair of governors (the headteacher only). Staff,
// administrators and governors get no page; they record a low-level concern through the staff submission path
// or lantern-cli.
void registerAdultsPages(PageHost& host);

} // namespace lantern
