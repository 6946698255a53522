#pragma once

#include "core/Error.h"
#include "crypto/SecureBytes.h"
#include "records/StaffKeyRepository.h"
#include "users/User.h"

#include <QList>
#include <QString>
#include <optional>

namespace lantern {

class Vault;

struct Enrolment {
    QString keyId;
    QString keyFile;     // FOLDER/staff-key.json
    QString profileFile; // FOLDER/submission-profile.json
    QStringList revokedKeyIds;
    qsizetype rosterSize = 0; // children on the roster sealed into the folder
};

// Giving a member of staff a key to sign their submissions with (the DSL: requireSubmissionManager).
//
// enrol() makes a new Ed25519 key pair for a user who may record concerns, wraps its secret half under the
// staff member's own password (StaffKeyFile) and writes it with the current submission profile into a folder
// to hand over (a USB stick, their home folder). The vault records only the public half. Enrolling again
// revokes the user's previous keys: submissions signed with them are refused from then on.
// Why `actor` may not give `target` a staff key, as the Error enrol() throws (PermissionDenied for an actor
// who is not the DSL, InvalidInput for a disabled user or one who records no concerns), or nothing when it is
// allowed: the interface asks it to grey out what would be refused and say why, as with users/UserRules.h.
std::optional<Error> refuseStaffKey(const User& actor, const User& target);

class StaffEnrolment {
public:
    explicit StaffEnrolment(Vault& vault);

    // Throws Error(NotFound) for an unknown user, Error(InvalidInput) for a disabled user, one whose role may
    // not record concerns, a password under the minimum, or a folder that holds a staff key of another
    // vault or user. Audited "submission.staff.enrol" (and "submission.staff.revoke" for each key replaced);
    // the entries commit only once both files are written.
    Enrolment enrol(const QString& username, const SecureBytes& password, const QString& folder);

    // The key with this id (for the importer: DSL team), or nullopt.
    std::optional<EnrolledKey> find(const QString& keyId);
    // Every key ever enrolled, newest first (DSL).
    QList<EnrolledKey> keys();

private:
    Vault& m_vault;
};

} // namespace lantern
