#pragma once

namespace lantern {

// Test hook for crash-safety tests: when the environment variable LANTERN_CRASH_AT equals `name`, the process
// ends at once with _exit(99), as if killed, so a test can check what a sudden death leaves on disk. Without
// the variable this does nothing. The variable is read once per process.
void crashPoint(const char* name);

} // namespace lantern
