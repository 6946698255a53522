#include "records/VoiceRepository.h"

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

#include <algorithm>

namespace lantern {

namespace {

// The chronology line for a voice entry: how it was heard and the start of the child's own words.
ChronologyWriter::Entry chronologyEntry(qint64 voiceId, qint64 pupilId, const VoiceContent& content)
{
    constexpr qsizetype maxWords = 160;
    QString words = content.words.simplified();
    if (words.size() > maxWords)
        words = words.left(maxWords - 1).trimmed() + QChar(0x2026);
    ChronologyWriter::Entry entry;
    entry.pupilId = pupilId;
    entry.when = content.captured;
    entry.type = QStringLiteral("voice");
    entry.summary =
        VoiceMethods::label(content.method) + QStringLiteral(": \u201C") + words + QStringLiteral("\u201D");
    entry.sourceType = QStringLiteral("voice");
    entry.sourceId = voiceId;
    entry.sourceDetail = QStringLiteral("The child");
    entry.whyItMatters = content.wishesAndFeelings;
    entry.childWords = content.words;
    return entry;
}

void indexVoice(Database& db, qint64 voiceId, qint64 pupilId, const VoiceContent& content)
{
    SearchIndex(db).index(QStringLiteral("voice"), voiceId, {pupilId},
                          {content.words, content.adaptations, content.wishesAndFeelings});
}

// A voice entry's versions (voice_versions).
VersionedRecord<VoiceVersion> voiceVersions(Database& db)
{
    VersionedRecord<VoiceVersion>::Description description;
    description.table = {VersionTable::Layout::Numbered,
                         "voice_versions",
                         "voice_id",
                         {"captured_value", "captured_precision", "captured_sort", "method", "words",
                          "adaptations", "wishes_and_feelings", "told_what_happens_next"}};
    description.values = [](const VoiceVersion& v) -> QVariantList {
        const VoiceContent& c = v.content;
        return {c.captured.value(), c.captured.precisionName(), c.captured.sortKey(), c.method, c.words,
                c.adaptations,      c.wishesAndFeelings,        c.toldWhatHappensNext};
    };
    description.read = [](const Statement& row, int first, VoiceVersion& v) {
        v.content.captured = PartialDate::fromStored(row.text(first), row.text(first + 1));
        v.content.method = row.text(first + 3);
        v.content.words = row.text(first + 4);
        v.content.adaptations = row.text(first + 5);
        v.content.wishesAndFeelings = row.text(first + 6);
        v.content.toldWhatHappensNext = row.integer(first + 7) != 0;
    };
    description.noContent = ModelText::tr("Child's voice entry %1 has no content.");
    return VersionedRecord<VoiceVersion>(db, std::move(description));
}

bool overlaps(const PartialDate& when, const QDate& from, const QDate& to)
{
    return when.lastDay() >= from && when.firstDay() <= to;
}

} // namespace

VoiceRepository::VoiceRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 VoiceRepository::add(qint64 pupilId, const VoiceContent& content)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const VoiceContent clean = validated(content);
    Database& db = m_vault.database();
    Transaction transaction(db);
    casework::requirePupil(m_vault.database(), pupilId);

    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    Statement insert(
        db, "INSERT INTO voice_entries (pupil_id, recorded_at, recorded_by) VALUES (:pupil, :at, :by);");
    insert.bind(":pupil", pupilId).bind(":at", now).bind(":by", actor);
    insert.run();
    const qint64 id = db.lastInsertId();
    voiceVersions(db).create(id, {1, clean, {}, {}, {}}, actor, now);
    ChronologyWriter(db, actor, now).add(chronologyEntry(id, pupilId, clean));
    indexVoice(db, id, pupilId, clean);
    m_vault.audit().append(actor, QStringLiteral("voice.add"), QStringLiteral("voice"), QString::number(id),
                           QStringLiteral("pupil %1; %2").arg(pupilId).arg(clean.method));
    transaction.commit();
    return id;
}

int VoiceRepository::amend(qint64 voiceId, const VoiceChanges& changes, const QString& reason)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement find(db, "SELECT pupil_id FROM voice_entries WHERE id = :id;");
    find.bind(":id", voiceId);
    if (!find.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no child's voice entry %1.").arg(voiceId));
    const qint64 pupilId = find.integer(0);

    const QString actor = m_vault.user().username;
    const QString now = isoUtc(m_vault.clock().nowUtc());
    const auto amended = voiceVersions(db).amend(
        voiceId, reason,
        [&](const VoiceVersion& current) {
            const VoiceContent& old = current.content;
            VoiceVersion next = current;
            next.content.captured = changes.captured.value_or(old.captured);
            next.content.method = changes.method.value_or(old.method);
            next.content.words = changes.words.value_or(old.words);
            next.content.adaptations = changes.adaptations.value_or(old.adaptations);
            next.content.wishesAndFeelings = changes.wishesAndFeelings.value_or(old.wishesAndFeelings);
            next.content.toldWhatHappensNext = changes.toldWhatHappensNext.value_or(old.toldWhatHappensNext);
            next.content = validated(next.content);
            return next;
        },
        actor, now);
    const VoiceContent& clean = amended.current.content;
    const int version = amended.current.version;
    const QString& why = amended.current.amendReason;
    ChronologyWriter(db, actor, now)
        .supersede(QStringLiteral("voice"), voiceId, pupilId, chronologyEntry(voiceId, pupilId, clean), why);
    indexVoice(db, voiceId, pupilId, clean);
    m_vault.audit().append(actor, QStringLiteral("voice.amend"), QStringLiteral("voice"),
                           QString::number(voiceId),
                           QStringLiteral("pupil %1; version %2").arg(pupilId).arg(version));
    transaction.commit();
    return version;
}

QList<VoiceEntry> VoiceRepository::list(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Transaction transaction(m_vault.database());
    casework::requirePupil(m_vault.database(), pupilId);
    QList<VoiceEntry> entries = read(pupilId);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("voice.view"), QStringLiteral("pupil"),
                           QString::number(pupilId), QStringLiteral("%1 entries").arg(entries.size()));
    transaction.commit();
    return entries;
}

std::optional<VoiceEntry> VoiceRepository::latestInPeriod(qint64 pupilId, const QDate& from, const QDate& to)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Transaction transaction(m_vault.database());
    casework::requirePupil(m_vault.database(), pupilId);
    std::optional<VoiceEntry> latest;
    for (const VoiceEntry& entry : read(pupilId)) { // most recent first
        if (overlaps(entry.current().content.captured, from, to)) {
            latest = entry;
            break;
        }
    }
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("voice.view"), QStringLiteral("pupil"),
        QString::number(pupilId),
        QStringLiteral("latest from %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    transaction.commit();
    return latest;
}

QList<VoiceEntry> VoiceRepository::read(qint64 pupilId)
{
    Database& db = m_vault.database();
    Statement select(db, "SELECT id, recorded_at, recorded_by FROM voice_entries WHERE pupil_id = :pupil "
                         "ORDER BY id;");
    select.bind(":pupil", pupilId);
    QList<VoiceEntry> entries;
    while (select.step()) {
        VoiceEntry entry;
        entry.id = select.integer(0);
        entry.pupilId = pupilId;
        entry.recordedAt = fromIsoUtc(select.text(1));
        entry.recordedBy = select.text(2);
        entries.append(entry);
    }
    const VersionedRecord<VoiceVersion> versions = voiceVersions(db);
    for (VoiceEntry& entry : entries)
        entry.versions = versions.history(entry.id);
    // Most recently captured first (by the current version's date), then most recently recorded.
    std::stable_sort(entries.begin(), entries.end(), [](const VoiceEntry& a, const VoiceEntry& b) {
        const QString aKey = a.current().content.captured.sortKey();
        const QString bKey = b.current().content.captured.sortKey();
        return aKey != bKey ? aKey > bKey : a.id > b.id;
    });
    return entries;
}

VoiceContent VoiceRepository::validated(const VoiceContent& content) const
{
    VoiceContent clean = content;
    if (!content.captured.isValid())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Date: say when the child's voice was captured."));
    // "Now" as the school means it: UK local time.
    const QDateTime now = toUkLocal(m_vault.clock().nowUtc());
    if (content.captured.isLaterThan(now))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Date: %1 is in the future (today is %2).")
                        .arg(content.captured.display(), TextServices::formatDate(now.date())));
    clean.method = content.method.trimmed();
    if (!VoiceMethods::isKnown(clean.method))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Method: \"%1\" is not a way of capturing the child's "
                                  "voice; use one of %2.")
                        .arg(content.method, VoiceMethods::idList()));
    // Verbatim: normalised for storage (NFC, no control characters) but not trimmed inside or re-worded.
    clean.words = TextServices::normalizeForStorage(content.words);
    if (clean.words.trimmed().isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Words: record what the child said, wrote, drew or showed; it is required."));
    clean.adaptations = TextServices::normalizeForStorage(content.adaptations).trimmed();
    clean.wishesAndFeelings = TextServices::normalizeForStorage(content.wishesAndFeelings).trimmed();
    return clean;
}

} // namespace lantern
