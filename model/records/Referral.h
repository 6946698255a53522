#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

enum class ReferralMethod { Phone, OnlineForm, Email, InPerson, Pack };

QString referralMethodName(ReferralMethod method);  // "online-form", as stored and typed on the CLI
QString referralMethodLabel(ReferralMethod method); // "Online form"
std::optional<ReferralMethod> referralMethodFromName(const QString& name);
QList<ReferralMethod> allReferralMethods();

// The parts of a referral that arrive after it is made. Each change is appended to referral_updates, never
// written over the original, so the history of what the receiving team said and when stays readable.
enum class ReferralField { ReceivingReference, AcknowledgedAt, Outcome, FollowUpOn };

QString referralFieldName(ReferralField field); // "acknowledged_at", the stored column name
// Accepts the stored names and the CLI spellings ("reference", "acknowledged", "outcome", "follow-up").
std::optional<ReferralField> referralFieldFromName(const QString& name);

// A referral to another agency (DESIGN.md §2, "Referral").
struct Referral {
    qint64 id = 0;
    qint64 pupilId = 0;
    std::optional<qint64> concernId;
    std::optional<qint64> agencyId;
    QString toWhom;       // the team or person referred to
    QDateTime referredAt; // UTC
    ReferralMethod method = ReferralMethod::Phone;
    QString receivingReference;
    std::optional<QDateTime> acknowledgedAt; // UTC
    QString outcome;
    std::optional<QDate> followUpOn;
    QString packSha256;
    QString recordedAt; // UTC ISO
    QString recordedBy;
};

struct ReferralUpdate {
    qint64 id = 0;
    qint64 referralId = 0;
    ReferralField field = ReferralField::Outcome;
    QString value; // as stored: UTC ISO for acknowledged_at, yyyy-MM-dd for follow_up_on
    QString changedAt;
    QString changedBy;
};

// A referral as it stands now (the original with every later update applied, latest last) and how it got
// there.
struct ReferralState {
    Referral original;
    Referral current;
    QList<ReferralUpdate> history; // oldest first
};

} // namespace lantern
