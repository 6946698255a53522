#include "audit/AnchorComparison.h"

#include "core/ModelText.h"

#include <algorithm>

namespace lantern {

std::optional<AnchorFinding> AnchorComparison::compare(const AuditAnchor& anchor, qint64 lastSeq,
                                                       const StoredHash& storedHash)
{
    QList<AuditCheckpoint> points{{anchor.seq, anchor.hash}};
    points.append(anchor.checkpoints);
    // The entries the chain still has, each with whether its hash is the one the anchor recorded.
    QList<std::pair<qint64, bool>> compared;
    for (const AuditCheckpoint& point : points)
        if (point.seq <= lastSeq)
            compared.append({point.seq, storedHash(point.seq) == point.hash});
    std::optional<qint64> firstDiffering;
    for (const auto& [seq, same] : compared)
        if (!same)
            firstDiffering = std::min(firstDiffering.value_or(seq), seq);
    qint64 lastMatching = 0;
    for (const auto& [seq, same] : compared)
        if (same && (!firstDiffering || seq < *firstDiffering))
            lastMatching = std::max(lastMatching, seq);
    const bool cutShort = lastSeq < anchor.seq;
    const QString ends = ModelText::tr("; the chain now ends at entry %1, before the anchor's entry %2")
                             .arg(lastSeq)
                             .arg(anchor.seq);

    if (firstDiffering) {
        const qint64 first = lastMatching + 1;
        QString problem;
        if (first == *firstDiffering)
            problem = ModelText::tr("entry %1 differs from %2: it and the entries after it were removed or "
                                    "rewritten")
                          .arg(QString::number(first), anchor.describe());
        else if (lastMatching == 0)
            problem =
                ModelText::tr("the chain differs from %1 at entry %2 or an earlier one: it was rewritten "
                              "from there on")
                    .arg(anchor.describe(), QString::number(*firstDiffering));
        else
            problem =
                ModelText::tr("an entry from %1 to %2 differs from %3 (entry %4 still matches it, entry %2 "
                              "does not): the chain was rewritten from there on")
                    .arg(QString::number(first), QString::number(*firstDiffering), anchor.describe(),
                         QString::number(lastMatching));
        return AnchorFinding{first, cutShort ? problem + ends : problem};
    }
    if (cutShort) {
        const QString removed =
            lastSeq + 1 == anchor.seq
                ? ModelText::tr("entry %1 was removed").arg(anchor.seq)
                : ModelText::tr("entries %1 to %2 were removed").arg(lastSeq + 1).arg(anchor.seq);
        return AnchorFinding{
            lastSeq + 1,
            ModelText::tr("the chain ends at entry %1, but %2 records entry %3: %4")
                .arg(QString::number(lastSeq), anchor.describe(), QString::number(anchor.seq), removed)};
    }
    return std::nullopt;
}

} // namespace lantern
