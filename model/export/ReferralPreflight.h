#pragma once

#include "export/ReferralPack.h"

#include <QList>
#include <QString>

namespace lantern {

class Vault;

// One thing missing from a referral pack, found before export: a stable code (what --reason-for names) and a
// sentence for the DSL.
struct PreflightIssue {
    QString code;
    QString message;

    friend bool operator==(const PreflightIssue&, const PreflightIssue&) = default;
};

// The checks made before a referral pack is exported. Each finding must be fixed (record the voice, give the
// lawful basis…) or overridden with a stated reason; the reasons travel in the pack and the audit chain, so
// the receiving team sees what was known to be missing and why the school went ahead.
class ReferralPreflight {
public:
    // Codes, as typed after --reason-for and written in the pack.
    static constexpr const char* NoVoice = "no-voice";
    static constexpr const char* NoLawfulBasis = "no-lawful-basis";
    static constexpr const char* NoConsentDecision = "no-consent-decision";
    static constexpr const char* NoChronology = "no-chronology";
    static constexpr const char* NoParentsAwareDecision = "no-parents-aware-decision";
    static constexpr const char* NoRequest = "no-request";
    static constexpr const char* SafeToGoHomeUnanswered = "safe-to-go-home-unanswered";
    static constexpr const char* FamilyHelpWithoutConsent = "family-help-without-consent";

    explicit ReferralPreflight(Vault& vault);

    // Reads what the checks need (the voice and the chronology the pack would carry, after the DSL's choices:
    // audited views) and returns every finding. Permission::Export, and ReadPupilRecords through the repositories.
    QList<PreflightIssue> check(const ReferralPackRequest& request);

    // The checks over facts already known (for the builder, which has read the record anyway).
    static QList<PreflightIssue> evaluate(const ReferralPackRequest& request, bool voiceInPeriod,
                                          bool chronologyInPeriod);
    // The findings without an override. Throws Error(InvalidInput) for an override naming an unknown code or
    // giving no reason.
    static QList<PreflightIssue> unresolved(const QList<PreflightIssue>& issues,
                                            const QList<PreflightOverride>& overrides);
    // Every code, for messages and the CLI's help.
    static QStringList codes();

private:
    Vault& m_vault;
};

} // namespace lantern
