#include "export/ReferralPackBuilder.h"

#include "calendar/PartialDate.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "export/PackManifest.h"
#include "export/PackPassphrase.h"
#include "export/PdfWriter.h"
#include "export/ReferralPackJson.h"
#include "export/ReferralPackJsonLd.h"
#include "export/ReferralPackPrint.h"
#include "export/ReferralPackReader.h"
#include "calendar/UkTime.h"
#include "records/PackDisclosureRepository.h"
#include "records/ReferralRepository.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace lantern {

namespace {

QString clean(const QString& text)
{
    return TextServices::normalizeForStorage(text).trimmed();
}

// Everything the DSL typed, in the form Lantern stores text (NFC, no control characters).
ReferralPackRequest normalised(ReferralPackRequest request)
{
    ReferralNarrative& n = request.narrative;
    for (QString* text : {&n.reason, &n.worried, &n.workingWell, &n.needsToHappen, &n.actionsSummary})
        *text = clean(*text);
    SharingBasis& b = request.basis;
    b.lawfulBasis = clean(b.lawfulBasis);
    b.specialCategoryCondition = clean(b.specialCategoryCondition);
    if (b.consent) {
        b.consent->reason = clean(b.consent->reason);
        b.consent->byWhom = clean(b.consent->byWhom);
    }
    request.parentsViews = clean(request.parentsViews);
    if (request.ask)
        request.ask->safeToGoHomeDetail = clean(request.ask->safeToGoHomeDetail);
    if (b.parentsAware)
        b.parentsAware->reasonNot = clean(b.parentsAware->reasonNot);
    for (PreflightOverride& override : request.overrides) {
        override.code = override.code.trimmed();
        override.reason = clean(override.reason);
    }
    request.recipient.team = clean(request.recipient.team);
    request.recipient.localAuthority = clean(request.recipient.localAuthority);
    if (request.recipient.team.isEmpty())
        request.recipient.team = Recipient::defaultTeam();
    if (request.attendance) {
        AttendanceFigures& a = *request.attendance;
        a.source = clean(a.source);
        for (const std::optional<double> value : {std::optional<double>(a.attendancePercent),
                                                  a.authorisedAbsencePercent, a.unauthorisedAbsencePercent})
            if (value && (*value < 0 || *value > 100))
                throw Error(ErrorKind::InvalidInput,
                            ModelText::tr("Attendance: percentages are between 0 and 100."));
    }
    return request;
}

// A referral without its reason or its worries cannot be acted on: not a preflight finding to proceed past.
void requireNarrative(const ReferralNarrative& narrative)
{
    if (narrative.reason.isEmpty())
        throw Error(ErrorKind::InvalidInput, QLatin1String("reason"),
                    ModelText::tr("Reason for referral: say why the school is referring."));
    if (narrative.worried.isEmpty())
        throw Error(ErrorKind::InvalidInput, QLatin1String("worried"),
                    ModelText::tr("What we are worried about: say what the school is worried about."));
}

// What the pack disclosed, as kept in the vault beside its Referral (PackDisclosureRepository): the same
// sections, items, request and basis that referral.json carries.
PackDisclosure disclosure(const ReferralPackDraft& built, qint64 referralId, const Referral& referral,
                          const QString& username, bool encrypted)
{
    const ReferralPackContent& content = built.content;
    const ReferralPackRequest& request = content.request;
    PackDisclosure d;
    d.referralId = referralId;
    d.pupilId = referral.pupilId;
    d.packId = built.packId;
    d.packSha256 = referral.packSha256;
    d.exportedAt = referral.referredAt;
    d.exportedBy = username;
    d.periodFrom = request.from;
    d.periodTo = request.to;
    for (const QJsonValue& section : built.json.value(QStringLiteral("sections_included")).toArray())
        d.sections.append(section.toString());
    d.itemsIncluded = content.minimisation.includedKeys;
    d.itemsRedacted = content.minimisation.redactedKeys;
    d.itemsLeftOut = content.minimisation.leftOut();
    d.recipientTeam = request.recipient.team;
    d.recipientAuthority = request.recipient.localAuthority;
    if (request.ask) {
        d.serviceRequested = serviceRequestedName(request.ask->service);
        d.urgency = requestUrgencyName(request.ask->urgency);
    }
    d.reason = request.narrative.reason;
    d.lawfulBasis = request.basis.lawfulBasis;
    if (const std::optional<ConsentDecision>& consent = request.basis.consent) {
        d.consent = consentOutcomeName(consent->outcome);
        QStringList detail;
        if (!consent->byWhom.isEmpty())
            detail.append(ModelText::tr("by %1").arg(consent->byWhom));
        if (consent->when)
            detail.append(ModelText::tr("on %1").arg(isoDate(*consent->when)));
        if (!consent->reason.isEmpty())
            detail.append(consent->reason);
        d.consentDetail = detail.join(QStringLiteral("; "));
    }
    if (const std::optional<ParentsAwareDecision>& parents = request.basis.parentsAware) {
        d.parentsAware = parents->aware ? QStringLiteral("yes") : QStringLiteral("no");
        d.parentsAwareDetail = parents->reasonNot;
    }
    d.encrypted = encrypted;
    return d;
}

QString unresolvedMessage(const QList<PreflightIssue>& unresolved)
{
    QString message = ModelText::tr("The referral pack is not ready. Fix each of these, or give a reason to "
                                    "proceed without it:");
    for (const PreflightIssue& issue : unresolved)
        message += ModelText::tr("\n  %1: %2").arg(issue.code, issue.message);
    return message;
}

QString auditDetails(const ReferralPackDraft& draft, qint64 referralId, const QString& manifestSha256,
                     bool encrypted)
{
    QStringList parts{QStringLiteral("referral %1").arg(referralId),
                      QStringLiteral("pack %1").arg(draft.packId),
                      QStringLiteral("manifest sha256 %1").arg(manifestSha256),
                      QStringLiteral("period %1 to %2")
                          .arg(draft.content.request.from.toString(Qt::ISODate),
                               draft.content.request.to.toString(Qt::ISODate)),
                      encrypted ? QStringLiteral("encrypted") : QStringLiteral("not encrypted")};
    for (const PreflightIssue& issue : draft.overridden)
        for (const PreflightOverride& override : draft.content.request.overrides)
            if (override.code == issue.code)
                parts.append(QStringLiteral("override %1: %2").arg(issue.code, override.reason));
    return parts.join(QStringLiteral("; "));
}

} // namespace

ReferralPackBuilder::ReferralPackBuilder(Vault& vault)
    : m_vault(vault)
{}

ReferralPackDraft ReferralPackBuilder::draft(const ReferralPackRequest& request)
{
    requirePermission(m_vault.user(), Permission::Export);
    ReferralPackDraft draft;
    draft.content = ReferralPackReader(m_vault).read(normalised(request));
    const ReferralPackContent& content = draft.content;
    draft.packId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.issues =
        ReferralPreflight::evaluate(content.request, !content.voice.isEmpty(), !content.chronology.isEmpty());
    draft.unresolved = ReferralPreflight::unresolved(draft.issues, content.request.overrides);
    for (const PreflightIssue& issue : draft.issues)
        if (!draft.unresolved.contains(issue))
            draft.overridden.append(issue);
    draft.json = ReferralPackJson::build(content, draft.overridden, draft.packId);
    draft.document = ReferralPackPrint::build(content, draft.overridden, draft.packId);
    return draft;
}

ReferralPackResult ReferralPackBuilder::exportPack(const QString& outPath, const ReferralPackRequest& request,
                                                   PackProtection protection, const PackProgress& progress)
{
    requirePermission(m_vault.user(), Permission::Export);
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const ReferralPackDraft built = draft(request);
    requireNarrative(built.content.request.narrative);
    if (!built.unresolved.isEmpty())
        throw Error(ErrorKind::InvalidInput, unresolvedMessage(built.unresolved));

    const bool encrypted = protection == PackProtection::Encrypted;
    SecureBytes passphrase = encrypted ? PackPassphrase::generate() : SecureBytes();
    // The chain's head before this export's own entries: those name the manifest's hash, so cannot be in it.
    PackArchive archive(m_vault.clock());
    archive.setAuditAnchor(m_vault.audit().anchor(m_vault.vaultId()).toJson());
    const PackWriteResult written =
        archive.write(outPath, files(built),
                      encrypted ? std::optional<SecureBytes>(passphrase.clone()) : std::nullopt, progress);
    ReferralPackResult result;
    result.status = written.status;
    result.overridden = built.overridden;
    if (written.status != PackWriteStatus::Written)
        return result;
    result.passphrase = std::move(passphrase);
    result.manifestSha256 = written.manifestSha256;

    Referral referral;
    referral.pupilId = built.content.request.pupilId;
    referral.agencyId = built.content.request.agencyId;
    referral.toWhom = built.content.request.recipient.inWords();
    referral.referredAt = m_vault.clock().nowUtc();
    referral.method = ReferralMethod::Pack;
    referral.packSha256 = written.manifestSha256;

    // The Referral and the export's audit entry go in together (add() nests as a savepoint): the record never
    // holds a referral whose export the audit chain does not show.
    VaultTransaction transaction(m_vault);
    result.referralId = ReferralRepository(m_vault).add(referral);
    PackDisclosureRepository(m_vault).record(
        disclosure(built, *result.referralId, referral, m_vault.user().username, encrypted));
    m_vault.audit().append(m_vault.user().username, QStringLiteral("referral.export"),
                           QStringLiteral("pupil"), QString::number(referral.pupilId),
                           auditDetails(built, *result.referralId, written.manifestSha256, encrypted));
    transaction.commit();
    return result;
}

QList<PackFile> ReferralPackBuilder::files(const ReferralPackDraft& draft)
{
    QList<PackFile> files{
        {QString::fromLatin1(PackManifest::ReferralJson),
         QJsonDocument(draft.json).toJson(QJsonDocument::Indented)},
        {QString::fromLatin1(PackManifest::ReferralJsonLd),
         QJsonDocument(ReferralPackJsonLd::build(draft.content, draft.packId))
             .toJson(QJsonDocument::Indented)},
        {QString::fromLatin1(PackManifest::ReferralPdf), PdfWriter::toPdf(draft.document)},
    };
    for (const PackAttachment& attachment : draft.content.attachments)
        files.append({attachment.packPath, attachment.bytes});
    return files;
}

} // namespace lantern
