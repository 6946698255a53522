#pragma once

#include "records/Household.h"

#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace lantern {

class Vault;

// The identifiers of a household member's fields, carried by the errors about them (Error::field()), so that
// the Family tab's dialog can show the message beside the field and focus it.
namespace HouseholdField {
inline constexpr QLatin1String name{"household.name"};
inline constexpr QLatin1String relationship{"household.relationship"};
inline constexpr QLatin1String dateOfBirth{"household.dateOfBirth"};
inline constexpr QLatin1String expectedDelivery{"household.expectedDelivery"};
inline constexpr QLatin1String language{"household.language"};
inline constexpr QLatin1String notes{"household.notes"};
} // namespace HouseholdField

// How old a household member is on `today`, in words, for lists: "born 3 March 2025 (1 year)", "expected
// 1 March 2027", or empty when neither date is known. The one wording the CLI and the Family tab share.
QString householdAgeText(const HouseholdMemberDetails& member, const QDate& today);

// The child's household as the DSL team knows it (records/Household.h): recorded on the Family tab and read
// by every referral pack. Each change is a new version (household_member_versions) with its reason, never an
// overwrite; removing someone is a version marked removed, so the history stays readable. Every change is
// audited and placed in the child's chronology in the same transaction; every read is an audited view.
class HouseholdRepository {
public:
    explicit HouseholdRepository(Vault& vault);

    // Validates (Error(InvalidInput) naming the field: name and relationship required, never both dates, a
    // date of birth not in the future, an expected delivery date from a month ago to ten months ahead, a
    // language from the DfE list or none) and records version 1. Returns the member's id.
    qint64 add(qint64 pupilId, const HouseholdMemberDetails& details);
    // A new version with `details` in full and `reason` (required); refused when nothing changed or the
    // member was removed.
    void amend(qint64 memberId, const HouseholdMemberDetails& details, const QString& reason);
    // A version marked removed, with `reason` (required): the member leaves the current household, and their
    // history stays readable through get().
    void remove(qint64 memberId, const QString& reason);
    // The pupil's current household, removed members left out, in the order they were recorded. Audited
    // "household.view".
    QList<HouseholdMember> members(qint64 pupilId);
    // One member with every version, removed or not. Audited "household.view".
    HouseholdMember get(qint64 memberId);

private:
    HouseholdMemberDetails validated(const HouseholdMemberDetails& details) const;

    Vault& m_vault;
};

} // namespace lantern
