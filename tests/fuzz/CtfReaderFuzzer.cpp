// libFuzzer target: CtfReader on arbitrary bytes (see tests/fuzz/CMakeLists.txt and scripts/fuzz.sh).
#include "FuzzReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    lantern::fuzz::readAll(lantern::RosterFormat::Ctf, data, size);
    return 0;
}
