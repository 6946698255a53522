#pragma once

#include "adults/Adult.h"
#include "records/VersionedRecord.h"

#include <QLatin1String>
#include <QString>

namespace lantern {

class Vault;

// A low-level concern about an adult, as handed to AdultConcernRepository::record.
// The identifiers of a low-level concern's fields, carried by the errors about them (Error::field()).
namespace AdultConcernField {
inline constexpr QLatin1String occurred{"adultConcern.occurred"};
inline constexpr QLatin1String account{"adultConcern.account"};
inline constexpr QLatin1String reportedBy{"adultConcern.reportedBy"};
inline constexpr QLatin1String amendReason = AmendmentField::reason; // records/VersionedRecord.h
inline constexpr QLatin1String reviewedOn{"adultConcern.reviewedOn"};
inline constexpr QLatin1String reviewNotes{"adultConcern.reviewNotes"};
} // namespace AdultConcernField

struct ReportedAdultConcern {
    AdultSubject adult; // who it is about (by id for a keeper of the register; else by name and role)
    AdultConcernContent content; // what happened, the response, who reported it
    // The Lantern user who reported it. Empty: the signed-in user, unless a keeper of the register names in
    // content.reporterName someone without a Lantern account. Anyone but a keeper or the chair may give only
    // their own username.
    QString reporterUsername;
    // "direct" (typed into Lantern) or "submission" (imported from a staff member's sealed submission).
    QString source = QStringLiteral("direct");
};

// Low-level concerns about adults: recording (any adult in school), amending and reviewing (the keepers of
// the register, AdultsAccess.h). Each operation checks permissions first and writes its rows and its audit
// entry in one transaction.
class AdultConcernRepository {
public:
    explicit AdultConcernRepository(Vault& vault);

    // Records a new low-level concern and returns its id, which is a receipt: the person recording needs no
    // access to the register and gets none (a staff member, or a DSL importing a concern about the
    // headteacher, cannot read it back).
    //
    // For the staff-submission importer: call as the importing user (the DSL whose Lantern opened the inbox)
    // with reporterUsername = the submitting staff member's username and source = "submission". Name the
    // adult by name and role (AdultSubject::name, ::role), or set AdultSubject::isHeadteacher. The adult is
    // matched to an existing entry with the same name (case and accents folded) and role in school; with no
    // match, or more than one, a new entry is made. A concern about the headteacher goes to the headteacher's
    // entry, made if there is none, and is from then on visible only to the chair of governors.
    //
    // Needs Permission::RecordAdultConcern. Throws Error(InvalidInput) naming the field (no account, no
    // adult's name, a date in the future), Error(NotFound) for an adult id the user cannot see,
    // Error(PermissionDenied) for a staff member giving someone else's username. Audited "adult.concern.add".
    qint64 record(const ReportedAdultConcern& concern);

    // Adds a version carrying `changes` (unchanged fields carried over) with `reason` (required); the
    // original stays readable. Keepers of the adult's entry only. Returns the new version number. Audited
    // "adult.concern.amend".
    int amend(qint64 concernId, const AdultConcernChanges& changes, const QString& reason);

    // Appends a review by the signed-in user (headteacher or DSL; the chair for the headteacher) on
    // `reviewedOn` (not in the future). Audited "adult.concern.review".
    qint64 review(qint64 concernId, const QDate& reviewedOn, const QString& notes);

private:
    Vault& m_vault;
};

} // namespace lantern
