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
    QList<QStringList> names;
    if (typed.isEmpty() || limit <= 0)
        return found;
    for (qsizetype i = 0; i < m_roster.size(); ++i) {
        const QStringList& entryWords = m_words.at(i);
        const bool matches = std::all_of(typed.cbegin(), typed.cend(), [&entryWords](const QString& word) {
            return std::any_of(entryWords.cbegin(), entryWords.cend(),
                               [&word](const QString& entryWord) { return entryWord.startsWith(word); });
        });
        if (matches) {
            DirectoryPupil pupil;
            pupil.id = i + 1;
            pupil.displayName = m_roster.at(i).name;
            pupil.yearGroup = m_roster.at(i).yearGroup;
            found.append(pupil);
            names.append({m_roster.at(i).name}); // the roster holds the name the school uses: no middle names
        }
    }
    // Ranked before cutting to `limit`, as in the vault, so the child typed in full is never cut off.
    rankDirectoryPupils(found, text, names);
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace lantern
