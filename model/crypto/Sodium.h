#pragma once

namespace lantern {

// Initialises libsodium once and runs its self-checks; throws Error(Internal) if the library cannot start, so
// that Lantern refuses to run rather than handle keys with a broken crypto library.
void ensureSodium();

} // namespace lantern
