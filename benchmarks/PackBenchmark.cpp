// A referral pack for the busiest child, exported as `lantern-cli pack export` does it (encrypted, by
// default).
#include "LargeSchool.h"
#include "export/ReferralPackBuilder.h"

#include <QFile>
#include <benchmark/benchmark.h>

using namespace lantern;
using namespace lantern::bench;

namespace {

ReferralPackRequest busiestChildRequest(const LargeSchool& school)
{
    ReferralPackRequest request;
    request.pupilId = school.busiestPupilId();
    // The whole eighteen months of the story, not the CLI's default twelve: the heaviest pack the school has.
    request.from = school.summary().from;
    request.to = school.summary().to;
    request.narrative.reason = QStringLiteral("Escalating concerns over the period; see the chronology.");
    request.narrative.worried = QStringLiteral("Repeated concerns across several categories.");
    request.narrative.workingWell = QStringLiteral("The child attends and talks to a trusted adult.");
    request.narrative.needsToHappen = QStringLiteral("An assessment of the child's needs at home.");
    request.narrative.actionsSummary = QStringLiteral("Check-ins, early help, referrals as recorded.");
    request.basis.lawfulBasis =
        QStringLiteral("UK GDPR Article 6(1)(e) public task (Education Act 2002 s175)");
    request.basis.consent = ConsentDecision{ConsentOutcome::Given, request.to, QStringLiteral("Mother"), {}};
    request.ask = FamilyHelpRequest{ServiceRequested::FamilyHelp, RequestUrgency::Routine, true, {}};
    request.basis.parentsAware = ParentsAwareDecision{true, {}};
    // Whatever the synthetic record lacks in the period must not stop the measurement.
    const QString reason = QStringLiteral("Synthetic benchmark school.");
    request.overrides = {{QString::fromLatin1(ReferralPreflight::NoVoice), reason},
                         {QString::fromLatin1(ReferralPreflight::NoChronology), reason}};
    return request;
}

// Drafting (reading the record, audited), preflight, rendering referral.pdf, writing the AES-256 ZIP
// atomically and recording the Referral on the child. Each export adds a referral, so the record grows by one
// per iteration; a file is written per iteration and removed at the end.
void BM_ReferralPackExportBusiestChild(benchmark::State& state)
{
    runReporting(state, [&] {
        LargeSchool& school = LargeSchool::instance();
        const ReferralPackRequest request = busiestChildRequest(school);
        QStringList written;
        qint64 bytes = 0;
        for (auto _ : state) {
            const QString path = school.scratchPath(QStringLiteral("pack-%1.zip").arg(written.size()));
            written.append(path);
            const ReferralPackResult result =
                ReferralPackBuilder(school.vault()).exportPack(path, request, PackProtection::Encrypted);
            if (result.status != PackWriteStatus::Written)
                throw std::runtime_error("The referral pack export was cancelled.");
        }
        if (!written.isEmpty())
            bytes = QFile(written.constLast()).size();
        for (const QString& path : std::as_const(written))
            QFile::remove(path);
        state.counters["pack_KiB"] = static_cast<double>(bytes) / 1024.0;
        state.counters["chronology"] = school.busiestChronologySize();
    });
}
BENCHMARK(BM_ReferralPackExportBusiestChild)->Unit(benchmark::kMillisecond);

} // namespace
