#pragma once

#include "records/Pupil.h"

#include <QDate>
#include <QString>
#include <optional>

namespace lantern {

class Database;
class Vault;

// Decides whether a pupil's details may go on the roll: identifiers with their check characters, DfE codes,
// a plausible date of birth and required names. Every message names the field and what is wrong with it, and
// contains nothing beyond what the person (or the roster file) supplied, so the roster importer can show it
// against a rejected row as it stands.
class PupilValidator {
public:
    // Pupils in a school's care are aged 2 (nursery) to 25 (the end of SEN provision, and how long a child
    // protection file is kept), so a date of birth outside that is almost certainly a typing mistake.
    static constexpr int minimumAge = 2;
    static constexpr int maximumAge = 25;

    // `today` is the school's date (UK), from the vault clock; the database is read to find duplicate UPNs.
    PupilValidator(Database& db, const QDate& today);
    // The same over an unlocked vault's records, for the services above the records layer.
    PupilValidator(Vault& vault, const QDate& today);

    // The form in which a pupil is stored: every text NFC-normalised (TextServices::normalizeForStorage),
    // single-line fields trimmed with inner runs of spaces collapsed, the UPN upper-cased, the NHS number as
    // ten bare digits, and no UPN-unknown reason once a UPN is given.
    static Pupil normalized(Pupil pupil);

    // The date of birth already on the roll for the pupil being updated. It is not checked against the age
    // bounds again: the child grows older while on the roll (a leaver's record is still updated at 26), and
    // only a new or changed date can be a typing mistake.
    void setStoredDateOfBirth(const QDate& date) { m_storedBirth = date; }

    // The first thing wrong with a (normalised) pupil, in words naming the field; std::nullopt when it may be
    // stored. A UPN held by another pupil (one with a different id) is a problem.
    std::optional<QString> problem(const Pupil& pupil) const;
    // Throws Error(InvalidInput) with problem()'s message.
    void validate(const Pupil& pupil) const;

    // The school's date today (Europe/London) at `nowUtc`, which is what "today" means for ages and dates.
    static QDate schoolDate(const QDateTime& nowUtc);

private:
    std::optional<QString> identifierProblem(const Pupil& pupil) const;
    std::optional<QString> dateProblem(const Pupil& pupil) const;
    static std::optional<QString> codeProblem(const Pupil& pupil);

    Database& m_db;
    QDate m_today;
    QDate m_storedBirth;
};

} // namespace lantern
