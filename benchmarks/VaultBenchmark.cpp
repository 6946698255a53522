// Foundation costs: unlocking (Argon2id at the calibrated cost), appending to and verifying the audit chain.
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "crypto/PasswordKdf.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace lantern;

namespace {

void BM_DeriveSlotKeyCalibrated(benchmark::State& state)
{
    const KdfParams params = KdfParams::calibratedDefault();
    const QByteArray text("a passphrase of several words");
    const SecureBytes password(reinterpret_cast<const unsigned char*>(text.constData()),
                               static_cast<std::size_t>(text.size()));
    for (auto _ : state)
        benchmark::DoNotOptimize(deriveKey(password, params));
    state.counters["mem_MiB"] = static_cast<double>(params.memLimitBytes) / (1024.0 * 1024.0);
    state.counters["passes"] = static_cast<double>(params.opsLimit);
}
BENCHMARK(BM_DeriveSlotKeyCalibrated)->Unit(benchmark::kMillisecond)->Iterations(3);

// An audit chain of `range(0)` entries: the time to append one more, then to verify them all.
class AuditChain : public benchmark::Fixture {
public:
    void SetUp(const benchmark::State& state) override
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db =
            Database::open(m_dir->filePath(QStringLiteral("records.db")), m_key, Database::Mode::CreateNew);
        Migrations::apply(m_db);
        m_log = std::make_unique<AuditLog>(m_db, m_clock);
        Transaction transaction(m_db);
        for (int64_t i = 0; i < state.range(0); ++i)
            m_log->append(QStringLiteral("dsl"), QStringLiteral("pupil.view"), QStringLiteral("pupil"),
                          QString::number(i % 3000));
        transaction.commit();
    }
    void TearDown(const benchmark::State&) override
    {
        m_log.reset();
        m_db.close();
        m_dir.reset();
    }

protected:
    SecureBytes m_key = SecureBytes::random(32);
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<AuditLog> m_log;
};

BENCHMARK_DEFINE_F(AuditChain, AppendOne)(benchmark::State& state)
{
    for (auto _ : state)
        m_log->append(QStringLiteral("dsl"), QStringLiteral("pupil.view"), QStringLiteral("pupil"),
                      QStringLiteral("42"));
}
BENCHMARK_REGISTER_F(AuditChain, AppendOne)->Arg(100000)->Unit(benchmark::kMillisecond);

BENCHMARK_DEFINE_F(AuditChain, VerifyAll)(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(m_log->verify());
    state.counters["entries"] = static_cast<double>(state.range(0));
}
BENCHMARK_REGISTER_F(AuditChain, VerifyAll)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
