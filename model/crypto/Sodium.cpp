#include "crypto/Sodium.h"

#include "core/Error.h"
#include "core/ModelText.h"

#include <sodium.h>

namespace lantern {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("The cryptography library (libsodium) failed to start."));
}

} // namespace lantern
