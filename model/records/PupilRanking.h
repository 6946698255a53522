#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace lantern {

struct Pupil;

// How well a child's names answer what was typed into a finder, best first. The order matters because the
// wrong child named in a concern is a safeguarding error: typing "archie" must put the three children called
// Archie above Leo Cooper, whose legal middle name happens to be Archie.
enum class NameMatch {
    Exact,  // every typed word is a whole forename or surname (preferred or legal): "archie", "amy okafor"
    Prefix, // every typed word begins a forename or surname: "arch", "amy ok"
    Other,  // found only through a middle name, a UPN or a year group
};

// The ranking rule shared by every finder (the concern form, Lantern Submit's roster, the referral wizard's
// choice of child): by NameMatch, and within each kind in the order the list already had — roll order,
// surname then forename — so ties read as the roll does.
class PupilRanking {
public:
    // `typed` is folded as the searches fold it (TextServices::searchTokens), so "ZOË" matches "Zoe".
    explicit PupilRanking(const QString& typed);

    // `names` are the child's forenames and surnames, legal and preferred, but not middle names: a middle
    // name or UPN finds the child without ranking them as the one meant. Empty strings are ignored.
    NameMatch match(const QStringList& names) const;

    // Sorts `items` best match first, keeping the given order among equals. `namesOf(item)` gives the names
    // as for match(). Returns the kinds in the new order, for callers that keep them beside each item.
    template <typename T, typename NamesOf> QList<NameMatch> rank(QList<T>& items, NamesOf namesOf) const
    {
        QList<std::pair<NameMatch, T>> keyed;
        keyed.reserve(items.size());
        for (const T& item : items)
            keyed.append({match(namesOf(item)), item});
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        QList<NameMatch> kinds;
        items.clear();
        for (const auto& [kind, item] : keyed) {
            kinds.append(kind);
            items.append(item);
        }
        return kinds;
    }

private:
    QStringList m_words;
};

// What ranks `pupil` (PupilRanking::match): forenames and surnames, legal and preferred; no middle names.
QStringList rankedNamesOf(const Pupil& pupil);

// The names shown in a row share a name with this many children in the same list (1 when alone), counted on
// the folded name so "Zoë Smith" and "Zoe Smith" count as one name: what the finder's "2 children called …"
// mark says. `keys[i]` is the i-th row's name (optionally with its year group, to count within a year).
QList<int> sameNameCounts(const QStringList& keys);

} // namespace lantern
