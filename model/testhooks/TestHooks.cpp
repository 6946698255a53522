#include "core/TestHooks.h"

#ifdef LANTERN_TEST_HOOKS
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace lantern {

#ifdef LANTERN_TEST_HOOKS

namespace {

struct CrashTarget {
    pid_t pid = -1;
    std::string name;
    long long occurrence = 1; // the k of "name#k"
    long long reached = 0;
};

struct DiskBudget {
    pid_t pid = -1;
    long long remaining = -1; // -1: no simulated disk
};

} // namespace

void crashPoint(const char* name)
{
    // Read once per process rather than on every write. Keyed on the pid because crash tests fork a child,
    // set the variable there and expect the child (which inherits our cache) to honour it.
    static CrashTarget target;
    const pid_t self = getpid();
    if (target.pid != self) {
        const char* value = std::getenv("LANTERN_CRASH_AT");
        target = CrashTarget();
        target.name = value ? value : "";
        target.pid = self;
        const std::string::size_type hash = target.name.find('#');
        if (hash != std::string::npos) {
            target.occurrence = std::atoll(target.name.c_str() + hash + 1);
            target.name.resize(hash);
        }
    }
    if (!target.name.empty() && target.name == name && ++target.reached == target.occurrence)
        _exit(99); // no destructors, no flushing: the closest thing to a kill we can ask for
}

bool simulatedDiskFull(long long bytes)
{
    static DiskBudget budget;
    const pid_t self = getpid();
    if (budget.pid != self) {
        const char* value = std::getenv("LANTERN_DISK_FULL_AFTER");
        budget.remaining = value ? std::atoll(value) : -1;
        budget.pid = self;
    }
    if (budget.remaining < 0)
        return false;
    if (bytes > budget.remaining) {
        budget.remaining = 0;
        return true;
    }
    budget.remaining -= bytes;
    return false;
}

bool simulatedDiskRequested()
{
    const char* crash = std::getenv("LANTERN_CRASH_AT");
    return std::getenv("LANTERN_DISK_FULL_AFTER") != nullptr || std::getenv("LANTERN_READ_FAIL") != nullptr ||
           (crash && std::strncmp(crash, "sqlite:", 7) == 0);
}

bool simulatedReadFailure(const char* path)
{
    const char* name = std::getenv("LANTERN_READ_FAIL");
    if (!name || !path || !*name)
        return false;
    const std::size_t pathLength = std::strlen(path);
    const std::size_t nameLength = std::strlen(name);
    return pathLength >= nameLength && std::strcmp(path + pathLength - nameLength, name) == 0;
}

bool cheapKdfRequested()
{
    const char* value = std::getenv("LANTERN_TEST_CHEAP_KDF");
    return value && std::strcmp(value, "1") == 0;
}

#else

// A release build: the environment names nothing here, so no variable can weaken a key slot or end a write.
void crashPoint(const char*) {}

bool simulatedDiskFull(long long)
{
    return false;
}

bool simulatedDiskRequested()
{
    return false;
}

bool simulatedReadFailure(const char*)
{
    return false;
}

bool cheapKdfRequested()
{
    return false;
}

#endif

} // namespace lantern
