// Opening the vault: Argon2id at the calibrated cost alone, and a whole unlock of the large school.
#include "LargeSchool.h"
#include "crypto/PasswordKdf.h"

#include <benchmark/benchmark.h>

using namespace lantern;
using namespace lantern::bench;

namespace {

// The password check every unlock pays, at the cost this machine gives a new key slot. calibratedDefault()
// carries no salt (forNewSlot() adds a fresh one), so the salt is taken from a new slot's settings; under the
// cheap test profile that would not be the calibrated cost, which is why the smoke test leaves this one out.
void BM_DeriveSlotKeyCalibrated(benchmark::State& state)
{
    runReporting(state, [&] {
        KdfParams params = KdfParams::calibratedDefault();
        params.salt = KdfParams::forNewSlot().salt;
        const SecureBytes password = SecureBytes::random(24);
        for (auto _ : state)
            benchmark::DoNotOptimize(deriveKey(password, params));
        state.counters["mem_MiB"] = static_cast<double>(params.memLimitBytes) / (1024.0 * 1024.0);
        state.counters["passes"] = static_cast<double>(params.opsLimit);
    });
}
BENCHMARK(BM_DeriveSlotKeyCalibrated)->Unit(benchmark::kMillisecond)->Iterations(3);

// Signing in to the large school as its DSL: read the key slots, derive the slot key with the slot's own
// Argon2id settings, open the SQLCipher database, check its schema, audit "vault.unlock"; then lock again.
void BM_UnlockLargeSchool(benchmark::State& state)
{
    runReporting(state, [&] {
        LargeSchool& school = LargeSchool::instance();
        school.lockVault(); // one session at a time: the vault's lock file refuses a second
        for (auto _ : state) {
            std::unique_ptr<Vault> vault = school.unlock();
            benchmark::DoNotOptimize(vault.get());
            vault.reset();
        }
        state.counters["pupils"] = school.summary().pupils;
    });
}
BENCHMARK(BM_UnlockLargeSchool)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
