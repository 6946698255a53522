// libFuzzer target: CsvRosterReader on arbitrary bytes (see tests/fuzz/CMakeLists.txt and scripts/fuzz.sh).
#include "FuzzReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    lantern::fuzz::readAll(lantern::RosterFormat::Csv, data, size);
    return 0;
}
