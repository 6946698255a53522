#pragma once

#include "calendar/PartialDate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

// The adults register (Keeping Children Safe in Education, Part 4 Section 2): adults who work in or for the
// school and the low-level concerns about them. A separate register with its own access rules
// (adults/AdultsAccess.h): the headteacher and the DSL team keep it; concerns about the headteacher are kept
// by the chair of governors alone. Content is amended by new versions, never overwritten, and removed only by
// the retention action, which leaves a tombstone in the audit chain.

// What the adult does in school.
enum class AdultRole { Staff, Supply, Volunteer, Contractor };

QString adultRoleName(AdultRole role); // "staff", "supply", "volunteer", "contractor" as stored and typed
std::optional<AdultRole> adultRoleFromName(const QString& name);

// Who the adult is. The versioned part (name, role, leaving date) is amended with a reason; whether the adult
// is the headteacher and which Lantern user they are are fixed when the entry is made, because they decide
// who may see it.
struct AdultDetails {
    QString name;
    AdultRole role = AdultRole::Staff;
    std::optional<QDate> leftOn; // the day they left employment or stopped working with the school
};

struct AdultDetailsVersion {
    int version = 0;
    AdultDetails details;
    QDateTime amendedAt;
    QString amendedBy;
    QString amendReason; // empty for version 1
};

// The adult a concern is about, as the person recording names them. A keeper of the register names an entry
// by id; anyone else (staff, the submission importer) names the adult by name and role, or says the concern
// is about the headteacher.
struct AdultSubject {
    std::optional<qint64> adultId;
    QString name;
    AdultRole role = AdultRole::Staff;
    bool isHeadteacher = false;
};

// What happened and what was done, as one version of a low-level concern.
struct AdultConcernContent {
    PartialDate occurred;          // when it happened, to the precision known
    QString account;               // what happened, as facts (required)
    QString response;              // the response or action taken so far
    QString reporterName;          // who reported it; filled from the reporting user's name when empty
    bool selfReport = false;       // the adult reported their own behaviour
    bool reporterWithheld = false; // the reporter's name is not to be shared with the adult
};

// What an amendment changes; fields left empty are carried over from the current version.
struct AdultConcernChanges {
    std::optional<PartialDate> occurred;
    std::optional<QString> account;
    std::optional<QString> response;
    std::optional<QString> reporterName;
    std::optional<bool> selfReport;
    std::optional<bool> reporterWithheld;

    bool isEmpty() const
    {
        return !occurred && !account && !response && !reporterName && !selfReport && !reporterWithheld;
    }
};

struct AdultConcernVersion {
    int version = 0;
    AdultConcernContent content;
    QDateTime amendedAt;
    QString amendedBy;
    QString amendReason; // empty for version 1
};

// A review of a concern by the headteacher or a DSL (or, for the headteacher, the chair). Reviews are
// appended; a later review does not replace an earlier one.
struct AdultConcernReview {
    qint64 id = 0;
    QString reviewer; // username of the person who reviewed
    QDate reviewedOn;
    QString notes;
    QDateTime recordedAt;
};

struct AdultConcern {
    qint64 id = 0;
    qint64 adultId = 0;
    QDateTime recordedAt;
    QString recordedBy;       // who entered it (the importer's user for a staff submission)
    QString reporterUsername; // the Lantern user who reported it, when one did
    QString source;           // "direct" or "submission"
    AdultConcernVersion current;
    QList<AdultConcernVersion> history; // oldest first; history.last() == current
    QList<AdultConcernReview> reviews;
    std::optional<qint64> consultationId; // the LADO consultation that considered it, if any
};

// What the local authority designated officer (LADO) advised the concerns amount to.
enum class LadoOutcome {
    BelowThreshold, // low-level: handled in school under the low-level concerns policy
    Disciplinary,   // below the harm threshold, but a matter for the school's disciplinary procedures
    Allegation,     // meets the harm threshold: managed as an allegation (KCSIE Part 4 Section 1)
    Police,         // referred to the police
};

QString ladoOutcomeName(LadoOutcome outcome); // "below-threshold", "disciplinary", "allegation", "police"
std::optional<LadoOutcome> ladoOutcomeFromName(const QString& name);
QString ladoOutcomeLabel(LadoOutcome outcome); // for people

struct NewLadoConsultation {
    QDate consultedOn;
    QString ladoName;
    QString advice;
    LadoOutcome outcome = LadoOutcome::BelowThreshold;
    QList<qint64> concernIds; // the concerns considered; empty: every concern not yet considered
};

struct LadoConsultation {
    qint64 id = 0;
    qint64 adultId = 0;
    QDate consultedOn;
    QString ladoName;
    QString advice;
    LadoOutcome outcome = LadoOutcome::BelowThreshold;
    QList<qint64> concernIds;
    QDateTime recordedAt;
    QString recordedBy;
};

// One line of the register.
struct AdultSummary {
    qint64 id = 0;
    AdultDetails details;
    bool isHeadteacher = false;
    QString linkedUsername;
    int concernCount = 0;
    int unreviewedCount = 0;
    // The pattern prompt: enough concerns not yet considered with the LADO fall within the configured period
    // to ask whether the harm threshold is met (adults/PatternPrompt.h).
    bool patternPrompt = false;
    QList<qint64> promptConcernIds;
};

// An adult with everything recorded about them.
struct Adult {
    AdultSummary summary;
    QList<AdultDetailsVersion> history; // oldest first
    QDateTime addedAt;
    QString addedBy;
    QList<AdultConcern> concerns; // by when they happened, oldest first
    QList<LadoConsultation> consultations;
};

// The register's settings, kept in the vault.
struct AdultsRegisterSettings {
    // Default 2 concerns within 365 days. KCSIE asks schools to spot patterns of low-level concerns; the
    // smallest pattern is a repeat, and the prompt only asks the reviewer to consider the threshold (a
    // recorded consultation clears it), so an early prompt costs a moment while a missed pattern can cost a
    // child.
    int patternThreshold = 2;
    int patternPeriodDays = 365;
    // Months after the adult leaves before their low-level concerns are due for deletion. KCSIE: kept at
    // least until the individual leaves employment; the school's own retention schedule may set longer.
    // Default 0: listed as due once they have left, deleted only by an explicit retention action.
    int retentionMonthsAfterLeaving = 0;
};

// An adult whose records are past the retention period.
struct RetentionDue {
    qint64 adultId = 0;
    QString name;
    QDate leftOn;
    QDate dueOn;
    int concernCount = 0;
};

} // namespace lantern
