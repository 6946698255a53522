#include "submit/SubmissionProfiles.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/PupilDirectory.h"
#include "records/SchoolRepository.h"
#include "records/StaffKeyRepository.h"
#include "records/SubmissionInboxSetting.h"
#include "submit/SubmissionKeys.h"
#include "users/Permissions.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QDir>
#include <QFileInfo>

namespace lantern {

SubmissionProfiles::SubmissionProfiles(Vault& vault)
    : m_vault(vault)
{}

QString SubmissionProfiles::inbox()
{
    if (!hasPermission(m_vault.user(), Permission::WritePupilRecords))
        requireSubmissionManager(m_vault.user());
    return SubmissionInboxSetting(m_vault).folder();
}

void SubmissionProfiles::setInbox(const QString& folder)
{
    requireSubmissionManager(m_vault.user());
    const QFileInfo info(folder.trimmed());
    if (folder.trimmed().isEmpty() || !info.isDir())
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Inbox: \"%1\" is not a folder. Make the shared folder first, then name it.")
                .arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    VaultTransaction transaction(m_vault);
    SubmissionInboxSetting(m_vault).setFolder(path);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("submission.inbox.set"),
                           QStringLiteral("vault"), m_vault.vaultId(), path);
    transaction.commit();
}

QList<RosterEntry> SubmissionProfiles::rosterOnRoll()
{
    // The profile carries the name the school uses and the year group; a pupil's id stays in the vault.
    QList<RosterEntry> roster;
    for (const DirectoryPupil& pupil : PupilDirectory(m_vault).onRollToday())
        roster.append({pupil.displayName, pupil.yearGroup});
    return roster;
}

QList<RosterRecipient> SubmissionProfiles::currentStaffKeys()
{
    QList<RosterRecipient> keys;
    for (const EnrolledKey& key : StaffKeyRepository(m_vault).inUse())
        keys.append({key.keyId, key.publicKey});
    return keys;
}

SubmissionProfile SubmissionProfiles::build()
{
    requireSubmissionManager(m_vault.user());
    const std::optional<SchoolDetails> school = SchoolRepository(m_vault).details();
    if (!school || school->name.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The school has no name yet; set it first (lantern-cli school set "
                                  "--name …), so staff can see which school they are sending to."));
    SubmissionProfile profile;
    profile.inbox = inbox();
    if (profile.inbox.isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Inbox: no inbox folder is set; name the shared folder staff "
                                  "submissions go into (--inbox FOLDER)."));
    profile.schoolName = school->name;
    profile.vaultId = m_vault.vaultId();
    profile.publicKey = SubmissionKeys::ensure(m_vault);
    profile.createdAt = m_vault.clock().nowUtc();
    profile.roster = rosterOnRoll();
    profile.sealRoster(currentStaffKeys());
    return profile;
}

SubmissionProfile SubmissionProfiles::exportTo(const QString& path)
{
    SubmissionProfile profile = build();
    VaultTransaction transaction(m_vault);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("submission.profile.export"),
                           QStringLiteral("vault"), m_vault.vaultId(),
                           QStringLiteral("%1 pupil(s) on the roster, sealed to %2 staff key(s); "
                                          "fingerprint %3")
                               .arg(profile.roster.size())
                               .arg(profile.sealedRoster->recipients.size())
                               .arg(profile.fingerprint()));
    profile.save(path);
    transaction.commit();
    return profile;
}

} // namespace lantern
