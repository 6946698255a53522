#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

// Someone in the child's household or family as the DSL team knows them (issue #14): a baby, an unborn
// brother or sister, a parent's partner who lives in the home, a half-sibling at another school. Recorded on
// the child's Family tab and carried by every referral pack, so it is never typed per pack. Kept apart from
// the MIS contacts (Pupil.h `Contact`), which the roster import owns and which are who the school phones.
//
// Amended, never overwritten: each change adds a version with its reason; a person who leaves the household
// is amended with livesWithChild = false, or removed (a version marking them removed, with the reason).
struct HouseholdMemberDetails {
    QString name;         // as the family gives it; "Unborn baby" when not yet named
    QString relationship; // to the child, in words: "Mother", "Mother's partner", "Half-brother", "Unborn
                          // sibling"
    std::optional<QDate> dateOfBirth;
    std::optional<QDate> expectedDeliveryDate; // an unborn child; never both dates
    bool livesWithChild = true;
    bool parentalResponsibility = false;
    bool needsInterpreter = false;
    QString language; // DfE language code (resources: language-top-level), empty when not known
    QString notes;
};

struct HouseholdMemberVersion : HouseholdMemberDetails {
    int version = 0;
    QDateTime amendedAt; // for version 1, when it was recorded
    QString amendedBy;   // username
    QString amendReason; // empty for version 1
    bool removed = false;
};

struct HouseholdMember {
    qint64 id = 0;
    qint64 pupilId = 0;
    HouseholdMemberVersion current;
    QList<HouseholdMemberVersion> history; // oldest first; the last is `current`
};

} // namespace lantern
