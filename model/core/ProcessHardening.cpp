#include "core/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace lantern {

void disableCoreDumps()
{
    rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    // Also stops other processes of the same user from attaching a debugger to read memory.
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace lantern
