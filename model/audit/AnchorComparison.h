#pragma once

#include "audit/AuditAnchor.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace lantern {

// Where a chain departs from one anchor.
struct AnchorFinding {
    qint64 firstSeq = 0; // the first entry that may differ from what the anchor recorded
    QString problem;     // in words, naming the anchor
};

// Compares a chain (its last entry and the hash stored at an entry) with the head and checkpoints of one
// anchor whose signature has been checked. An entry whose stored hash is the anchor's proves every entry up
// to it unchanged (each hash covers the one before); one whose hash differs proves a change at or before it.
// So the first entry that differs lies after the last matching checkpoint and at or before the first
// differing one: named exactly when the two are neighbours, as a range otherwise. An anchor whose entry the
// chain no longer has shows it was cut short.
class AnchorComparison {
public:
    using StoredHash = std::function<std::optional<QByteArray>(qint64 seq)>;

    static std::optional<AnchorFinding> compare(const AuditAnchor& anchor, qint64 lastSeq,
                                                const StoredHash& storedHash);
};

} // namespace lantern
