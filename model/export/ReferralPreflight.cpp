#include "export/ReferralPreflight.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "records/ChronologyRepository.h"
#include "records/VoiceRepository.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

ReferralPreflight::ReferralPreflight(Vault& vault)
    : m_vault(vault)
{}

QList<PreflightIssue> ReferralPreflight::check(const ReferralPackRequest& request)
{
    requirePermission(m_vault.user(), Permission::Export);
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Period: give a start date on or before the end date."));
    const bool voice =
        VoiceRepository(m_vault).latestInPeriod(request.pupilId, request.from, request.to).has_value();
    ChronologyFilter filter;
    filter.from = request.from;
    filter.to = request.to;
    const bool chronology = !ChronologyRepository(m_vault).entries(request.pupilId, filter).isEmpty();
    return evaluate(request, voice, chronology);
}

QList<PreflightIssue> ReferralPreflight::evaluate(const ReferralPackRequest& request, bool voiceInPeriod,
                                                  bool chronologyInPeriod)
{
    QList<PreflightIssue> issues;
    const auto add = [&issues](const char* code, const QString& message) {
        issues.append({QString::fromLatin1(code), message});
    };
    if (!voiceInPeriod)
        add(NoVoice, ModelText::tr("No child's voice is recorded in the period: record what the child said, "
                                   "or say why it could not be captured."));
    if (request.basis.lawfulBasis.trimmed().isEmpty())
        add(NoLawfulBasis, ModelText::tr("No lawful basis for sharing is given (UK GDPR Article 6, e.g. "
                                         "6(1)(e) public task)."));
    const std::optional<ConsentDecision>& consent = request.basis.consent;
    if (!consent)
        add(NoConsentDecision, ModelText::tr("No decision on consent is recorded: say whether consent was "
                                             "sought, and if not why not."));
    else if (!consent->sought && consent->reasonNotSought.trimmed().isEmpty())
        add(NoConsentDecision, ModelText::tr("Consent was not sought but no reason is given."));
    if (!chronologyInPeriod)
        add(NoChronology,
            ModelText::tr("The chronology has no entries in the period: widen the period or add "
                          "the events the receiving team should know."));
    const std::optional<ParentsAwareDecision>& parents = request.basis.parentsAware;
    if (!parents)
        add(NoParentsAwareDecision,
            ModelText::tr("It is not recorded whether the parents or carers know about "
                          "the referral, and if not why not."));
    else if (!parents->aware && parents->reasonNot.trimmed().isEmpty())
        add(NoParentsAwareDecision,
            ModelText::tr("The parents or carers are not aware of the referral but no reason is given."));
    return issues;
}

QList<PreflightIssue> ReferralPreflight::unresolved(const QList<PreflightIssue>& issues,
                                                    const QList<PreflightOverride>& overrides)
{
    const QStringList known = codes();
    for (const PreflightOverride& override : overrides) {
        if (!known.contains(override.code))
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("\"%1\" is not a preflight check; use one of %2.")
                            .arg(override.code, known.join(ModelText::tr(", "))));
        if (TextServices::normalizeForStorage(override.reason).trimmed().isEmpty())
            throw Error(
                ErrorKind::InvalidInput,
                ModelText::tr("The reason for proceeding without %1 is empty; say why.").arg(override.code));
    }
    QList<PreflightIssue> left;
    for (const PreflightIssue& issue : issues) {
        bool overridden = false;
        for (const PreflightOverride& override : overrides)
            overridden = overridden || override.code == issue.code;
        if (!overridden)
            left.append(issue);
    }
    return left;
}

QStringList ReferralPreflight::codes()
{
    QStringList all;
    for (const char* code : {NoVoice, NoLawfulBasis, NoConsentDecision, NoChronology, NoParentsAwareDecision})
        all.append(QString::fromLatin1(code));
    return all;
}

} // namespace lantern
