#pragma once

#include "calendar/PartialDate.h"
#include "export/ReferralPack.h"

#include <QJsonObject>

namespace lantern {

// referral.jsonld of a referral pack: the same (already minimised) content as referral.json, in the JSON-LD
// shapes of the draft national Safeguarding Standard (PUB02) and Person Standard (PUB01) of the children's
// and adults' social care data standards (docs/REFERRAL-PACK.md, "The draft Safeguarding Standard", has the
// mapping and every gap). One document with an @graph of the child as a
// Person, the school as a Service, the referring DSL as a Professional, the referral and each concern as a
// LifeEvent and each plan as a ServiceEpisode.
//
// The draft has no field for much of what a referral says (the reason, the three questions, the basis for
// sharing, categories of harm, the request): those are carried under Lantern's own "lantern:" terms, so a
// receiver that knows only the draft can ignore them. What neither carries is left to referral.json.
//
// It only maps what the content holds: it never reads the vault, so it cannot show more than referral.json.
// For a concern this child is not the subject of, it carries only that the concern happened and the child's
// part in it: the categories of harm, the account and the decisions belong to another child.
class ReferralPackJsonLd {
public:
    ReferralPackJsonLd() = delete;

    // The @context URLs the drafts publish (PUB02 builds on PUB01, so both are named).
    static constexpr const char* SafeguardingContext =
        "https://socialcaredata.github.io/ontology/safeguarding/context.jsonld";
    static constexpr const char* PersonContext =
        "https://socialcaredata.github.io/ontology/person/context.jsonld";
    // Lantern's own terms ("lantern:reason"): a URN, because Lantern publishes no vocabulary on the web.
    static constexpr const char* LanternVocabulary = "urn:lantern:vocab:referral-pack:";
    // The identifier system of a pack id (a UUID, unique without a school to scope it).
    static constexpr const char* PackIdSystem = "urn:lantern:id:referral-pack";

    static QJsonObject build(const ReferralPackContent& content, const QString& packId);

    // PUB01 PartialDate.accuracyIndicator: day, month, year each A (accurate) or U (unknown); "UAA" for a
    // month, "UUA" for a year.
    static QString accuracyIndicator(const PartialDate& date);
    // The PDS phenotypic sex code for a DfE sex code: "1" for M, "2" for F; empty for U, which the DfE uses
    // for both "not known" and "indeterminate" (PDS X and 9), so it cannot be mapped with certainty.
    static QString sexCode(const QString& dfeSex);
    // The ONS Census 2021 (20b) ethnicity code for a DfE main or extended ethnicity code, where the DfE
    // category falls inside one ONS category; empty otherwise (Gypsy/Roma, any other ethnic group, refused,
    // not obtained).
    static QString ethnicityCode(const QString& dfeEthnicity);
    // The draft's SEND observation type for a DfE SEN need type ("ASD" gives "SEND.ASC"); empty for NSA, OTH
    // and DS, which the draft lacks.
    static QString sendObservationType(const QString& dfeNeedType);
    // The draft's Service type for the school, from the child's year group (R–6 primary-school, 7–13
    // high-school); "learning-education-employment" when the year group is not known. Lantern does not record
    // a school's phase.
    static QString schoolServiceType(const QString& yearGroup);
};

} // namespace lantern
