#include "records/ReferralRepository.h"

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

#include <algorithm>

namespace lantern {

namespace {

struct MethodInfo {
    ReferralMethod method;
    const char* name;
    const char* label;
};

const MethodInfo methods[] = {
    {ReferralMethod::Phone, "phone", "Phone"},
    {ReferralMethod::OnlineForm, "online-form", "Online form"},
    {ReferralMethod::Email, "email", "Email"},
    {ReferralMethod::InPerson, "in-person", "In person"},
    {ReferralMethod::Pack, "pack", "Referral pack"},
};

const MethodInfo& infoFor(ReferralMethod method)
{
    for (const MethodInfo& info : methods)
        if (info.method == method)
            return info;
    return methods[0];
}

struct FieldInfo {
    ReferralField field;
    const char* name;  // the stored column name
    const char* alias; // the CLI spelling
    const char* words; // for messages
};

const FieldInfo fields[] = {
    {ReferralField::ReceivingReference, "receiving_reference", "reference", "receiving team's reference"},
    {ReferralField::AcknowledgedAt, "acknowledged_at", "acknowledged", "acknowledgement time"},
    {ReferralField::Outcome, "outcome", "outcome", "outcome"},
    {ReferralField::FollowUpOn, "follow_up_on", "follow-up", "follow-up date"},
};

const FieldInfo& infoFor(ReferralField field)
{
    for (const FieldInfo& info : fields)
        if (info.field == field)
            return info;
    return fields[0];
}

QString fieldWords(ReferralField field)
{
    return QString::fromLatin1(infoFor(field).words);
}

constexpr const char* referralColumns =
    "SELECT id, pupil_id, concern_id, agency_id, to_whom, referred_at, method, receiving_reference, "
    "acknowledged_at, outcome, follow_up_on, pack_sha256, recorded_at, recorded_by FROM referrals ";

Referral referralFrom(const Statement& row)
{
    Referral referral;
    referral.id = row.integer(0);
    referral.pupilId = row.integer(1);
    referral.concernId = row.optionalInteger(2);
    referral.agencyId = row.optionalInteger(3);
    referral.toWhom = row.text(4);
    referral.referredAt = fromIsoUtc(row.text(5));
    referral.method = referralMethodFromName(row.text(6)).value_or(ReferralMethod::Phone);
    referral.receivingReference = row.text(7);
    if (const std::optional<QString> acknowledged = row.optionalText(8))
        referral.acknowledgedAt = fromIsoUtc(*acknowledged);
    referral.outcome = row.text(9);
    referral.followUpOn = optionalDate(row.optionalText(10));
    referral.packSha256 = row.text(11);
    referral.recordedAt = row.text(12);
    referral.recordedBy = row.text(13);
    return referral;
}

void apply(Referral& referral, const ReferralUpdate& update)
{
    switch (update.field) {
    case ReferralField::ReceivingReference:
        referral.receivingReference = update.value;
        break;
    case ReferralField::AcknowledgedAt:
        referral.acknowledgedAt = fromIsoUtc(update.value);
        break;
    case ReferralField::Outcome:
        referral.outcome = update.value;
        break;
    case ReferralField::FollowUpOn:
        referral.followUpOn = QDate::fromString(update.value, QStringLiteral("yyyy-MM-dd"));
        break;
    }
}

QList<ReferralUpdate> updatesFor(Database& db, qint64 referralId)
{
    Statement query(db, "SELECT id, referral_id, field, value, changed_at, changed_by FROM referral_updates "
                        "WHERE referral_id = :id ORDER BY id;");
    query.bind(":id", referralId);
    QList<ReferralUpdate> updates;
    while (query.step()) {
        ReferralUpdate update;
        update.id = query.integer(0);
        update.referralId = query.integer(1);
        update.field = referralFieldFromName(query.text(2)).value_or(ReferralField::Outcome);
        update.value = query.text(3);
        update.changedAt = query.text(4);
        update.changedBy = query.text(5);
        updates.append(update);
    }
    return updates;
}

ReferralState load(Database& db, qint64 referralId)
{
    const QByteArray sql = QByteArray(referralColumns) + "WHERE id = :id;";
    Statement query(db, sql.constData());
    query.bind(":id", referralId);
    if (!query.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no referral with id %1.").arg(referralId));
    ReferralState state;
    state.original = referralFrom(query);
    state.current = state.original;
    state.history = updatesFor(db, referralId);
    for (const ReferralUpdate& update : state.history)
        apply(state.current, update);
    return state;
}

// Each referral as it stands now, in the order the query gives.
QList<Referral> currentReferrals(Database& db, Statement& query)
{
    QList<Referral> result;
    while (query.step())
        result.append(referralFrom(query));
    for (Referral& referral : result)
        for (const ReferralUpdate& update : updatesFor(db, referral.id))
            apply(referral, update);
    return result;
}

void requireFollowUpAfter(const QDate& followUp, const QDateTime& referredAt)
{
    const QDate referralDay = toUkLocal(referredAt).date();
    if (followUp <= referralDay)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The follow-up date (%1) must be after the referral date (%2).")
                        .arg(isoDate(followUp), isoDate(referralDay)));
}

void requireAcknowledgementValid(const QDateTime& acknowledged, const QDateTime& referredAt,
                                 const QDateTime& now)
{
    if (acknowledged < referredAt)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The acknowledgement time cannot be before the referral was made."));
    if (acknowledged > now)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The acknowledgement time cannot be in the future."));
}

void addChronology(Vault& vault, qint64 pupilId, qint64 referralId, const PartialDate& when,
                   const QString& summary)
{
    Database& db = vault.database();
    ChronologyWriter writer(db, vault.user().username, isoUtc(vault.clock().nowUtc()));
    ChronologyWriter::Entry entry;
    entry.pupilId = pupilId;
    entry.when = when;
    entry.type = QStringLiteral("referral");
    entry.summary = summary;
    entry.sourceType = QStringLiteral("referral");
    entry.sourceId = referralId;
    entry.significant = true;
    const qint64 entryId = writer.add(entry);
    SearchIndex(db).index(QStringLiteral("chronology"), entryId, {pupilId}, {summary});
}

// What the overview says `state` is waiting for on `today`, if anything. A follow-up is done once anything
// about the referral is recorded on or after its date (an acknowledgement, a reference, an outcome); setting
// the follow-up date again is not following up.
std::optional<ReferralWait> waitingFor(const ReferralState& state, const QDate& today)
{
    const Referral& now = state.current;
    if (now.followUpOn && *now.followUpOn <= today) {
        bool recordedSince = false;
        for (const ReferralUpdate& update : state.history)
            if (update.field != ReferralField::FollowUpOn &&
                toUkLocal(fromIsoUtc(update.changedAt)).date() >= *now.followUpOn)
                recordedSince = true;
        if (!recordedSince)
            return ReferralWait::FollowUp;
    }
    if (!now.acknowledgedAt && now.outcome.isEmpty())
        return ReferralWait::Acknowledgement;
    if (now.outcome.isEmpty())
        return ReferralWait::Outcome;
    return std::nullopt;
}

} // namespace

QString referralMethodName(ReferralMethod method)
{
    return QString::fromLatin1(infoFor(method).name);
}
QString referralMethodLabel(ReferralMethod method)
{
    return QString::fromLatin1(infoFor(method).label);
}

std::optional<ReferralMethod> referralMethodFromName(const QString& name)
{
    for (const MethodInfo& info : methods)
        if (name == QLatin1String(info.name))
            return info.method;
    return std::nullopt;
}

QList<ReferralMethod> allReferralMethods()
{
    QList<ReferralMethod> all;
    for (const MethodInfo& info : methods)
        all.append(info.method);
    return all;
}

QString referralFieldName(ReferralField field)
{
    return QString::fromLatin1(infoFor(field).name);
}

std::optional<ReferralField> referralFieldFromName(const QString& name)
{
    for (const FieldInfo& info : fields)
        if (name == QLatin1String(info.name) || name == QLatin1String(info.alias))
            return info.field;
    return std::nullopt;
}

ReferralRepository::ReferralRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 ReferralRepository::add(const Referral& referral)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    casework::requirePupil(db, referral.pupilId);
    const QString toWhom = TextServices::normalizeForStorage(referral.toWhom).trimmed();
    if (toWhom.isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Whom the referral went to (to whom) is required."));
    if (!referral.referredAt.isValid())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("When the referral was made is required."));
    const QDateTime now = m_vault.clock().nowUtc();
    const QDateTime referredAt = referral.referredAt.toUTC();
    if (referredAt > now)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The referral time cannot be in the future."));
    if (referral.concernId)
        casework::requireConcern(db, *referral.concernId);
    if (referral.agencyId)
        casework::requireAgency(db, *referral.agencyId);
    if (referral.acknowledgedAt)
        requireAcknowledgementValid(referral.acknowledgedAt->toUTC(), referredAt, now);
    if (referral.followUpOn)
        requireFollowUpAfter(*referral.followUpOn, referredAt);

    Transaction transaction(db);
    Statement insert(db,
                     "INSERT INTO referrals (pupil_id, concern_id, agency_id, to_whom, referred_at, method, "
                     "receiving_reference, acknowledged_at, outcome, follow_up_on, pack_sha256, recorded_at, "
                     "recorded_by) VALUES (:pupil, :concern, :agency, :to, :at, :method, :reference, "
                     ":acknowledged, :outcome, :followUp, :pack, :recordedAt, :by);");
    insert.bind(":pupil", referral.pupilId)
        .bind(":concern", referral.concernId)
        .bind(":agency", referral.agencyId)
        .bind(":to", toWhom)
        .bind(":at", isoUtc(referredAt))
        .bind(":method", referralMethodName(referral.method))
        .bind(":reference", TextServices::normalizeForStorage(referral.receivingReference).trimmed())
        .bind(":acknowledged", referral.acknowledgedAt
                                   ? std::optional<QString>(isoUtc(referral.acknowledgedAt->toUTC()))
                                   : std::optional<QString>())
        .bind(":outcome", TextServices::normalizeForStorage(referral.outcome).trimmed())
        .bind(":followUp", isoDate(referral.followUpOn))
        .bind(":pack", referral.packSha256)
        .bind(":recordedAt", isoUtc(now))
        .bind(":by", m_vault.user().username);
    insert.run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("referral.add"),
                           QStringLiteral("referral"), QString::number(id),
                           QStringLiteral("pupil %1").arg(referral.pupilId));
    const QString summary =
        QStringLiteral("Referral to %1 (%2)").arg(toWhom, referralMethodLabel(referral.method).toLower());
    addChronology(m_vault, referral.pupilId, id, PartialDate::minute(toUkLocal(referredAt)), summary);
    transaction.commit();
    return id;
}

void ReferralRepository::recordUpdate(qint64 referralId, ReferralField field, const QString& value)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const ReferralState state = load(db, referralId);
    const QDateTime now = m_vault.clock().nowUtc();
    QString stored;
    switch (field) {
    case ReferralField::ReceivingReference:
    case ReferralField::Outcome:
        stored = TextServices::normalizeForStorage(value).trimmed();
        if (stored.isEmpty())
            throw Error(ErrorKind::InvalidInput, ModelText::tr("The %1 is empty.").arg(fieldWords(field)));
        break;
    case ReferralField::AcknowledgedAt: {
        const QDateTime acknowledged = parseDateTime(value, fieldWords(field));
        requireAcknowledgementValid(acknowledged, state.original.referredAt, now);
        stored = isoUtc(acknowledged);
        break;
    }
    case ReferralField::FollowUpOn: {
        const QDate followUp = parseDate(value, fieldWords(field));
        requireFollowUpAfter(followUp, state.original.referredAt);
        stored = isoDate(followUp);
        break;
    }
    }

    Statement insert(db, "INSERT INTO referral_updates (referral_id, field, value, changed_at, changed_by) "
                         "VALUES (:referral, :field, :value, :at, :by);");
    insert.bind(":referral", referralId)
        .bind(":field", referralFieldName(field))
        .bind(":value", stored)
        .bind(":at", isoUtc(now))
        .bind(":by", m_vault.user().username);
    insert.run();
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("referral.update"), QStringLiteral("referral"),
        QString::number(referralId),
        QStringLiteral("pupil %1, %2").arg(state.original.pupilId).arg(referralFieldName(field)));
    if (field == ReferralField::Outcome)
        addChronology(m_vault, state.original.pupilId, referralId, PartialDate::day(ukToday(m_vault.clock())),
                      QStringLiteral("Outcome of referral to %1: %2").arg(state.original.toWhom, stored));
    transaction.commit();
}

ReferralState ReferralRepository::current(qint64 referralId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    ReferralState state = load(db, referralId);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("referral.view"),
                           QStringLiteral("referral"), QString::number(referralId),
                           QStringLiteral("pupil %1").arg(state.original.pupilId));
    transaction.commit();
    return state;
}

QList<Referral> ReferralRepository::referrals(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    casework::requirePupil(db, pupilId);
    Transaction transaction(db);
    const QByteArray sql =
        QByteArray(referralColumns) + "WHERE pupil_id = :pupil ORDER BY referred_at DESC, id DESC;";
    Statement query(db, sql.constData());
    query.bind(":pupil", pupilId);
    const QList<Referral> result = currentReferrals(db, query);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("referral.view"), QStringLiteral("pupil"),
                           QString::number(pupilId));
    transaction.commit();
    return result;
}

QList<Referral> ReferralRepository::unacknowledged(int olderThanDays)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    if (olderThanDays < 0)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The number of days cannot be negative."));
    Database& db = m_vault.database();
    Transaction transaction(db);
    const QByteArray sql =
        QByteArray(referralColumns) +
        "WHERE acknowledged_at IS NULL AND referred_at <= :cutoff AND NOT EXISTS (SELECT 1 FROM "
        "referral_updates u WHERE u.referral_id = referrals.id AND u.field = 'acknowledged_at') "
        "ORDER BY referred_at, id;";
    Statement query(db, sql.constData());
    query.bind(":cutoff", isoUtc(m_vault.clock().nowUtc().addDays(-olderThanDays)));
    const QList<Referral> result = currentReferrals(db, query);
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("referral.view"), QStringLiteral("referrals"),
        QStringLiteral("unacknowledged"),
        QStringLiteral("older than %1 days: %2 referrals").arg(olderThanDays).arg(result.size()));
    transaction.commit();
    return result;
}

QList<AwaitingReferral> ReferralRepository::awaiting()
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const QDate today = ukToday(m_vault.clock());
    QList<qint64> ids;
    {
        Statement query(db, "SELECT id FROM referrals ORDER BY referred_at, id;");
        while (query.step())
            ids.append(query.integer(0));
    }
    QList<AwaitingReferral> result;
    for (qint64 id : ids) {
        const ReferralState state = load(db, id);
        const std::optional<ReferralWait> wait = waitingFor(state, today);
        if (!wait)
            continue;
        AwaitingReferral row;
        row.referral = state.current;
        row.pupilName = casework::pupilDisplayName(db, state.current.pupilId);
        row.waitingFor = *wait;
        row.ageDays = static_cast<int>(toUkLocal(state.current.referredAt).date().daysTo(today));
        row.overdue = *wait == ReferralWait::FollowUp && *state.current.followUpOn < today;
        result.append(row);
    }
    // Stable: within a group the referrals stay oldest first; follow-ups by their date.
    std::stable_sort(result.begin(), result.end(), [](const AwaitingReferral& a, const AwaitingReferral& b) {
        if (a.waitingFor != b.waitingFor)
            return a.waitingFor < b.waitingFor;
        if (a.waitingFor == ReferralWait::FollowUp)
            return *a.referral.followUpOn < *b.referral.followUpOn;
        return false;
    });
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("referral.view"), QStringLiteral("referrals"),
        QStringLiteral("awaiting"),
        QStringLiteral("awaiting acknowledgement, outcome or follow-up: %1 referrals").arg(result.size()));
    transaction.commit();
    return result;
}

} // namespace lantern
