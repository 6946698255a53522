#include "records/ConcernRepository.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "records/ChronologyWriter.h"
#include "records/ConcernValidator.h"
#include "records/PupilDirectory.h"
#include "records/SearchIndex.h"
#include "records/VersionedRecord.h"
#include "reference/HarmCategories.h"
#include "reference/Upn.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QSet>
#include <algorithm>

namespace lantern {

using casework::auditView;
using casework::displayNameOf;

// --- Names of the enumerations, as stored ------------------------------------------------------------------

QString childRoleName(ChildRole role)
{
    switch (role) {
    case ChildRole::Subject:
        return QStringLiteral("subject");
    case ChildRole::AllegedHarmer:
        return QStringLiteral("alleged-harmer");
    case ChildRole::Witness:
        return QStringLiteral("witness");
    }
    return {};
}

std::optional<ChildRole> childRoleFromName(const QString& name)
{
    for (ChildRole role : {ChildRole::Subject, ChildRole::AllegedHarmer, ChildRole::Witness}) {
        if (childRoleName(role) == name.trimmed())
            return role;
    }
    return std::nullopt;
}

QString childRoleLabel(ChildRole role)
{
    return role == ChildRole::AllegedHarmer ? QStringLiteral("alleged harmer") : childRoleName(role);
}

QString childRolePhrase(ChildRole role)
{
    switch (role) {
    case ChildRole::Subject:
        return QStringLiteral("This child is the one the concern is about");
    case ChildRole::AllegedHarmer:
        return QStringLiteral("This child is said to have harmed another child");
    case ChildRole::Witness:
        return QStringLiteral("This child saw or heard it");
    }
    return {};
}

QString bodyMapSideName(BodyMapMark::Side side)
{
    return side == BodyMapMark::Side::Back ? QStringLiteral("back") : QStringLiteral("front");
}

std::optional<BodyMapMark::Side> bodyMapSideFromName(const QString& name)
{
    if (name == QLatin1String("front"))
        return BodyMapMark::Side::Front;
    if (name == QLatin1String("back"))
        return BodyMapMark::Side::Back;
    return std::nullopt;
}

QString concernStatusName(ConcernStatus status)
{
    switch (status) {
    case ConcernStatus::New:
        return QStringLiteral("new");
    case ConcernStatus::Triaged:
        return QStringLiteral("triaged");
    case ConcernStatus::Open:
        return QStringLiteral("open");
    case ConcernStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString concernStatusLabel(ConcernStatus status)
{
    switch (status) {
    case ConcernStatus::New:
        return QStringLiteral("New, not yet looked at by the DSL team");
    case ConcernStatus::Triaged:
        return QStringLiteral("Triaged");
    case ConcernStatus::Open:
        return QStringLiteral("Open: being worked on");
    case ConcernStatus::Closed:
        return QStringLiteral("Closed");
    }
    return {};
}

std::optional<ConcernStatus> concernStatusFromName(const QString& name)
{
    for (ConcernStatus status :
         {ConcernStatus::New, ConcernStatus::Triaged, ConcernStatus::Open, ConcernStatus::Closed}) {
        if (concernStatusName(status) == name.trimmed())
            return status;
    }
    return std::nullopt;
}

// --- The status log ----------------------------------------------------------------------------------------

ConcernStatus ConcernStatusLog::current(Database& db, qint64 concernId)
{
    Statement query(
        db, "SELECT status FROM concern_status_changes WHERE concern_id = :id ORDER BY id DESC LIMIT 1;");
    query.bind(":id", concernId);
    if (!query.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no concern %1.").arg(concernId));
    const std::optional<ConcernStatus> status = concernStatusFromName(query.text(0));
    if (!status)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("Concern %1 has a status Lantern does not know.").arg(concernId));
    return *status;
}

void ConcernStatusLog::append(Database& db, qint64 concernId, ConcernStatus status, const QString& actor,
                              const QString& atUtc, const QString& note)
{
    Statement insert(db,
                     "INSERT INTO concern_status_changes (concern_id, status, changed_at, changed_by, note) "
                     "VALUES (:id, :status, :at, :by, :note);");
    insert.bind(":id", concernId)
        .bind(":status", concernStatusName(status))
        .bind(":at", atUtc)
        .bind(":by", actor)
        .bind(":note", TextServices::normalizeForStorage(note).trimmed());
    insert.run();
}

bool ConcernStatusLog::isAllowed(ConcernStatus from, ConcernStatus to)
{
    using S = ConcernStatus;
    return (from == S::Triaged && to == S::Open) || (from == S::Open && to == S::Closed) ||
           (from == S::Triaged && to == S::Closed) || (from == S::Closed && to == S::Open);
}

// --- Helpers -----------------------------------------------------------------------------------------------

namespace {

QString nowIso(const Vault& vault)
{
    return isoUtc(vault.clock().nowUtc());
}

bool pupilExists(Database& db, qint64 pupilId)
{
    Statement query(db, "SELECT 1 FROM pupils WHERE id = :id;");
    query.bind(":id", pupilId);
    return query.step();
}

void requirePupils(Database& db, const QList<ConcernChild>& children)
{
    for (const ConcernChild& child : children) {
        if (!pupilExists(db, child.pupilId))
            throw Error(ErrorKind::NotFound, ConcernField::children,
                        ModelText::tr("Children: there is no pupil %1.").arg(child.pupilId));
    }
}

void requireConcern(Database& db, qint64 concernId)
{
    Statement query(db, "SELECT 1 FROM concerns WHERE id = :id;");
    query.bind(":id", concernId);
    if (!query.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no concern %1.").arg(concernId));
}

QList<ConcernChild> readChildren(Database& db, qint64 concernId, int version)
{
    Statement query(
        db, "SELECT cc.pupil_id, cc.role, p.legal_forename, p.legal_surname, p.preferred_forename, "
            "p.preferred_surname, COALESCE(p.upn, ''), p.legal_middle_names, COALESCE(p.year_group, '') "
            "FROM concern_children cc "
            "JOIN pupils p ON p.id = cc.pupil_id WHERE cc.concern_id = :id AND cc.version = :version "
            "ORDER BY CASE cc.role WHEN 'subject' THEN 0 WHEN 'alleged-harmer' THEN 1 ELSE 2 END, "
            "cc.rowid;");
    query.bind(":id", concernId).bind(":version", version);
    QList<ConcernChild> children;
    while (query.step()) {
        ConcernChild child;
        child.pupilId = query.integer(0);
        child.role = childRoleFromName(query.text(1)).value_or(ChildRole::Subject);
        const QString forename = query.text(4).isEmpty() ? query.text(2) : query.text(4);
        const QString surname = query.text(5).isEmpty() ? query.text(3) : query.text(5);
        child.displayName = forename + QLatin1Char(' ') + surname;
        child.upn = query.text(6);
        for (const int column : {2, 3, 4, 5, 7})
            for (const QString& name : query.text(column).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (!child.namesKnownBy.contains(name))
                    child.namesKnownBy.append(name);
        child.yearGroup = query.text(8);
        children.append(child);
    }
    return children;
}

QStringList readCategories(Database& db, qint64 concernId, int version)
{
    Statement query(
        db, "SELECT category_id FROM concern_categories WHERE concern_id = :id AND version = :version "
            "ORDER BY rowid;");
    query.bind(":id", concernId).bind(":version", version);
    QStringList ids;
    while (query.step())
        ids.append(query.text(0));
    return ids;
}

void writeChildrenAndCategories(Database& db, qint64 concernId, const ConcernVersion& content)
{
    Statement child(db, "INSERT INTO concern_children (concern_id, version, pupil_id, role) "
                        "VALUES (:id, :version, :pupil, :role);");
    for (const ConcernChild& named : content.children) {
        child.reset();
        child.bind(":id", concernId)
            .bind(":version", content.version)
            .bind(":pupil", named.pupilId)
            .bind(":role", childRoleName(named.role));
        child.run();
    }
    Statement category(db, "INSERT INTO concern_categories (concern_id, version, category_id) "
                           "VALUES (:id, :version, :category);");
    for (const QString& id : content.categoryIds) {
        category.reset();
        category.bind(":id", concernId).bind(":version", content.version).bind(":category", id);
        category.run();
    }
}

bool sameChildrenAndCategories(const ConcernVersion& a, const ConcernVersion& b)
{
    if (a.categoryIds != b.categoryIds || a.children.size() != b.children.size())
        return false;
    for (qsizetype i = 0; i < a.children.size(); ++i) {
        if (a.children.at(i).pupilId != b.children.at(i).pupilId ||
            a.children.at(i).role != b.children.at(i).role)
            return false;
    }
    return true;
}

// A concern's versions: concern_versions, with the children and categories of each version beside it.
VersionedRecord<ConcernVersion> concernVersions(Database& db)
{
    VersionedRecord<ConcernVersion>::Description description;
    description.table = {VersionTable::Layout::Numbered,
                         "concern_versions",
                         "concern_id",
                         {"occurred_value", "occurred_precision", "occurred_sort", "location", "account",
                          "child_words", "immediate_action", "body_map"}};
    description.values = [](const ConcernVersion& v) -> QVariantList {
        return {v.occurred.value(),
                v.occurred.precisionName(),
                v.occurred.sortKey(),
                v.location,
                v.account,
                v.childWords,
                v.immediateAction,
                ConcernValidator::bodyMapJson(v.bodyMap)};
    };
    description.read = [](const Statement& row, int first, ConcernVersion& v) {
        v.occurred = PartialDate::fromStored(row.text(first), row.text(first + 1));
        v.location = row.text(first + 3);
        v.account = row.text(first + 4);
        v.childWords = row.text(first + 5);
        v.immediateAction = row.text(first + 6);
        v.bodyMap = ConcernValidator::bodyMapFromJson(row.text(first + 7));
    };
    description.writeRows = writeChildrenAndCategories;
    description.readRows = [](Database& rows, qint64 concernId, ConcernVersion& v) {
        v.children = readChildren(rows, concernId, v.version);
        v.categoryIds = readCategories(rows, concernId, v.version);
    };
    description.sameRows = sameChildrenAndCategories;
    description.noContent = ModelText::tr("Concern %1 has no content.");
    return VersionedRecord<ConcernVersion>(db, std::move(description));
}

bool isAbuseOrExploitation(const QStringList& categoryIds)
{
    const HarmCategories& categories = HarmCategories::get();
    for (const QString& id : categoryIds) {
        const HarmCategory* category = categories.find(id);
        if (category && (category->group == QLatin1String("Abuse and neglect") ||
                         category->group == QLatin1String("Exploitation")))
            return true;
    }
    return false;
}

ChronologyWriter::Entry chronologyEntry(qint64 concernId, const NewConcern& content,
                                        const ConcernChild& child, const QString& sourceDetail)
{
    QStringList labels;
    for (const QString& id : content.categoryIds) {
        const HarmCategory* category = HarmCategories::get().find(id);
        labels.append(category ? category->label : id);
    }
    ChronologyWriter::Entry entry;
    entry.pupilId = child.pupilId;
    entry.when = content.occurred;
    entry.type = QStringLiteral("concern");
    entry.summary =
        QStringLiteral("Concern (%1): %2 — %3")
            .arg(childRoleLabel(child.role), labels.join(QStringLiteral("; ")), excerpt(content.account));
    entry.sourceType = QStringLiteral("concern");
    entry.sourceId = concernId;
    entry.sourceDetail = sourceDetail;
    // The words are the child's the concern is about: a witness's chronology does not carry another child's.
    if (child.role == ChildRole::Subject)
        entry.childWords = content.childWords;
    entry.significant = child.role != ChildRole::Witness && isAbuseOrExploitation(content.categoryIds);
    return entry;
}

QList<qint64> pupilIdsOf(const QList<ConcernChild>& children)
{
    QList<qint64> ids;
    for (const ConcernChild& child : children)
        ids.append(child.pupilId);
    return ids;
}

void indexForSearch(Database& db, qint64 concernId, const NewConcern& content)
{
    SearchIndex(db).index(QStringLiteral("concern"), concernId, pupilIdsOf(content.children),
                          {content.account, content.childWords, content.location, content.immediateAction});
}

// Summaries of the concerns whose ids `query` returns in its first column, in that order.
QList<ConcernSummary> summaries(Database& db, Statement& query)
{
    QList<qint64> ids;
    while (query.step())
        ids.append(query.integer(0));
    QList<ConcernSummary> result;
    Statement head(db,
                   "SELECT c.recorded_at, c.recorded_by, v.version, v.occurred_value, v.occurred_precision "
                   "FROM concerns c JOIN concern_versions v ON v.concern_id = c.id WHERE c.id = :id "
                   "ORDER BY v.version DESC LIMIT 1;");
    for (qint64 id : ids) {
        head.reset();
        head.bind(":id", id);
        if (!head.step())
            continue;
        ConcernSummary summary;
        summary.id = id;
        summary.recordedAt = fromIsoUtc(head.text(0));
        summary.recordedBy = head.text(1);
        summary.versions = static_cast<int>(head.integer(2));
        summary.occurred = PartialDate::fromStored(head.text(3), head.text(4));
        summary.status = ConcernStatusLog::current(db, id);
        summary.children = readChildren(db, id, summary.versions);
        summary.categoryIds = readCategories(db, id, summary.versions);
        result.append(summary);
    }
    return result;
}

const char* const kLatestStatus = "(SELECT s.status FROM concern_status_changes s WHERE s.concern_id = c.id "
                                  "ORDER BY s.id DESC LIMIT 1)";

} // namespace

// --- The repository ----------------------------------------------------------------------------------------

ConcernRepository::ConcernRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 ConcernRepository::record(const NewConcern& concern)
{
    requirePermission(m_vault.user(), Permission::RecordConcern);
    const QString actor = m_vault.user().username;
    return insertNew(concern,
                     {actor, nowIso(m_vault), QStringLiteral("direct"),
                      QStringLiteral("Recorded by %1").arg(displayNameOf(m_vault, actor)), QString()});
}

qint64 ConcernRepository::recordSubmitted(const NewConcern& concern, const QString& submittedBy,
                                          const QDateTime& submittedAt, const QString& submissionId)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const QDateTime now = m_vault.clock().nowUtc();
    return insertNew(
        concern,
        {submittedBy, isoUtc(std::min(submittedAt.toUTC(), now)), QStringLiteral("staff-submission"),
         QStringLiteral("Recorded by %1 (staff submission imported by %2)")
             .arg(displayNameOf(m_vault, submittedBy), displayNameOf(m_vault, m_vault.user().username)),
         QStringLiteral("staff submission %1 recorded by %2; ").arg(submissionId, submittedBy)});
}

qint64 ConcernRepository::insertNew(const NewConcern& concern, const Recording& recording)
{
    const NewConcern content = ConcernValidator(m_vault.clock().nowUtc()).checked(concern);
    Database& db = m_vault.database();
    const QString& author = recording.recordedBy;
    const QString& at = recording.recordedAt;

    Transaction transaction(db);
    requirePupils(db, content.children);
    Statement insert(db,
                     "INSERT INTO concerns (recorded_at, recorded_by, source) VALUES (:at, :by, :source);");
    insert.bind(":at", at).bind(":by", author).bind(":source", recording.source);
    insert.run();
    const qint64 id = db.lastInsertId();
    ConcernVersion first;
    static_cast<ConcernContent&>(first) = content;
    concernVersions(db).create(id, first, author, at);
    ConcernStatusLog::append(db, id, ConcernStatus::New, author, at, QString());

    ChronologyWriter chronology(db, author, at);
    for (const ConcernChild& child : content.children)
        chronology.add(chronologyEntry(id, content, child, recording.chronologyDetail));
    indexForSearch(db, id, content);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("concern.add"), QStringLiteral("concern"),
                           QString::number(id),
                           recording.auditDetail + QStringLiteral("version 1; %1 child(ren); %2")
                                                       .arg(content.children.size())
                                                       .arg(casework::pupilsOfConcern(db, id)));
    transaction.commit();
    return id;
}

void ConcernRepository::amend(qint64 concernId, const ConcernChanges& changes, const QString& reason)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    const QString now = nowIso(m_vault);

    Transaction transaction(db);
    requireConcern(db, concernId);
    const auto amended = concernVersions(db).amend(
        concernId, reason,
        [&](const ConcernVersion& current) {
            ConcernVersion next = current;
            if (changes.occurred)
                next.occurred = *changes.occurred;
            if (changes.location)
                next.location = *changes.location;
            if (changes.children)
                next.children = *changes.children;
            if (changes.categoryIds)
                next.categoryIds = *changes.categoryIds;
            if (changes.account)
                next.account = *changes.account;
            if (changes.childWords)
                next.childWords = *changes.childWords;
            if (changes.bodyMap)
                next.bodyMap = *changes.bodyMap;
            if (changes.immediateAction)
                next.immediateAction = *changes.immediateAction;
            static_cast<ConcernContent&>(next) = ConcernValidator(m_vault.clock().nowUtc()).checked(next);
            requirePupils(db, next.children);
            return next;
        },
        actor, now);
    const ConcernVersion& current = amended.previous;
    const ConcernContent& content = amended.current;
    const int version = amended.current.version;
    const QString& why = amended.current.amendReason;

    // Every child now named gets the amended entry in place of the old one (a backdated amendment moves it);
    // a child no longer named keeps the old entry, retired with the reason.
    Statement recorder(db, "SELECT recorded_by FROM concerns WHERE id = :id;");
    recorder.bind(":id", concernId);
    recorder.step();
    const QString detail = QStringLiteral("Recorded by %1; amended by %2")
                               .arg(displayNameOf(m_vault, recorder.text(0)), displayNameOf(m_vault, actor));
    ChronologyWriter chronology(db, actor, now);
    const QString concernType = QStringLiteral("concern");
    QSet<qint64> stillNamed;
    for (const ConcernChild& child : content.children) {
        stillNamed.insert(child.pupilId);
        chronology.supersede(concernType, concernId, child.pupilId,
                             chronologyEntry(concernId, content, child, detail), why);
    }
    for (const ConcernChild& child : current.children) {
        if (!stillNamed.contains(child.pupilId))
            chronology.retire(concernType, concernId, child.pupilId, why);
    }
    indexForSearch(db, concernId, content);
    m_vault.audit().append(
        actor, QStringLiteral("concern.amend"), concernType, QString::number(concernId),
        QStringLiteral("version %1; %2").arg(version).arg(casework::pupilsOfConcern(db, concernId)));
    transaction.commit();
}

Concern ConcernRepository::get(qint64 concernId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Statement head(db, "SELECT recorded_at, recorded_by, source FROM concerns WHERE id = :id;");
    head.bind(":id", concernId);
    if (!head.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no concern %1.").arg(concernId));

    Concern concern;
    concern.id = concernId;
    concern.recordedAt = fromIsoUtc(head.text(0));
    concern.recordedBy = head.text(1);
    concern.source = head.text(2);
    concern.history = concernVersions(db).history(concernId);
    concern.current = concern.history.last();

    Statement statuses(db, "SELECT status, changed_at, changed_by, note FROM concern_status_changes "
                           "WHERE concern_id = :id ORDER BY id;");
    statuses.bind(":id", concernId);
    while (statuses.step()) {
        ConcernStatusChange change;
        change.status = concernStatusFromName(statuses.text(0)).value_or(ConcernStatus::New);
        change.changedAt = fromIsoUtc(statuses.text(1));
        change.changedBy = statuses.text(2);
        change.note = statuses.text(3);
        concern.statusHistory.append(change);
    }
    if (!concern.statusHistory.isEmpty())
        concern.status = concern.statusHistory.last().status;

    Statement decisions(db, "SELECT id FROM decisions WHERE concern_id = :id ORDER BY id;");
    decisions.bind(":id", concernId);
    while (decisions.step())
        concern.decisionIds.append(decisions.integer(0));

    auditView(m_vault, QStringLiteral("concern.view"), QStringLiteral("concern"), QString::number(concernId),
              casework::pupilsOfConcern(m_vault.database(), concernId));
    return concern;
}

QList<ConcernReceipt> ConcernRepository::receipts(const QString& username)
{
    requirePermission(m_vault.user(), Permission::ReadOwnReceipts);
    if (username != m_vault.user().username)
        requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Statement query(m_vault.database(),
                    QByteArray(QByteArrayLiteral("SELECT c.id, c.recorded_at, ") + kLatestStatus +
                               " FROM concerns c WHERE c.recorded_by = :by ORDER BY c.id;")
                        .constData());
    query.bind(":by", username);
    QList<ConcernReceipt> result;
    while (query.step()) {
        ConcernReceipt receipt;
        receipt.id = query.integer(0);
        receipt.recordedAt = fromIsoUtc(query.text(1));
        receipt.status = concernStatusFromName(query.text(2)).value_or(ConcernStatus::New);
        result.append(receipt);
    }
    return result;
}

QList<ConcernReceipt> ConcernRepository::receipts()
{
    return receipts(m_vault.user().username);
}

QList<ConcernSummary> ConcernRepository::listForPupil(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    if (!pupilExists(db, pupilId))
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no pupil %1.").arg(pupilId));
    // The pupil as named in each concern's current version.
    Statement query(db, "SELECT c.id FROM concerns c JOIN concern_versions v ON v.concern_id = c.id "
                        "AND v.version = (SELECT MAX(version) FROM concern_versions WHERE concern_id = c.id) "
                        "JOIN concern_children cc ON cc.concern_id = c.id AND cc.version = v.version "
                        "WHERE cc.pupil_id = :pupil ORDER BY v.occurred_sort DESC, c.id DESC;");
    query.bind(":pupil", pupilId);
    QList<ConcernSummary> result = summaries(db, query);
    auditView(m_vault, QStringLiteral("pupil.concerns.view"), QStringLiteral("pupil"),
              QString::number(pupilId));
    return result;
}

QList<ConcernSummary> ConcernRepository::inbox()
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Statement query(db, QByteArray(QByteArrayLiteral("SELECT c.id FROM concerns c WHERE ") + kLatestStatus +
                                   " = 'new' ORDER BY c.recorded_at, c.id;")
                            .constData());
    QList<ConcernSummary> result = summaries(db, query);
    auditView(m_vault, QStringLiteral("concern.inbox.view"), QStringLiteral("concern"),
              QStringLiteral("inbox"), QStringLiteral("%1 concern(s)").arg(result.size()));
    return result;
}

QList<ConcernSummary> ConcernRepository::recent(int limit)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Statement query(db, "SELECT c.id FROM concerns c ORDER BY c.recorded_at DESC, c.id DESC LIMIT :limit;");
    query.bind(":limit", limit > 0 ? limit : 50);
    QList<ConcernSummary> result = summaries(db, query);
    auditView(m_vault, QStringLiteral("concern.list.view"), QStringLiteral("concern"),
              QStringLiteral("recent"), QStringLiteral("%1 concern(s)").arg(result.size()));
    return result;
}

void ConcernRepository::setStatus(qint64 concernId, ConcernStatus status, const QString& note)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    const QString now = nowIso(m_vault);

    Transaction transaction(db);
    const ConcernStatus from = ConcernStatusLog::current(db, concernId);
    if (from == ConcernStatus::New && status == ConcernStatus::Triaged)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Status: a new concern is triaged by recording a decision on it, with its "
                                  "reasons."));
    if (!ConcernStatusLog::isAllowed(from, status))
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Status: a concern that is %1 cannot be made %2.")
                                                 .arg(concernStatusName(from), concernStatusName(status)));
    const QString trimmedNote = TextServices::normalizeForStorage(note).trimmed();
    if (from == ConcernStatus::Closed && trimmedNote.isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Note: say why the closed concern is being reopened."));
    ConcernStatusLog::append(db, concernId, status, actor, now, trimmedNote);
    m_vault.audit().append(
        actor, QStringLiteral("concern.status"), QStringLiteral("concern"), QString::number(concernId),
        concernStatusName(from) + QStringLiteral(" → ") + concernStatusName(status) + QStringLiteral("; ") +
            casework::pupilsOfConcern(m_vault.database(), concernId));
    transaction.commit();
}

ConcernStatus ConcernRepository::status(qint64 concernId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    return ConcernStatusLog::current(m_vault.database(), concernId);
}

qint64 ConcernRepository::pupilIdByUpn(const QString& upn)
{
    const std::optional<qint64> id = PupilDirectory(m_vault).idByUpn(upn, Permission::RecordConcern);
    if (!id)
        throw Error(ErrorKind::NotFound, ModelText::tr("No pupil has the UPN %1.").arg(normalizeUpn(upn)));
    return *id;
}

} // namespace lantern
