#include "records/DecisionRepository.h"

#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "records/ChronologyWriter.h"
#include "records/ConcernRepository.h"
#include "records/VersionedRecord.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

using casework::auditView;
using casework::displayNameOf;

// --- Outcomes and parents informed -------------------------------------------------------------------------

bool isDecisionOutcome(const QString& id)
{
    for (const DecisionOutcome& outcome : decisionOutcomes) {
        if (id == QLatin1String(outcome.id))
            return true;
    }
    return false;
}

QString decisionOutcomeLabel(const QString& id)
{
    for (const DecisionOutcome& outcome : decisionOutcomes) {
        if (id == QLatin1String(outcome.id))
            return QString::fromUtf8(outcome.label);
    }
    return id;
}

bool isEscalatingOutcome(const QString& id)
{
    return id == QLatin1String("referral-to-childrens-social-care") || id == QLatin1String("police") ||
           id == QLatin1String("lado");
}

QString parentsInformedName(ParentsInformed value)
{
    switch (value) {
    case ParentsInformed::Yes:
        return QStringLiteral("yes");
    case ParentsInformed::No:
        return QStringLiteral("no");
    case ParentsInformed::NotYet:
        return QStringLiteral("not-yet");
    }
    return {};
}

QString parentsInformedLabel(ParentsInformed value)
{
    switch (value) {
    case ParentsInformed::Yes:
        return QStringLiteral("Yes");
    case ParentsInformed::No:
        return QStringLiteral("No");
    case ParentsInformed::NotYet:
        return QStringLiteral("Not yet");
    }
    return {};
}

std::optional<ParentsInformed> parentsInformedFromName(const QString& name)
{
    for (ParentsInformed value : {ParentsInformed::Yes, ParentsInformed::No, ParentsInformed::NotYet}) {
        if (parentsInformedName(value) == name.trimmed())
            return value;
    }
    return std::nullopt;
}

namespace {

[[noreturn]] void invalid(QLatin1String field, const QString& message)
{
    throw Error(ErrorKind::InvalidInput, field, message);
}

// A decision's content, checked and normalised. `checkReview` is false when an amendment leaves an earlier
// review date as it was (it may have passed since, which is no reason to refuse correcting the reasons).
NewDecision checked(const NewDecision& decision, const QDate& today, bool checkReview)
{
    NewDecision result;
    result.outcome = decision.outcome.trimmed();
    if (result.outcome.isEmpty())
        invalid(DecisionField::outcome, ModelText::tr("Outcome: choose what was decided."));
    if (!isDecisionOutcome(result.outcome)) {
        QStringList ids;
        for (const DecisionOutcome& outcome : decisionOutcomes)
            ids.append(QString::fromLatin1(outcome.id));
        invalid(DecisionField::outcome,
                ModelText::tr("Outcome: \"%1\" is not an outcome Lantern knows; use one of %2.")
                    .arg(result.outcome, ids.join(ModelText::tr(", "))));
    }
    result.reasons = tidy(decision.reasons);
    if (result.reasons.isEmpty())
        invalid(DecisionField::reasons, ModelText::tr("Reasons: a decision needs its reasons."));
    result.consulted = tidy(decision.consulted);
    result.parentsInformed = decision.parentsInformed;
    result.parentsNotInformedReason = tidy(decision.parentsNotInformedReason);
    if (result.parentsInformed == ParentsInformed::Yes)
        result.parentsNotInformedReason.clear();
    else if (result.parentsNotInformedReason.isEmpty())
        invalid(DecisionField::parentsInformed,
                ModelText::tr("Parents informed: say why the parents have %1 been told.")
                    .arg(result.parentsInformed == ParentsInformed::No ? ModelText::tr("not")
                                                                       : ModelText::tr("not yet")));
    result.reviewDate = decision.reviewDate;
    if (checkReview && result.reviewDate) {
        if (!result.reviewDate->isValid())
            invalid(DecisionField::reviewDate, ModelText::tr("Next review date: not a real date."));
        if (*result.reviewDate < today)
            invalid(DecisionField::reviewDate, ModelText::tr("Next review date: %1 is in the past.")
                                                   .arg(TextServices::formatDate(*result.reviewDate)));
    }
    return result;
}

// A decision's versions (decision_versions). Who decided and when belong to the version: an amendment that
// changes the outcome makes it the amender's decision.
VersionedRecord<DecisionVersion> decisionVersions(Database& db)
{
    VersionedRecord<DecisionVersion>::Description description;
    description.table = {VersionTable::Layout::Numbered,
                         "decision_versions",
                         "decision_id",
                         {"outcome", "reasons", "consulted", "parents_informed",
                          "parents_not_informed_reason", "decided_by", "decided_at", "review_date"}};
    description.values = [](const DecisionVersion& v) -> QVariantList {
        return {v.outcome,
                v.reasons,
                v.consulted,
                parentsInformedName(v.parentsInformed),
                v.parentsNotInformedReason,
                v.decidedBy,
                isoUtc(v.decidedAt),
                v.reviewDate ? QVariant(v.reviewDate->toString(Qt::ISODate)) : QVariant()};
    };
    description.read = [](const Statement& row, int first, DecisionVersion& v) {
        v.outcome = row.text(first);
        v.reasons = row.text(first + 1);
        v.consulted = row.text(first + 2);
        v.parentsInformed = parentsInformedFromName(row.text(first + 3)).value_or(ParentsInformed::NotYet);
        v.parentsNotInformedReason = row.text(first + 4);
        v.decidedBy = row.text(first + 5);
        v.decidedAt = fromIsoUtc(row.text(first + 6));
        if (const std::optional<QString> review = row.optionalText(first + 7))
            v.reviewDate = QDate::fromString(*review, Qt::ISODate);
    };
    description.noContent = ModelText::tr("Decision %1 has no content.");
    return VersionedRecord<DecisionVersion>(db, std::move(description));
}

// The decision's head row and versions; throws NotFound.
Decision readDecision(Database& db, qint64 decisionId)
{
    Statement head(db, "SELECT concern_id, recorded_at, recorded_by FROM decisions WHERE id = :id;");
    head.bind(":id", decisionId);
    if (!head.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no decision %1.").arg(decisionId));
    Decision decision;
    decision.id = decisionId;
    decision.concernId = head.integer(0);
    decision.recordedAt = fromIsoUtc(head.text(1));
    decision.recordedBy = head.text(2);
    decision.history = decisionVersions(db).history(decisionId);
    decision.current = decision.history.last();
    return decision;
}

// The children named in the concern's current version: the chronologies a decision belongs in.
QList<qint64> childrenOfConcern(Database& db, qint64 concernId)
{
    Statement query(db, "SELECT pupil_id FROM concern_children WHERE concern_id = :id AND version = "
                        "(SELECT MAX(version) FROM concern_versions WHERE concern_id = :id) ORDER BY rowid;");
    query.bind(":id", concernId);
    QList<qint64> ids;
    while (query.step())
        ids.append(query.integer(0));
    return ids;
}

ChronologyWriter::Entry chronologyEntry(Vault& vault, qint64 decisionId, qint64 concernId, qint64 pupilId,
                                        const NewDecision& content, const QString& decidedBy,
                                        const QDateTime& decidedAtUtc)
{
    ChronologyWriter::Entry entry;
    entry.pupilId = pupilId;
    entry.when = PartialDate::minute(toUkLocal(decidedAtUtc));
    entry.type = QStringLiteral("decision");
    entry.summary =
        QStringLiteral("Decision on concern %1: %2 — %3")
            .arg(QString::number(concernId), decisionOutcomeLabel(content.outcome), excerpt(content.reasons));
    entry.sourceType = QStringLiteral("decision");
    entry.sourceId = decisionId;
    entry.sourceDetail = QStringLiteral("Decided by %1").arg(displayNameOf(vault, decidedBy));
    entry.significant = isEscalatingOutcome(content.outcome);
    return entry;
}

} // namespace

DecisionRepository::DecisionRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 DecisionRepository::add(qint64 concernId, const NewDecision& decision)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const NewDecision content = checked(decision, ukToday(m_vault.clock()), true);
    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    const QDateTime nowUtc = m_vault.clock().nowUtc();
    const QString now = isoUtc(nowUtc);

    Transaction transaction(db);
    const ConcernStatus status = ConcernStatusLog::current(db, concernId); // NotFound for an unknown concern
    Statement insert(
        db, "INSERT INTO decisions (concern_id, recorded_at, recorded_by) VALUES (:concern, :at, :by);");
    insert.bind(":concern", concernId).bind(":at", now).bind(":by", actor);
    insert.run();
    const qint64 id = db.lastInsertId();
    DecisionVersion first;
    static_cast<NewDecision&>(first) = content;
    first.decidedBy = actor;
    first.decidedAt = nowUtc;
    decisionVersions(db).create(id, first, actor, now);
    if (status == ConcernStatus::New)
        ConcernStatusLog::append(db, concernId, ConcernStatus::Triaged, actor, now,
                                 QStringLiteral("Decision %1 recorded").arg(id));

    ChronologyWriter chronology(db, actor, now);
    for (qint64 pupilId : childrenOfConcern(db, concernId))
        chronology.add(chronologyEntry(m_vault, id, concernId, pupilId, content, actor, nowUtc));
    m_vault.audit().append(
        actor, QStringLiteral("decision.add"), QStringLiteral("decision"), QString::number(id),
        QStringLiteral("concern %1; %2").arg(concernId).arg(casework::pupilsOfConcern(db, concernId)));
    transaction.commit();
    return id;
}

void DecisionRepository::amend(qint64 decisionId, const DecisionChanges& changes, const QString& reason)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    const QDateTime nowUtc = m_vault.clock().nowUtc();
    const QString now = isoUtc(nowUtc);

    Transaction transaction(db);
    const Decision existing = readDecision(db, decisionId);
    const auto amended = decisionVersions(db).amend(
        decisionId, reason,
        [&](const DecisionVersion& current) {
            NewDecision next;
            next.outcome = changes.outcome.value_or(current.outcome);
            next.reasons = changes.reasons.value_or(current.reasons);
            next.consulted = changes.consulted.value_or(current.consulted);
            next.parentsInformed = changes.parentsInformed.value_or(current.parentsInformed);
            next.parentsNotInformedReason =
                changes.parentsNotInformedReason.value_or(current.parentsNotInformedReason);
            next.reviewDate = changes.reviewDate ? *changes.reviewDate : current.reviewDate;
            DecisionVersion result = current;
            static_cast<NewDecision&>(result) =
                checked(next, ukToday(m_vault.clock()), changes.reviewDate.has_value());
            // A different outcome is a new decision in substance: it is now this user's, made now.
            if (result.outcome != current.outcome) {
                result.decidedBy = actor;
                result.decidedAt = nowUtc;
            }
            return result;
        },
        actor, now);
    const NewDecision& content = amended.current;
    const QString& decidedBy = amended.current.decidedBy;
    const QDateTime& decidedAt = amended.current.decidedAt;
    const int version = amended.current.version;
    const QString& why = amended.current.amendReason;

    ChronologyWriter chronology(db, actor, now);
    for (qint64 pupilId : childrenOfConcern(db, existing.concernId))
        chronology.supersede(
            QStringLiteral("decision"), decisionId, pupilId,
            chronologyEntry(m_vault, decisionId, existing.concernId, pupilId, content, decidedBy, decidedAt),
            why);
    m_vault.audit().append(actor, QStringLiteral("decision.amend"), QStringLiteral("decision"),
                           QString::number(decisionId),
                           QStringLiteral("version %1; concern %2; %3")
                               .arg(version)
                               .arg(existing.concernId)
                               .arg(casework::pupilsOfConcern(db, existing.concernId)));
    transaction.commit();
}

QList<Decision> DecisionRepository::list(qint64 concernId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    ConcernStatusLog::current(db, concernId); // NotFound for an unknown concern
    Statement query(db, "SELECT id FROM decisions WHERE concern_id = :id ORDER BY id;");
    query.bind(":id", concernId);
    QList<qint64> ids;
    while (query.step())
        ids.append(query.integer(0));
    QList<Decision> result;
    for (qint64 id : ids)
        result.append(readDecision(db, id));
    auditView(m_vault, QStringLiteral("decision.view"), QStringLiteral("concern"), QString::number(concernId),
              QStringLiteral("%1 decision(s); %2")
                  .arg(result.size())
                  .arg(casework::pupilsOfConcern(db, concernId)));
    return result;
}

Decision DecisionRepository::get(qint64 decisionId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Decision decision = readDecision(m_vault.database(), decisionId);
    auditView(m_vault, QStringLiteral("decision.view"), QStringLiteral("decision"),
              QString::number(decisionId),
              QStringLiteral("concern %1; %2")
                  .arg(decision.concernId)
                  .arg(casework::pupilsOfConcern(m_vault.database(), decision.concernId)));
    return decision;
}

} // namespace lantern
