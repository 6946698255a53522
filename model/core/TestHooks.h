#pragma once

namespace lantern {

// Hooks the test suite uses to reach states a user cannot: a process that dies at a chosen point, and key
// slots cheap enough to make hundreds of. Declared here, defined in model/testhooks/TestHooks.cpp, which is
// compiled twice: with LANTERN_TEST_HOOKS (linked into test builds) and without it (release builds), where
// both functions do nothing, so a release binary cannot be talked into either by its environment.

// When the environment variable LANTERN_CRASH_AT equals `name`, the process ends at once with _exit(99), as
// if killed, so a test can check what a sudden death leaves on disk. "name#k" ends it at the k-th time the
// point is reached (the kill harness walks k = 1, 2, … until the command finishes without reaching it).
// Without the variable this does nothing. The variable is read once per process.
void crashPoint(const char* name);

// When LANTERN_DISK_FULL_AFTER=N is set, a disk that fills up after N more bytes: each call adds `bytes` to
// what this process has written through Lantern's file writers and SQLite, and returns true once the total
// would exceed N, for the caller to fail as a full disk does (ENOSPC, SQLITE_FULL). False without it.
bool simulatedDiskFull(long long bytes);
// Whether the SQLite layer of storage/SimulatedDiskVfs is wanted: LANTERN_DISK_FULL_AFTER, LANTERN_READ_FAIL,
// or a crash point of its own ("sqlite:write", between any two writes SQLite makes). Always false in a
// release build.
bool simulatedDiskRequested();
// When LANTERN_READ_FAIL=NAME is set, whether reads of a file whose path ends in NAME fail as a failing
// disk's do (SQLITE_IOERR_READ). False without it.
bool simulatedReadFailure(const char* path);

// True when LANTERN_TEST_CHEAP_KDF=1: new key slots then use 8 MiB and one pass instead of the calibrated
// Argon2id parameters.
bool cheapKdfRequested();

} // namespace lantern
