#include "records/PlanRepository.h"

#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "records/ChronologyWriter.h"
#include "records/SearchIndex.h"
#include "reference/CodeList.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QSet>
#include <algorithm>

namespace lantern {

namespace {

struct TypeInfo {
    PlanType type;
    const char* name;
    const char* label;
    const char* flagColumn; // the pupils column that is set while such a plan is open, or nullptr
};

const TypeInfo types[] = {
    {PlanType::FamilyHelp, "family-help", "Family help plan", "family_help"},
    {PlanType::ChildInNeed, "child-in-need", "Child in need plan", "cin_status"},
    {PlanType::ChildProtection, "child-protection", "Child protection plan", "cp_status"},
    {PlanType::Care, "care", "Care plan", nullptr},
    {PlanType::Pathway, "pathway", "Pathway plan", nullptr},
};

const TypeInfo& infoFor(PlanType type)
{
    for (const TypeInfo& info : types)
        if (info.type == type)
            return info;
    return types[0];
}

const CodeList& cpCategories()
{
    return CodeList::get(QStringLiteral("cp-category-of-abuse"));
}

// Sets or clears the pupil's status flag for `type` and audits the change; does nothing if it already has
// that value or the plan type has no flag.
void setFlag(Vault& vault, qint64 pupilId, PlanType type, bool on, qint64 planId)
{
    const char* column = infoFor(type).flagColumn;
    if (!column)
        return;
    Database& db = vault.database();
    const QByteArray select = QByteArray("SELECT ") + column + " FROM pupils WHERE id = :id;";
    Statement current(db, select.constData());
    current.bind(":id", pupilId);
    if (!current.step() || (current.integer(0) != 0) == on)
        return;
    const QByteArray sql =
        QByteArray("UPDATE pupils SET ") + column + " = :on, updated_at = :now WHERE id = :id;";
    Statement update(db, sql.constData());
    update.bind(":on", on).bind(":now", isoUtc(vault.clock().nowUtc())).bind(":id", pupilId);
    update.run();
    vault.audit().append(vault.user().username, QStringLiteral("pupil.status"), QStringLiteral("pupil"),
                         QString::number(pupilId),
                         QStringLiteral("%1 = %2 (plan %3 %4)")
                             .arg(QString::fromLatin1(column))
                             .arg(on ? 1 : 0)
                             .arg(planId)
                             .arg(on ? QStringLiteral("open") : QStringLiteral("ended")));
}

void addChronology(Vault& vault, qint64 pupilId, qint64 planId, const QDate& when, const QString& summary,
                   bool significant)
{
    Database& db = vault.database();
    ChronologyWriter writer(db, vault.user().username, isoUtc(vault.clock().nowUtc()));
    ChronologyWriter::Entry entry;
    entry.pupilId = pupilId;
    entry.when = PartialDate::day(when);
    entry.type = QStringLiteral("plan");
    entry.summary = summary;
    entry.sourceType = QStringLiteral("plan");
    entry.sourceId = planId;
    entry.significant = significant;
    const qint64 entryId = writer.add(entry);
    SearchIndex(db).index(QStringLiteral("chronology"), entryId, {pupilId}, {summary});
}

QString startSummary(const Plan& plan, const QString& category)
{
    QString summary = planTypeLabel(plan.type) + QStringLiteral(" started");
    if (!category.isEmpty())
        summary += QStringLiteral(" (category: %1)").arg(cpCategories().label(category));
    if (!plan.leadPractitioner.isEmpty())
        summary += QStringLiteral("; lead practitioner %1").arg(plan.leadPractitioner);
    return summary;
}

Plan planFrom(const Statement& query)
{
    Plan plan;
    plan.id = query.integer(0);
    plan.pupilId = query.integer(1);
    plan.type = planTypeFromName(query.text(2)).value_or(PlanType::Care);
    plan.cpCategory = query.optionalText(3).value_or(QString());
    plan.startedOn = QDate::fromString(query.text(4), QStringLiteral("yyyy-MM-dd"));
    plan.endedOn = optionalDate(query.optionalText(5));
    plan.leadPractitioner = query.text(6);
    plan.leadAgencyId = query.optionalInteger(7);
    plan.notes = query.text(8);
    plan.recordedAt = query.text(9);
    plan.recordedBy = query.text(10);
    return plan;
}

constexpr const char* planColumns =
    "SELECT id, pupil_id, plan_type, cp_category, started_on, ended_on, lead_practitioner, lead_agency_id, "
    "notes, recorded_at, recorded_by FROM plans ";

// Where a caseload row goes: child protection, then looked after, child in need, family help.
int caseloadRank(const CaseloadEntry& entry)
{
    if (!entry.plan)
        return 1;
    switch (entry.plan->type) {
    case PlanType::ChildProtection:
        return 0;
    case PlanType::Care:
    case PlanType::Pathway:
        return 1;
    case PlanType::ChildInNeed:
        return 2;
    case PlanType::FamilyHelp:
        return 3;
    }
    return 4;
}

} // namespace

QString planTypeName(PlanType type)
{
    return QString::fromLatin1(infoFor(type).name);
}
QString planTypeLabel(PlanType type)
{
    return QString::fromLatin1(infoFor(type).label);
}

std::optional<PlanType> planTypeFromName(const QString& name)
{
    for (const TypeInfo& info : types)
        if (name == QLatin1String(info.name))
            return info.type;
    return std::nullopt;
}

QList<PlanType> allPlanTypes()
{
    QList<PlanType> all;
    for (const TypeInfo& info : types)
        all.append(info.type);
    return all;
}

PlanRepository::PlanRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 PlanRepository::add(const Plan& plan)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    casework::requirePupil(db, plan.pupilId);

    const QString category = plan.cpCategory.trimmed().toUpper();
    if (plan.type == PlanType::ChildProtection) {
        if (category.isEmpty())
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("A child protection plan needs its category of abuse (category): %1.")
                            .arg(cpCategories().codes().join(ModelText::tr(", "))));
        if (!cpCategories().contains(category))
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("The category of abuse (category) \"%1\" is not one of %2.")
                            .arg(plan.cpCategory, cpCategories().codes().join(ModelText::tr(", "))));
    } else if (!category.isEmpty()) {
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("A %1 has no category of abuse (category): only child protection plans do.")
                        .arg(planTypeLabel(plan.type).toLower()));
    }
    const QDate today = ukToday(m_vault.clock());
    if (!plan.startedOn.isValid())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The plan's start date is required."));
    if (plan.startedOn > today)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The plan's start date (%1) cannot be in the future.")
                        .arg(isoDate(plan.startedOn)));
    if (plan.endedOn && (*plan.endedOn < plan.startedOn || *plan.endedOn > today))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The plan's end date (%1) must be between its start date and today.")
                        .arg(isoDate(*plan.endedOn)));
    if (plan.leadAgencyId)
        casework::requireAgency(db, *plan.leadAgencyId);

    Plan stored = plan;
    stored.leadPractitioner = TextServices::normalizeForStorage(plan.leadPractitioner).trimmed();
    stored.notes = TextServices::normalizeForStorage(plan.notes);

    Transaction transaction(db);
    Statement insert(db,
                     "INSERT INTO plans (pupil_id, plan_type, cp_category, started_on, ended_on, "
                     "lead_practitioner, lead_agency_id, notes, recorded_at, recorded_by) VALUES (:pupil, "
                     ":type, :category, :started, :ended, :lead, :agency, :notes, :at, :by);");
    insert.bind(":pupil", plan.pupilId)
        .bind(":type", planTypeName(plan.type))
        .bind(":category", category.isEmpty() ? std::optional<QString>() : std::optional<QString>(category))
        .bind(":started", isoDate(plan.startedOn))
        .bind(":ended", isoDate(plan.endedOn))
        .bind(":lead", stored.leadPractitioner)
        .bind(":agency", plan.leadAgencyId)
        .bind(":notes", stored.notes)
        .bind(":at", isoUtc(m_vault.clock().nowUtc()))
        .bind(":by", m_vault.user().username);
    insert.run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("plan.add"), QStringLiteral("plan"),
                           QString::number(id),
                           QStringLiteral("pupil %1, %2").arg(plan.pupilId).arg(planTypeName(plan.type)));
    const bool significant = plan.type == PlanType::ChildProtection;
    addChronology(m_vault, plan.pupilId, id, plan.startedOn, startSummary(stored, category), significant);
    if (plan.endedOn)
        addChronology(m_vault, plan.pupilId, id, *plan.endedOn,
                      planTypeLabel(plan.type) + QStringLiteral(" ended"), significant);
    else
        setFlag(m_vault, plan.pupilId, plan.type, true, id);
    transaction.commit();
    return id;
}

void PlanRepository::end(qint64 planId, const QDate& endedOn)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    if (!endedOn.isValid())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("The plan's end date is required."));
    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement query(db, "SELECT pupil_id, plan_type, started_on, ended_on FROM plans WHERE id = :id;");
    query.bind(":id", planId);
    if (!query.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no plan with id %1.").arg(planId));
    const qint64 pupilId = query.integer(0);
    const PlanType type = planTypeFromName(query.text(1)).value_or(PlanType::Care);
    const QDate started = QDate::fromString(query.text(2), QStringLiteral("yyyy-MM-dd"));
    if (const std::optional<QString> ended = query.optionalText(3))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Plan %1 already ended on %2; a plan ends once.").arg(planId).arg(*ended));
    if (endedOn < started)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The plan's end date (%1) is before its start date (%2).")
                        .arg(isoDate(endedOn), isoDate(started)));
    if (endedOn > ukToday(m_vault.clock()))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The plan's end date (%1) cannot be in the future.").arg(isoDate(endedOn)));

    Statement update(db, "UPDATE plans SET ended_on = :ended WHERE id = :id AND ended_on IS NULL;");
    update.bind(":ended", isoDate(endedOn)).bind(":id", planId);
    update.run();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("plan.end"), QStringLiteral("plan"),
                           QString::number(planId),
                           QStringLiteral("pupil %1, ended %2").arg(pupilId).arg(isoDate(endedOn)));
    addChronology(m_vault, pupilId, planId, endedOn, planTypeLabel(type) + QStringLiteral(" ended"),
                  type == PlanType::ChildProtection);

    Statement others(db, "SELECT COUNT(*) FROM plans WHERE pupil_id = :pupil AND plan_type = :type "
                         "AND ended_on IS NULL;");
    others.bind(":pupil", pupilId).bind(":type", planTypeName(type));
    others.step();
    if (others.integer(0) == 0)
        setFlag(m_vault, pupilId, type, false, planId);
    transaction.commit();
}

QList<Plan> PlanRepository::plans(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    casework::requirePupil(db, pupilId);
    Transaction transaction(db);
    const QByteArray sql =
        QByteArray(planColumns) + "WHERE pupil_id = :pupil ORDER BY started_on DESC, id DESC;";
    Statement query(db, sql.constData());
    query.bind(":pupil", pupilId);
    QList<Plan> result;
    while (query.step())
        result.append(planFrom(query));
    m_vault.audit().append(m_vault.user().username, QStringLiteral("plan.view"), QStringLiteral("pupil"),
                           QString::number(pupilId));
    transaction.commit();
    return result;
}

QList<CaseloadEntry> PlanRepository::caseload()
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    QList<CaseloadEntry> result;
    {
        const QByteArray sql = QByteArray(planColumns) + "WHERE ended_on IS NULL ORDER BY started_on, id;";
        Statement query(db, sql.constData());
        while (query.step()) {
            CaseloadEntry entry;
            entry.plan = planFrom(query);
            entry.pupilId = entry.plan->pupilId;
            result.append(entry);
        }
    }
    {
        Statement query(db, "SELECT id FROM pupils p WHERE looked_after != 0 AND NOT EXISTS (SELECT 1 FROM "
                            "plans WHERE pupil_id = p.id AND ended_on IS NULL AND plan_type IN ('care', "
                            "'pathway'));");
        while (query.step()) {
            CaseloadEntry entry;
            entry.pupilId = query.integer(0);
            result.append(entry);
        }
    }
    QSet<qint64> children;
    for (CaseloadEntry& entry : result) {
        entry.pupilName = casework::pupilDisplayName(db, entry.pupilId);
        children.insert(entry.pupilId);
        Statement status(db, "SELECT looked_after, responsible_la FROM pupils WHERE id = :id;");
        status.bind(":id", entry.pupilId);
        if (status.step()) {
            entry.lookedAfter = status.integer(0) != 0;
            entry.responsibleAuthority = status.text(1);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const CaseloadEntry& a, const CaseloadEntry& b) {
        if (caseloadRank(a) != caseloadRank(b))
            return caseloadRank(a) < caseloadRank(b);
        return QString::localeAwareCompare(a.pupilName, b.pupilName) < 0;
    });
    m_vault.audit().append(m_vault.user().username, QStringLiteral("plan.view"), QStringLiteral("pupils"),
                           QStringLiteral("caseload"),
                           QStringLiteral("caseload: %1 children").arg(children.size()));
    transaction.commit();
    return result;
}

} // namespace lantern
