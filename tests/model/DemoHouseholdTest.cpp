// The demo school shows the household on the Family tab (issue #14): a mother's partner living in the home, a
// baby half-sister, an unborn sibling with an expected date, and a parent who needs an interpreter; and the
// Referrals page shows information received, shared and not shared.
#include "core/Clock.h"
#include "demo/DemoSchool.h"
#include "records/ActionRepository.h"
#include "records/HouseholdRepository.h"
#include "records/PupilRepository.h"
#include "records/SharingRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>
#include <set>

using namespace lantern;
using namespace lantern::test;

namespace {

TEST(DemoHouseholdTest, TheShowcaseFamiliesHaveTheirHouseholdsRecorded)
{
    const QDate today(2026, 3, 18);
    TempFolder temp;
    DemoOptions options;
    options.pupils = 60;
    options.seed = 5;
    options.today = today;
    const Vault::NewUser dsl{QStringLiteral("demo-dsl"), QStringLiteral("Demo DSL (synthetic)"), Role::Dsl};
    DemoSchool::create(temp.path(QStringLiteral("demo")), dsl, secret("lantern demo 2026"), options);

    ManualClock clock{QDateTime(today, QTime(18, 0), Qt::UTC)};
    auto vault = Vault::unlock(temp.path(QStringLiteral("demo.lantern")), QStringLiteral("demo-dsl"),
                               secret("lantern demo 2026"), clock);
    std::set<SharingDirection> sharing;
    bool partner = false;
    bool baby = false;
    bool unborn = false;
    bool interpreter = false;
    for (const Pupil& pupil : PupilRepository(*vault).list()) {
        for (const SharingRecord& record : SharingRepository(*vault).records(pupil.id))
            sharing.insert(record.current.direction);
        for (const HouseholdMember& member : HouseholdRepository(*vault).members(pupil.id)) {
            const HouseholdMemberVersion& now = member.current;
            if (now.relationship == QLatin1String("Mother's partner") && now.livesWithChild)
                partner = true;
            if (now.relationship == QLatin1String("Half-sister") && now.dateOfBirth &&
                now.dateOfBirth->daysTo(today) < 365)
                baby = true;
            if (now.expectedDeliveryDate && *now.expectedDeliveryDate > today)
                unborn = true;
            if (now.needsInterpreter && now.language == QLatin1String("OTH") && !now.notes.isEmpty())
                interpreter = true;
        }
    }
    EXPECT_TRUE(partner);
    EXPECT_TRUE(baby);
    EXPECT_TRUE(unborn);
    EXPECT_TRUE(interpreter);
    // Information received, shared, and a decision not to share, each on a showcase child's record.
    EXPECT_EQ(sharing.size(), 3u);
    // And the DSL has actions set for the next days, none overdue.
    const QList<Action> actions = ActionRepository(*vault).openFor(vault->user().username);
    EXPECT_EQ(actions.size(), 2);
    for (const Action& action : actions)
        EXPECT_GE(action.dueOn, today);
}

} // namespace
