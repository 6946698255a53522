#pragma once

#include "records/Agency.h"
#include "records/Attachment.h"
#include "records/ChronologyEntry.h"
#include "records/Concern.h"
#include "records/Decision.h"
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

// What a DSL asks for when making a referral pack v1 for a family help team or children's social care
// (docs/REFERRAL-PACK.md; schema resources/schema/referral-pack-v1.schema.json).

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

// Consent to share: either it was sought, or the DSL says why not (it would put the child at risk, delay
// matters, or sharing is required anyway).
struct ConsentDecision {
    bool sought = false;
    QString reasonNotSought; // required when not sought
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
    QString toWhom = defaultRecipient(); // for the Referral recorded on the pupil
    std::optional<qint64> agencyId;

    bool includes(ReferralSection section) const { return sections.contains(section); }
    static QString defaultRecipient()
    {
        return QStringLiteral("Family help / children's social care front door");
    }
};

// A concern as it goes into a pack: the concern with its decisions and the child's part in it.
struct PackConcern {
    Concern concern;
    QList<Decision> decisions;
    ChildRole role = ChildRole::Subject;
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

    QString nameOf(const QString& username) const { return userNames.value(username, username); }
};

} // namespace lantern
