#include "records/AuditViewer.h"

#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "reference/Csv.h"
#include "storage/Database.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace lantern {

namespace {

// Record types whose audit details name their pupil as "pupil N" (see AuditViewer.h).
const QSet<QString>& typesNamingTheirPupil()
{
    static const QSet<QString> types{QStringLiteral("chronology"),  QStringLiteral("voice"),
                                     QStringLiteral("involvement"), QStringLiteral("meeting"),
                                     QStringLiteral("plan"),        QStringLiteral("referral"),
                                     QStringLiteral("attachment"),  QStringLiteral("concern"),
                                     QStringLiteral("decision"),    QStringLiteral("sharing")};
    return types;
}

QSet<QString> idsFrom(Database& db, const char* sql, qint64 pupilId)
{
    Statement query(db, sql);
    query.bind(":pupil", pupilId);
    QSet<QString> ids;
    while (query.step())
        ids.insert(QString::number(query.integer(0)));
    return ids;
}

// Decides whether an entry is about one pupil. The records are read once, when the scope is made.
class PupilScope {
public:
    PupilScope(Database& db, qint64 pupilId)
        : m_id(QString::number(pupilId))
        , m_named(QStringLiteral("\\bpupil %1\\b").arg(pupilId))
        , m_concerns(idsFrom(db, "SELECT DISTINCT concern_id FROM concern_children WHERE pupil_id = :pupil;",
                             pupilId))
        , m_decisions(idsFrom(db,
                              "SELECT id FROM decisions WHERE concern_id IN "
                              "(SELECT concern_id FROM concern_children WHERE pupil_id = :pupil);",
                              pupilId))
        , m_attachments(idsFrom(db,
                                "SELECT id FROM attachments WHERE pupil_id = :pupil OR concern_id IN "
                                "(SELECT concern_id FROM concern_children WHERE pupil_id = :pupil);",
                                pupilId))
    {}

    bool covers(const AuditEntry& entry) const
    {
        const QString& type = entry.objectType;
        if (type == QLatin1String("pupil"))
            return entry.objectId == m_id ||
                   (entry.action == QLatin1String("pupil.link") && names(entry.details));
        if (type == QLatin1String("concern") && m_concerns.contains(entry.objectId))
            return true;
        if (type == QLatin1String("decision") && m_decisions.contains(entry.objectId))
            return true;
        if (type == QLatin1String("attachment") && m_attachments.contains(entry.objectId))
            return true;
        return typesNamingTheirPupil().contains(type) && names(entry.details);
    }

private:
    bool names(const QString& details) const { return m_named.match(details).hasMatch(); }

    QString m_id;
    QRegularExpression m_named;
    QSet<QString> m_concerns;
    QSet<QString> m_decisions;
    QSet<QString> m_attachments;
};

// The distinct values of one field over every chain this session has open (each store keeps its own chain:
// the directory's alone would leave out everything recorded about children and adults).
QStringList distinctField(const QList<AuditEntry>& entries, QString AuditEntry::*field)
{
    QSet<QString> seen;
    for (const AuditEntry& entry : entries)
        seen.insert(entry.*field);
    QStringList values(seen.begin(), seen.end());
    values.sort();
    return values;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

QString AuditQuery::describe() const
{
    QStringList parts;
    if (!actor.isEmpty())
        parts.append(QStringLiteral("actor ") + actor);
    if (!action.isEmpty())
        parts.append(QStringLiteral("action ") + action);
    if (pupilId)
        parts.append(QStringLiteral("pupil %1").arg(*pupilId));
    if (from)
        parts.append(QStringLiteral("from ") + isoDate(*from));
    if (to)
        parts.append(QStringLiteral("to ") + isoDate(*to));
    return parts.isEmpty() ? QStringLiteral("everything") : parts.join(QStringLiteral("; "));
}

AuditViewer::AuditViewer(Vault& vault)
    : m_vault(vault)
{}

QList<AuditEntry> AuditViewer::matching(const AuditQuery& query)
{
    requirePermission(m_vault.user(), Permission::ViewAuditLog);
    if (query.from && query.to && *query.to < *query.from)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The last day (%1) is before the first (%2).")
                                                 .arg(isoDate(*query.to), isoDate(*query.from)));
    AuditFilter filter;
    filter.actor = query.actor.trimmed();
    filter.actionPrefix = query.action.trimmed();
    if (query.from)
        filter.fromUtc = fromUkLocal(*query.from, QTime(0, 0));
    if (query.to) // the whole of the last day: up to the millisecond before the next one begins
        filter.toUtc = fromUkLocal(query.to->addDays(1), QTime(0, 0)).addMSecs(-1);
    QList<AuditEntry> entries = m_vault.audit().entries(filter);
    if (!query.pupilId)
        return entries;
    const PupilScope scope(m_vault.database(), *query.pupilId);
    QList<AuditEntry> about;
    for (AuditEntry& entry : entries) {
        if (scope.covers(entry))
            about.append(std::move(entry));
    }
    return about;
}

QList<AuditEntry> AuditViewer::search(const AuditQuery& query)
{
    QList<AuditEntry> found = matching(query);
    casework::auditView(m_vault, QStringLiteral("audit.view"), QStringLiteral("audit"), QString(),
                        QStringLiteral("%1; %2 entries").arg(query.describe()).arg(found.size()));
    return found;
}

AuditExtract AuditViewer::selectForExport(const AuditQuery& query)
{
    AuditExtract extract;
    extract.query = query;
    extract.entries = matching(query);
    for (const User& user : m_vault.users())
        extract.actorNames.insert(user.username, user.displayName);
    extract.actorNames.insert(QStringLiteral("recovery"), QStringLiteral("Recovery key"));
    return extract;
}

QByteArray AuditViewer::csv(const AuditExtract& extract, const Progress& progress)
{
    const QStringList header{
        QStringLiteral("seq"),         QStringLiteral("time_uk"),    QStringLiteral("at_utc"),
        QStringLiteral("actor"),       QStringLiteral("actor_name"), QStringLiteral("action"),
        QStringLiteral("object_type"), QStringLiteral("object_id"),  QStringLiteral("details"),
        QStringLiteral("prev_hash"),   QStringLiteral("hash")};
    const qint64 total = extract.entries.size();
    QList<QStringList> rows;
    rows.reserve(extract.entries.size());
    qint64 done = 0;
    for (const AuditEntry& entry : extract.entries) {
        rows.append(QStringList{QString::number(entry.seq),
                                toUkLocal(entry.atUtc).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                isoUtc(entry.atUtc), entry.actor, extract.actorNames.value(entry.actor),
                                entry.action, entry.objectType, entry.objectId, entry.details,
                                hex(entry.prevHash), hex(entry.hash)});
        if (progress && (++done % 1000 == 0 || done == total))
            progress(done, total);
    }
    return csvDocument(header, rows);
}

void AuditViewer::saveExport(const AuditExtract& extract, const QByteArray& csv, const QString& path)
{
    requirePermission(m_vault.user(), Permission::ViewAuditLog);
    if (path.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Name the file to export the audit log to."));
    const QString target = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    Transaction transaction(m_vault.database());
    m_vault.audit().append(m_vault.user().username, QStringLiteral("audit.export"), QStringLiteral("audit"),
                           QString(),
                           QStringLiteral("%1; %2 entries; sha256 %3; to %4")
                               .arg(extract.query.describe())
                               .arg(extract.entries.size())
                               .arg(sha256, target));
    writeFileAtomically(target, csv);
    transaction.commit();
}

qint64 AuditViewer::exportCsv(const AuditQuery& query, const QString& path)
{
    const AuditExtract extract = selectForExport(query);
    saveExport(extract, csv(extract), path);
    return extract.entries.size();
}

QStringList AuditViewer::actions()
{
    requirePermission(m_vault.user(), Permission::ViewAuditLog);
    return distinctField(m_vault.audit().entries(), &AuditEntry::action);
}

QStringList AuditViewer::actors()
{
    requirePermission(m_vault.user(), Permission::ViewAuditLog);
    return distinctField(m_vault.audit().entries(), &AuditEntry::actor);
}

} // namespace lantern
