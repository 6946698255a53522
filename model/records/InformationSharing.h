#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lantern {

// A record of information about a child shared with, or received from, another agency outside a referral pack
// (by phone, email, in a meeting), or a decision NOT to share and why (issue #14; Working Together 2026 and
// the DfE advice "Information sharing", which asks that each decision, either way, is recorded with its
// reason). Each goes into the child's chronology and the audit chain; amended, never overwritten.
enum class SharingDirection { Shared, Received, NotShared };
enum class SharingMethod { Phone, Email, Meeting, Letter, SecurePortal, InPerson, Other };

QString sharingDirectionName(SharingDirection direction); // "shared", "received", "not-shared"
std::optional<SharingDirection> sharingDirectionFromName(const QString& name);
QString sharingDirectionLabel(SharingDirection direction); // "Shared with", "Received from", "Decided not to share"
QString sharingMethodName(SharingMethod method);             // "phone", "email", "meeting", "letter", "secure-portal", "in-person", "other"
std::optional<SharingMethod> sharingMethodFromName(const QString& name);
QString sharingMethodLabel(SharingMethod method);
QList<SharingDirection> allSharingDirections(); // in the order above, for choices in forms and messages
QList<SharingMethod> allSharingMethods();

struct SharingDetails {
    SharingDirection direction = SharingDirection::Shared;
    SharingMethod method = SharingMethod::Phone;
    QDateTime occurredAt; // UTC; when it was shared, received or decided
    QString withWhom;     // person and agency: "PC Smith, Northshire Police"
    QString what;         // what was shared or received; for NotShared, what was asked for
    QString why;          // the purpose; for NotShared, the reason for not sharing (required)
    QString lawfulBasis;  // required for Shared; empty otherwise
};

struct SharingVersion : SharingDetails {
    int version = 0;
    QDateTime amendedAt;
    QString amendedBy;
    QString amendReason;
};

struct SharingRecord {
    qint64 id = 0;
    qint64 pupilId = 0;
    SharingVersion current;
    QList<SharingVersion> history; // oldest first
};

// What one referral pack export disclosed, kept in the vault beside the Referral it recorded, so the school can
// answer "what exactly did we send, on what basis" without the exported file. Written by ReferralPackBuilder
// in the same transaction as the Referral; never amended.
struct PackDisclosure {
    qint64 referralId = 0;
    qint64 pupilId = 0;
    QString packId;     // the UUID in referral.json and the PDF
    QString packSha256; // the manifest's SHA-256, as on the Referral
    QDateTime exportedAt; // UTC
    QString exportedBy;   // username
    QDate periodFrom;
    QDate periodTo;
    QStringList sections;      // referralSectionName()s included
    QStringList itemsIncluded; // "concern:12", "decision:4", "voice:7", "chronology:31", in pack order
    QStringList itemsRedacted; // the included items in which other children's names were replaced
    int itemsLeftOut = 0;      // listed for the period but left out by the DSL
    QString recipientTeam;
    QString recipientAuthority;
    QString serviceRequested; // "family-help", "section-17", "section-47", "early-help-advice"
    QString urgency;          // "today", "within-24-hours", "routine"
    QString reason;           // the reason for referral as sent
    QString lawfulBasis;
    QString consent;       // "given", "refused", "not-sought"
    QString consentDetail; // when and by whom given or refused, or why not sought
    QString parentsAware;  // "yes", "no"
    QString parentsAwareDetail;
    bool encrypted = true;
};

} // namespace lantern
