#include "LargeSchool.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "records/ChronologyRepository.h"

#include <QElapsedTimer>
#include <atomic>
#include <cstdio>
#include <cstring>

namespace lantern::bench {

namespace {

const QString dslUsername = QStringLiteral("bench-dsl");
constexpr int defaultPupils = 2000;
// A fixed "today", so every run measures the same school (the demo is deterministic in pupils, seed and
// today).
const QDate schoolToday(2026, 11, 20);

std::unique_ptr<LargeSchool>& made()
{
    static std::unique_ptr<LargeSchool> school;
    return school;
}

std::atomic<int> g_failures{0};

SecureBytes passwordBytes(const char* text)
{
    return SecureBytes(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}

} // namespace

int LargeSchool::pupilCount()
{
    bool ok = false;
    const int pupils = qEnvironmentVariableIntValue("LANTERN_BENCH_PUPILS", &ok);
    return ok ? pupils : defaultPupils;
}

LargeSchool& LargeSchool::instance()
{
    if (!made())
        made().reset(new LargeSchool());
    return *made();
}

void LargeSchool::release()
{
    made().reset();
}

LargeSchool::LargeSchool()
    : m_password(passwordBytes("a synthetic school for benchmarks only"))
{
    if (!m_dir.isValid())
        throw Error(ErrorKind::Io,
                    QStringLiteral("Could not make a temporary folder for the benchmark school: %1")
                        .arg(m_dir.errorString()));
    m_folder = m_dir.filePath(QStringLiteral("large-school.lantern"));
    DemoOptions options;
    options.pupils = pupilCount();
    options.today = schoolToday;
    const Vault::NewUser dsl{dslUsername, QStringLiteral("Benchmark DSL (synthetic)"), Role::Dsl};
    QElapsedTimer timer;
    timer.start();
    m_summary = DemoSchool::create(m_folder, dsl, m_password, options);
    findBusiestPupil();
    // Synthetic counts only, so the figures can be read against the size of the school.
    std::fprintf(stderr,
                 "lantern_benchmarks: made a synthetic school of %d pupils, %d concerns (%d in the inbox), "
                 "%d decisions and %d referrals in %.1f s; the busiest child has %d chronology entries.\n",
                 m_summary.pupils, m_summary.concerns, m_summary.inboxConcerns, m_summary.decisions,
                 m_summary.referrals, static_cast<double>(timer.elapsed()) / 1000.0, m_busiestChronologySize);
}

Vault& LargeSchool::vault()
{
    if (!m_vault)
        m_vault = unlock();
    return *m_vault;
}

void LargeSchool::lockVault()
{
    m_vault.reset();
}

std::unique_ptr<Vault> LargeSchool::unlock() const
{
    return Vault::unlock(m_folder, dslUsername, m_password, SystemClock::instance());
}

QString LargeSchool::scratchPath(const QString& name) const
{
    return m_dir.filePath(name);
}

void LargeSchool::findBusiestPupil()
{
    const std::optional<ChronologySize> busiest = ChronologyRepository(vault()).largest();
    if (!busiest)
        throw Error(ErrorKind::Internal, QStringLiteral("The benchmark school has no chronology entries."));
    m_busiestPupilId = busiest->pupilId;
    m_busiestChronologySize = busiest->currentEntries;
}

int failedBenchmarks()
{
    return g_failures.load();
}

void runReporting(benchmark::State& state, const std::function<void()>& body)
{
    try {
        body();
    } catch (const std::exception& error) {
        ++g_failures;
        state.SkipWithError(error.what());
    }
}

} // namespace lantern::bench
