// Checking the audit chain of the large school end to end, as `lantern-cli audit verify` and the Audit log
// page's check do; and reading it as the Audit log page does when it opens (everything) and when an inspector
// asks about one child.
#include "LargeSchool.h"
#include "audit/AuditChains.h"
#include "records/AuditViewer.h"

#include <benchmark/benchmark.h>

using namespace lantern;
using namespace lantern::bench;

namespace {

// Re-hashing every entry (SHA-256 over the previous hash and the entry's canonical bytes) and comparing. The
// chain is the one eighteen months of demo casework wrote, plus what earlier benchmarks in this run added.
void BM_AuditVerifyLargeSchool(benchmark::State& state)
{
    runReporting(state, [&] {
        AuditChains& audit = LargeSchool::instance().vault().audit(); // every chain the DSL holds
        AuditVerification verification;
        for (auto _ : state)
            verification = audit.verify();
        if (!verification.intact())
            throw std::runtime_error("The benchmark school's audit chain is broken.");
        state.counters["entries"] = static_cast<double>(verification.entriesChecked);
    });
}
BENCHMARK(BM_AuditVerifyLargeSchool)->Unit(benchmark::kMillisecond);

// AuditViewer::search with an empty query: every entry, as the page lists them when it opens. (Each search
// adds an "audit.view" entry, so the log grows by one per iteration.)
void BM_AuditViewerEverything(benchmark::State& state)
{
    runReporting(state, [&] {
        AuditViewer viewer(LargeSchool::instance().vault());
        qsizetype shown = 0;
        for (auto _ : state)
            shown = viewer.search({}).size();
        state.counters["entries"] = static_cast<double>(shown);
    });
}
BENCHMARK(BM_AuditViewerEverything)->Unit(benchmark::kMillisecond);

// The pupil filter for the busiest child: entries about them and every one of their records.
void BM_AuditViewerBusiestChild(benchmark::State& state)
{
    runReporting(state, [&] {
        LargeSchool& school = LargeSchool::instance();
        AuditViewer viewer(school.vault());
        AuditQuery query;
        query.pupilId = school.busiestPupilId();
        qsizetype shown = 0;
        for (auto _ : state)
            shown = viewer.search(query).size();
        state.counters["entries"] = static_cast<double>(shown);
    });
}
BENCHMARK(BM_AuditViewerBusiestChild)->Unit(benchmark::kMillisecond);

} // namespace
