#pragma once

#include "records/PupilDirectory.h"
#include "submit/Submission.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace lantern {

// Finds the pupil a staff member named in a submission. The staff machine only ever had names and year
// groups (the profile's roster), so a child is matched by the name the school uses — preferred names, else
// legal, compared with case, accents, spacing and punctuation folded — and by year group when one was given.
// Leavers are included (PupilDirectory::everyone): a child chosen from the roster may have left since the
// profile was made.
class RosterMatcher {
public:
    explicit RosterMatcher(const QList<DirectoryPupil>& pupils);

    // The ids of every pupil that fits, in the order they joined the roll; the caller accepts exactly one.
    QList<qint64> candidates(const SubmittedChild& child) const;
    // Whether `pupilId` is one of the pupils: a DSL's choice for a held child must name a pupil on the roll.
    bool contains(qint64 pupilId) const { return m_ids.contains(pupilId); }

private:
    struct Pupil {
        qint64 id = 0;
        QString yearKey;
    };
    static QString nameKey(const QString& name);

    QMultiHash<QString, Pupil> m_byName;
    QSet<qint64> m_ids;
};

} // namespace lantern
