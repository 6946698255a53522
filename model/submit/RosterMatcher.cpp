#include "submit/RosterMatcher.h"

#include "text/TextServices.h"

#include <algorithm>

namespace lantern {

RosterMatcher::RosterMatcher(const QList<DirectoryPupil>& pupils)
{
    for (const DirectoryPupil& pupil : pupils) {
        m_byName.insert(nameKey(pupil.displayName), {pupil.id, nameKey(pupil.yearGroup)});
        m_ids.insert(pupil.id);
    }
}

QString RosterMatcher::nameKey(const QString& name)
{
    return TextServices::searchTokens(TextServices::normalizeForStorage(name)).join(QLatin1Char(' '));
}

QList<qint64> RosterMatcher::candidates(const SubmittedChild& child) const
{
    const QString year = nameKey(child.yearGroup);
    QList<qint64> ids;
    const auto [first, last] = m_byName.equal_range(nameKey(child.name));
    for (auto it = first; it != last; ++it) {
        if (year.isEmpty() || it->yearKey == year)
            ids.append(it->id);
    }
    std::sort(ids.begin(), ids.end()); // the order the pupils joined the roll, the same every time
    return ids;
}

} // namespace lantern
