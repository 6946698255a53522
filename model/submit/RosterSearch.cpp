#include "submit/RosterSearch.h"

#include "text/TextServices.h"

#include <algorithm>

namespace lantern {

namespace {

QStringList words(const QString& text)
{
    return TextServices::searchTokens(TextServices::normalizeForStorage(text));
}

} // namespace

RosterSearch::RosterSearch(const QList<RosterEntry>& roster)
    : m_roster(roster)
{
    for (const RosterEntry& entry : roster)
        m_words.append(words(entry.name + QLatin1Char(' ') + entry.yearGroup));
}

QList<DirectoryPupil> RosterSearch::search(const QString& text, int limit) const
{
    const QStringList typed = words(text);
    QList<DirectoryPupil> found;
    if (typed.isEmpty())
        return found;
    for (qsizetype i = 0; i < m_roster.size() && found.size() < limit; ++i) {
        const QStringList& entryWords = m_words.at(i);
        const bool matches = std::all_of(typed.cbegin(), typed.cend(), [&entryWords](const QString& word) {
            return std::any_of(entryWords.cbegin(), entryWords.cend(),
                               [&word](const QString& entryWord) { return entryWord.startsWith(word); });
        });
        if (matches)
            found.append({i + 1, m_roster.at(i).name, m_roster.at(i).yearGroup});
    }
    return found;
}

} // namespace lantern
