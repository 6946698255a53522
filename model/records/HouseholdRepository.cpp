#include "records/HouseholdRepository.h"

#include "audit/AuditLog.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "records/ChronologyWriter.h"
#include "records/SearchIndex.h"
#include "records/VersionedRecord.h"
#include "reference/CodeList.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace {

// A name or a relationship is a line on a form and on a pack; notes are a few sentences, not an account.
constexpr int maxNameLength = 200;
constexpr int maxRelationshipLength = 100;
constexpr int maxNotesLength = 4000;
// An expected delivery date more than ten months ahead is a mistake (a pregnancy is about nine); one more
// than a month past means the baby has been born, and their date of birth should be recorded instead.
constexpr int maxMonthsAhead = 10;
constexpr int maxMonthsPast = 1;

const CodeList& languages()
{
    return CodeList::get(QStringLiteral("language-top-level"));
}

QVariant dateValue(const std::optional<QDate>& date)
{
    return date ? QVariant(isoDate(*date)) : QVariant();
}

// A household member's versions (household_member_versions). `removed` is part of the content, so a removal
// is a version like any other and "nothing changed" compares it too.
VersionedRecord<HouseholdMemberVersion> memberVersions(Database& db)
{
    VersionedRecord<HouseholdMemberVersion>::Description description;
    description.table = {VersionTable::Layout::Numbered,
                         "household_member_versions",
                         "member_id",
                         {"name", "relationship", "date_of_birth", "expected_delivery", "lives_with_child",
                          "parental_responsibility", "needs_interpreter", "language", "notes", "removed"}};
    description.values = [](const HouseholdMemberVersion& v) -> QVariantList {
        return {v.name,
                v.relationship,
                dateValue(v.dateOfBirth),
                dateValue(v.expectedDeliveryDate),
                v.livesWithChild,
                v.parentalResponsibility,
                v.needsInterpreter,
                v.language,
                v.notes,
                v.removed};
    };
    description.read = [](const Statement& row, int first, HouseholdMemberVersion& v) {
        v.name = row.text(first);
        v.relationship = row.text(first + 1);
        v.dateOfBirth = optionalDate(row.optionalText(first + 2));
        v.expectedDeliveryDate = optionalDate(row.optionalText(first + 3));
        v.livesWithChild = row.integer(first + 4) != 0;
        v.parentalResponsibility = row.integer(first + 5) != 0;
        v.needsInterpreter = row.integer(first + 6) != 0;
        v.language = row.text(first + 7);
        v.notes = row.text(first + 8);
        v.removed = row.integer(first + 9) != 0;
    };
    description.noContent = ModelText::tr("Household member %1 has no content.");
    return VersionedRecord<HouseholdMemberVersion>(db, std::move(description));
}

// "Unborn baby (Unborn sibling, expected 2027-03-01)", "Dean Walsh (Mother's partner)": who, for the
// chronology line and nothing more (the notes stay on the Family tab).
QString describe(const HouseholdMemberDetails& member)
{
    QStringList about;
    if (member.relationship.compare(member.name, Qt::CaseInsensitive) != 0)
        about.append(member.relationship);
    if (member.expectedDeliveryDate)
        about.append(QStringLiteral("expected %1").arg(isoDate(*member.expectedDeliveryDate)));
    else if (member.dateOfBirth)
        about.append(QStringLiteral("born %1").arg(isoDate(*member.dateOfBirth)));
    return about.isEmpty() ? member.name
                           : QStringLiteral("%1 (%2)").arg(member.name, about.join(QStringLiteral(", ")));
}

// The chronology entry of a change to the household: not significant in itself (the DSL marks what matters
// in their own entries), dated the day it was recorded.
void addChronology(Vault& vault, qint64 pupilId, qint64 memberId, const QString& summary,
                   const QString& actor, const QString& now)
{
    ChronologyWriter::Entry entry;
    entry.pupilId = pupilId;
    entry.when = PartialDate::day(ukToday(vault.clock()));
    entry.type = QStringLiteral("household");
    entry.summary = summary;
    entry.sourceType = QStringLiteral("household");
    entry.sourceId = memberId;
    entry.significant = false;
    // Indexed as the plans' entries are, so that searching for a name finds the child whose household it is.
    const qint64 entryId = ChronologyWriter(vault.database(), actor, now).add(entry);
    SearchIndex(vault.database()).index(QStringLiteral("chronology"), entryId, {pupilId}, {summary});
}

// The pupil a member belongs to; Error(NotFound) when there is no such member.
qint64 pupilOfMember(Database& db, qint64 memberId)
{
    Statement find(db, "SELECT pupil_id FROM household_members WHERE id = :id;");
    find.bind(":id", memberId);
    if (!find.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no household member %1.").arg(memberId));
    return find.integer(0);
}

QString pluralised(int count, const QString& one, const QString& many)
{
    return (count == 1 ? one : many).arg(count);
}

} // namespace

QString householdAgeText(const HouseholdMemberDetails& member, const QDate& today)
{
    if (member.expectedDeliveryDate)
        return ModelText::tr("expected %1").arg(TextServices::formatDate(*member.expectedDeliveryDate));
    if (!member.dateOfBirth)
        return QString();
    const QDate born = *member.dateOfBirth;
    int months = (today.year() - born.year()) * 12 + today.month() - born.month();
    if (today.day() < born.day())
        --months;
    QString age;
    if (months >= 24)
        age = pluralised(months / 12, ModelText::tr("%1 year"), ModelText::tr("%1 years"));
    else if (months >= 1)
        age = pluralised(months, ModelText::tr("%1 month"), ModelText::tr("%1 months"));
    else
        age = pluralised(static_cast<int>(born.daysTo(today)) / 7, ModelText::tr("%1 week"),
                         ModelText::tr("%1 weeks"));
    return ModelText::tr("born %1 (%2)").arg(TextServices::formatDate(born), age);
}

HouseholdRepository::HouseholdRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 HouseholdRepository::add(qint64 pupilId, const HouseholdMemberDetails& details)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const HouseholdMemberDetails clean = validated(details);
    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(db, pupilId);

    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    Statement insert(
        db, "INSERT INTO household_members (pupil_id, recorded_at, recorded_by) VALUES (:pupil, :at, :by);");
    insert.bind(":pupil", pupilId).bind(":at", now).bind(":by", actor);
    insert.run();
    const qint64 id = db.lastInsertId();
    HouseholdMemberVersion first;
    static_cast<HouseholdMemberDetails&>(first) = clean;
    memberVersions(db).create(id, first, actor, now);
    addChronology(m_vault, pupilId, id, QStringLiteral("Household: %1 recorded").arg(describe(clean)), actor,
                  now);
    m_vault.audit().append(actor, QStringLiteral("household.add"), QStringLiteral("household"),
                           QString::number(id), QStringLiteral("pupil %1").arg(pupilId));
    transaction.commit();
    return id;
}

void HouseholdRepository::amend(qint64 memberId, const HouseholdMemberDetails& details, const QString& reason)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    // The reason is checked first, as every amendment does, so an empty one is named before any field.
    AmendmentRules::requireReason(reason);
    const HouseholdMemberDetails clean = validated(details);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const qint64 pupilId = pupilOfMember(db, memberId);

    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    const auto amended = memberVersions(db).amend(
        memberId, reason,
        [&](const HouseholdMemberVersion& current) {
            if (current.removed)
                throw Error(ErrorKind::InvalidInput,
                            ModelText::tr("Household member %1 was removed from the household; record them "
                                          "again if they have returned.")
                                .arg(memberId));
            HouseholdMemberVersion next = current;
            static_cast<HouseholdMemberDetails&>(next) = clean;
            return next;
        },
        actor, now);
    addChronology(
        m_vault, pupilId, memberId,
        QStringLiteral("Household: %1 amended (%2)").arg(describe(clean), amended.current.amendReason), actor,
        now);
    m_vault.audit().append(actor, QStringLiteral("household.amend"), QStringLiteral("household"),
                           QString::number(memberId),
                           QStringLiteral("pupil %1; version %2").arg(pupilId).arg(amended.current.version));
    transaction.commit();
}

void HouseholdRepository::remove(qint64 memberId, const QString& reason)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const qint64 pupilId = pupilOfMember(db, memberId);

    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    const auto amended = memberVersions(db).amend(
        memberId, reason,
        [&](const HouseholdMemberVersion& current) {
            if (current.removed)
                throw Error(ErrorKind::InvalidInput,
                            ModelText::tr("Household member %1 was already removed.").arg(memberId));
            HouseholdMemberVersion next = current;
            next.removed = true;
            return next;
        },
        actor, now);
    addChronology(m_vault, pupilId, memberId,
                  QStringLiteral("Household: %1 removed (%2)")
                      .arg(describe(amended.current), amended.current.amendReason),
                  actor, now);
    m_vault.audit().append(actor, QStringLiteral("household.remove"), QStringLiteral("household"),
                           QString::number(memberId),
                           QStringLiteral("pupil %1; version %2").arg(pupilId).arg(amended.current.version));
    transaction.commit();
}

QList<HouseholdMember> HouseholdRepository::members(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(db, pupilId);
    Statement select(db, "SELECT id FROM household_members WHERE pupil_id = :pupil ORDER BY id;");
    select.bind(":pupil", pupilId);
    QList<qint64> ids;
    while (select.step())
        ids.append(select.integer(0));
    const VersionedRecord<HouseholdMemberVersion> versions = memberVersions(db);
    QList<HouseholdMember> result;
    for (qint64 id : ids) {
        HouseholdMember member;
        member.id = id;
        member.pupilId = pupilId;
        member.history = versions.history(id);
        member.current = member.history.last();
        if (!member.current.removed)
            result.append(member);
    }
    m_vault.audit().append(m_vault.user().username, QStringLiteral("household.view"), QStringLiteral("pupil"),
                           QString::number(pupilId), QStringLiteral("%1 members").arg(result.size()));
    transaction.commit();
    return result;
}

HouseholdMember HouseholdRepository::get(qint64 memberId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    HouseholdMember member;
    member.id = memberId;
    member.pupilId = pupilOfMember(db, memberId);
    member.history = memberVersions(db).history(memberId);
    member.current = member.history.last();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("household.view"),
                           QStringLiteral("household"), QString::number(memberId),
                           QStringLiteral("pupil %1").arg(member.pupilId));
    transaction.commit();
    return member;
}

HouseholdMemberDetails HouseholdRepository::validated(const HouseholdMemberDetails& details) const
{
    HouseholdMemberDetails clean = details;
    clean.name = checkedText(tidy(details.name).simplified(), HouseholdField::name, ModelText::tr("Name"),
                             maxNameLength);
    if (clean.name.isEmpty())
        throw Error(ErrorKind::InvalidInput, HouseholdField::name,
                    ModelText::tr("Name: give the person's name as the family gives it (\"Unborn baby\" when "
                                  "not yet named); it is required."));
    clean.relationship = checkedText(tidy(details.relationship).simplified(), HouseholdField::relationship,
                                     ModelText::tr("Relationship"), maxRelationshipLength);
    if (clean.relationship.isEmpty())
        throw Error(ErrorKind::InvalidInput, HouseholdField::relationship,
                    ModelText::tr("Relationship: say who they are to the child (\"Mother's partner\", "
                                  "\"Half-brother\", \"Unborn sibling\"); it is required."));

    if (details.dateOfBirth && !details.dateOfBirth->isValid())
        clean.dateOfBirth.reset();
    if (details.expectedDeliveryDate && !details.expectedDeliveryDate->isValid())
        clean.expectedDeliveryDate.reset();
    if (clean.dateOfBirth && clean.expectedDeliveryDate)
        throw Error(ErrorKind::InvalidInput, HouseholdField::expectedDelivery,
                    ModelText::tr("Expected delivery date: give either a date of birth or an expected "
                                  "delivery date, not both."));
    const QDate today = ukToday(m_vault.clock());
    if (clean.dateOfBirth && *clean.dateOfBirth > today)
        throw Error(ErrorKind::InvalidInput, HouseholdField::dateOfBirth,
                    ModelText::tr("Date of birth: %1 is in the future (today is %2); for a baby not yet "
                                  "born, give the expected delivery date instead.")
                        .arg(TextServices::formatDate(*clean.dateOfBirth), TextServices::formatDate(today)));
    if (clean.expectedDeliveryDate) {
        const QDate expected = *clean.expectedDeliveryDate;
        if (expected > today.addMonths(maxMonthsAhead))
            throw Error(ErrorKind::InvalidInput, HouseholdField::expectedDelivery,
                        ModelText::tr("Expected delivery date: %1 is more than %2 months ahead; check the "
                                      "date.")
                            .arg(TextServices::formatDate(expected))
                            .arg(maxMonthsAhead));
        if (expected < today.addMonths(-maxMonthsPast))
            throw Error(ErrorKind::InvalidInput, HouseholdField::expectedDelivery,
                        ModelText::tr("Expected delivery date: %1 is more than a month ago; if the baby has "
                                      "been born, record their date of birth instead.")
                            .arg(TextServices::formatDate(expected)));
    }

    clean.language = tidy(details.language).toUpper();
    if (!clean.language.isEmpty() && !languages().contains(clean.language))
        throw Error(ErrorKind::InvalidInput, HouseholdField::language,
                    ModelText::tr("Language: \"%1\" is not a code in the DfE language list (%2); leave it "
                                  "empty when not known.")
                        .arg(details.language.trimmed(), languages().codes().join(QStringLiteral(", "))));
    clean.notes =
        checkedText(tidy(details.notes), HouseholdField::notes, ModelText::tr("Notes"), maxNotesLength);
    return clean;
}

} // namespace lantern
