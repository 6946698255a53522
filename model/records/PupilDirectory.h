#pragma once

#include "records/PupilRanking.h"
#include "users/Permissions.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

class Vault;

// One child as the recording form names them: nothing but what a member of staff already knows from the
// classroom.
struct DirectoryPupil {
    // What tells two children apart for those who may read pupil records (DESIGN.md §1): never filled for
    // anyone else, nor in the roster carried out to staff.
    struct Details {
        QString legalName; // forename, middle names, surname
        QDate dateOfBirth;
        QString registrationGroup; // the form or class, as on the roll; may be empty
    };

    DirectoryPupil() = default;
    // Id, name and year group as a roll or roster lists them; the rest is for a search to fill.
    DirectoryPupil(qint64 pupilId, QString name, QString year)
        : id(pupilId)
        , displayName(std::move(name))
        , yearGroup(std::move(year))
    {}

    qint64 id = 0;
    QString displayName; // the names the school uses (preferred, else legal)
    QString yearGroup;   // "Year 7", "R", … as on the roll; may be empty

    // Set by a search (PupilDirectory::search, RosterSearch::search), not stored: how the typed words matched
    // (PupilRanking), and how many children in the same answer share this display name — in all, and in
    // this year group — so the finder can mark them ("2 children called Archie Smith in Year 4").
    NameMatch match = NameMatch::Other;
    int sameName = 1;
    int sameNameInYear = 1;
    std::optional<Details> details;
};

struct Pupil;

// A pupil as a finder row shows them to a role that may read pupil records: with Details. For lists built
// from PupilRepository (the referral wizard's choice of child); match and shared names are left to the
// caller.
DirectoryPupil directoryEntryOf(const Pupil& pupil);

// Orders `found` by PupilRanking for `typed` (recording each row's match) and counts shared names; used by
// every search that answers with DirectoryPupil.
void rankDirectoryPupils(QList<DirectoryPupil>& found, const QString& typed,
                         const QList<QStringList>& namesOfEach);

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

    // Children matching every word of `text`, best match first (PupilRanking: a forename or surname typed in
    // full, then one begun, then a middle name or UPN), each kind in roll order (surname, forename); at most
    // `limit`. Roles that may read pupil records also get each child's Details. An empty
    // or blank query returns nothing and writes no audit entry: the directory is for naming a child, not
    // for browsing the roll.
    QList<DirectoryPupil> search(const QString& text, int limit = 30);

    // --- By UPN: the one lookup of a pupil by UPN (the command line's --pupil, concern recording, the roster
    // importer's updates). The UPN is normalised as the roll stores it (normalizeUpn: trimmed, upper case); a
    // blank one matches no one.
    //
    // `needed` is the permission of what the caller is about to do with the pupil, checked before looking so
    // that a refused user learns nothing, not even whether the UPN is on the roll (PermissionDenied). Nothing
    // is audited: the answer is no more than the caller typed, and what they go on to do records itself.

    // The id of the pupil with this UPN, reading nothing else; std::nullopt when no pupil has it.
    std::optional<qint64> idByUpn(const QString& upn, Permission needed = Permission::RecordConcern);
    // The pupil with this UPN as the directory shows them (id, the names the school uses, year group), for a
    // heading over what the caller prints. Unaudited like idByUpn, so also only for roles that read pupil
    // records (Permission::ReadPupilRecords, checked after `needed`).
    std::optional<DirectoryPupil> findByUpn(const QString& upn,
                                            Permission needed = Permission::ReadPupilRecords);

    // --- For staff submissions: the whole roll by name and year group, unaudited (the callers audit what
    // they do with it).

    // The children on roll today, in roll order: the roster a submission profile carries out to staff
    // (Permission::Export; the profile's export is audited with the number of children).
    QList<DirectoryPupil> onRollToday();
    // Every pupil, leavers too (a child chosen from a profile's roster may have left since): what the inbox
    // importer matches a submitted child against (Permission::WritePupilRecords; nothing is shown).
    QList<DirectoryPupil> everyone();

private:
    QList<DirectoryPupil> wholeRoll(bool includeLeavers);

    Vault& m_vault;
};

} // namespace lantern
