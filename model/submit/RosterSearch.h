#pragma once

#include "records/PupilDirectory.h"
#include "submit/SubmissionProfile.h"

#include <QList>
#include <QString>

namespace lantern {

// Finding a child in the submission profile's roster on a staff member's computer, as PupilDirectory does in
// the vault: every typed word must begin a word of the name or the year group, with case and accents
// folded. A child's id here is their place in the roster, counted from 1; it means nothing in the vault.
class RosterSearch {
public:
    explicit RosterSearch(const QList<RosterEntry>& roster);

    // At most `limit` children, best match first (PupilRanking), each kind in roster order, with their shared
    // names counted; an empty query finds nothing. Never any DirectoryPupil::Details: the roster has none.
    QList<DirectoryPupil> search(const QString& text, int limit = 30) const;

private:
    QList<RosterEntry> m_roster;
    QList<QStringList> m_words; // each entry's folded words
};

} // namespace lantern
