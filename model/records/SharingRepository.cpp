#include "records/SharingRepository.h"

#include "audit/AuditLog.h"
#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "records/ChronologyWriter.h"
#include "records/SearchIndex.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <algorithm>

namespace lantern {

namespace {

const QString chronologyType = QStringLiteral("information-sharing");

// A sharing record's versions (information_sharing_versions).
VersionedRecord<SharingVersion> sharingVersions(Database& db)
{
    VersionedRecord<SharingVersion>::Description description;
    description.table = {VersionTable::Layout::Numbered,
                         "information_sharing_versions",
                         "sharing_id",
                         {"direction", "method", "occurred_at", "with_whom", "what", "why", "lawful_basis"}};
    description.values = [](const SharingVersion& v) -> QVariantList {
        return {sharingDirectionName(v.direction),
                sharingMethodName(v.method),
                isoUtc(v.occurredAt),
                v.withWhom,
                v.what,
                v.why,
                v.lawfulBasis};
    };
    description.read = [](const Statement& row, int first, SharingVersion& v) {
        v.direction = sharingDirectionFromName(row.text(first)).value_or(SharingDirection::Shared);
        v.method = sharingMethodFromName(row.text(first + 1)).value_or(SharingMethod::Other);
        v.occurredAt = fromIsoUtc(row.text(first + 2));
        v.withWhom = row.text(first + 3);
        v.what = row.text(first + 4);
        v.why = row.text(first + 5);
        v.lawfulBasis = row.text(first + 6);
    };
    description.noContent = ModelText::tr("Information-sharing record %1 has no content.");
    return VersionedRecord<SharingVersion>(db, std::move(description));
}

// The chronology line: who, how and the start of what; the reason (or, not shared, the reason not to) as why
// it matters. A decision not to share is significant: it is the one a reviewer will ask about.
ChronologyWriter::Entry chronologyEntry(qint64 id, qint64 pupilId, const SharingDetails& details)
{
    ChronologyWriter::Entry entry;
    entry.pupilId = pupilId;
    entry.when = PartialDate::minute(toUkLocal(details.occurredAt));
    entry.type = chronologyType;
    const QString with = details.direction == SharingDirection::NotShared
                             ? sharingDirectionLabel(details.direction) + QStringLiteral(" with")
                             : sharingDirectionLabel(details.direction);
    entry.summary = QStringLiteral("%1 %2 (%3): %4")
                        .arg(with, details.withWhom, sharingMethodLabel(details.method).toLower(),
                             excerpt(details.what, 160));
    entry.sourceType = chronologyType;
    entry.sourceId = id;
    entry.sourceDetail = details.withWhom;
    entry.whyItMatters = details.why;
    entry.significant = details.direction == SharingDirection::NotShared;
    return entry;
}

void indexEntry(Database& db, qint64 entryId, qint64 pupilId, const SharingDetails& details)
{
    SearchIndex(db).index(QStringLiteral("chronology"), entryId, {pupilId},
                          {details.withWhom, details.what, details.why, details.lawfulBasis});
}

QString auditDetails(qint64 pupilId, const SharingDetails& details)
{
    return QStringLiteral("pupil %1; %2; %3")
        .arg(pupilId)
        .arg(sharingDirectionName(details.direction), sharingMethodName(details.method));
}

qint64 pupilOf(Database& db, qint64 id)
{
    Statement find(db, "SELECT pupil_id FROM information_sharing WHERE id = :id;");
    find.bind(":id", id);
    if (!find.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no information-sharing record %1.").arg(id));
    return find.integer(0);
}

SharingRecord readRecord(Database& db, qint64 id, qint64 pupilId)
{
    SharingRecord record;
    record.id = id;
    record.pupilId = pupilId;
    record.history = sharingVersions(db).history(id);
    record.current = record.history.last();
    return record;
}

[[noreturn]] void invalid(QLatin1String field, const QString& message)
{
    throw Error(ErrorKind::InvalidInput, field, message);
}

} // namespace

SharingRepository::SharingRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 SharingRepository::add(qint64 pupilId, const SharingDetails& details)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const SharingDetails clean = validated(details);
    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(db, pupilId);

    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    Statement insert(db, "INSERT INTO information_sharing (pupil_id, recorded_at, recorded_by) "
                         "VALUES (:pupil, :at, :by);");
    insert.bind(":pupil", pupilId).bind(":at", now).bind(":by", actor);
    insert.run();
    const qint64 id = db.lastInsertId();
    SharingVersion first;
    static_cast<SharingDetails&>(first) = clean;
    sharingVersions(db).create(id, first, actor, now);
    const qint64 entryId = ChronologyWriter(db, actor, now).add(chronologyEntry(id, pupilId, clean));
    indexEntry(db, entryId, pupilId, clean);
    m_vault.audit().append(actor, QStringLiteral("sharing.add"), QStringLiteral("sharing"),
                           QString::number(id), auditDetails(pupilId, clean));
    transaction.commit();
    return id;
}

void SharingRepository::amend(qint64 id, const SharingDetails& details, const QString& reason)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const qint64 pupilId = pupilOf(db, id);

    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    const auto amended = sharingVersions(db).amend(
        id, reason,
        [&](const SharingVersion& current) {
            SharingVersion next = current;
            static_cast<SharingDetails&>(next) = validated(details);
            return next;
        },
        actor, now);
    const SharingDetails& clean = amended.current;
    const qint64 entryId = ChronologyWriter(db, actor, now)
                               .supersede(chronologyType, id, pupilId, chronologyEntry(id, pupilId, clean),
                                          amended.current.amendReason);
    indexEntry(db, entryId, pupilId, clean);
    m_vault.audit().append(
        actor, QStringLiteral("sharing.amend"), QStringLiteral("sharing"), QString::number(id),
        auditDetails(pupilId, clean) + QStringLiteral("; version %1").arg(amended.current.version));
    transaction.commit();
}

QList<SharingRecord> SharingRepository::records(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(db, pupilId);
    Statement select(db, "SELECT id FROM information_sharing WHERE pupil_id = :pupil ORDER BY id;");
    select.bind(":pupil", pupilId);
    QList<qint64> ids;
    while (select.step())
        ids.append(select.integer(0));
    QList<SharingRecord> result;
    for (qint64 id : ids)
        result.append(readRecord(db, id, pupilId));
    // Most recent first by when it happened as it now stands (an amendment can move it), then last recorded.
    std::stable_sort(result.begin(), result.end(), [](const SharingRecord& a, const SharingRecord& b) {
        return a.current.occurredAt != b.current.occurredAt ? a.current.occurredAt > b.current.occurredAt
                                                            : a.id > b.id;
    });
    m_vault.audit().append(m_vault.user().username, QStringLiteral("sharing.view"), QStringLiteral("pupil"),
                           QString::number(pupilId), QStringLiteral("%1 records").arg(result.size()));
    transaction.commit();
    return result;
}

SharingRecord SharingRepository::get(qint64 id)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const SharingRecord record = readRecord(db, id, pupilOf(db, id));
    m_vault.audit().append(m_vault.user().username, QStringLiteral("sharing.view"), QStringLiteral("sharing"),
                           QString::number(id), QStringLiteral("pupil %1").arg(record.pupilId));
    transaction.commit();
    return record;
}

SharingDetails SharingRepository::validated(const SharingDetails& details) const
{
    SharingDetails clean = details;
    const bool notShared = details.direction == SharingDirection::NotShared;
    clean.withWhom =
        checkedText(tidy(details.withWhom), SharingField::withWhom, ModelText::tr("With whom"), 300);
    if (clean.withWhom.isEmpty())
        invalid(SharingField::withWhom,
                notShared ? ModelText::tr("With whom: name the person and agency who asked; it is required.")
                          : ModelText::tr("With whom: name the person and agency; it is required."));
    clean.what = checkedText(tidy(details.what), SharingField::what, ModelText::tr("What"), 20000);
    if (clean.what.isEmpty())
        invalid(SharingField::what,
                notShared
                    ? ModelText::tr("What: say what was asked for; it is required.")
                    : ModelText::tr("What: say what information was %1; it is required.")
                          .arg(details.direction == SharingDirection::Shared ? ModelText::tr("shared")
                                                                             : ModelText::tr("received")));
    clean.why =
        checkedText(tidy(details.why), SharingField::why,
                    notShared ? ModelText::tr("Reason for not sharing") : ModelText::tr("Why"), 10000);
    if (clean.why.isEmpty())
        invalid(SharingField::why,
                notShared
                    ? ModelText::tr("Reason for not sharing: a decision not to share must be recorded "
                                    "with its reason; it is required.")
                    : ModelText::tr("Why: say what the information was %1 for; it is required.")
                          .arg(details.direction == SharingDirection::Shared ? ModelText::tr("shared")
                                                                             : ModelText::tr("received")));
    clean.lawfulBasis = checkedText(tidy(details.lawfulBasis), SharingField::lawfulBasis,
                                    ModelText::tr("Lawful basis"), 2000);
    if (details.direction == SharingDirection::Shared && clean.lawfulBasis.isEmpty())
        invalid(SharingField::lawfulBasis,
                ModelText::tr("Lawful basis: information shared needs the lawful basis it was shared on (for "
                              "example UK GDPR Article 6(1)(e) and the safeguarding condition of the Data "
                              "Protection Act 2018); it is required."));
    if (details.direction != SharingDirection::Shared && !clean.lawfulBasis.isEmpty())
        invalid(
            SharingField::lawfulBasis,
            ModelText::tr("Lawful basis: only information the school shares is recorded with one; leave it "
                          "empty for information %1.")
                .arg(notShared ? ModelText::tr("not shared") : ModelText::tr("received")));
    if (!details.occurredAt.isValid())
        invalid(SharingField::occurredAt, ModelText::tr("When: say when it happened; it is required."));
    clean.occurredAt = details.occurredAt.toUTC();
    const QDateTime now = m_vault.clock().nowUtc();
    if (clean.occurredAt > now)
        invalid(SharingField::occurredAt,
                ModelText::tr("When: %1 is in the future (it is now %2).")
                    .arg(TextServices::formatDateTime(clean.occurredAt), TextServices::formatDateTime(now)));
    return clean;
}

} // namespace lantern
