#include "records/PackDisclosureRepository.h"

#include "audit/AuditLog.h"
#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace {

// The three ordered lists of a disclosure, as rows of pack_disclosure_entries.
struct ListColumn {
    const char* name;
    QStringList PackDisclosure::*member;
};

const ListColumn lists[] = {
    {"section", &PackDisclosure::sections},
    {"included", &PackDisclosure::itemsIncluded},
    {"redacted", &PackDisclosure::itemsRedacted},
};

struct Owner {
    qint64 pupilId = 0;
    QString packSha256;
};

Owner referralOwner(Database& db, qint64 referralId)
{
    Statement query(db, "SELECT pupil_id, pack_sha256 FROM referrals WHERE id = :id;");
    query.bind(":id", referralId);
    if (!query.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no referral with id %1.").arg(referralId));
    return {query.integer(0), query.text(1)};
}

// Stored as given, NFC only: the record must say exactly what the pack said.
QString stored(const QString& text)
{
    return TextServices::normalizeForStorage(text);
}

void requireValid(Database& db, const PackDisclosure& disclosure)
{
    const Owner owner = referralOwner(db, disclosure.referralId);
    if (owner.pupilId != disclosure.pupilId)
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Referral %1 is not a referral of pupil %2; a pack's disclosure is kept with "
                          "the referral of the child it was about.")
                .arg(disclosure.referralId)
                .arg(disclosure.pupilId));
    if (owner.packSha256 != disclosure.packSha256)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The pack hash of the disclosure is not the one recorded on referral %1.")
                        .arg(disclosure.referralId));
    Statement existing(db, "SELECT 1 FROM pack_disclosures WHERE referral_id = :id;");
    existing.bind(":id", disclosure.referralId);
    if (existing.step())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("What the pack of referral %1 disclosed is already recorded; it is never "
                                  "changed.")
                        .arg(disclosure.referralId));
    if (disclosure.itemsLeftOut < 0)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The number of items left out cannot be negative."));
    for (const QString& item : disclosure.itemsRedacted)
        if (!disclosure.itemsIncluded.contains(item))
            throw Error(
                ErrorKind::InvalidInput,
                ModelText::tr("The redacted item %1 is not among the items the pack included.").arg(item));
}

PackDisclosure readDisclosure(const Statement& row)
{
    PackDisclosure disclosure;
    disclosure.referralId = row.integer(0);
    disclosure.pupilId = row.integer(1);
    disclosure.packId = row.text(2);
    disclosure.packSha256 = row.text(3);
    disclosure.exportedAt = fromIsoUtc(row.text(4));
    disclosure.exportedBy = row.text(5);
    disclosure.periodFrom = QDate::fromString(row.text(6), QStringLiteral("yyyy-MM-dd"));
    disclosure.periodTo = QDate::fromString(row.text(7), QStringLiteral("yyyy-MM-dd"));
    disclosure.itemsLeftOut = static_cast<int>(row.integer(8));
    disclosure.recipientTeam = row.text(9);
    disclosure.recipientAuthority = row.text(10);
    disclosure.serviceRequested = row.text(11);
    disclosure.urgency = row.text(12);
    disclosure.reason = row.text(13);
    disclosure.lawfulBasis = row.text(14);
    disclosure.consent = row.text(15);
    disclosure.consentDetail = row.text(16);
    disclosure.parentsAware = row.text(17);
    disclosure.parentsAwareDetail = row.text(18);
    disclosure.encrypted = row.integer(19) != 0;
    return disclosure;
}

} // namespace

PackDisclosureRepository::PackDisclosureRepository(Vault& vault)
    : m_vault(vault)
{}

void PackDisclosureRepository::record(const PackDisclosure& disclosure)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db); // a savepoint inside the export's transaction
    requireValid(db, disclosure);

    Statement insert(
        db, "INSERT INTO pack_disclosures (referral_id, pupil_id, pack_id, pack_sha256, exported_at, "
            "exported_by, period_from, period_to, items_left_out, recipient_team, recipient_authority, "
            "service_requested, urgency, reason, lawful_basis, consent, consent_detail, parents_aware, "
            "parents_aware_detail, encrypted) VALUES (:referral, :pupil, :packId, :sha, :at, :by, "
            ":from, :to, :leftOut, :team, :authority, :service, :urgency, :reason, :basis, :consent, "
            ":consentDetail, :aware, :awareDetail, :encrypted);");
    insert.bind(":referral", disclosure.referralId)
        .bind(":pupil", disclosure.pupilId)
        .bind(":packId", disclosure.packId)
        .bind(":sha", disclosure.packSha256)
        .bind(":at", isoUtc(disclosure.exportedAt))
        .bind(":by", disclosure.exportedBy)
        .bind(":from", isoDate(disclosure.periodFrom))
        .bind(":to", isoDate(disclosure.periodTo))
        .bind(":leftOut", static_cast<qint64>(disclosure.itemsLeftOut))
        .bind(":team", stored(disclosure.recipientTeam))
        .bind(":authority", stored(disclosure.recipientAuthority))
        .bind(":service", disclosure.serviceRequested)
        .bind(":urgency", disclosure.urgency)
        .bind(":reason", stored(disclosure.reason))
        .bind(":basis", stored(disclosure.lawfulBasis))
        .bind(":consent", disclosure.consent)
        .bind(":consentDetail", stored(disclosure.consentDetail))
        .bind(":aware", disclosure.parentsAware)
        .bind(":awareDetail", stored(disclosure.parentsAwareDetail))
        .bind(":encrypted", disclosure.encrypted);
    insert.run();
    for (const ListColumn& list : lists) {
        const QStringList& values = disclosure.*list.member;
        for (int position = 0; position < values.size(); ++position) {
            Statement entry(db, "INSERT INTO pack_disclosure_entries (referral_id, list, position, value) "
                                "VALUES (:referral, :list, :position, :value);");
            entry.bind(":referral", disclosure.referralId)
                .bind(":list", QString::fromLatin1(list.name))
                .bind(":position", static_cast<qint64>(position))
                .bind(":value", values.at(position));
            entry.run();
        }
    }
    m_vault.audit().append(m_vault.user().username, QStringLiteral("referral.disclosure"),
                           QStringLiteral("referral"), QString::number(disclosure.referralId),
                           QStringLiteral("pupil %1; %2 sections, %3 items (%4 redacted), %5 left out; %6")
                               .arg(disclosure.pupilId)
                               .arg(disclosure.sections.size())
                               .arg(disclosure.itemsIncluded.size())
                               .arg(disclosure.itemsRedacted.size())
                               .arg(disclosure.itemsLeftOut)
                               .arg(disclosure.packSha256));
    transaction.commit();
}

std::optional<PackDisclosure> PackDisclosureRepository::forReferral(qint64 referralId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const Owner owner = referralOwner(db, referralId);
    Statement query(db, "SELECT referral_id, pupil_id, pack_id, pack_sha256, exported_at, exported_by, "
                        "period_from, period_to, items_left_out, recipient_team, recipient_authority, "
                        "service_requested, urgency, reason, lawful_basis, consent, consent_detail, "
                        "parents_aware, parents_aware_detail, encrypted FROM pack_disclosures "
                        "WHERE referral_id = :id;");
    query.bind(":id", referralId);
    std::optional<PackDisclosure> disclosure;
    if (query.step()) {
        disclosure = readDisclosure(query);
        Statement entries(db, "SELECT list, value FROM pack_disclosure_entries WHERE referral_id = :id "
                              "ORDER BY list, position;");
        entries.bind(":id", referralId);
        while (entries.step())
            for (const ListColumn& list : lists)
                if (entries.text(0) == QLatin1String(list.name))
                    ((*disclosure).*list.member).append(entries.text(1));
    }
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("referral.disclosure.view"), QStringLiteral("referral"),
        QString::number(referralId),
        QStringLiteral("pupil %1; %2")
            .arg(owner.pupilId)
            .arg(disclosure ? QStringLiteral("pack disclosure") : QStringLiteral("no pack disclosure")));
    transaction.commit();
    return disclosure;
}

} // namespace lantern
