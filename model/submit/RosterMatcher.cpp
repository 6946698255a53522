#include "submit/RosterMatcher.h"

#include "storage/Database.h"
#include "text/TextServices.h"

#include <algorithm>

namespace lantern {

RosterMatcher::RosterMatcher(Database& db)
{
    Statement query(db, "SELECT id, legal_forename, legal_surname, preferred_forename, preferred_surname, "
                        "year_group FROM pupils;");
    while (query.step()) {
        const QString forename = query.text(3).isEmpty() ? query.text(1) : query.text(3);
        const QString surname = query.text(4).isEmpty() ? query.text(2) : query.text(4);
        m_byName.insert(nameKey(forename + QLatin1Char(' ') + surname),
                        {query.integer(0), nameKey(query.text(5))});
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
