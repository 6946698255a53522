#include "records/ChronologyRepository.h"

#include "audit/AuditLog.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "records/ChronologyWriter.h"
#include "records/SearchIndex.h"
#include "records/VersionedRecord.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace ChronologyTypes {

const QList<ChronologyType>& manual()
{
    static const QList<ChronologyType> types{
        {QStringLiteral("bereavement"), QStringLiteral("Bereavement")},
        {QStringLiteral("house-move"), QStringLiteral("House move")},
        {QStringLiteral("exclusion"), QStringLiteral("Exclusion")},
        {QStringLiteral("missing-episode"), QStringLiteral("Missing episode")},
        {QStringLiteral("family-change"), QStringLiteral("Family change")},
        {QStringLiteral("health"), QStringLiteral("Health")},
        {QStringLiteral("police-contact"), QStringLiteral("Police contact")},
        {QStringLiteral("other"), QStringLiteral("Other")},
    };
    return types;
}

bool isManual(const QString& id)
{
    for (const ChronologyType& type : manual())
        if (type.id == id)
            return true;
    return false;
}

QString label(const QString& id)
{
    static const QList<ChronologyType> automatic{
        {QStringLiteral("concern"), QStringLiteral("Concern")},
        {QStringLiteral("decision"), QStringLiteral("Decision")},
        {QStringLiteral("referral"), QStringLiteral("Referral")},
        {QStringLiteral("meeting"), QStringLiteral("Meeting")},
        {QStringLiteral("plan"), QStringLiteral("Plan")},
        {QStringLiteral("voice"), QStringLiteral("Child's voice")},
        {QStringLiteral("household"), QStringLiteral("Household")},
        {QStringLiteral("information-sharing"), QStringLiteral("Information sharing")},
        {QStringLiteral("action"), QStringLiteral("Action")},
    };
    for (const QList<ChronologyType>* list : {&manual(), &automatic})
        for (const ChronologyType& type : *list)
            if (type.id == id)
                return type.label;
    return id;
}

QString manualIdList()
{
    QStringList ids;
    for (const ChronologyType& type : manual())
        ids.append(type.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace ChronologyTypes

namespace {

ChronologyEntry readEntry(const Statement& row)
{
    ChronologyEntry entry;
    entry.id = row.integer(0);
    entry.pupilId = row.integer(1);
    entry.when = PartialDate::fromStored(row.text(2), row.text(3));
    entry.type = row.text(4);
    entry.summary = row.text(5);
    entry.sourceType = row.text(6);
    entry.sourceId = row.optionalInteger(7);
    entry.source = row.text(8);
    entry.whyItMatters = row.text(9);
    entry.effectOnChild = row.text(10);
    entry.significant = row.integer(11) != 0;
    entry.recordedAt = fromIsoUtc(row.text(12));
    entry.recordedBy = row.text(13);
    entry.supersededBy = row.optionalInteger(14);
    entry.amendReason = row.text(15);
    entry.childWords = row.text(16);
    return entry;
}

QString filterDetails(const ChronologyFilter& filter)
{
    QStringList parts;
    if (filter.from)
        parts.append(QStringLiteral("from ") + filter.from->toString(Qt::ISODate));
    if (filter.to)
        parts.append(QStringLiteral("to ") + filter.to->toString(Qt::ISODate));
    if (!filter.types.isEmpty())
        parts.append(QStringLiteral("types ") + filter.types.join(QLatin1Char(',')));
    if (filter.significantOnly)
        parts.append(QStringLiteral("significant only"));
    if (filter.includeSuperseded)
        parts.append(QStringLiteral("with superseded"));
    return parts.join(QStringLiteral("; "));
}

ChronologyWriter::Entry writerEntry(qint64 pupilId, const ManualChronologyEntry& entry)
{
    ChronologyWriter::Entry written;
    written.pupilId = pupilId;
    written.when = entry.when;
    written.type = entry.type;
    written.summary = entry.summary;
    written.sourceType = QStringLiteral("manual");
    written.sourceDetail = entry.source;
    written.whyItMatters = entry.whyItMatters;
    written.effectOnChild = entry.effectOnChild;
    written.significant = entry.significant;
    return written;
}

// One version of a manual entry: each is its own row of chronology_entries, the older superseded by the newer
// (VersionTable::Layout::Chain).
struct ManualChronologyVersion {
    int version = 0;
    qint64 pupilId = 0;
    ManualChronologyEntry entry;
    QDateTime amendedAt;
    QString amendedBy;
    QString amendReason;
};

VersionedRecord<ManualChronologyVersion> manualVersions(Database& db, ChronologyWriter& writer)
{
    VersionedRecord<ManualChronologyVersion>::Description description;
    description.table = {VersionTable::Layout::Chain,
                         "chronology_entries",
                         {},
                         {"pupil_id", "event_value", "event_precision", "entry_type", "summary",
                          "source_detail", "why_it_matters", "effect_on_child", "significant"}};
    description.values = [](const ManualChronologyVersion& v) -> QVariantList {
        const ManualChronologyEntry& e = v.entry;
        return {v.pupilId, e.when.value(), e.when.precisionName(), e.type,       e.summary,
                e.source,  e.whyItMatters, e.effectOnChild,        e.significant};
    };
    description.read = [](const Statement& row, int first, ManualChronologyVersion& v) {
        v.pupilId = row.integer(first);
        v.entry.when = PartialDate::fromStored(row.text(first + 1), row.text(first + 2));
        v.entry.type = row.text(first + 3);
        v.entry.summary = row.text(first + 4);
        v.entry.source = row.text(first + 5);
        v.entry.whyItMatters = row.text(first + 6);
        v.entry.effectOnChild = row.text(first + 7);
        v.entry.significant = row.integer(first + 8) != 0;
    };
    description.insertRow = [&writer](const ManualChronologyVersion& v) {
        return writer.add(writerEntry(v.pupilId, v.entry));
    };
    description.noContent = ModelText::tr("There is no chronology entry %1.");
    return VersionedRecord<ManualChronologyVersion>(db, std::move(description));
}

void indexEntry(Database& db, qint64 entryId, qint64 pupilId, const ManualChronologyEntry& entry)
{
    SearchIndex(db).index(QStringLiteral("chronology"), entryId, {pupilId},
                          {entry.summary, entry.source, entry.whyItMatters, entry.effectOnChild});
}

} // namespace

ChronologyRepository::ChronologyRepository(Vault& vault)
    : m_vault(vault)
{}

QList<ChronologyEntry> ChronologyRepository::entries(qint64 pupilId, const ChronologyFilter& filter)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(m_vault.database(), pupilId);

    QByteArray sql = "SELECT id, pupil_id, event_value, event_precision, entry_type, summary, source_type, "
                     "source_id, source_detail, why_it_matters, effect_on_child, significant, recorded_at, "
                     "recorded_by, superseded_by, amend_reason, child_words FROM chronology_entries WHERE "
                     "pupil_id = :pupil";
    if (!filter.includeSuperseded)
        sql += " AND superseded_by IS NULL";
    if (filter.significantOnly)
        sql += " AND significant = 1";
    // The sort key is the first moment an entry can mean, so "before the day after `to`" keeps every entry
    // that starts within range; the `from` side needs each entry's last day and is checked below.
    if (filter.to)
        sql += " AND event_sort < :before";
    if (!filter.types.isEmpty()) {
        QByteArrayList names;
        for (qsizetype i = 0; i < filter.types.size(); ++i)
            names.append(":type" + QByteArray::number(i));
        sql += " AND entry_type IN (" + names.join(", ") + ")";
    }
    sql += " ORDER BY event_sort, id;";

    Statement select(db, sql.constData());
    select.bind(":pupil", pupilId);
    if (filter.to) {
        const QString before = filter.to->addDays(1).toString(Qt::ISODate) + QStringLiteral("T00:00");
        select.bind(":before", before);
    }
    for (qsizetype i = 0; i < filter.types.size(); ++i) {
        const QByteArray name = ":type" + QByteArray::number(i);
        select.bind(name.constData(), filter.types.at(i));
    }
    QList<ChronologyEntry> result;
    while (select.step()) {
        ChronologyEntry entry = readEntry(select);
        if (filter.from && entry.when.lastDay() < *filter.from)
            continue;
        result.append(std::move(entry));
    }

    m_vault.audit().append(m_vault.user().username, QStringLiteral("chronology.view"),
                           QStringLiteral("pupil"), QString::number(pupilId), filterDetails(filter));
    transaction.commit();
    return result;
}

std::optional<ChronologySize> ChronologyRepository::largest()
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Statement query(m_vault.database(), "SELECT pupil_id, COUNT(*) FROM chronology_entries "
                                        "WHERE superseded_by IS NULL GROUP BY pupil_id "
                                        "ORDER BY COUNT(*) DESC, pupil_id LIMIT 1;");
    if (!query.step())
        return std::nullopt;
    return ChronologySize{query.integer(0), static_cast<int>(query.integer(1))};
}

qint64 ChronologyRepository::addManual(qint64 pupilId, const ManualChronologyEntry& entry)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const ManualChronologyEntry clean = validated(entry);
    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(m_vault.database(), pupilId);

    const QString actor = m_vault.user().username;
    ChronologyWriter writer(db, actor, isoUtc(m_vault.clock().nowUtc()));
    const qint64 id = writer.add(writerEntry(pupilId, clean));
    indexEntry(db, id, pupilId, clean);
    m_vault.audit().append(actor, QStringLiteral("chronology.add"), QStringLiteral("chronology"),
                           QString::number(id), QStringLiteral("pupil %1; %2").arg(pupilId).arg(clean.type));
    transaction.commit();
    return id;
}

qint64 ChronologyRepository::amendManual(qint64 entryId, const ManualChronologyChanges& changes,
                                         const QString& reason)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement find(
        db, "SELECT id, pupil_id, event_value, event_precision, entry_type, summary, source_type, "
            "source_id, source_detail, why_it_matters, effect_on_child, significant, recorded_at, "
            "recorded_by, superseded_by, amend_reason, child_words FROM chronology_entries WHERE id = :id;");
    find.bind(":id", entryId);
    if (!find.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no chronology entry %1.").arg(entryId));
    const ChronologyEntry old = readEntry(find);
    if (old.sourceType != QLatin1String("manual"))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Chronology entry %1 was placed by a %2; amend the %2 instead.")
                        .arg(entryId)
                        .arg(ChronologyTypes::label(old.sourceType).toLower()));
    if (!old.isCurrent())
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Chronology entry %1 has already been amended (by entry %2); amend the newer "
                          "entry.")
                .arg(entryId)
                .arg(*old.supersededBy));

    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    ChronologyWriter writer(db, actor, now);
    const auto amended = manualVersions(db, writer)
                             .amend(
                                 entryId, reason,
                                 [&](const ManualChronologyVersion& current) {
                                     const ManualChronologyEntry& was = current.entry;
                                     ManualChronologyEntry next;
                                     next.when = changes.when.value_or(was.when);
                                     next.type = changes.type.value_or(was.type);
                                     next.summary = changes.summary.value_or(was.summary);
                                     next.source = changes.source.value_or(was.source);
                                     next.whyItMatters = changes.whyItMatters.value_or(was.whyItMatters);
                                     next.effectOnChild = changes.effectOnChild.value_or(was.effectOnChild);
                                     next.significant = changes.significant.value_or(was.significant);
                                     ManualChronologyVersion result = current;
                                     result.entry = validated(next);
                                     return result;
                                 },
                                 actor, now);
    const qint64 newId = amended.rowId;
    SearchIndex(db).remove(QStringLiteral("chronology"), entryId);
    indexEntry(db, newId, old.pupilId, amended.current.entry);
    m_vault.audit().append(actor, QStringLiteral("chronology.amend"), QStringLiteral("chronology"),
                           QString::number(entryId),
                           QStringLiteral("pupil %1; superseded by %2").arg(old.pupilId).arg(newId));
    transaction.commit();
    return newId;
}

ManualChronologyEntry ChronologyRepository::validated(const ManualChronologyEntry& entry) const
{
    ManualChronologyEntry clean = entry;
    if (!entry.when.isValid())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Date: say when it happened (the month is enough)."));
    // "Now" as the school means it: UK local time, whose date differs from the UTC date just after midnight
    // in summer.
    const QDateTime now = toUkLocal(m_vault.clock().nowUtc());
    if (entry.when.isLaterThan(now))
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Date: %1 is in the future; the chronology records what has happened (today is "
                          "%2).")
                .arg(entry.when.display(), TextServices::formatDate(now.date())));
    clean.type = entry.type.trimmed();
    if (!ChronologyTypes::isManual(clean.type))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Type: \"%1\" is not a chronology entry type; use one of "
                                  "%2.")
                        .arg(entry.type, ChronologyTypes::manualIdList()));
    clean.summary = TextServices::normalizeForStorage(entry.summary).trimmed();
    if (clean.summary.isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Summary: say what happened; it is required."));
    clean.source = TextServices::normalizeForStorage(entry.source).trimmed();
    clean.whyItMatters = TextServices::normalizeForStorage(entry.whyItMatters).trimmed();
    clean.effectOnChild = TextServices::normalizeForStorage(entry.effectOnChild).trimmed();
    return clean;
}

} // namespace lantern
