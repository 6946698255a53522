#pragma once

namespace lantern {

// The name of an SQLite VFS to open databases with, or nullptr for SQLite's default. In a test build run with
// LANTERN_DISK_FULL_AFTER (core/TestHooks.h) it is a thin layer over the default VFS whose writes fail with
// SQLITE_FULL once the simulated disk is full, so the tests can fill the disk during any write path and check
// that Lantern says so, keeps nothing half-written and still opens; with LANTERN_READ_FAIL, reads of the
// named store fail as a failing disk's do. Otherwise (and always in a release build) nullptr.
const char* simulatedDiskVfs();

} // namespace lantern
