// The DSL's daily reading: the busiest child's chronology and the inbox of new concerns.
#include "LargeSchool.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"

#include <QHash>
#include <benchmark/benchmark.h>

using namespace lantern;
using namespace lantern::bench;

namespace {

// Opening the chronology of the child with the most entries as the record page's Chronology tab reads it
// (ui/ChronologyTab::load: every entry, superseded ones too, filtered in the tab), audited "chronology.view".
void BM_ChronologyBusiestChild(benchmark::State& state)
{
    runReporting(state, [&] {
        LargeSchool& school = LargeSchool::instance();
        ChronologyRepository chronology(school.vault());
        ChronologyFilter everything;
        everything.includeSuperseded = true;
        qsizetype entries = 0;
        for (auto _ : state)
            entries = chronology.entries(school.busiestPupilId(), everything).size();
        state.counters["entries"] = static_cast<double>(entries);
    });
}
BENCHMARK(BM_ChronologyBusiestChild)->Unit(benchmark::kMillisecond);

// What the Inbox page reads on refresh (ui/InboxPage::refresh): the concerns still "new", oldest first, and
// the display name of each person who recorded one.
void BM_InboxRefresh(benchmark::State& state)
{
    runReporting(state, [&] {
        Vault& vault = LargeSchool::instance().vault();
        ConcernRepository concerns(vault);
        qsizetype waiting = 0;
        for (auto _ : state) {
            const QList<ConcernSummary> inbox = concerns.inbox();
            QHash<QString, QString> names;
            for (const ConcernSummary& concern : inbox) {
                if (names.contains(concern.recordedBy))
                    continue;
                const std::optional<User> user = vault.findUser(concern.recordedBy);
                names.insert(concern.recordedBy, user ? user->displayName : concern.recordedBy);
            }
            benchmark::DoNotOptimize(names);
            waiting = inbox.size();
        }
        state.counters["concerns"] = static_cast<double>(waiting);
    });
}
BENCHMARK(BM_InboxRefresh)->Unit(benchmark::kMillisecond);

} // namespace
