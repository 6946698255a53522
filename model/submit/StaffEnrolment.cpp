#include "submit/StaffEnrolment.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "submit/StaffKeyFile.h"
#include "submit/SubmissionKeys.h"
#include "submit/SubmissionProfiles.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>

namespace lantern {

namespace {

const char* const selectKeys =
    "SELECT k.key_id, u.username, u.enabled, k.public_key, k.enrolled_at, k.enrolled_by, r.revoked_at, "
    "COALESCE(r.reason, '') FROM staff_keys k JOIN users u ON u.id = k.user_id "
    "LEFT JOIN staff_key_revocations r ON r.key_id = k.key_id ";

EnrolledKey readKey(const Statement& row)
{
    EnrolledKey key;
    key.keyId = row.text(0);
    key.username = row.text(1);
    key.userEnabled = row.integer(2) != 0;
    key.publicKey = row.blob(3);
    key.enrolledAt = fromIsoUtc(row.text(4));
    key.enrolledBy = row.text(5);
    if (const std::optional<QString> revoked = row.optionalText(6))
        key.revokedAt = fromIsoUtc(*revoked);
    key.revokedReason = row.text(7);
    return key;
}

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
    const QString now = isoUtc(m_vault.clock().nowUtc());

    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement previous(db, "SELECT k.key_id FROM staff_keys k WHERE k.user_id = :user AND NOT EXISTS "
                           "(SELECT 1 FROM staff_key_revocations r WHERE r.key_id = k.key_id);");
    previous.bind(":user", user->id);
    while (previous.step())
        result.revokedKeyIds.append(previous.text(0));
    Statement revoke(db, "INSERT INTO staff_key_revocations (key_id, revoked_at, revoked_by, reason) "
                         "VALUES (:key, :at, :by, :reason);");
    for (const QString& keyId : result.revokedKeyIds) {
        revoke.reset();
        revoke.bind(":key", keyId)
            .bind(":at", now)
            .bind(":by", actor)
            .bind(":reason", QStringLiteral("replaced by key %1").arg(keyFile.keyId));
        revoke.run();
        m_vault.audit().append(actor, QStringLiteral("submission.staff.revoke"), QStringLiteral("staff-key"),
                               keyId, QStringLiteral("%1; replaced by key %2").arg(username, keyFile.keyId));
    }
    Statement insert(db, "INSERT INTO staff_keys (key_id, user_id, public_key, enrolled_at, enrolled_by) "
                         "VALUES (:key, :user, :public, :at, :by);");
    insert.bind(":key", keyFile.keyId)
        .bind(":user", user->id)
        .bindBlob(":public", keyFile.publicKey)
        .bind(":at", now)
        .bind(":by", actor);
    insert.run();
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
    Statement query(m_vault.database(),
                    QByteArray(QByteArray(selectKeys) + "WHERE k.key_id = :key;").constData());
    query.bind(":key", keyId);
    if (!query.step())
        return std::nullopt;
    return readKey(query);
}

QList<EnrolledKey> StaffEnrolment::keys()
{
    requireSubmissionManager(m_vault.user());
    Statement query(
        m_vault.database(),
        QByteArray(QByteArray(selectKeys) + "ORDER BY k.enrolled_at DESC, k.rowid DESC;").constData());
    QList<EnrolledKey> keys;
    while (query.step())
        keys.append(readKey(query));
    return keys;
}

} // namespace lantern
