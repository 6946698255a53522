#pragma once

namespace lantern {

// Called first thing in main(): a core dump would write decrypted records and keys to disk.
void disableCoreDumps();

} // namespace lantern
