#include "adults/AdultsStore.h"

#include "adults/AdultRegister.h"
#include "adults/AdultsAccess.h"
#include "adults/PatternPrompt.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "vault/Vault.h"

namespace lantern::adults {

const char* const kIsHeadteacherSql =
    "(a.is_headteacher = 1 OR EXISTS (SELECT 1 FROM users u WHERE u.username = a.linked_username "
    "AND u.role = 'head'))";

namespace {

QString notFound(qint64 adultId)
{
    return ModelText::tr("There is no adult %1 in the register you can see.").arg(adultId);
}

} // namespace

AdultHead requireVisibleAdult(Vault& vault, qint64 adultId)
{
    Statement query(vault.database(),
                    QByteArray(QByteArrayLiteral("SELECT a.id, ") + kIsHeadteacherSql +
                               ", COALESCE(a.linked_username, ''), a.added_at, a.added_by FROM adults a "
                               "WHERE a.id = :id;")
                        .constData());
    query.bind(":id", adultId);
    if (!query.step())
        throw Error(ErrorKind::NotFound, notFound(adultId));
    AdultHead head;
    head.id = query.integer(0);
    head.isHeadteacher = query.integer(1) != 0;
    head.linkedUsername = query.text(2);
    head.addedAt = fromIsoUtc(query.text(3));
    head.addedBy = query.text(4);
    if (!canSeeAdult(vault.user(), head.isHeadteacher))
        throw Error(ErrorKind::NotFound, notFound(adultId));
    return head;
}

qint64 requireVisibleConcern(Vault& vault, qint64 concernId)
{
    Statement query(vault.database(), "SELECT adult_id FROM adult_concerns WHERE id = :id;");
    query.bind(":id", concernId);
    const QString missing =
        ModelText::tr("There is no low-level concern %1 in the register you can see.").arg(concernId);
    if (!query.step())
        throw Error(ErrorKind::NotFound, missing);
    const qint64 adultId = query.integer(0);
    try {
        requireVisibleAdult(vault, adultId);
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::NotFound)
            throw Error(ErrorKind::NotFound, missing);
        throw;
    }
    return adultId;
}

VersionedRecord<AdultDetailsVersion> detailsVersions(Database& db)
{
    VersionedRecord<AdultDetailsVersion>::Description description;
    description.table = {
        VersionTable::Layout::Numbered, "adult_versions", "adult_id", {"name", "role_in_school", "left_on"}};
    description.values = [](const AdultDetailsVersion& v) -> QVariantList {
        const std::optional<QString> left = isoDate(v.details.leftOn);
        return {v.details.name, adultRoleName(v.details.role), left ? QVariant(*left) : QVariant()};
    };
    description.read = [](const Statement& row, int first, AdultDetailsVersion& v) {
        v.details.name = row.text(first);
        v.details.role = adultRoleFromName(row.text(first + 1)).value_or(AdultRole::Staff);
        v.details.leftOn = optionalDate(row.optionalText(first + 2));
    };
    description.noContent = ModelText::tr("Adult %1 has no details.");
    return VersionedRecord<AdultDetailsVersion>(db, std::move(description));
}

VersionedRecord<AdultConcernVersion> concernVersions(Database& db)
{
    VersionedRecord<AdultConcernVersion>::Description description;
    description.table = {VersionTable::Layout::Numbered,
                         "adult_concern_versions",
                         "concern_id",
                         {"occurred_value", "occurred_precision", "occurred_sort", "account", "response",
                          "reporter_name", "self_report", "reporter_withheld"}};
    description.values = [](const AdultConcernVersion& v) -> QVariantList {
        const AdultConcernContent& c = v.content;
        return {c.occurred.value(),   c.occurred.precisionName(),
                c.occurred.sortKey(), c.account,
                c.response,           c.reporterName,
                c.selfReport,         c.reporterWithheld};
    };
    description.read = [](const Statement& row, int first, AdultConcernVersion& v) {
        v.content.occurred = PartialDate::fromStored(row.text(first), row.text(first + 1));
        v.content.account = row.text(first + 3);
        v.content.response = row.text(first + 4);
        v.content.reporterName = row.text(first + 5);
        v.content.selfReport = row.integer(first + 6) != 0;
        v.content.reporterWithheld = row.integer(first + 7) != 0;
    };
    description.noContent = ModelText::tr("Low-level concern %1 has no content.");
    return VersionedRecord<AdultConcernVersion>(db, std::move(description));
}

QList<AdultDetailsVersion> readDetails(Database& db, qint64 adultId)
{
    return detailsVersions(db).history(adultId);
}

void insertFirstDetails(Database& db, qint64 adultId, const AdultDetails& details, const QString& at,
                        const QString& by)
{
    detailsVersions(db).create(adultId, {1, details, {}, {}, {}}, by, at);
}

AdultDetails checkedDetails(const AdultDetails& details)
{
    AdultDetails checked = details;
    checked.name = tidy(details.name).simplified();
    if (checked.name.isEmpty())
        throw Error(ErrorKind::InvalidInput, AdultField::name, ModelText::tr("Name: give the adult's name."));
    if (checked.leftOn && !checked.leftOn->isValid())
        throw Error(ErrorKind::InvalidInput, AdultField::leftOn, ModelText::tr("Left on: not a date."));
    return checked;
}

AdultSummary readSummary(Database& db, const AdultHead& head, const AdultsRegisterSettings& settings)
{
    AdultSummary summary;
    summary.id = head.id;
    summary.isHeadteacher = head.isHeadteacher;
    summary.linkedUsername = head.linkedUsername;
    summary.details = readDetails(db, head.id).last().details;

    // Each concern's current date, whether it has been reviewed and whether a LADO consultation considered
    // it.
    Statement query(db, "SELECT c.id, v.occurred_value, v.occurred_precision, "
                        "EXISTS (SELECT 1 FROM adult_concern_reviews r WHERE r.concern_id = c.id), "
                        "EXISTS (SELECT 1 FROM lado_consultation_concerns l WHERE l.concern_id = c.id) "
                        "FROM adult_concerns c JOIN adult_concern_versions v ON v.concern_id = c.id "
                        "AND v.version = (SELECT MAX(version) FROM adult_concern_versions "
                        "WHERE concern_id = c.id) WHERE c.adult_id = :id;");
    query.bind(":id", head.id);
    QList<PatternPrompt::DatedConcern> unconsidered;
    while (query.step()) {
        ++summary.concernCount;
        if (query.integer(3) == 0)
            ++summary.unreviewedCount;
        if (query.integer(4) == 0)
            unconsidered.append(
                {query.integer(0), PartialDate::fromStored(query.text(1), query.text(2)).firstDay()});
    }
    summary.promptConcernIds =
        PatternPrompt::concernsInPattern(unconsidered, settings.patternThreshold, settings.patternPeriodDays);
    summary.patternPrompt = !summary.promptConcernIds.isEmpty();
    return summary;
}

QList<AdultConcernVersion> readConcernVersions(Database& db, qint64 concernId)
{
    return concernVersions(db).history(concernId);
}

AdultsRegisterSettings readSettings(Database& db)
{
    AdultsRegisterSettings settings;
    Statement query(db, "SELECT pattern_threshold, pattern_period_days, retention_months "
                        "FROM adults_register_settings WHERE id = 1;");
    if (query.step()) {
        settings.patternThreshold = static_cast<int>(query.integer(0));
        settings.patternPeriodDays = static_cast<int>(query.integer(1));
        settings.retentionMonthsAfterLeaving = static_cast<int>(query.integer(2));
    }
    return settings;
}

QString nowIso(const Vault& vault)
{
    return isoUtc(vault.clock().nowUtc());
}

} // namespace lantern::adults
