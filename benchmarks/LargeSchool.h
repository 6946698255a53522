#pragma once

#include "crypto/SecureBytes.h"
#include "demo/DemoSchool.h"
#include "vault/Vault.h"

#include <QString>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <functional>
#include <memory>

namespace lantern::bench {

// The synthetic large school every benchmark reads: a DemoSchool vault (2,000 pupils and its eighteen months
// of casework unless LANTERN_BENCH_PUPILS says otherwise) made once per process, on first use, in a temporary
// folder removed at exit. It is made with whatever key-derivation cost the process has: the calibrated cost
// normally, the cheap test profile under LANTERN_TEST_CHEAP_KDF=1 (the ctest smoke run), so "Unlock" measures
// the real Argon2id only in a full run.
//
// Benchmarks share the vault signed in as its DSL. Reading a child's record appends to the audit chain, so
// the chain grows a little as the run goes on; benchmarks report the sizes they saw as counters.
class LargeSchool {
public:
    static LargeSchool& instance();
    // Locks and removes the school if it was made; main() calls it before the QGuiApplication goes.
    static void release();

    // The DSL's session, unlocked on first use and after lockVault().
    Vault& vault();
    void lockVault();
    // A fresh session as the DSL, for the unlock benchmark (the shared session must be locked first).
    std::unique_ptr<Vault> unlock() const;

    const DemoSummary& summary() const { return m_summary; }
    // Where a benchmark writes a file of its own (a pack, a roster CSV): `name` in the temporary folder that
    // holds the vault, removed with it.
    QString scratchPath(const QString& name) const;

    // The child with the most current chronology entries: the heaviest record a DSL opens.
    qint64 busiestPupilId() const { return m_busiestPupilId; }
    int busiestChronologySize() const { return m_busiestChronologySize; }

    // How many pupils to make: LANTERN_BENCH_PUPILS, else 2,000.
    static int pupilCount();

private:
    LargeSchool();
    void findBusiestPupil();

    QTemporaryDir m_dir;
    QString m_folder;
    SecureBytes m_password;
    DemoSummary m_summary;
    std::unique_ptr<Vault> m_vault;
    qint64 m_busiestPupilId = 0;
    int m_busiestChronologySize = 0;
};

// How many benchmarks failed; main() exits non-zero when any did (Google Benchmark itself only prints them).
int failedBenchmarks();

// Runs a benchmark's body, reporting an exception as that benchmark's error (with its message) and counting
// it, so the smoke test fails and names it instead of the process dying or the run passing.
void runReporting(benchmark::State& state, const std::function<void()>& body);

} // namespace lantern::bench
