#include "records/PupilRanking.h"

#include "records/Pupil.h"
#include "text/TextServices.h"

#include <QHash>

namespace lantern {

PupilRanking::PupilRanking(const QString& typed)
    : m_words(TextServices::searchTokens(TextServices::normalizeForStorage(typed)))
{}

NameMatch PupilRanking::match(const QStringList& names) const
{
    QStringList nameWords;
    for (const QString& name : names)
        nameWords.append(TextServices::searchTokens(name));
    if (m_words.isEmpty() || nameWords.isEmpty())
        return NameMatch::Other;
    const auto every = [this](const auto& wordMatches) {
        return std::all_of(m_words.cbegin(), m_words.cend(), wordMatches);
    };
    if (every([&nameWords](const QString& word) { return nameWords.contains(word); }))
        return NameMatch::Exact;
    if (every([&nameWords](const QString& word) {
            return std::any_of(nameWords.cbegin(), nameWords.cend(),
                               [&word](const QString& name) { return name.startsWith(word); });
        }))
        return NameMatch::Prefix;
    return NameMatch::Other;
}

QStringList rankedNamesOf(const Pupil& pupil)
{
    return {pupil.legalForename, pupil.legalSurname, pupil.preferredForename, pupil.preferredSurname};
}

QList<int> sameNameCounts(const QStringList& keys)
{
    QStringList folded;
    QHash<QString, int> counts;
    for (const QString& key : keys) {
        folded.append(TextServices::searchTokens(key).join(QLatin1Char(' ')));
        ++counts[folded.last()];
    }
    QList<int> result;
    for (const QString& key : folded)
        result.append(counts.value(key));
    return result;
}

} // namespace lantern
