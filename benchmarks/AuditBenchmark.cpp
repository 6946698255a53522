// Checking the audit chain of the large school end to end, as `lantern-cli audit verify` and the Audit log
// page's check do.
#include "LargeSchool.h"
#include "audit/AuditLog.h"

#include <benchmark/benchmark.h>

using namespace lantern;
using namespace lantern::bench;

namespace {

// Re-hashing every entry (SHA-256 over the previous hash and the entry's canonical bytes) and comparing. The
// chain is the one eighteen months of demo casework wrote, plus what earlier benchmarks in this run added.
void BM_AuditVerifyLargeSchool(benchmark::State& state)
{
    runReporting(state, [&] {
        AuditLog& audit = LargeSchool::instance().vault().audit();
        AuditVerification verification;
        for (auto _ : state)
            verification = audit.verify();
        if (!verification.intact())
            throw std::runtime_error("The benchmark school's audit chain is broken.");
        state.counters["entries"] = static_cast<double>(verification.entriesChecked);
    });
}
BENCHMARK(BM_AuditVerifyLargeSchool)->Unit(benchmark::kMillisecond);

} // namespace
