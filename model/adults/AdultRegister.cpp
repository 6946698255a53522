#include "adults/AdultRegister.h"

#include "adults/AdultsAccess.h"
#include "adults/AdultsStore.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/CaseworkLookups.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <algorithm>

namespace lantern {

namespace {

QList<AdultConcernReview> readReviews(Database& db, qint64 concernId)
{
    Statement query(db, "SELECT id, reviewer, reviewed_on, notes, recorded_at FROM adult_concern_reviews "
                        "WHERE concern_id = :id ORDER BY reviewed_on, id;");
    query.bind(":id", concernId);
    QList<AdultConcernReview> reviews;
    while (query.step()) {
        AdultConcernReview review;
        review.id = query.integer(0);
        review.reviewer = query.text(1);
        review.reviewedOn = QDate::fromString(query.text(2), Qt::ISODate);
        review.notes = query.text(3);
        review.recordedAt = fromIsoUtc(query.text(4));
        reviews.append(review);
    }
    return reviews;
}

QList<AdultConcern> readConcerns(Database& db, qint64 adultId)
{
    Statement query(db, "SELECT c.id, c.recorded_at, c.recorded_by, COALESCE(c.reporter_username, ''), "
                        "c.source, l.consultation_id FROM adult_concerns c "
                        "LEFT JOIN lado_consultation_concerns l ON l.concern_id = c.id "
                        "WHERE c.adult_id = :id;");
    query.bind(":id", adultId);
    QList<AdultConcern> concerns;
    while (query.step()) {
        AdultConcern concern;
        concern.id = query.integer(0);
        concern.adultId = adultId;
        concern.recordedAt = fromIsoUtc(query.text(1));
        concern.recordedBy = query.text(2);
        concern.reporterUsername = query.text(3);
        concern.source = query.text(4);
        concern.consultationId = query.optionalInteger(5);
        concerns.append(concern);
    }
    for (AdultConcern& concern : concerns) {
        concern.history = adults::readConcernVersions(db, concern.id);
        concern.current = concern.history.last();
        concern.reviews = readReviews(db, concern.id);
    }
    std::sort(concerns.begin(), concerns.end(), [](const AdultConcern& a, const AdultConcern& b) {
        const QString sortA = a.current.content.occurred.sortKey();
        const QString sortB = b.current.content.occurred.sortKey();
        return sortA != sortB ? sortA < sortB : a.id < b.id;
    });
    return concerns;
}

QList<LadoConsultation> readConsultations(Database& db, qint64 adultId)
{
    Statement query(db, "SELECT id, consulted_on, lado_name, advice, outcome, recorded_at, recorded_by "
                        "FROM lado_consultations WHERE adult_id = :id ORDER BY consulted_on, id;");
    query.bind(":id", adultId);
    QList<LadoConsultation> consultations;
    while (query.step()) {
        LadoConsultation consultation;
        consultation.id = query.integer(0);
        consultation.adultId = adultId;
        consultation.consultedOn = QDate::fromString(query.text(1), Qt::ISODate);
        consultation.ladoName = query.text(2);
        consultation.advice = query.text(3);
        consultation.outcome = ladoOutcomeFromName(query.text(4)).value_or(LadoOutcome::BelowThreshold);
        consultation.recordedAt = fromIsoUtc(query.text(5));
        consultation.recordedBy = query.text(6);
        consultations.append(consultation);
    }
    Statement concerns(db, "SELECT concern_id FROM lado_consultation_concerns WHERE consultation_id = :id "
                           "ORDER BY concern_id;");
    for (LadoConsultation& consultation : consultations) {
        concerns.reset();
        concerns.bind(":id", consultation.id);
        while (concerns.step())
            consultation.concernIds.append(concerns.integer(0));
    }
    return consultations;
}

} // namespace

AdultRegister::AdultRegister(Vault& vault)
    : m_vault(vault)
{}

qint64 AdultRegister::add(const NewAdult& adult)
{
    const User& user = m_vault.user();
    adults::requireRegisterAccess(user);
    const AdultDetails details = adults::checkedDetails(adult.details);
    const QString linked = adult.linkedUsername.trimmed();
    bool isHeadteacher = adult.isHeadteacher;
    if (!linked.isEmpty()) {
        const std::optional<User> linkedUser = m_vault.findUser(linked);
        if (!linkedUser)
            throw Error(ErrorKind::InvalidInput, AdultField::linkedUser,
                        ModelText::tr("Lantern user: there is no user \"%1\".").arg(linked));
        isHeadteacher = isHeadteacher || linkedUser->role == Role::Head;
    }
    if (isHeadteacher && !adults::canKeepHeadteacher(user))
        throw Error(
            ErrorKind::PermissionDenied,
            ModelText::tr("Only the chair of governors keeps the headteacher's entry. Record a concern "
                          "about the headteacher as a concern \"about the headteacher\"; it goes to the "
                          "chair."));
    if (!isHeadteacher && !adults::canKeepRegister(user))
        throw Error(ErrorKind::PermissionDenied,
                    ModelText::tr("The chair of governors keeps only the headteacher's entry."));

    Database& db = m_vault.database();
    const QString now = adults::nowIso(m_vault);
    Transaction transaction(db);
    Statement insert(db, "INSERT INTO adults (is_headteacher, linked_username, added_at, added_by) "
                         "VALUES (:head, :linked, :at, :by);");
    insert.bind(":head", isHeadteacher)
        .bind(":linked", linked.isEmpty() ? std::optional<QString>() : std::optional<QString>(linked))
        .bind(":at", now)
        .bind(":by", user.username);
    insert.run();
    const qint64 id = db.lastInsertId();
    adults::insertFirstDetails(db, id, details, now, user.username);
    m_vault.audit().append(user.username, QStringLiteral("adult.add"), QStringLiteral("adult"),
                           QString::number(id), QStringLiteral("version 1"));
    transaction.commit();
    return id;
}

int AdultRegister::amend(qint64 adultId, const AdultDetails& details, const QString& reason)
{
    adults::requireRegisterAccess(m_vault.user());
    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    Transaction transaction(db);
    adults::requireVisibleAdult(m_vault, adultId);
    const int version = adults::detailsVersions(db)
                            .amend(
                                adultId, reason,
                                [&](const AdultDetailsVersion& current) {
                                    AdultDetailsVersion next = current;
                                    next.details = adults::checkedDetails(details);
                                    return next;
                                },
                                actor, adults::nowIso(m_vault))
                            .current.version;
    m_vault.audit().append(actor, QStringLiteral("adult.amend"), QStringLiteral("adult"),
                           QString::number(adultId), QStringLiteral("version %1").arg(version));
    transaction.commit();
    return version;
}

QList<AdultSummary> AdultRegister::list()
{
    const User& user = m_vault.user();
    adults::requireRegisterAccess(user);
    // The chair sees the headteacher's entries and nothing else; the keepers see everything else.
    const bool chair = !adults::canKeepRegister(user);
    Database& db = m_vault.database();
    const AdultsRegisterSettings settings = adults::readSettings(db);
    Statement query(db,
                    QByteArray(QByteArrayLiteral("SELECT a.id, COALESCE(a.linked_username, ''), a.added_at, "
                                                 "a.added_by FROM adults a WHERE ") +
                               (chair ? "" : "NOT ") + adults::kIsHeadteacherSql + ";")
                        .constData());
    QList<AdultSummary> result;
    while (query.step()) {
        adults::AdultHead head;
        head.id = query.integer(0);
        head.isHeadteacher = chair;
        head.linkedUsername = query.text(1);
        head.addedAt = fromIsoUtc(query.text(2));
        head.addedBy = query.text(3);
        result.append(adults::readSummary(db, head, settings));
    }
    std::sort(result.begin(), result.end(), [](const AdultSummary& a, const AdultSummary& b) {
        const int byName = TextServices::compareNames(a.details.name, b.details.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    casework::auditView(m_vault, QStringLiteral("adult.list.view"), QStringLiteral("adult"),
                        QStringLiteral("register"), QStringLiteral("%1 adult(s)").arg(result.size()));
    return result;
}

Adult AdultRegister::get(qint64 adultId)
{
    adults::requireRegisterAccess(m_vault.user());
    Database& db = m_vault.database();
    const adults::AdultHead head = adults::requireVisibleAdult(m_vault, adultId);
    Adult adult;
    adult.summary = adults::readSummary(db, head, adults::readSettings(db));
    adult.history = adults::readDetails(db, adultId);
    adult.addedAt = head.addedAt;
    adult.addedBy = head.addedBy;
    adult.concerns = readConcerns(db, adultId);
    adult.consultations = readConsultations(db, adultId);
    casework::auditView(m_vault, QStringLiteral("adult.view"), QStringLiteral("adult"),
                        QString::number(adultId));
    return adult;
}

} // namespace lantern
