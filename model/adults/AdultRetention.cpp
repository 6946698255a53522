#include "adults/AdultRetention.h"

#include "adults/AdultsAccess.h"
#include "adults/AdultsStore.h"
#include "calendar/UkTime.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <algorithm>

namespace lantern {

namespace {

bool hasAllegationOutcome(Database& db, qint64 adultId)
{
    Statement query(db, "SELECT 1 FROM lado_consultations WHERE adult_id = :id "
                        "AND outcome IN ('allegation', 'police');");
    query.bind(":id", adultId);
    return query.step();
}

int countRows(Database& db, const char* sql, qint64 adultId)
{
    Statement query(db, sql);
    query.bind(":id", adultId);
    query.step();
    return static_cast<int>(query.integer(0));
}

void deleteRows(Database& db, const char* sql, qint64 adultId)
{
    Statement statement(db, sql);
    statement.bind(":id", adultId);
    statement.run();
}

} // namespace

AdultRetention::AdultRetention(Vault& vault)
    : m_vault(vault)
{}

QList<RetentionDue> AdultRetention::due()
{
    adults::requireRegisterAccess(m_vault.user());
    Database& db = m_vault.database();
    const int months = adults::readSettings(db).retentionMonthsAfterLeaving;
    const QDate today = ukToday(m_vault.clock());
    Statement query(db, QByteArray(QByteArrayLiteral("SELECT a.id, ") + adults::kIsHeadteacherSql +
                                   " FROM adults a ORDER BY a.id;")
                            .constData());
    QList<RetentionDue> result;
    while (query.step()) {
        const qint64 id = query.integer(0);
        if (!adults::canSeeAdult(m_vault.user(), query.integer(1) != 0))
            continue;
        const AdultDetails details = adults::readDetails(db, id).last().details;
        if (!details.leftOn || details.leftOn->addMonths(months) > today || hasAllegationOutcome(db, id))
            continue;
        result.append({id, details.name, *details.leftOn, details.leftOn->addMonths(months),
                       countRows(db, "SELECT COUNT(*) FROM adult_concerns WHERE adult_id = :id;", id)});
    }
    std::sort(result.begin(), result.end(),
              [](const RetentionDue& a, const RetentionDue& b) { return a.dueOn < b.dueOn; });
    casework::auditView(m_vault, QStringLiteral("adults.retention.view"), QStringLiteral("adults-register"),
                        QStringLiteral("retention"), QStringLiteral("%1 adult(s) due").arg(result.size()));
    return result;
}

void AdultRetention::remove(qint64 adultId)
{
    adults::requireRegisterAccess(m_vault.user());
    Database& db = m_vault.database();
    const int months = adults::readSettings(db).retentionMonthsAfterLeaving;
    const QDate today = ukToday(m_vault.clock());
    const QString actor = m_vault.user().username;

    Transaction transaction(db);
    adults::requireVisibleAdult(m_vault, adultId);
    const AdultDetails details = adults::readDetails(db, adultId).last().details;
    if (!details.leftOn)
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Retention: adult %1 has no leaving date. Low-level concerns are kept at least "
                          "until the adult leaves (KCSIE); record the leaving date first.")
                .arg(adultId));
    const QDate dueOn = details.leftOn->addMonths(months);
    if (dueOn > today)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Retention: adult %1's records are not due for deletion "
                                  "until %2 (%3 month(s) after leaving).")
                        .arg(adultId)
                        .arg(TextServices::formatDate(dueOn))
                        .arg(months));
    if (hasAllegationOutcome(db, adultId))
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Retention: a LADO consultation about adult %1 found an allegation or led to a "
                          "police referral; those records follow the retention for allegations, not for "
                          "low-level concerns.")
                .arg(adultId));

    const int concerns = countRows(db, "SELECT COUNT(*) FROM adult_concerns WHERE adult_id = :id;", adultId);
    const int versions = countRows(db,
                                   "SELECT COUNT(*) FROM adult_concern_versions WHERE concern_id IN "
                                   "(SELECT id FROM adult_concerns WHERE adult_id = :id);",
                                   adultId);
    const int reviews = countRows(db,
                                  "SELECT COUNT(*) FROM adult_concern_reviews WHERE concern_id IN "
                                  "(SELECT id FROM adult_concerns WHERE adult_id = :id);",
                                  adultId);
    const int consultations =
        countRows(db, "SELECT COUNT(*) FROM lado_consultations WHERE adult_id = :id;", adultId);

    deleteRows(db,
               "DELETE FROM lado_consultation_concerns WHERE consultation_id IN "
               "(SELECT id FROM lado_consultations WHERE adult_id = :id);",
               adultId);
    deleteRows(db, "DELETE FROM lado_consultations WHERE adult_id = :id;", adultId);
    deleteRows(db,
               "DELETE FROM adult_concern_reviews WHERE concern_id IN "
               "(SELECT id FROM adult_concerns WHERE adult_id = :id);",
               adultId);
    deleteRows(db,
               "DELETE FROM adult_concern_versions WHERE concern_id IN "
               "(SELECT id FROM adult_concerns WHERE adult_id = :id);",
               adultId);
    deleteRows(db, "DELETE FROM adult_concerns WHERE adult_id = :id;", adultId);
    deleteRows(db, "DELETE FROM adult_versions WHERE adult_id = :id;", adultId);
    deleteRows(db, "DELETE FROM adults WHERE id = :id;", adultId);

    // The tombstone: what went, under which rule; never the content or the adult's name.
    m_vault.audit().append(actor, QStringLiteral("adult.retention.delete"), QStringLiteral("adult"),
                           QString::number(adultId),
                           QStringLiteral("left %1; retention %2 month(s) after leaving, due %3; deleted %4 "
                                          "concern(s) (%5 version(s)), %6 review(s), %7 LADO consultation(s)")
                               .arg(isoDate(*details.leftOn))
                               .arg(months)
                               .arg(isoDate(dueOn))
                               .arg(concerns)
                               .arg(versions)
                               .arg(reviews)
                               .arg(consultations));
    transaction.commit();
}

} // namespace lantern
