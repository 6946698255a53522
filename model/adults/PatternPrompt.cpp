#include "adults/PatternPrompt.h"

#include <QSet>
#include <algorithm>

namespace lantern {

QList<qint64> PatternPrompt::concernsInPattern(QList<DatedConcern> concerns, int threshold, int periodDays)
{
    threshold = std::max(threshold, 2);
    std::sort(concerns.begin(), concerns.end(), [](const DatedConcern& a, const DatedConcern& b) {
        return a.occurred != b.occurred ? a.occurred < b.occurred : a.id < b.id;
    });
    // A sliding window over the sorted dates: [first, last] spans fewer than periodDays days.
    QSet<qint64> inPattern;
    qsizetype first = 0;
    for (qsizetype last = 0; last < concerns.size(); ++last) {
        while (concerns.at(first).occurred.daysTo(concerns.at(last).occurred) >= periodDays)
            ++first;
        if (last - first + 1 >= threshold) {
            for (qsizetype i = first; i <= last; ++i)
                inPattern.insert(concerns.at(i).id);
        }
    }
    QList<qint64> ids;
    for (const DatedConcern& concern : concerns) {
        if (inPattern.contains(concern.id))
            ids.append(concern.id);
    }
    return ids;
}

} // namespace lantern
