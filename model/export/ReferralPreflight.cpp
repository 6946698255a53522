#include "export/ReferralPreflight.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "export/ReferralPackReader.h"
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
    ReferralPackRequest needed = request;
    needed.sections.removeAll(ReferralSection::Attachments); // their bytes play no part in the checks
    const ReferralPackContent content = ReferralPackReader(m_vault).read(needed);
    return evaluate(request, !content.voice.isEmpty(), !content.chronology.isEmpty());
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
        add(NoConsentDecision, ModelText::tr("No decision on consent is recorded: say whether the family "
                                             "gave or refused consent, or why it was not sought."));
    else if (consent->outcome == ConsentOutcome::NotSought && consent->reason.trimmed().isEmpty())
        add(NoConsentDecision, ModelText::tr("Consent was not sought but no reason is given."));
    else if (consent->outcome != ConsentOutcome::NotSought && consent->byWhom.trimmed().isEmpty())
        add(NoConsentDecision, ModelText::tr("Consent was %1 but it does not say by whom.")
                                   .arg(consentOutcomeLabel(consent->outcome).toLower()));
    const std::optional<FamilyHelpRequest>& ask = request.ask;
    if (!ask) {
        add(NoRequest, ModelText::tr("The pack does not say what it asks for (family help, a section 17 "
                                     "assessment, a section 47 enquiry or early help advice) or how urgently."));
    } else {
        if (!ask->safeToGoHome)
            add(SafeToGoHomeUnanswered,
                ModelText::tr("\"Is the child safe to go home today?\" is not answered."));
        // Family help is provided with the family's agreement (Working Together 2026): without it the front
        // door will ask first, or the request should be for an assessment.
        if (ask->service == ServiceRequested::FamilyHelp &&
            (!consent || consent->outcome != ConsentOutcome::Given))
            add(FamilyHelpWithoutConsent,
                ModelText::tr("Family help is asked for but the family's consent is not recorded as given. "
                              "Family help is voluntary: seek consent, or ask for a section 17 or section 47 "
                              "assessment if the child may be at risk of significant harm."));
    }
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
    for (const char* code : {NoVoice, NoLawfulBasis, NoConsentDecision, NoChronology, NoParentsAwareDecision,
                             NoRequest, SafeToGoHomeUnanswered, FamilyHelpWithoutConsent})
        all.append(QString::fromLatin1(code));
    return all;
}

} // namespace lantern
