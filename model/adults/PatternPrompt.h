#pragma once

#include <QDate>
#include <QList>

namespace lantern {

// The adults register's pattern prompt: when `threshold` or more low-level concerns about one adult, not yet
// considered with the LADO, happened within `periodDays` of each other, the register asks whether together
// they meet the harm threshold and the LADO should be consulted. Dates are when each concern happened (the
// first day an approximate date can mean).
class PatternPrompt {
public:
    struct DatedConcern {
        qint64 id = 0;
        QDate occurred;
    };

    // The concerns that form a pattern (every one inside some qualifying window), oldest first; empty when
    // there is no pattern. A threshold below 2 is treated as 2: one concern is not a pattern.
    static QList<qint64> concernsInPattern(QList<DatedConcern> concerns, int threshold, int periodDays);
};

} // namespace lantern
