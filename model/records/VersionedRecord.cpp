#include "records/VersionedRecord.h"

#include "core/ModelText.h"
#include "text/TextServices.h"

namespace lantern {

namespace AmendmentRules {

QString reasonRequiredMessage()
{
    return ModelText::tr("Reason for the amendment: say why the record is being changed; the original stays "
                         "readable beside the new version.");
}

QString nothingChangedMessage()
{
    return ModelText::tr("Amendment: nothing was changed; the new version would be the same as the current "
                         "one.");
}

QString requireReason(const QString& reason)
{
    const QString why = TextServices::normalizeForStorage(reason).trimmed();
    if (why.isEmpty())
        throw Error(ErrorKind::InvalidInput, AmendmentField::reason, reasonRequiredMessage());
    return why;
}

void requireChange(bool changed)
{
    if (!changed)
        throw Error(ErrorKind::InvalidInput, AmendmentField::changes, nothingChangedMessage());
}

} // namespace AmendmentRules

namespace versioning {

namespace {

void bindValue(Statement& statement, const QByteArray& name, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        statement.bindNull(name.constData());
        break;
    case QMetaType::Bool:
        statement.bind(name.constData(), value.toBool());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        statement.bind(name.constData(), value.toLongLong());
        break;
    default:
        statement.bind(name.constData(), value.toString());
        break;
    }
}

QByteArray columnList(const VersionTable& table, const QByteArray& prefix = {})
{
    QByteArrayList names;
    for (const QByteArray& column : table.columns)
        names.append(prefix + column);
    return names.join(", ");
}

} // namespace

void insertNumbered(Database& db, const VersionTable& table, qint64 recordId, const StoredStamp& stamp,
                    const QVariantList& values)
{
    Q_ASSERT(table.layout == VersionTable::Layout::Numbered);
    Q_ASSERT(values.size() == table.columns.size());
    const QByteArray sql = "INSERT INTO " + table.table + " (" + table.recordColumn + ", version, " +
                           columnList(table) + ", amended_at, amended_by, amend_reason) VALUES (:record, " +
                           ":version, " + columnList(table, ":") +
                           ", :amended_at, :amended_by, :amend_reason);";
    Statement insert(db, sql.constData());
    insert.bind(":record", recordId)
        .bind(":version", stamp.version)
        .bind(":amended_at", stamp.at)
        .bind(":amended_by", stamp.by)
        .bind(":amend_reason", stamp.reason);
    for (qsizetype i = 0; i < values.size(); ++i)
        bindValue(insert, ":" + table.columns.at(i), values.at(i));
    insert.run();
}

void readNumbered(Database& db, const VersionTable& table, qint64 recordId,
                  const std::function<void(const StoredStamp&, const Statement&, int)>& each)
{
    const QByteArray sql = "SELECT version, amended_at, amended_by, amend_reason, " + columnList(table) +
                           " FROM " + table.table + " WHERE " + table.recordColumn +
                           " = :record ORDER BY version;";
    Statement query(db, sql.constData());
    query.bind(":record", recordId);
    while (query.step()) {
        StoredStamp stamp;
        stamp.version = static_cast<int>(query.integer(0));
        stamp.at = query.text(1);
        stamp.by = query.text(2);
        stamp.reason = query.text(3);
        each(stamp, query, 4);
    }
}

void readChain(Database& db, const VersionTable& table, qint64 rowId,
               const std::function<void(const StoredStamp&, const Statement&, int)>& each)
{
    // Walk back from the newest row to the first: each step is the row this one superseded (a row retired
    // without a replacement supersedes itself, so `id <> :id`).
    QList<qint64> rows;
    const QByteArray existsSql = "SELECT 1 FROM " + table.table + " WHERE id = :id;";
    Statement exists(db, existsSql.constData());
    exists.bind(":id", rowId);
    if (!exists.step())
        return;
    const QByteArray previousSql =
        "SELECT id FROM " + table.table + " WHERE superseded_by = :id AND id <> :id ORDER BY id;";
    Statement previous(db, previousSql.constData());
    for (qint64 id = rowId;;) {
        rows.prepend(id);
        previous.reset();
        previous.bind(":id", id);
        if (!previous.step() || rows.contains(previous.integer(0)))
            break;
        id = previous.integer(0);
    }
    const QByteArray rowSql =
        "SELECT id, recorded_at, recorded_by, amend_reason, COALESCE(superseded_by, 0), " +
        columnList(table) + " FROM " + table.table + " WHERE id = :id;";
    Statement row(db, rowSql.constData());
    QString reason; // why the previous row was superseded: the reason for this version
    for (qsizetype i = 0; i < rows.size(); ++i) {
        row.reset();
        row.bind(":id", rows.at(i));
        if (!row.step())
            continue;
        StoredStamp stamp;
        stamp.version = static_cast<int>(i + 1);
        stamp.rowId = row.integer(0);
        stamp.at = row.text(1);
        stamp.by = row.text(2);
        stamp.reason = reason;
        stamp.supersededBy = row.integer(4);
        reason = row.text(3);
        each(stamp, row, 5);
    }
}

void markSuperseded(Database& db, const VersionTable& table, qint64 oldRowId, qint64 newRowId,
                    const QString& reason)
{
    const QByteArray sql =
        "UPDATE " + table.table +
        " SET superseded_by = :new, amend_reason = :reason WHERE id = :id AND superseded_by IS "
        "NULL;";
    Statement mark(db, sql.constData());
    mark.bind(":new", newRowId).bind(":reason", reason).bind(":id", oldRowId);
    mark.run();
}

} // namespace versioning

} // namespace lantern
