#include "records/SearchIndex.h"

#include "storage/Database.h"
#include "text/TextServices.h"

namespace lantern {

namespace {

QString joinIds(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

SearchIndex::SearchIndex(Database& db)
    : m_db(db)
{}

void SearchIndex::index(const QString& objectType, qint64 objectId, const QList<qint64>& pupilIds,
                        const QStringList& texts)
{
    remove(objectType, objectId);
    QStringList tokens;
    for (const QString& text : texts)
        tokens += TextServices::searchTokens(text);
    Statement insert(m_db, "INSERT INTO search_index (object_type, object_id, pupil_ids, keys) "
                           "VALUES (:type, :id, :pupils, :keys);");
    insert.bind(":type", objectType)
        .bind(":id", QString::number(objectId))
        .bind(":pupils", joinIds(pupilIds))
        .bind(":keys", tokens.join(QLatin1Char(' ')));
    insert.run();
}

void SearchIndex::remove(const QString& objectType, qint64 objectId)
{
    Statement erase(m_db, "DELETE FROM search_index WHERE object_type = :type AND object_id = :id;");
    erase.bind(":type", objectType).bind(":id", QString::number(objectId));
    erase.run();
}

QList<SearchIndex::Hit> SearchIndex::search(const QString& query, int limit) const
{
    QStringList terms;
    for (const QString& token : TextServices::searchTokens(query)) {
        // Tokens are words without punctuation; quote them anyway so FTS syntax in input is never
        // interpreted. The prefix star goes inside the quotes ("zo*"): after the closing quote FTS4 does not
        // read it as a prefix, and only whole words would match.
        QString safe = token;
        safe.remove(QLatin1Char('"'));
        if (!safe.isEmpty())
            terms.append(QLatin1Char('"') + safe + QStringLiteral("*\""));
    }
    QList<Hit> hits;
    if (terms.isEmpty())
        return hits;
    Statement select(m_db,
                     "SELECT object_type, object_id, pupil_ids FROM search_index WHERE keys MATCH :query "
                     "LIMIT :limit;");
    select.bind(":query", terms.join(QLatin1Char(' '))).bind(":limit", limit);
    while (select.step()) {
        Hit hit;
        hit.objectType = select.text(0);
        hit.objectId = select.text(1).toLongLong();
        for (const QString& id : select.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            hit.pupilIds.append(id.toLongLong());
        hits.append(hit);
    }
    return hits;
}

} // namespace lantern
