#pragma once

#include "records/Referral.h"

#include <QList>

namespace lantern {

class Vault;

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

private:
    Vault& m_vault;
};

} // namespace lantern
