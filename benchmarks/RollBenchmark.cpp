// The school roll: loading it whole, as the Pupils page does, and finding a child by name.
#include "LargeSchool.h"
#include "records/PupilDirectory.h"
#include "records/PupilRepository.h"

#include <benchmark/benchmark.h>

using namespace lantern;
using namespace lantern::bench;

namespace {

// The Pupils page opening (ui/PupilsPage: PupilRepository::list): every pupil on the roll, leavers too,
// sorted by surname then forename as a British reader expects. Filtering as the DSL types is done in the
// page's proxy model over this list, with no further reads.
void BM_PupilListWholeRoll(benchmark::State& state)
{
    runReporting(state, [&] {
        PupilRepository pupils(LargeSchool::instance().vault());
        qsizetype listed = 0;
        for (auto _ : state)
            listed = pupils.list().size();
        state.counters["pupils"] = static_cast<double>(listed);
    });
}
BENCHMARK(BM_PupilListWholeRoll)->Unit(benchmark::kMillisecond);

// Naming a child on the concern form (ui/PupilPicker: PupilDirectory::search) after typing the first three
// letters of a surname: up to 30 matches, audited.
void BM_PupilDirectoryTypedPrefix(benchmark::State& state)
{
    runReporting(state, [&] {
        LargeSchool& school = LargeSchool::instance();
        const QString surname =
            PupilRepository(school.vault()).lookupForRecords(school.busiestPupilId()).value().legalSurname;
        const QString typed = surname.left(3);
        PupilDirectory directory(school.vault());
        qsizetype found = 0;
        for (auto _ : state)
            found = directory.search(typed).size();
        state.counters["matches"] = static_cast<double>(found);
    });
}
BENCHMARK(BM_PupilDirectoryTypedPrefix)->Unit(benchmark::kMillisecond);

} // namespace
