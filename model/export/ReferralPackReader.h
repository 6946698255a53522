#pragma once

#include "export/ReferralPack.h"

namespace lantern {

class Vault;

// Reads, through the records repositories, everything a referral pack holds for one child and one period.
// Each repository checks the user's permission and audits its view (pupil.view, concern.view,
// chronology.view, voice.view…): assembling a pack shows the record to the person exporting it.
class ReferralPackReader {
public:
    explicit ReferralPackReader(Vault& vault);

    // Throws Error(InvalidInput) for a period that is missing or back to front or an attachment that is not
    // the child's, Error(NotFound) for an unknown pupil, Error(PermissionDenied) without Permission::Export.
    // The content is minimised (PackMinimiser): only the items the DSL includes, other children's names
    // replaced.
    ReferralPackContent read(const ReferralPackRequest& request);

    // Every concern, decision, voice entry and chronology entry of the period, for the DSL to choose from,
    // with the request's choices applied. Audited as read() is.
    QList<PackItem> items(const ReferralPackRequest& request);

private:
    ReferralPackContent readWhole(const ReferralPackRequest& request);
    void readAttachments(ReferralPackContent& content);

    Vault& m_vault;
};

} // namespace lantern
