#pragma once

#include "records/InformationSharing.h"

#include <optional>

namespace lantern {

class Vault;

// What each referral pack disclosed (PackDisclosure, records/InformationSharing.h), kept beside its Referral:
// written once with the referral, in the export's own transaction, and never changed.
class PackDisclosureRepository {
public:
    explicit PackDisclosureRepository(Vault& vault);

    // Stores `disclosure` for its referral (Permission::WritePupilRecords), audited "referral.disclosure".
    // Called inside the caller's transaction (ReferralPackBuilder's VaultTransaction): it nests as a
    // savepoint, so the referral, its disclosure and their audit entries land together or not at all.
    // Refuses (Error InvalidInput) a referral of another pupil, a pack hash other than the referral's, a
    // second disclosure for the same referral, and a redacted item that was not included; Error(NotFound) for
    // a referral that does not exist.
    void record(const PackDisclosure& disclosure);
    // What the pack of `referralId` disclosed; std::nullopt for a referral made otherwise (by phone, online
    // form, …) or before disclosures were kept. Error(NotFound) when there is no such referral. Audited
    // "referral.disclosure.view".
    std::optional<PackDisclosure> forReferral(qint64 referralId);

private:
    Vault& m_vault;
};

} // namespace lantern
