#include "records/ChronologyWriter.h"

#include "storage/Database.h"
#include "text/TextServices.h"

namespace lantern {

ChronologyWriter::ChronologyWriter(Database& db, QString actor, QString nowUtc)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_now(std::move(nowUtc))
{}

qint64 ChronologyWriter::add(const Entry& entry)
{
    Statement insert(m_db,
                     "INSERT INTO chronology_entries (pupil_id, event_value, event_precision, event_sort, "
                     "entry_type, summary, source_type, source_id, source_detail, why_it_matters, "
                     "effect_on_child, child_words, significant, recorded_at, recorded_by) VALUES (:pupil, "
                     ":value, :precision, :sort, :type, :summary, :sourceType, :sourceId, :detail, :why, "
                     ":effect, :words, :significant, :at, :by);");
    insert.bind(":pupil", entry.pupilId)
        .bind(":value", entry.when.value())
        .bind(":precision", entry.when.precisionName())
        .bind(":sort", entry.when.sortKey())
        .bind(":type", entry.type)
        .bind(":summary", TextServices::normalizeForStorage(entry.summary))
        .bind(":sourceType", entry.sourceType)
        .bind(":sourceId", entry.sourceId)
        .bind(":detail", TextServices::normalizeForStorage(entry.sourceDetail))
        .bind(":why", TextServices::normalizeForStorage(entry.whyItMatters))
        .bind(":effect", TextServices::normalizeForStorage(entry.effectOnChild))
        .bind(":words", TextServices::normalizeForStorage(entry.childWords))
        .bind(":significant", entry.significant)
        .bind(":at", m_now)
        .bind(":by", m_actor);
    insert.run();
    return m_db.lastInsertId();
}

qint64 ChronologyWriter::supersede(const QString& sourceType, qint64 sourceId, qint64 pupilId,
                                   const Entry& replacement, const QString& reason)
{
    const qint64 newId = add(replacement);
    Statement mark(m_db, "UPDATE chronology_entries SET superseded_by = :new, amend_reason = :reason "
                         "WHERE source_type = :type AND source_id = :source AND pupil_id = :pupil "
                         "AND superseded_by IS NULL AND id <> :new;");
    mark.bind(":new", newId)
        .bind(":reason", TextServices::normalizeForStorage(reason))
        .bind(":type", sourceType)
        .bind(":source", sourceId)
        .bind(":pupil", pupilId);
    mark.run();
    return newId;
}

void ChronologyWriter::retire(const QString& sourceType, qint64 sourceId, qint64 pupilId,
                              const QString& reason)
{
    // Superseded by itself: no longer current, still readable, with the reason.
    Statement mark(m_db, "UPDATE chronology_entries SET superseded_by = id, amend_reason = :reason "
                         "WHERE source_type = :type AND source_id = :source AND pupil_id = :pupil "
                         "AND superseded_by IS NULL;");
    mark.bind(":reason", TextServices::normalizeForStorage(reason))
        .bind(":type", sourceType)
        .bind(":source", sourceId)
        .bind(":pupil", pupilId);
    mark.run();
}

} // namespace lantern
