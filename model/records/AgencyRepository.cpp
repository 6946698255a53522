#include "records/AgencyRepository.h"

#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <iterator>

namespace lantern {

namespace {

struct KindInfo {
    AgencyKind kind;
    const char* name;
    const char* label;
};

const KindInfo kinds[] = {
    {AgencyKind::ChildrensSocialCare, "childrens-social-care", "Children's social care"},
    {AgencyKind::FamilyHelp, "family-help", "Family help"},
    {AgencyKind::Police, "police", "Police"},
    {AgencyKind::Health, "health", "Health"},
    {AgencyKind::Education, "education", "Education"},
    {AgencyKind::Voluntary, "voluntary", "Voluntary sector"},
    {AgencyKind::Other, "other", "Other"},
};

const KindInfo& infoFor(AgencyKind kind)
{
    for (const KindInfo& info : kinds)
        if (info.kind == kind)
            return info;
    return kinds[std::size(kinds) - 1];
}

QString clean(const QString& text)
{
    return TextServices::normalizeForStorage(text).trimmed();
}

Agency agencyFrom(const Statement& row)
{
    Agency agency;
    agency.id = row.integer(0);
    agency.name = row.text(1);
    agency.kind = agencyKindFromName(row.text(2)).value_or(AgencyKind::Other);
    agency.phone = row.text(3);
    agency.email = row.text(4);
    return agency;
}

void requireNotFuture(const std::optional<QDate>& date, const QDate& today, const QString& field)
{
    if (date && *date > today)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The %1 cannot be in the future (%2).").arg(field, isoDate(*date)));
}

} // namespace

QString agencyKindName(AgencyKind kind)
{
    return QString::fromLatin1(infoFor(kind).name);
}
QString agencyKindLabel(AgencyKind kind)
{
    return QString::fromLatin1(infoFor(kind).label);
}

std::optional<AgencyKind> agencyKindFromName(const QString& name)
{
    for (const KindInfo& info : kinds)
        if (name == QLatin1String(info.name))
            return info.kind;
    return std::nullopt;
}

QList<AgencyKind> allAgencyKinds()
{
    QList<AgencyKind> all;
    for (const KindInfo& info : kinds)
        all.append(info.kind);
    return all;
}

AgencyRepository::AgencyRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 AgencyRepository::addAgency(const Agency& agency)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const QString name = clean(agency.name);
    if (name.isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The agency's name is required."));
    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement insert(
        db, "INSERT INTO agencies (name, kind, phone, email) VALUES (:name, :kind, :phone, :email);");
    insert.bind(":name", name)
        .bind(":kind", agencyKindName(agency.kind))
        .bind(":phone", clean(agency.phone))
        .bind(":email", clean(agency.email));
    insert.run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("agency.add"), QStringLiteral("agency"),
                           QString::number(id));
    transaction.commit();
    return id;
}

QList<Agency> AgencyRepository::agencies()
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Statement query(m_vault.database(),
                    "SELECT id, name, kind, phone, email FROM agencies ORDER BY name, id;");
    QList<Agency> result;
    while (query.step())
        result.append(agencyFrom(query));
    return result;
}

Agency AgencyRepository::agency(qint64 id)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Statement query(m_vault.database(), "SELECT id, name, kind, phone, email FROM agencies WHERE id = :id;");
    query.bind(":id", id);
    if (!query.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no agency with id %1.").arg(id));
    return agencyFrom(query);
}

qint64 AgencyRepository::involve(qint64 pupilId, const Involvement& involvement)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    casework::requirePupil(db, pupilId);
    casework::requireAgency(db, involvement.agencyId);
    const QDate today = ukToday(m_vault.clock());
    requireNotFuture(involvement.startedOn, today, QStringLiteral("involvement's start date"));
    requireNotFuture(involvement.endedOn, today, QStringLiteral("involvement's end date"));
    if (involvement.startedOn && involvement.endedOn && *involvement.endedOn < *involvement.startedOn)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The involvement's end date (%1) is before its start date (%2).")
                        .arg(isoDate(*involvement.endedOn), isoDate(*involvement.startedOn)));

    Transaction transaction(db);
    Statement insert(
        db, "INSERT INTO involvements (pupil_id, agency_id, contact_name, contact_role, contact_phone, "
            "contact_email, started_on, ended_on, notes, recorded_at, recorded_by) VALUES (:pupil, "
            ":agency, :name, :role, :phone, :email, :started, :ended, :notes, :at, :by);");
    insert.bind(":pupil", pupilId)
        .bind(":agency", involvement.agencyId)
        .bind(":name", clean(involvement.contactName))
        .bind(":role", clean(involvement.contactRole))
        .bind(":phone", clean(involvement.contactPhone))
        .bind(":email", clean(involvement.contactEmail))
        .bind(":started", isoDate(involvement.startedOn))
        .bind(":ended", isoDate(involvement.endedOn))
        .bind(":notes", TextServices::normalizeForStorage(involvement.notes))
        .bind(":at", isoUtc(m_vault.clock().nowUtc()))
        .bind(":by", m_vault.user().username);
    insert.run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("involvement.add"),
                           QStringLiteral("involvement"), QString::number(id),
                           QStringLiteral("pupil %1, agency %2").arg(pupilId).arg(involvement.agencyId));
    transaction.commit();
    return id;
}

QList<Involvement> AgencyRepository::involvements(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    casework::requirePupil(db, pupilId);
    Transaction transaction(db);
    Statement query(db,
                    "SELECT i.id, i.pupil_id, i.agency_id, a.name, i.contact_name, i.contact_role, "
                    "i.contact_phone, i.contact_email, i.started_on, i.ended_on, i.notes, i.recorded_at, "
                    "i.recorded_by FROM involvements i JOIN agencies a ON a.id = i.agency_id "
                    "WHERE i.pupil_id = :pupil ORDER BY i.ended_on IS NOT NULL, i.started_on DESC, i.id;");
    query.bind(":pupil", pupilId);
    QList<Involvement> result;
    while (query.step()) {
        Involvement involvement;
        involvement.id = query.integer(0);
        involvement.pupilId = query.integer(1);
        involvement.agencyId = query.integer(2);
        involvement.agencyName = query.text(3);
        involvement.contactName = query.text(4);
        involvement.contactRole = query.text(5);
        involvement.contactPhone = query.text(6);
        involvement.contactEmail = query.text(7);
        involvement.startedOn = optionalDate(query.optionalText(8));
        involvement.endedOn = optionalDate(query.optionalText(9));
        involvement.notes = query.text(10);
        involvement.recordedAt = query.text(11);
        involvement.recordedBy = query.text(12);
        result.append(involvement);
    }
    m_vault.audit().append(m_vault.user().username, QStringLiteral("involvement.view"),
                           QStringLiteral("pupil"), QString::number(pupilId));
    transaction.commit();
    return result;
}

void AgencyRepository::endInvolvement(qint64 involvementId, const QDate& endedOn)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    if (!endedOn.isValid())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The involvement's end date is required."));
    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement query(db, "SELECT started_on, ended_on, pupil_id FROM involvements WHERE id = :id;");
    query.bind(":id", involvementId);
    if (!query.step())
        throw Error(ErrorKind::NotFound,
                    ModelText::tr("There is no involvement with id %1.").arg(involvementId));
    const std::optional<QDate> started = optionalDate(query.optionalText(0));
    const std::optional<QDate> ended = optionalDate(query.optionalText(1));
    const qint64 pupilId = query.integer(2);
    if (ended)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Involvement %1 already ended on %2; an end date is "
                                  "recorded once.")
                        .arg(involvementId)
                        .arg(isoDate(*ended)));
    requireNotFuture(endedOn, ukToday(m_vault.clock()), QStringLiteral("involvement's end date"));
    if (started && endedOn < *started)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The involvement's end date (%1) is before its start date (%2).")
                        .arg(isoDate(endedOn), isoDate(*started)));
    // Only an unset end date is written: the row is otherwise never changed.
    Statement update(db, "UPDATE involvements SET ended_on = :ended WHERE id = :id AND ended_on IS NULL;");
    update.bind(":ended", isoDate(endedOn)).bind(":id", involvementId);
    update.run();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("involvement.end"),
                           QStringLiteral("involvement"), QString::number(involvementId),
                           QStringLiteral("pupil %1, ended %2").arg(pupilId).arg(isoDate(endedOn)));
    transaction.commit();
}

} // namespace lantern
