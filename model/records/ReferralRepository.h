#pragma once

#include "records/Referral.h"

#include <QList>

namespace lantern {

class Vault;

// What a referral shown in the overview across children is waiting for (ReferralRepository::awaiting).
enum class ReferralWait {
    FollowUp,        // its follow-up date has come and nothing was recorded about it since
    Acknowledgement, // the receiving team has not acknowledged it
    Outcome,         // acknowledged, but no outcome yet
};

struct AwaitingReferral {
    Referral referral; // as it stands now
    QString pupilName; // the name the school uses
    ReferralWait waitingFor = ReferralWait::Acknowledgement;
    int ageDays = 0;      // whole UK days since it was made
    bool overdue = false; // a follow-up whose date has passed (due today is not yet overdue)
};

class ReferralRepository {
public:
    explicit ReferralRepository(Vault& vault);

    // Validates (recipient named, not in the future, acknowledgement not before the referral, follow-up date
    // after the referral date), stores it and places a significant chronology entry.
    qint64 add(const Referral& referral);
    // Appends a later fact about the referral. `value` for AcknowledgedAt is a UTC ISO time or a UK local
    // "yyyy-MM-dd HH:mm"; for FollowUpOn a date "yyyy-MM-dd" after the referral date.
    void recordUpdate(qint64 referralId, ReferralField field, const QString& value);
    // The referral with its updates applied, and their history; audited "referral.view".
    ReferralState current(qint64 referralId);
    // The pupil's referrals as they stand now, most recent first; audited "referral.view".
    QList<Referral> referrals(qint64 pupilId);
    // Referrals made more than `olderThanDays` days ago that no one has yet acknowledged, oldest first (for
    // the deadlines screen); audited "referral.view".
    QList<Referral> unacknowledged(int olderThanDays);
    // Every child's referrals still waiting for something, each once: follow-ups due (today or earlier, the
    // longest overdue first), then those awaiting acknowledgement, then those awaiting an outcome (oldest
    // first in each). A referral with an outcome and no follow-up due is not listed. Audited "referral.view"
    // with the number listed (the overview across children).
    QList<AwaitingReferral> awaiting();

private:
    Vault& m_vault;
};

} // namespace lantern
