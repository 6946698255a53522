#pragma once

#include "submit/SubmissionProfile.h"

#include <QString>

namespace lantern {

class Vault;

// The vault's side of the submission profile: where the inbox is, and the profile that staff copies of
// Lantern are given. Setting the inbox and building the profile are for the DSL (requireSubmissionManager);
// reading where the inbox is, for anyone who imports it (Permission::WritePupilRecords).
class SubmissionProfiles {
public:
    explicit SubmissionProfiles(Vault& vault);

    // The inbox folder remembered in the vault; empty when none was set.
    QString inbox();
    // Remembers `folder` (made absolute; it must exist) as the inbox. Audited "submission.inbox.set".
    void setInbox(const QString& folder);

    // The profile as it stands now: the school's name, the vault's public key (made if there is none), the
    // inbox and the children on roll today by the names the school uses, with their year groups, sealed to
    // every staff key in use (enrolled, not revoked, its user enabled): only those staff read the names.
    // Throws Error(InvalidInput) if the school has no name yet or no inbox is set.
    SubmissionProfile build();
    // build(), written atomically to `path`; audited "submission.profile.export" with the number of children
    // listed. The audit entry commits only once the file is written.
    SubmissionProfile exportTo(const QString& path);

    // The staff keys in use, oldest first.
    QList<RosterRecipient> currentStaffKeys();

private:
    QList<RosterEntry> rosterOnRoll();

    Vault& m_vault;
};

} // namespace lantern
