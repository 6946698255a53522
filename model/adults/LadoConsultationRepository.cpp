#include "adults/LadoConsultationRepository.h"

#include "adults/AdultsAccess.h"
#include "adults/AdultsStore.h"
#include "calendar/UkTime.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <QSet>

namespace lantern {

namespace {

// The adult's concerns not yet considered in a consultation.
QList<qint64> unconsidered(Database& db, qint64 adultId)
{
    Statement query(db,
                    "SELECT c.id FROM adult_concerns c WHERE c.adult_id = :id AND NOT EXISTS "
                    "(SELECT 1 FROM lado_consultation_concerns l WHERE l.concern_id = c.id) ORDER BY c.id;");
    query.bind(":id", adultId);
    QList<qint64> ids;
    while (query.step())
        ids.append(query.integer(0));
    return ids;
}

} // namespace

LadoConsultationRepository::LadoConsultationRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 LadoConsultationRepository::record(qint64 adultId, const NewLadoConsultation& consultation)
{
    adults::requireRegisterAccess(m_vault.user());
    if (!consultation.consultedOn.isValid())
        throw Error(ErrorKind::InvalidInput, LadoConsultationField::consultedOn,
                    ModelText::tr("Consulted on: give the date of the consultation."));
    if (consultation.consultedOn > ukToday(m_vault.clock()))
        throw Error(ErrorKind::InvalidInput, LadoConsultationField::consultedOn,
                    ModelText::tr("Consulted on: %1 is in the future.")
                        .arg(TextServices::formatDate(consultation.consultedOn)));
    const QString ladoName = tidy(consultation.ladoName).simplified();
    if (ladoName.isEmpty())
        throw Error(ErrorKind::InvalidInput, LadoConsultationField::lado,
                    ModelText::tr("LADO: give the name of the LADO consulted."));
    const QString advice = tidy(consultation.advice);
    if (advice.isEmpty())
        throw Error(ErrorKind::InvalidInput, LadoConsultationField::advice,
                    ModelText::tr("Advice: record what the LADO advised."));

    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    const QString now = adults::nowIso(m_vault);
    Transaction transaction(db);
    adults::requireVisibleAdult(m_vault, adultId);
    const QList<qint64> open = unconsidered(db, adultId);
    QList<qint64> concernIds = consultation.concernIds.isEmpty() ? open : consultation.concernIds;
    if (concernIds.isEmpty())
        throw Error(ErrorKind::InvalidInput, LadoConsultationField::concerns,
                    ModelText::tr("Concerns: every concern about this adult has already been considered."));
    const QSet<qint64> openSet(open.cbegin(), open.cend());
    for (qint64 id : concernIds) {
        if (!openSet.contains(id))
            throw Error(
                ErrorKind::InvalidInput, LadoConsultationField::concerns,
                ModelText::tr("Concerns: %1 is not a concern about this adult still to be considered.")
                    .arg(id));
    }

    Statement insert(db,
                     "INSERT INTO lado_consultations (adult_id, consulted_on, lado_name, advice, outcome, "
                     "recorded_at, recorded_by) VALUES (:adult, :on, :lado, :advice, :outcome, :at, :by);");
    insert.bind(":adult", adultId)
        .bind(":on", isoDate(consultation.consultedOn))
        .bind(":lado", ladoName)
        .bind(":advice", advice)
        .bind(":outcome", ladoOutcomeName(consultation.outcome))
        .bind(":at", now)
        .bind(":by", actor);
    insert.run();
    const qint64 id = db.lastInsertId();
    Statement link(
        db, "INSERT INTO lado_consultation_concerns (consultation_id, concern_id) VALUES (:id, :concern);");
    for (qint64 concernId : concernIds) {
        link.reset();
        link.bind(":id", id).bind(":concern", concernId);
        link.run();
    }
    m_vault.audit().append(actor, QStringLiteral("adult.lado.add"), QStringLiteral("adult"),
                           QString::number(adultId),
                           QStringLiteral("consultation %1; outcome %2; %3 concern(s)")
                               .arg(id)
                               .arg(ladoOutcomeName(consultation.outcome))
                               .arg(concernIds.size()));
    transaction.commit();
    return id;
}

} // namespace lantern
