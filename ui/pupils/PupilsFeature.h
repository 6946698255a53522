#pragma once

namespace lantern {

class PageHost;

// Registers the pupils' records: the "Pupils" page (order 20, after the Inbox), with each pupil's record
// opened in its place. Only for roles that may read pupil records (DSL, deputy); others do not get the page.
void registerPupilsPages(PageHost& host);

} // namespace lantern
