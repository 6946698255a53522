#pragma once

#include <QList>
#include <QString>

namespace lantern {

class Vault;

// One child as the recording form names them: nothing but what a member of staff already knows from the
// classroom.
struct DirectoryPupil {
    qint64 id = 0;
    QString displayName; // the names the school uses (preferred, else legal)
    QString yearGroup;   // "Year 7", "R", … as on the roll; may be empty
};

// Finding a child to name in a concern, for every role that may record one (Permission::RecordConcern).
//
// Staff record concerns but must never read pupil records (DESIGN.md §1), so PupilRepository::search is
// closed to them. This is the narrow door they need instead: a search that returns only id, display name and
// year group — no legal name that differs from the one used, no date of birth, no UPN, no flags. Each search
// is audited as "pupil.directory.view" with the number of children shown, so a DSL can see who looked for
// whom.
//
// Matching uses the same folded search key as PupilRepository::search (names and UPN, accent- and
// case-insensitive, every typed word must begin a word of the key), so typing a UPN still finds the child
// without showing it. Leavers are offered only to roles that can read pupil records; for everyone else the
// directory is the children on roll today.
class PupilDirectory {
public:
    explicit PupilDirectory(Vault& vault);

    // Children matching every word of `text`, in roll order (surname, forename), at most `limit`. An empty
    // or blank query returns nothing and writes no audit entry: the directory is for naming a child, not
    // for browsing the roll.
    QList<DirectoryPupil> search(const QString& text, int limit = 30);

private:
    Vault& m_vault;
};

} // namespace lantern
