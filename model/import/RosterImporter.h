#pragma once

#include "import/RosterReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace lantern {

class Vault;

// A full file is the whole roll: pupils on the roll whom it does not name have left. A partial file (new
// arrivals, a class) changes only the pupils it names.
enum class ImportKind { Full, Partial };

// One pupil the import adds, changes or marks as left.
struct ImportChange {
    qint64 line = 0;    // where the pupil is in the file (0 for a leaver: they are not in it)
    qint64 pupilId = 0; // 0 for a pupil not yet on the roll
    QString upn;
    QString name; // legal name
    QStringList
        fields; // changed fields, by column name ("year_group", "contacts"…); empty when added or left
};

// A row or <Pupil> the import will not take, and why, in words naming the field.
struct ImportRejection {
    qint64 line = 0;
    QString upn; // as normalised; empty when the row has none
    QString reason;
};

// What an import would do: the dry run's report, and what apply() checks it is about to do.
struct ImportPlan {
    QString filePath;
    RosterFormat format = RosterFormat::Csv;
    ImportKind kind = ImportKind::Full;
    // False for a partial import, and for a "full" import of a CTF whose header says it is partial: a file
    // that does not claim to be the whole roll must never mark children as gone.
    bool marksLeavers = false;
    QString ctfVersion;

    QList<ImportChange> added;
    QList<ImportChange> changed;
    QList<ImportChange> left;
    qint64 unchanged = 0;
    QList<ImportRejection> rejected; // in line order
    // A problem with the file as a whole (not UTF-8, not well-formed XML, no UPN column): nothing can be
    // imported from it, not even with validOnly.
    std::optional<RosterProblem> fileProblem;
    QStringList notes; // reject nothing: ignored columns, an unfamiliar CTF version…
    bool cancelled = false;

    QByteArray fileHash; // SHA-256 of the bytes read, so apply() knows it is reading the same file
    qint64 fileSize = 0;
    qint64 onRoll =
        0; // pupils on the roll with a UPN when the plan was made: those a full file can mark left

    // A full file that names no pupil (a header-only export) or would mark more than this share of the roll
    // as left (one year group's export) is most likely the wrong file: apply() refuses it unless the person
    // importing confirms the leavers.
    static constexpr qint64 leaverSharePercent = 20;
    bool needsLeaverConfirmation() const
    {
        return !left.isEmpty() && (pupilsInFile() == 0 || left.size() * 100 > onRoll * leaverSharePercent);
    }
    // The file's valid pupils: added, changed or unchanged.
    qint64 pupilsInFile() const { return added.size() + changed.size() + unchanged; }
    // Why confirmation is needed, naming how many would be marked as left ("This full-roll file names no
    // pupils, so it would mark all 212 pupils on the roll as left."); empty when it is not.
    QString leaverWarning() const;

    // Whether apply() would write anything: not cancelled, the file readable, and no rejected rows unless the
    // user chose to import only the valid ones.
    bool canApply(bool validOnly) const
    {
        return !cancelled && !fileProblem && (validOnly || rejected.isEmpty());
    }
};

enum class ImportOutcome {
    Applied,   // committed, with its audit entries
    Refused,   // rejected rows (without validOnly) or a file problem: nothing written
    Cancelled, // cancel() during apply(): nothing written
};

struct ImportResult {
    ImportOutcome outcome = ImportOutcome::Refused;
    qint64 added = 0;
    qint64 changed = 0;
    qint64 left = 0;
    qint64 skipped = 0; // rejected rows left out with validOnly
};

// Bytes of the file read so far, and its size (0 when unknown). Called from the thread running the import.
using ImportProgress = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

// Imports the school roll from a Common Transfer File or a CSV (RosterReader), matching pupils by UPN.
//
//   plan()  is the dry run: it reads the whole file, validates every pupil as the roster would
//   (PupilValidator,
//           the UPN check letter, DfE codes, duplicate UPNs within the file) and reports what would be added,
//           changed and marked as left, and every rejected row with its line. It writes nothing, not even an
//           audit entry.
//   apply() reads the file again, in one transaction with its audit entries: a new pupil is added
//           ("pupil.import-add"), a changed one updated ("pupil.import-update" naming the fields), one absent
//           from a full file marked as left on today's date ("pupil.import-left"; never deleted), and one
//           "import" entry records the file name and counts. PupilRepository writes its own pupil.add /
//           pupil.update / pupil.leave entries with the values, as for any change to the roll. If the file or
//           the roll changed since the plan was made, nothing is written and it says so.
//
// Both need Permission::ManageRoster (DSL, deputy, administrator). Memory: the file is streamed; what is held
// is the plan (a line per pupil) and the set of UPNs seen.
class RosterImporter {
public:
    explicit RosterImporter(Vault& vault);

    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }
    // Stops a running plan() or apply() at the next pupil; apply() then rolls back and returns Cancelled,
    // plan() returns a plan marked cancelled. Safe to call from another thread (or from the progress
    // callback).
    void cancel() { m_cancel = true; }

    // Throws Error: PermissionDenied; NotFound or Io when the file cannot be opened.
    ImportPlan plan(const QString& filePath, ImportKind kind);
    // Refused (writing nothing) unless plan.canApply(validOnly); with validOnly the rejected rows are left
    // out and the rest imported. Throws Error(InvalidInput) when the file or the roll changed since `plan`,
    // and (writing nothing) when plan.needsLeaverConfirmation() and the leavers were not confirmed.
    ImportResult apply(const ImportPlan& plan, bool validOnly = false, bool leaversConfirmed = false);

private:
    ImportPlan run(const QString& filePath, ImportKind kind, const ImportPlan* applying);

    Vault& m_vault;
    ImportProgress m_progress;
    std::atomic<bool> m_cancel{false};
};

} // namespace lantern
