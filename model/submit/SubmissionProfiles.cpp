#include "submit/SubmissionProfiles.h"

#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/SchoolRepository.h"
#include "storage/Database.h"
#include "submit/SubmissionKeys.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>

namespace lantern {

namespace {

const char* const inboxKey = "submission_inbox";

} // namespace

SubmissionProfiles::SubmissionProfiles(Vault& vault)
    : m_vault(vault)
{}

QString SubmissionProfiles::inbox()
{
    if (!hasPermission(m_vault.user(), Permission::WritePupilRecords))
        requireSubmissionManager(m_vault.user());
    Statement query(m_vault.database(), "SELECT value FROM vault_meta WHERE key = :key;");
    query.bind(":key", QString::fromLatin1(inboxKey));
    return query.step() ? query.text(0) : QString();
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
    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement upsert(db, "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (:key, :value);");
    upsert.bind(":key", QString::fromLatin1(inboxKey)).bind(":value", path);
    upsert.run();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("submission.inbox.set"),
                           QStringLiteral("vault"), m_vault.vaultId(), path);
    transaction.commit();
}

QList<RosterEntry> SubmissionProfiles::rosterOnRoll()
{
    // Only the two columns the profile carries leave the database.
    Statement query(m_vault.database(),
                    "SELECT legal_forename, legal_surname, preferred_forename, preferred_surname, year_group "
                    "FROM pupils WHERE leaving_date IS NULL OR leaving_date > :today ORDER BY sort_key, id;");
    query.bind(":today", ukToday(m_vault.clock()).toString(Qt::ISODate));
    QList<RosterEntry> roster;
    while (query.step()) {
        const QString forename = query.text(2).isEmpty() ? query.text(0) : query.text(2);
        const QString surname = query.text(3).isEmpty() ? query.text(1) : query.text(3);
        roster.append({forename + QLatin1Char(' ') + surname, query.text(4)});
    }
    return roster;
}

QList<RosterRecipient> SubmissionProfiles::currentStaffKeys()
{
    Statement query(m_vault.database(),
                    "SELECT k.key_id, k.public_key FROM staff_keys k JOIN users u ON u.id = k.user_id "
                    "WHERE u.enabled = 1 AND NOT EXISTS "
                    "(SELECT 1 FROM staff_key_revocations r WHERE r.key_id = k.key_id) "
                    "ORDER BY k.enrolled_at, k.rowid;");
    QList<RosterRecipient> keys;
    while (query.step())
        keys.append({query.text(0), query.blob(1)});
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
    Database& db = m_vault.database();
    Transaction transaction(db);
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
