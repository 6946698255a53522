#include "submit/StaffEnrolment.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "submit/StaffKeyFile.h"
#include "submit/SubmissionProfiles.h"
#include "users/Permissions.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QDir>
#include <QFileInfo>

namespace lantern {

namespace {

// A folder to hand over may be reused for the same person, but never silently overwrite someone else's key.
void checkFolderIsFree(const QString& keyPath, const QString& username)
{
    if (!QFileInfo::exists(keyPath))
        return;
    const StaffKeyFile existing = StaffKeyFile::load(keyPath);
    if (existing.username != username)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("%1 already holds %2's staff key; choose an empty folder for %3.")
                        .arg(QDir::toNativeSeparators(keyPath), existing.username, username));
}

} // namespace

std::optional<Error> refuseStaffKey(const User& actor, const User& target)
{
    if (!canManageSubmissions(actor))
        return Error(ErrorKind::PermissionDenied,
                     ModelText::tr("Only a designated safeguarding lead gives staff keys: the folder carries "
                                   "the names of the children on roll out of the vault."));
    if (!target.enabled)
        return Error(ErrorKind::InvalidInput,
                     ModelText::tr("%1's account is disabled; a disabled user cannot be given a staff key.")
                         .arg(target.username));
    if (!hasPermission(target, Permission::SubmitConcern))
        return Error(ErrorKind::InvalidInput,
                     ModelText::tr("%1 is not someone who records concerns, so needs no staff key.")
                         .arg(target.username));
    return std::nullopt;
}

StaffEnrolment::StaffEnrolment(Vault& vault)
    : m_vault(vault)
{}

Enrolment StaffEnrolment::enrol(const QString& username, const SecureBytes& password, const QString& folder)
{
    requireSubmissionManager(m_vault.user());
    const std::optional<User> user = m_vault.findUser(username);
    if (!user)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no user called \"%1\".").arg(username));
    if (const std::optional<Error> refusal = refuseStaffKey(m_vault.user(), *user))
        throw *refusal;
    Vault::checkNewPassword(password);

    // The profile first: it fails without a school name or an inbox, before any key is made.
    SubmissionProfile profile = SubmissionProfiles(m_vault).build();
    if (!QDir().mkpath(folder))
        throw Error(ErrorKind::Io,
                    ModelText::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    Enrolment result;
    result.keyFile = QDir(folder).absoluteFilePath(StaffKeyFile::fileName());
    result.profileFile = QDir(folder).absoluteFilePath(SubmissionProfile::fileName());
    checkFolderIsFree(result.keyFile, username);

    const StaffKeyFile keyFile =
        StaffKeyFile::create(username, user->displayName, m_vault.vaultId(), password);
    // The folder is this one person's: its roster is sealed to their new key alone.
    profile.sealRoster({{keyFile.keyId, keyFile.publicKey}});
    result.rosterSize = profile.roster.size();
    result.keyId = keyFile.keyId;
    const QString actor = m_vault.user().username;

    VaultTransaction transaction(m_vault);
    result.revokedKeyIds = StaffKeyRepository(m_vault).enrol(user->id, keyFile.keyId, keyFile.publicKey);
    for (const QString& keyId : result.revokedKeyIds)
        m_vault.audit().append(actor, QStringLiteral("submission.staff.revoke"), QStringLiteral("staff-key"),
                               keyId, QStringLiteral("%1; replaced by key %2").arg(username, keyFile.keyId));
    m_vault.audit().append(actor, QStringLiteral("submission.staff.enrol"), QStringLiteral("staff-key"),
                           keyFile.keyId,
                           QStringLiteral("%1; profile with %2 pupil(s), fingerprint %3")
                               .arg(username)
                               .arg(profile.roster.size())
                               .arg(profile.fingerprint()));
    // The files are written before the commit: if either fails, the enrolment rolls back with it.
    keyFile.save(result.keyFile);
    profile.save(result.profileFile);
    transaction.commit();
    return result;
}

std::optional<EnrolledKey> StaffEnrolment::find(const QString& keyId)
{
    if (!hasPermission(m_vault.user(), Permission::WritePupilRecords))
        requireSubmissionManager(m_vault.user());
    return StaffKeyRepository(m_vault).find(keyId);
}

QList<EnrolledKey> StaffEnrolment::keys()
{
    requireSubmissionManager(m_vault.user());
    return StaffKeyRepository(m_vault).all();
}

} // namespace lantern
