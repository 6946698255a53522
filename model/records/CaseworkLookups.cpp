#include "records/CaseworkLookups.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/Pupil.h"
#include "storage/Database.h"
#include "vault/Vault.h"

namespace lantern::casework {

namespace {

void requireRow(Database& db, const char* sql, qint64 id, const QString& what)
{
    Statement query(db, sql);
    query.bind(":id", id);
    if (!query.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no %1 with id %2.").arg(what).arg(id));
}

} // namespace

void requirePupil(Database& db, qint64 pupilId)
{
    requireRow(db, "SELECT 1 FROM pupils WHERE id = :id;", pupilId, QStringLiteral("pupil"));
}

QString pupilDisplayName(Database& db, qint64 pupilId)
{
    Statement query(db,
                    "SELECT legal_forename, legal_surname, preferred_forename, preferred_surname FROM pupils "
                    "WHERE id = :id;");
    query.bind(":id", pupilId);
    if (!query.step())
        return {};
    Pupil pupil;
    pupil.legalForename = query.text(0);
    pupil.legalSurname = query.text(1);
    pupil.preferredForename = query.text(2);
    pupil.preferredSurname = query.text(3);
    return pupil.displayName();
}

void requireConcern(Database& db, qint64 concernId)
{
    requireRow(db, "SELECT 1 FROM concerns WHERE id = :id;", concernId, QStringLiteral("concern"));
}

void requireAgency(Database& db, qint64 agencyId)
{
    requireRow(db, "SELECT 1 FROM agencies WHERE id = :id;", agencyId, QStringLiteral("agency"));
}

QString displayNameOf(Vault& vault, const QString& username)
{
    const std::optional<User> user = vault.findUser(username);
    return user ? user->displayName + QStringLiteral(" (") + username + QLatin1Char(')') : username;
}

QString pupilsOfConcern(Database& db, qint64 concernId)
{
    Statement query(
        db, "SELECT DISTINCT pupil_id FROM concern_children WHERE concern_id = :id ORDER BY pupil_id;");
    query.bind(":id", concernId);
    QStringList pupils;
    while (query.step())
        pupils.append(QStringLiteral("pupil %1").arg(query.integer(0)));
    return pupils.join(QStringLiteral(", "));
}

void auditView(Vault& vault, const QString& action, const QString& objectType, const QString& objectId,
               const QString& details)
{
    Transaction transaction(vault.database());
    vault.audit().append(vault.user().username, action, objectType, objectId, details);
    transaction.commit();
}

} // namespace lantern::casework
