#pragma once

#include "export/ReferralPack.h"
#include "export/ReferralPreflight.h"

#include <QJsonObject>

namespace lantern {

// referral.json of a referral pack v1, following resources/schema/referral-pack-v1.schema.json. Field names
// follow the DfE children's social care data conventions (CSC API child_details, the SSD, CIN census codes);
// events and episodes carry the draft Safeguarding Standard's type codes in "standard_type" where one fits.
// See docs/REFERRAL-PACK.md for the mapping.
class ReferralPackJson {
public:
    ReferralPackJson() = delete;

    static constexpr const char* SchemaVersion = "2.0.0";
    // The CIN census referral source code for schools ("2A SCHOOLS", cin-referral-source.csv).
    static constexpr const char* SchoolsReferralSource = "2A";
    // Identifier systems. The draft Person Standard defines the NHS number's; it defines none for UPNs,
    // school URNs or LA numbers, so Lantern names its own until it does.
    static constexpr const char* NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
    static constexpr const char* UpnSystem = "urn:lantern:id:upn";
    static constexpr const char* UrnSystem = "urn:lantern:id:school-urn";
    static constexpr const char* LaCodeSystem = "urn:lantern:id:la-code";

    // `overridden`: the preflight findings the DSL proceeded past (their reasons are in content.request).
    static QJsonObject build(const ReferralPackContent& content, const QList<PreflightIssue>& overridden,
                             const QString& packId);

    // The draft Safeguarding Standard's type for a chronology entry ("safeguarding-concern", "cp-plan"…), and
    // whether it is a LifeEvent or a ServiceEpisode; empty where the standard has no type for it.
    static QString standardType(const ChronologyEntry& entry, const QList<Plan>& plans);
    static QString standardKind(const QString& standardType);
    // A plan type as the draft standard's ServiceEpisode type: "cp-plan", "cin-plan", "early-help"…
    static QString planEpisodeType(PlanType type);
    // The HL7 RoleCode for a relationship typed in words ("Mother" gives MTH), empty when unsure.
    static QString relationshipCode(const QString& relationship);
};

} // namespace lantern
