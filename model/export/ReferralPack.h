#pragma once

#include "records/Agency.h"
#include "records/Attachment.h"
#include "records/ChronologyEntry.h"
#include "records/Concern.h"
#include "records/Decision.h"
#include "records/Household.h"
#include "records/Meeting.h"
#include "records/Plan.h"
#include "records/Pupil.h"
#include "records/PupilRepository.h"
#include "records/Referral.h"
#include "records/SchoolRepository.h"
#include "records/VoiceEntry.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lantern {

// What a DSL asks for when making a referral pack v2 for a family help team or children's social care
// (docs/REFERRAL-PACK.md; schema resources/schema/referral-pack-v2.schema.json).

// The parts of a pack the DSL may leave out. The child, the referring school, the referral itself, the basis
// for sharing and the preflight record are always in a pack: a receiving team cannot act without them.
enum class ReferralSection {
    Family,           // contacts with parental responsibility, who the child lives with, siblings
    Concerns,         // concerns that happened in the period, with categories and factor codes
    Chronology,       // the chronology entries of the period
    Voice,            // the child's voice captured in the period
    ActionsTaken,     // what the school has already done: decisions, earlier referrals, meetings
    AgenciesAndPlans, // agencies involved, plans
    Attendance,       // only when figures are given
    Attachments,      // files kept with the pupil or with the period's concerns
};

QString referralSectionName(ReferralSection section); // "agencies-and-plans", as typed and in the JSON
std::optional<ReferralSection> referralSectionFromName(const QString& name);
QList<ReferralSection> allReferralSections();

// Consent to share. Family help is consensual, so a receiving team asks first whether the family agreed:
// given (when and by whom), refused (by whom, and what they said), or not sought and why not (it would put
// the child at risk, or delay matters for a child at risk of significant harm).
enum class ConsentOutcome { Given, Refused, NotSought };

QString consentOutcomeName(ConsentOutcome outcome);  // "given", "refused", "not-sought"
QString consentOutcomeLabel(ConsentOutcome outcome); // "Given", "Refused", "Not sought"
std::optional<ConsentOutcome> consentOutcomeFromName(const QString& name);

struct ConsentDecision {
    ConsentOutcome outcome = ConsentOutcome::NotSought;
    std::optional<QDate> when; // when given or refused
    QString byWhom;            // who gave or refused it (a parent, the child)
    QString reason;            // why not sought (required then); what was said when refused
};

// Whether the parents or carers know about the referral, and if not why not.
struct ParentsAwareDecision {
    bool aware = false;
    QString reasonNot; // required when not aware
};

// Why the school may share: the Article 6 basis, the special category condition and the two decisions a
// receiving team asks about first. An empty or absent field is a preflight finding, never silently filled.
struct SharingBasis {
    QString lawfulBasis; // e.g. "UK GDPR Article 6(1)(e): public task (safeguarding duty, Education Act 2002
                         // s175/157)"
    QString specialCategoryCondition = defaultSpecialCategoryCondition();
    std::optional<ConsentDecision> consent;
    std::optional<ParentsAwareDecision> parentsAware;

    static QString defaultSpecialCategoryCondition()
    {
        return QStringLiteral(
            "DPA 2018 Schedule 1 paragraph 18: safeguarding of children and of individuals at "
            "risk");
    }
};

// The referrer's own words, in the shape family help and social care teams use (the "three questions").
struct ReferralNarrative {
    QString reason;         // reason for referral
    QString worried;        // what we are worried about
    QString workingWell;    // what is working well
    QString needsToHappen;  // what needs to happen
    QString actionsSummary; // what the school has already done, in words (decisions etc. are added from the
                            // record)
};

// Attendance for the period, when the DSL has it from the MIS (Lantern does not keep registers). Percentages
// as the draft Safeguarding Standard's Measurement types "Attendance", "Authorised Absences", "Unauthorised
// Absences".
struct AttendanceFigures {
    double attendancePercent = 0;
    std::optional<double> authorisedAbsencePercent;
    std::optional<double> unauthorisedAbsencePercent;
    QString source; // e.g. "School MIS, autumn term"
};

// A preflight finding the DSL chose to proceed past, with the reason they gave. Goes into the pack
// (preflight.overrides) and the audit chain.
struct PreflightOverride {
    QString code;
    QString reason;
};

// What the pack asks the receiving team for, and how soon: the first thing a front door reads.
enum class ServiceRequested { FamilyHelp, Section17Assessment, Section47Enquiry, EarlyHelpAdvice };
enum class RequestUrgency { Today, Within24Hours, Routine };

QString serviceRequestedName(ServiceRequested service); // "family-help", "section-17", "section-47", …
QString serviceRequestedLabel(ServiceRequested service);
std::optional<ServiceRequested> serviceRequestedFromName(const QString& name);
QList<ServiceRequested> allServicesRequested();
QString requestUrgencyName(RequestUrgency urgency); // "today", "within-24-hours", "routine"
QString requestUrgencyLabel(RequestUrgency urgency);
std::optional<RequestUrgency> requestUrgencyFromName(const QString& name);
QList<RequestUrgency> allRequestUrgencies();
// The words for a stored name, as a sharing record keeps it ("section-47" -> "Child protection enquiry
// (section 47)"); the name itself when unknown, empty when empty.
QString serviceRequestedLabel(const QString& name);
QString requestUrgencyLabel(const QString& name);
QString consentOutcomeLabel(const QString& name);

struct FamilyHelpRequest {
    ServiceRequested service = ServiceRequested::FamilyHelp;
    RequestUrgency urgency = RequestUrgency::Routine;
    std::optional<bool>
        safeToGoHome;           // "Is the child safe to go home today?" Unanswered is a preflight finding
    QString safeToGoHomeDetail; // why not, or what was arranged
};

// Who the pack goes to: the team, and the local authority it belongs to (the child may live in another
// authority than the school's).
struct Recipient {
    QString team = defaultTeam();
    QString localAuthority;

    QString inWords() const; // "Front door, Northshire County Council" (as recorded on the Referral)
    static QString defaultTeam() { return QStringLiteral("Family help / children's social care front door"); }
};

// One item of the period a DSL includes in a pack or leaves out (PackMinimiser).
enum class PackItemKind { Concern, Decision, Voice, Chronology };

QString packItemKindName(PackItemKind kind); // "concern", "decision", "voice", "chronology"
std::optional<PackItemKind> packItemKindFromName(const QString& name);

struct PackItemRef {
    PackItemKind kind = PackItemKind::Concern;
    qint64 id = 0;

    QString key() const; // "concern:12", as typed on the command line and kept in the sharing record
    // Throws Error(InvalidInput) naming the text for anything but KIND:ID.
    static PackItemRef parse(const QString& key);
    friend bool operator==(const PackItemRef&, const PackItemRef&) = default;
};

struct ReferralPackRequest {
    qint64 pupilId = 0;
    QDate from; // the period the pack covers; both required
    QDate to;
    QList<ReferralSection> sections = allReferralSections();
    ReferralNarrative narrative;
    SharingBasis basis;
    std::optional<AttendanceFigures> attendance;
    // Attachments to include (ids); empty with the Attachments section chosen: every attachment of the pupil
    // and of the period's concerns.
    QList<qint64> attachmentIds;
    QList<PreflightOverride> overrides;
    Recipient recipient; // also recorded on the Referral (toWhom = recipient.inWords())
    std::optional<qint64> agencyId;
    std::optional<FamilyHelpRequest> ask;
    QString parentsViews; // what the parents or carers think about the worries and the referral
    // The DSL's choices over the default (PackMinimiser::includedByDefault): items to include that would be
    // left out, and items to leave out that would be included.
    QList<PackItemRef> include;
    QList<PackItemRef> leaveOut;

    bool includes(ReferralSection section) const { return sections.contains(section); }
};

// A concern as it goes into a pack: the concern with its decisions and the child's part in it.
struct PackConcern {
    Concern concern;
    QList<Decision> decisions; // only when this child is the subject: another child's decisions are theirs
    ChildRole role = ChildRole::Subject;
};

// One item of the period as listed for the DSL to choose (the wizard's "What to include" page, `pack export
// --list-items`).
struct PackItem {
    PackItemRef ref;
    PartialDate when;
    QString description; // one line for the DSL, from their own record (not redacted: they may read it)
    std::optional<ChildRole> role;   // this child's part, for a concern and what follows from one
    bool namesOtherChildren = false; // included, their names are replaced by their role
    bool includedByDefault = false;
    bool included = false;  // after the DSL's choices
    bool mayInclude = true; // false for another child's decision: never in this child's pack
};

// What the DSL left out and what was redacted, said in the pack so the receiving team knows it is not the
// whole record.
struct PackMinimisation {
    int listed = 0;
    int included = 0;
    int leftOutConcerns = 0;
    int leftOutDecisions = 0;
    int leftOutVoice = 0;
    int leftOutChronology = 0;
    QStringList includedKeys; // PackItemRef::key() of every included item, in pack order
    QStringList redactedKeys; // the included items in which other children's names were replaced

    int leftOut() const { return leftOutConcerns + leftOutDecisions + leftOutVoice + leftOutChronology; }
    bool isRedacted(PackItemKind kind, qint64 id) const
    {
        return redactedKeys.contains(PackItemRef{kind, id}.key());
    }
    // "3 of 11 items in the period were left out by the school. Other children's names were replaced by
    // their role in 2 items." For the JSON and the PDF.
    QString statement() const;
};

struct PackInvolvement {
    Involvement involvement;
    AgencyKind kind = AgencyKind::Other;
};

struct PackAttachment {
    Attachment metadata;
    QByteArray bytes;
    QString packPath; // attachments/001.pdf: neutral, because ZIP names are readable without the passphrase
};

// Everything read from the vault for one pack. Reading it is a view of the child's record and is audited by
// the repositories as such.
struct ReferralPackContent {
    ReferralPackRequest request;
    QDateTime producedAt; // UTC
    QString producedByUsername;
    QString producedByName;
    QString producedByRole;
    std::optional<SchoolDetails> school;
    QList<SafeguardingContact> safeguardingContacts;
    Pupil pupil;
    QList<Contact> contacts;
    QList<LinkedPupil> siblings;
    QList<HouseholdMember> household;    // recorded on the Family tab
    QList<PackConcern> concerns;         // in the period, oldest first
    QList<ChronologyEntry> chronology;   // in the period, event order, current entries only
    QList<VoiceEntry> voice;             // captured in the period, oldest first
    QList<PackInvolvement> involvements; // every involvement, open or ended
    QList<Plan> plans;                   // every plan
    QList<Meeting> meetings;             // in the period
    QList<Referral> previousReferrals;   // every earlier referral
    QList<PackAttachment> attachments;
    QHash<QString, QString> userNames;  // username -> display name, for "recorded by"
    QHash<qint64, QString> agencyNames; // agency id -> name (plans' lead agencies)
    PackMinimisation minimisation;      // concerns, decisions, voice and chronology above are what it kept

    QString nameOf(const QString& username) const { return userNames.value(username, username); }
};

} // namespace lantern
