#include "records/MeetingRepository.h"

#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "records/ChronologyWriter.h"
#include "records/SearchIndex.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace {

struct TypeInfo {
    MeetingType type;
    const char* name;
    const char* label;
};

const TypeInfo types[] = {
    {MeetingType::StrategyDiscussion, "strategy-discussion", "Strategy discussion"},
    {MeetingType::InitialCpConference, "initial-cp-conference", "Initial child protection conference"},
    {MeetingType::ReviewCpConference, "review-cp-conference", "Review child protection conference"},
    {MeetingType::CoreGroup, "core-group", "Core group meeting"},
    {MeetingType::FamilyGroupDecisionMaking, "family-group-decision-making", "Family group decision-making"},
    {MeetingType::TeamAroundTheFamily, "team-around-the-family", "Team around the family meeting"},
    {MeetingType::Other, "other", "Other meeting"},
};

const TypeInfo& infoFor(MeetingType type)
{
    for (const TypeInfo& info : types)
        if (info.type == type)
            return info;
    return types[0];
}

// The meetings a query selecting the columns of meetings() in that order returns.
QList<Meeting> meetingsFrom(Statement& query)
{
    QList<Meeting> result;
    while (query.step()) {
        Meeting meeting;
        meeting.id = query.integer(0);
        meeting.pupilId = query.integer(1);
        meeting.type = meetingTypeFromName(query.text(2)).value_or(MeetingType::Other);
        meeting.heldOn = QDate::fromString(query.text(3), QStringLiteral("yyyy-MM-dd"));
        meeting.outcome = query.text(4);
        meeting.schoolContribution = query.text(5);
        meeting.attendedBy = query.text(6);
        meeting.recordedAt = query.text(7);
        meeting.recordedBy = query.text(8);
        result.append(meeting);
    }
    return result;
}

} // namespace

QString meetingTypeName(MeetingType type)
{
    return QString::fromLatin1(infoFor(type).name);
}
QString meetingTypeLabel(MeetingType type)
{
    return QString::fromLatin1(infoFor(type).label);
}

std::optional<MeetingType> meetingTypeFromName(const QString& name)
{
    for (const TypeInfo& info : types)
        if (name == QLatin1String(info.name))
            return info.type;
    return std::nullopt;
}

QList<MeetingType> allMeetingTypes()
{
    QList<MeetingType> all;
    for (const TypeInfo& info : types)
        all.append(info.type);
    return all;
}

bool isStatutoryMeeting(MeetingType type)
{
    return type == MeetingType::StrategyDiscussion || type == MeetingType::InitialCpConference ||
           type == MeetingType::ReviewCpConference;
}

MeetingRepository::MeetingRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 MeetingRepository::add(const Meeting& meeting)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    casework::requirePupil(db, meeting.pupilId);
    if (!meeting.heldOn.isValid())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The meeting's date is required."));
    const QString outcome = TextServices::normalizeForStorage(meeting.outcome).trimmed();
    const QString contribution = TextServices::normalizeForStorage(meeting.schoolContribution).trimmed();
    const QString attendedBy = TextServices::normalizeForStorage(meeting.attendedBy).trimmed();
    const bool scheduled = meeting.heldOn > ukToday(m_vault.clock());
    if (scheduled && !outcome.isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("The meeting on %1 has not happened yet, so it cannot have an outcome: record "
                          "the outcome after the meeting.")
                .arg(isoDate(meeting.heldOn)));

    Transaction transaction(db);
    Statement insert(db,
                     "INSERT INTO meetings (pupil_id, meeting_type, held_on, outcome, school_contribution, "
                     "attended_by, recorded_at, recorded_by) VALUES (:pupil, :type, :held, :outcome, "
                     ":contribution, :attended, :at, :by);");
    insert.bind(":pupil", meeting.pupilId)
        .bind(":type", meetingTypeName(meeting.type))
        .bind(":held", isoDate(meeting.heldOn))
        .bind(":outcome", outcome)
        .bind(":contribution", contribution)
        .bind(":attended", attendedBy)
        .bind(":at", isoUtc(m_vault.clock().nowUtc()))
        .bind(":by", m_vault.user().username);
    insert.run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("meeting.add"), QStringLiteral("meeting"),
        QString::number(id),
        QStringLiteral("pupil %1, %2").arg(meeting.pupilId).arg(meetingTypeName(meeting.type)));

    ChronologyWriter writer(db, m_vault.user().username, isoUtc(m_vault.clock().nowUtc()));
    ChronologyWriter::Entry entry;
    entry.pupilId = meeting.pupilId;
    entry.when = PartialDate::day(meeting.heldOn);
    entry.type = QStringLiteral("meeting");
    QString summary = meetingTypeLabel(meeting.type) + (scheduled ? QStringLiteral(" scheduled") : QString());
    if (!outcome.isEmpty())
        summary += QStringLiteral(": ") + outcome;
    entry.summary = summary;
    entry.sourceType = QStringLiteral("meeting");
    entry.sourceId = id;
    entry.sourceDetail = attendedBy;
    entry.whyItMatters =
        contribution.isEmpty() ? QString() : QStringLiteral("School contribution: ") + contribution;
    entry.significant = isStatutoryMeeting(meeting.type);
    const qint64 entryId = writer.add(entry);
    SearchIndex(db).index(QStringLiteral("chronology"), entryId, {meeting.pupilId}, {summary, contribution});
    transaction.commit();
    return id;
}

QList<Meeting> MeetingRepository::meetings(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    casework::requirePupil(db, pupilId);
    Transaction transaction(db);
    Statement query(db,
                    "SELECT id, pupil_id, meeting_type, held_on, outcome, school_contribution, attended_by, "
                    "recorded_at, recorded_by FROM meetings WHERE pupil_id = :pupil "
                    "ORDER BY held_on DESC, id DESC;");
    query.bind(":pupil", pupilId);
    const QList<Meeting> result = meetingsFrom(query);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("meeting.view"), QStringLiteral("pupil"),
                           QString::number(pupilId));
    transaction.commit();
    return result;
}

QList<Meeting> MeetingRepository::upcoming()
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement query(db,
                    "SELECT id, pupil_id, meeting_type, held_on, outcome, school_contribution, attended_by, "
                    "recorded_at, recorded_by FROM meetings WHERE held_on >= :today ORDER BY held_on, id;");
    query.bind(":today", isoDate(ukToday(m_vault.clock())));
    const QList<Meeting> result = meetingsFrom(query);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("meeting.view"),
                           QStringLiteral("meetings"), QStringLiteral("upcoming"),
                           QStringLiteral("from today: %1 meetings").arg(result.size()));
    transaction.commit();
    return result;
}

} // namespace lantern
