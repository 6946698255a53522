// Search across the records (RecordSearch, the search box over pupils, concerns, chronology and the child's
// voice): by a child's name, and by a word in the case notes.
#include "LargeSchool.h"
#include "records/PupilRepository.h"
#include "records/RecordSearch.h"

#include <benchmark/benchmark.h>

using namespace lantern;
using namespace lantern::bench;

namespace {

void searchFor(benchmark::State& state, const QString& text)
{
    RecordSearch search(LargeSchool::instance().vault());
    SearchResults results;
    for (auto _ : state)
        results = search.search(text);
    state.counters["pupils"] = static_cast<double>(results.pupils.size());
    state.counters["concerns"] = static_cast<double>(results.concerns.size());
    state.counters["chronology"] = static_cast<double>(results.chronology.size());
    state.counters["voice"] = static_cast<double>(results.voice.size());
}

// The DSL types the busiest child's surname: the pupils of that name and every record that mentions it.
void BM_RecordSearchBySurname(benchmark::State& state)
{
    runReporting(state, [&] {
        LargeSchool& school = LargeSchool::instance();
        const Pupil child = PupilRepository(school.vault()).lookupForRecords(school.busiestPupilId()).value();
        searchFor(state, child.legalSurname);
    });
}
BENCHMARK(BM_RecordSearchBySurname)->Unit(benchmark::kMillisecond);

// A word common in the demo's case notes, so the full-text index returns many hits to snippet and name.
void BM_RecordSearchFullText(benchmark::State& state)
{
    runReporting(state, [&] { searchFor(state, QStringLiteral("hungry")); });
}
BENCHMARK(BM_RecordSearchFullText)->Unit(benchmark::kMillisecond);

} // namespace
