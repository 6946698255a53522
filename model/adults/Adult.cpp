#include "adults/Adult.h"

#include <array>

namespace lantern {

namespace {

constexpr std::array adultRoles{AdultRole::Staff, AdultRole::Supply, AdultRole::Volunteer,
                                AdultRole::Contractor};
constexpr std::array ladoOutcomes{LadoOutcome::BelowThreshold, LadoOutcome::Disciplinary,
                                  LadoOutcome::Allegation, LadoOutcome::Police};

} // namespace

QString adultRoleName(AdultRole role)
{
    switch (role) {
    case AdultRole::Staff:
        return QStringLiteral("staff");
    case AdultRole::Supply:
        return QStringLiteral("supply");
    case AdultRole::Volunteer:
        return QStringLiteral("volunteer");
    case AdultRole::Contractor:
        return QStringLiteral("contractor");
    }
    return {};
}

std::optional<AdultRole> adultRoleFromName(const QString& name)
{
    for (AdultRole role : adultRoles) {
        if (adultRoleName(role) == name.trimmed())
            return role;
    }
    return std::nullopt;
}

QString ladoOutcomeName(LadoOutcome outcome)
{
    switch (outcome) {
    case LadoOutcome::BelowThreshold:
        return QStringLiteral("below-threshold");
    case LadoOutcome::Disciplinary:
        return QStringLiteral("disciplinary");
    case LadoOutcome::Allegation:
        return QStringLiteral("allegation");
    case LadoOutcome::Police:
        return QStringLiteral("police");
    }
    return {};
}

std::optional<LadoOutcome> ladoOutcomeFromName(const QString& name)
{
    for (LadoOutcome outcome : ladoOutcomes) {
        if (ladoOutcomeName(outcome) == name.trimmed())
            return outcome;
    }
    return std::nullopt;
}

QString ladoOutcomeLabel(LadoOutcome outcome)
{
    switch (outcome) {
    case LadoOutcome::BelowThreshold:
        return QStringLiteral("Below the harm threshold: low-level concern");
    case LadoOutcome::Disciplinary:
        return QStringLiteral("Below the harm threshold: disciplinary procedures");
    case LadoOutcome::Allegation:
        return QStringLiteral("Meets the harm threshold: allegation");
    case LadoOutcome::Police:
        return QStringLiteral("Referred to the police");
    }
    return {};
}

} // namespace lantern
