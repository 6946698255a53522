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
        target.name = value ? value : "";
        target.pid = self;
    }
    if (!target.name.empty() && target.name == name)
        _exit(99); // no destructors, no flushing: the closest thing to a kill we can ask for
}

bool cheapKdfRequested()
{
    const char* value = std::getenv("LANTERN_TEST_CHEAP_KDF");
    return value && std::strcmp(value, "1") == 0;
}

#else

// A release build: the environment names nothing here, so no variable can weaken a key slot or end a write.
void crashPoint(const char*) {}

bool cheapKdfRequested()
{
    return false;
}

#endif

} // namespace lantern
