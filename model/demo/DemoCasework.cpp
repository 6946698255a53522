// Eighteen months of the demo school's safeguarding work. A quarter of the children have concerns; each
// child's case follows one of the paths a DSL's caseload really takes (monitoring in school, family help, a
// child in need plan, child protection, or a specialist route such as the LADO or Prevent), and every step is
// scheduled at the moment it would have been recorded.
#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "demo/DemoWorld.h"
#include "records/ActionRepository.h"
#include "records/AgencyRepository.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "records/DecisionRepository.h"
#include "records/HouseholdRepository.h"
#include "records/MeetingRepository.h"
#include "records/PlanRepository.h"
#include "records/ReferralRepository.h"
#include "records/SharingRepository.h"
#include "records/VoiceRepository.h"

#include <algorithm>
#include <optional>

namespace lantern::demo {

namespace {

enum class Level { Low, FamilyHelp, ChildInNeed, ChildProtection, Specialist };
enum class Route { None, Police, Prevent, Health, Lado };

struct Theme {
    const char* category;
    int weight;
    bool secondaryOnly = false;
    bool girlsOnly = false;
};

QList<Theme> themes(Level level, Route route)
{
    switch (level) {
    case Level::Low:
        return {{"bullying", 6},
                {"child-mental-health", 4},
                {"behaviour-of-concern", 4},
                {"child-on-child-physical", 4},
                {"missing-education", 2},
                {"online-abuse", 2},
                {"harmful-online-content", 2},
                {"neglect", 3},
                {"child-disability-health", 2},
                {"parental-illness-disability", 1},
                {"young-carer", 1},
                {"housing-poverty", 2},
                {"physical-abuse", 2},
                {"emotional-abuse", 1},
                {"other", 1},
                {"self-harm", 3, true},
                {"sexual-harassment", 2, true},
                {"nude-image-sharing", 2, true},
                {"child-alcohol-drug-misuse", 1, true},
                {"teenage-relationship-abuse", 1, true},
                {"initiation-violence", 1, true},
                {"upskirting", 1, true, true}};
    case Level::FamilyHelp:
        return {{"neglect", 4},
                {"parental-mental-health", 3},
                {"parental-alcohol-misuse", 2},
                {"housing-poverty", 3},
                {"domestic-abuse", 2},
                {"young-carer", 2},
                {"missing-education", 2},
                {"child-mental-health", 2},
                {"parental-learning-disability", 1},
                {"behaviour-of-concern", 1},
                {"parental-illness-disability", 1}};
    case Level::ChildInNeed:
        return {{"domestic-abuse", 4},           {"neglect", 3},
                {"parental-drug-misuse", 2},     {"coercive-control", 2},
                {"emotional-abuse", 2},          {"private-fostering", 1},
                {"harmful-sexual-behaviour", 1}, {"infant-or-unborn-safety", 1},
                {"child-on-child-sexual", 1},    {"faith-belief-abuse", 1},
                {"missing-episode", 2, true},    {"honour-based-abuse", 1, true},
                {"forced-marriage", 1, true}};
    case Level::ChildProtection:
        return {{"neglect", 4},
                {"physical-abuse", 3},
                {"domestic-abuse", 3},
                {"emotional-abuse", 2},
                {"sexual-abuse", 1},
                {"parental-drug-misuse", 1},
                {"fgm", 1, false, true},
                {"child-sexual-exploitation", 1, true},
                {"group-based-exploitation", 1, true, true}};
    case Level::Specialist:
        break;
    }
    switch (route) {
    case Route::Police:
        return {{"county-lines", 2, true},
                {"child-criminal-exploitation", 2, true},
                {"gangs-serious-violence", 1, true},
                {"trafficking-modern-slavery", 1}};
    case Route::Prevent:
        return {{"radicalisation", 1}};
    case Route::Health:
        return {{"self-harm", 3, true},
                {"child-mental-health", 2},
                {"child-disability-health", 1},
                {"child-alcohol-drug-misuse", 1, true}};
    default:
        return {{"physical-abuse", 2}, {"emotional-abuse", 1}};
    }
}

// A second category a concern is often recorded under alongside its main one.
QString relatedCategory(const QString& category)
{
    static const QMap<QString, QString> related{
        {QStringLiteral("domestic-abuse"), QStringLiteral("emotional-abuse")},
        {QStringLiteral("neglect"), QStringLiteral("housing-poverty")},
        {QStringLiteral("parental-alcohol-misuse"), QStringLiteral("neglect")},
        {QStringLiteral("parental-drug-misuse"), QStringLiteral("neglect")},
        {QStringLiteral("coercive-control"), QStringLiteral("domestic-abuse")},
        {QStringLiteral("bullying"), QStringLiteral("child-mental-health")},
        {QStringLiteral("self-harm"), QStringLiteral("child-mental-health")},
        {QStringLiteral("child-criminal-exploitation"), QStringLiteral("missing-episode")},
        {QStringLiteral("county-lines"), QStringLiteral("child-criminal-exploitation")},
        {QStringLiteral("child-sexual-exploitation"), QStringLiteral("missing-episode")},
        {QStringLiteral("online-abuse"), QStringLiteral("harmful-online-content")},
        {QStringLiteral("young-carer"), QStringLiteral("parental-illness-disability")},
        {QStringLiteral("missing-education"), QStringLiteral("neglect")},
    };
    return related.value(category);
}

// Categories about the household, where brothers and sisters at the school are named in the same concern.
bool isFamilyCategory(const QString& category)
{
    static const QStringList family{QStringLiteral("neglect"),
                                    QStringLiteral("domestic-abuse"),
                                    QStringLiteral("coercive-control"),
                                    QStringLiteral("housing-poverty"),
                                    QStringLiteral("parental-alcohol-misuse"),
                                    QStringLiteral("parental-drug-misuse"),
                                    QStringLiteral("parental-mental-health"),
                                    QStringLiteral("infant-or-unborn-safety")};
    return family.contains(category);
}

// How likely another pupil is named as the child who did it.
int harmerChance(const QString& category)
{
    static const QMap<QString, int> chance{
        {QStringLiteral("child-on-child-physical"), 90},   {QStringLiteral("child-on-child-sexual"), 100},
        {QStringLiteral("harmful-sexual-behaviour"), 100}, {QStringLiteral("upskirting"), 100},
        {QStringLiteral("sexual-harassment"), 60},         {QStringLiteral("bullying"), 50},
        {QStringLiteral("initiation-violence"), 50},       {QStringLiteral("nude-image-sharing"), 30},
        {QStringLiteral("teenage-relationship-abuse"), 30}};
    return chance.value(category, 0);
}

QString cpCategoryFor(const QString& category)
{
    static const QMap<QString, QString> map{
        {QStringLiteral("neglect"), QStringLiteral("NEG")},
        {QStringLiteral("parental-drug-misuse"), QStringLiteral("NEG")},
        {QStringLiteral("physical-abuse"), QStringLiteral("PHY")},
        {QStringLiteral("fgm"), QStringLiteral("PHY")},
        {QStringLiteral("sexual-abuse"), QStringLiteral("SAB")},
        {QStringLiteral("child-sexual-exploitation"), QStringLiteral("SAB")},
        {QStringLiteral("group-based-exploitation"), QStringLiteral("SAB")},
    };
    return map.value(category, QStringLiteral("EMO"));
}

struct AgencySeed {
    const char* key;
    const char* name;
    AgencyKind kind;
    const char* phone;
    const char* email;
};

// Fictional services of the fictional Lanternbury Council; numbers from Ofcom's drama range, addresses at
// the reserved .example domain.
const QList<AgencySeed>& agencyList()
{
    static const QList<AgencySeed> list{
        {"csc", "Lanternbury Children's Services Front Door", AgencyKind::ChildrensSocialCare, "01632 960100",
         "frontdoor@lanternbury-council.example"},
        {"family-help", "Lanternbury Family Help Hub", AgencyKind::FamilyHelp, "01632 960110",
         "familyhelp@lanternbury-council.example"},
        {"police", "Lanternbury Police Safeguarding Hub", AgencyKind::Police, "01632 960120",
         "safeguarding@lanternbury-police.example"},
        {"prevent", "Prevent team, Lanternbury Police", AgencyKind::Police, "01632 960121",
         "prevent@lanternbury-police.example"},
        {"lado", "Lanternbury LADO", AgencyKind::ChildrensSocialCare, "01632 960130",
         "lado@lanternbury-council.example"},
        {"camhs", "Lanternbury CAMHS", AgencyKind::Health, "01632 960140", "camhs@lanternbury-nhs.example"},
        {"school-nursing", "Lanternbury School Nursing", AgencyKind::Health, "01632 960141",
         "schoolnurses@lanternbury-nhs.example"},
        {"virtual-school", "Lanternbury Virtual School", AgencyKind::Education, "01632 960150",
         "virtualschool@lanternbury-council.example"},
        {"domestic-abuse", "Lanternbury Domestic Abuse Service", AgencyKind::Voluntary, "01632 960160",
         "support@lanternbury-da.example"},
        {"young-carers", "Lanternbury Young Carers", AgencyKind::Voluntary, "01632 960170",
         "hello@lanternbury-youngcarers.example"},
    };
    return list;
}

struct Case {
    Level level = Level::Low;
    Route route = Route::None;
    QList<int> children; // the subject first, then brothers and sisters named with them
    QString theme;
    QString worker; // the social worker or family help worker, once there is one
    QString workerEmail;
    QStringList accountsUsed; // so a child's concerns do not repeat each other word for word
    bool showcase = false;    // one of the first cases, which must play out far enough to be seen
};

class CaseworkPlanner {
public:
    explicit CaseworkPlanner(DemoWorld& world)
        : m_world(world)
        , m_dice(world.dice)
    {}

    void plan()
    {
        scheduleAgencies();
        scheduleLookedAfter();
        QList<int> order;
        for (int i = 0; i < m_world.pupils.size(); ++i)
            order.append(i);
        for (int i = static_cast<int>(order.size()) - 1; i > 0; --i)
            std::swap(order[i], order[m_dice.between(0, i)]);

        // About a quarter of the roll; the first few cases cover every path so even a small school shows
        // them.
        const int target = std::max(5, (m_world.options.pupils + 2) / 4);
        const QList<Level> firstLevels{Level::ChildProtection, Level::ChildInNeed, Level::FamilyHelp,
                                       Level::Specialist, Level::Low};
        int involved = 0;
        int cases = 0;
        for (int index : order) {
            if (involved >= target)
                break;
            if (m_inCase.contains(index) || windowDays(index) < 20)
                continue;
            Case c;
            c.showcase = cases < firstLevels.size();
            c.level = cases < firstLevels.size()
                          ? firstLevels.at(cases)
                          : QList<Level>{Level::Low, Level::FamilyHelp, Level::ChildInNeed,
                                         Level::ChildProtection, Level::Specialist}
                                .at(m_dice.weighted({56, 20, 12, 7, 5}));
            if (c.level != Level::Low && windowDays(index) < 90)
                c.level = Level::Low;
            if (c.level == Level::Specialist) {
                c.route = m_world.secondary
                              ? QList<Route>{Route::Police, Route::Prevent, Route::Health, Route::Lado}.at(
                                    m_dice.weighted({35, 15, 30, 20}))
                              : QList<Route>{Route::Prevent, Route::Health, Route::Lado}.at(
                                    m_dice.weighted({25, 35, 40}));
            }
            c.theme = pickTheme(c, index);
            c.children = {index};
            if (c.level != Level::Low && isFamilyCategory(c.theme) && m_dice.chance(70))
                for (int sibling : m_world.families.at(m_world.pupils.at(index).family).children)
                    if (sibling != index && !m_inCase.contains(sibling) && windowDays(sibling) >= 20)
                        c.children.append(sibling);
            for (int child : c.children)
                m_inCase.append(child);
            involved += static_cast<int>(c.children.size());
            ++cases;
            if (c.showcase)
                m_showcaseChildren.append(index);
            planCase(c);
        }
        scheduleHouseholds();
        scheduleSharing();
        // A few children with no concerns still have events a DSL would note.
        for (int index = 0; index < m_world.pupils.size(); ++index)
            if (!m_inCase.contains(index) && windowDays(index) > 30 && m_dice.chance(3))
                scheduleManual(
                    index,
                    m_dice.pick(QList<QString>{QStringLiteral("bereavement"), QStringLiteral("house-move"),
                                               QStringLiteral("health"), QStringLiteral("family-change")}),
                    randomDay(windowStart(index), m_world.lastDay.addDays(-3)));
    }

private:
    // --- The household on the Family tab -------------------------------------------------------------------

    // A name from the child's own culture, chosen from the child's index rather than the dice, so that adding
    // the households leaves the rest of the school as the seed made it.
    QString householdForename(int index, const QString& sex, int salt) const
    {
        const NamePool* pool = DemoNames::get().pool(m_world.pupils.at(index).culture);
        if (!pool || pool->forenames(sex).isEmpty())
            return sex == QLatin1String("F") ? QStringLiteral("Lily") : QStringLiteral("Sam");
        const QStringList& names = pool->forenames(sex);
        return names.at((index * 7 + salt) % names.size());
    }

    QString householdSurname(int index, int salt) const
    {
        const NamePool* pool = DemoNames::get().pool(m_world.pupils.at(index).culture);
        if (!pool || pool->familySurnames.isEmpty())
            return m_world.families.at(m_world.pupils.at(index).family).surname;
        return pool->familySurnames.at((index * 11 + salt) % pool->familySurnames.size());
    }

    void scheduleMember(int index, const QDateTime& when, const HouseholdMemberDetails& member)
    {
        DemoWorld& world = m_world;
        world.timeline.at(when, [&world, index, member]() {
            HouseholdRepository(world.vault).add(world.pupils.at(index).id, member);
        });
    }

    // What the DSL team knows of the showcase children's homes beyond the MIS contacts (issue #14): the
    // child protection case has a mother's partner living in the home and a baby half-sister; the next case
    // an unborn brother or sister; and one family, from a culture where English is not spoken at home, a
    // parent who needs an interpreter. Recorded on the last school day, so the dates read true today.
    void scheduleHouseholds()
    {
        if (m_showcaseChildren.isEmpty())
            return;
        const QDate today = m_world.lastDay;
        const QDateTime morning = DemoWorld::at(today, 8, 35);
        const int first = m_showcaseChildren.at(0);
        const QString partnerSurname = householdSurname(first, 3);

        HouseholdMemberDetails partner;
        partner.name = householdForename(first, QStringLiteral("M"), 1) + QLatin1Char(' ') + partnerSurname;
        partner.relationship = QStringLiteral("Mother's partner");
        partner.livesWithChild = true;
        partner.notes = QStringLiteral("Moved in over the summer. Not the father of the older children; "
                                       "no parental responsibility for them.");
        scheduleMember(first, morning, partner);

        HouseholdMemberDetails baby;
        baby.name = householdForename(first, QStringLiteral("F"), 2) + QLatin1Char(' ') + partnerSurname;
        baby.relationship = QStringLiteral("Half-sister");
        baby.dateOfBirth = today.addMonths(-5);
        baby.livesWithChild = true;
        scheduleMember(first, morning.addSecs(60), baby);

        if (m_showcaseChildren.size() > 1) {
            const int second = m_showcaseChildren.at(1);
            HouseholdMemberDetails unborn;
            unborn.name = QStringLiteral("Unborn baby");
            unborn.relationship = QStringLiteral("Unborn sibling");
            unborn.expectedDeliveryDate = today.addMonths(4);
            unborn.livesWithChild = true;
            unborn.notes = QStringLiteral("Mum told the family support worker; midwife involved.");
            scheduleMember(second, morning.addSecs(120), unborn);
        }

        // The first showcase child whose family does not speak English at home, else any such child.
        QList<int> candidates = m_showcaseChildren;
        for (int index = 0; index < m_world.pupils.size(); ++index)
            candidates.append(index);
        for (int index : candidates) {
            const PlannedPupil& child = m_world.pupils.at(index);
            if (speaksEnglishAtHome(child.culture) || homeLanguage(child.culture).isEmpty() ||
                windowDays(index) < 1)
                continue;
            HouseholdMemberDetails parent;
            parent.name = householdForename(index, QStringLiteral("F"), 5) + QLatin1Char(' ') +
                          m_world.families.at(child.family).surname;
            for (const Contact& contact : child.contacts)
                if (contact.relationship == QLatin1String("Mother")) {
                    parent.name = contact.name;
                    break;
                }
            parent.relationship = QStringLiteral("Mother");
            parent.parentalResponsibility = true;
            parent.livesWithChild = true;
            parent.needsInterpreter = true;
            parent.language = QStringLiteral("OTH");
            parent.notes = QStringLiteral("Speaks %1; book an interpreter for meetings and calls, not a "
                                          "family member.")
                               .arg(homeLanguage(child.culture));
            scheduleMember(index, morning.addSecs(180), parent);
            break;
        }
    }

    void scheduleShare(int index, const QDateTime& when, const SharingDetails& details)
    {
        DemoWorld& world = m_world;
        world.timeline.at(when, [&world, index, details]() {
            SharingRepository(world.vault).add(world.pupils.at(index).id, details);
        });
    }

    // Information shared and received outside a referral (issue #14), as a DSL records it: for the first
    // showcase child a police notification received, a call to the school nurse and a request from a
    // father's solicitor the DSL decided not to answer. In the last fortnight, so the Referrals page shows
    // them.
    void scheduleSharing()
    {
        if (m_showcaseChildren.isEmpty())
            return;
        const int child = m_showcaseChildren.at(0);
        const QDate today = m_world.lastDay;
        SharingDetails police;
        police.direction = SharingDirection::Received;
        police.method = SharingMethod::Phone;
        police.occurredAt = DemoWorld::at(SchoolCalendar::onOrBefore(today.addDays(-12)), 8, 10);
        police.withWhom = QStringLiteral("Operation Encompass officer, Demo Constabulary");
        police.what =
            QStringLiteral("Police attended a domestic incident at the home overnight; the child was "
                           "present and was seen by officers.");
        police.why = QStringLiteral("Operation Encompass: so the school can support the child the next day.");
        scheduleShare(child, police.occurredAt, police);

        SharingDetails nurse;
        nurse.direction = SharingDirection::Shared;
        nurse.method = SharingMethod::Phone;
        nurse.occurredAt = DemoWorld::at(SchoolCalendar::onOrBefore(today.addDays(-9)), 13, 40);
        nurse.withWhom = QStringLiteral("School nurse, Demo School Nursing Service");
        nurse.what = QStringLiteral("The child's tiredness and weight loss this term, and the police "
                                    "notification.");
        nurse.why = QStringLiteral("To arrange a health check and a growth review.");
        nurse.lawfulBasis = QStringLiteral("UK GDPR Article 6(1)(e) public task; DPA 2018 Schedule 1 "
                                           "paragraph 18");
        scheduleShare(child, nurse.occurredAt, nurse);

        SharingDetails solicitor;
        solicitor.direction = SharingDirection::NotShared;
        solicitor.method = SharingMethod::Email;
        solicitor.occurredAt = DemoWorld::at(SchoolCalendar::onOrBefore(today.addDays(-5)), 16, 5);
        solicitor.withWhom = QStringLiteral("Solicitor acting for the father");
        solicitor.what =
            QStringLiteral("Asked for the child's safeguarding records for contact proceedings.");
        solicitor.why =
            QStringLiteral("Not shared: disclosure could place the child and mother at risk. Told "
                           "the solicitor to apply through the court; noted for the social "
                           "worker.");
        scheduleShare(child, solicitor.occurredAt, solicitor);

        // What the DSL has set themselves to do for this child next: on "My actions" when the demo opens.
        const QDate set = SchoolCalendar::onOrBefore(today.addDays(-2));
        scheduleAction(child, DemoWorld::at(set, 16, 30),
                       QStringLiteral("Call the social worker about the police "
                                      "notification and the health check."),
                       SchoolCalendar::onOrAfter(today.addDays(2)));
        scheduleAction(child, DemoWorld::at(set, 16, 35),
                       QStringLiteral("Book an interpreter for the review conference."),
                       SchoolCalendar::onOrAfter(today.addDays(7)));
    }

    void scheduleAction(int index, const QDateTime& when, const QString& what, const QDate& dueOn)
    {
        DemoWorld& world = m_world;
        world.timeline.at(when, [&world, index, what, dueOn]() {
            ActionRepository(world.vault)
                .add(world.pupils.at(index).id, what, dueOn, world.vault.user().username);
        });
    }

    // --- Choosing ------------------------------------------------------------------------------------------

    QDate windowStart(int index) const
    {
        const PlannedPupil& child = m_world.pupils.at(index);
        return SchoolCalendar::onOrAfter(std::max(m_world.start, child.joined).addDays(7));
    }

    int windowDays(int index) const { return static_cast<int>(windowStart(index).daysTo(m_world.lastDay)); }

    QDate randomDay(const QDate& from, const QDate& to)
    {
        if (to <= from)
            return SchoolCalendar::onOrBefore(std::max(from, to));
        const QDate day =
            SchoolCalendar::onOrAfter(from.addDays(m_dice.between(0, static_cast<int>(from.daysTo(to)))));
        return day > to ? SchoolCalendar::onOrBefore(to) : day;
    }

    QString pickTheme(const Case& c, int index)
    {
        const bool girl = m_world.pupils.at(index).pupil.sex == QLatin1String("F");
        QList<QString> ids;
        QList<int> weights;
        for (const Theme& theme : themes(c.level, c.route)) {
            if ((theme.secondaryOnly && !m_world.secondary) || (theme.girlsOnly && !girl))
                continue;
            ids.append(QString::fromLatin1(theme.category));
            weights.append(theme.weight);
        }
        if (ids.isEmpty())
            return c.route == Route::Police ? QStringLiteral("trafficking-modern-slavery")
                                            : QStringLiteral("other");
        return ids.at(m_dice.weighted(weights));
    }

    // Another child in the same year, on the roll by `day`, from another family.
    std::optional<int> classmate(int index, const QDate& day)
    {
        const PlannedPupil& child = m_world.pupils.at(index);
        QList<int> candidates;
        for (int i = 0; i < m_world.pupils.size(); ++i) {
            const PlannedPupil& other = m_world.pupils.at(i);
            if (i != index && other.year == child.year && other.family != child.family &&
                windowStart(i) <= day)
                candidates.append(i);
        }
        if (candidates.isEmpty())
            return std::nullopt;
        return m_dice.pick(candidates);
    }

    // A synthetic name for a social worker, officer or clinician, and their work e-mail at a .example domain.
    QString professional(QString* emailOut)
    {
        const SyntheticAdult person = syntheticAdult(m_dice);
        if (emailOut)
            *emailOut = emailLocalPart(person.forename, person.surname) +
                        QStringLiteral("@lanternbury-council.example");
        return person.name();
    }

    // --- Planning a case
    // --------------------------------------------------------------------------------------

    void planCase(Case& c)
    {
        const int subject = c.children.constFirst();
        const QDate from = windowStart(subject);
        for (int child : c.children)
            if (windowStart(child) > from)
                c.children.removeAll(child);

        int count = 1;
        int escalation = -1; // the concern whose decision takes the case to another agency
        switch (c.level) {
        case Level::Low:
            count = 1 + m_dice.weighted({50, 30, 15, 5});
            break;
        case Level::FamilyHelp:
            count = m_dice.between(2, 5);
            escalation = m_dice.between(1, count - 1);
            break;
        case Level::ChildInNeed:
            count = m_dice.between(3, 6);
            escalation = m_dice.between(1, count - 2);
            break;
        case Level::ChildProtection:
            count = m_dice.between(4, 8);
            escalation = m_dice.between(1, count - 2);
            break;
        case Level::Specialist:
            count = m_dice.between(1, 3);
            escalation = count - 1;
            break;
        }

        // Concern dates: for an escalating case, around the day it escalated; otherwise spread out.
        QList<QDate> days;
        if (escalation < 0) {
            QDate day = randomDay(from, m_world.lastDay);
            for (int i = 0; i < count; ++i) {
                days.append(day);
                day = SchoolCalendar::addSchoolDays(day, m_dice.between(5, 40));
            }
        } else {
            const QDate earliest =
                std::min(SchoolCalendar::addSchoolDays(from, 5 * escalation), m_world.lastDay);
            // A showcase case escalates early enough for its plan and meetings to have happened by today.
            const QDate latest =
                c.showcase ? std::max(earliest, m_world.lastDay.addDays(-130)) : m_world.lastDay;
            const QDate pivot = randomDay(earliest, latest);
            QList<QDate> before;
            QDate day = pivot;
            for (int i = 0; i < escalation; ++i) {
                day = SchoolCalendar::addSchoolDays(day, -m_dice.between(4, 25));
                before.prepend(std::max(day, from));
            }
            days = before;
            days.append(pivot);
            day = pivot;
            for (int i = escalation + 1; i < count; ++i) {
                day = SchoolCalendar::addSchoolDays(day, m_dice.between(8, 35));
                days.append(day);
            }
        }

        for (int i = 0; i < count; ++i) {
            const bool escalates = i == escalation;
            const QString outcome = outcomeFor(c, i, escalation);
            const QDateTime decided =
                planConcern(c, i, days.at(i), outcome, escalates, i > escalation && escalation >= 0);
            if (escalates)
                planEscalation(c, decided);
        }
        planVoiceAndEvents(c, days.constFirst());
    }

    QString outcomeFor(const Case& c, int index, int escalation)
    {
        if (index == escalation) {
            switch (c.level) {
            case Level::FamilyHelp:
                return QStringLiteral("family-help-request");
            case Level::ChildInNeed:
            case Level::ChildProtection:
                return QStringLiteral("referral-to-childrens-social-care");
            default:
                break;
            }
            switch (c.route) {
            case Route::Police:
                return QStringLiteral("police");
            case Route::Prevent:
                return QStringLiteral("prevent-channel");
            case Route::Health:
                return QStringLiteral("health");
            default:
                return QStringLiteral("lado");
            }
        }
        if (escalation >= 0 && index > escalation)
            return m_dice.chance(75) ? QStringLiteral("monitor") : QStringLiteral("in-school-support");
        if (c.level == Level::Low)
            return QList<QString>{QStringLiteral("monitor"), QStringLiteral("in-school-support"),
                                  QStringLiteral("no-further-action"), QStringLiteral("health")}
                .at(m_dice.weighted(
                    {45, 25, 27, c.theme == QLatin1String("child-disability-health") ? 20 : 3}));
        return QList<QString>{QStringLiteral("monitor"), QStringLiteral("in-school-support"),
                              QStringLiteral("no-further-action")}
            .at(m_dice.weighted({60, 30, 10}));
    }

    // Schedules one concern, its decision and its status changes; returns when the decision was made.
    QDateTime planConcern(Case& c, int position, const QDate& day, const QString& outcome, bool escalates,
                          bool afterEscalation)
    {
        const int subject = c.children.constFirst();
        QString category = c.theme;
        QString account;
        bool followingUp = false;
        // A later concern in a case is often the same worry seen another way: lateness, mood, a missed
        // meeting.
        if (position > 0 && !escalates && c.route != Route::Lado && m_dice.chance(40)) {
            QList<DemoText::FollowUp> unused;
            for (const DemoText::FollowUp& followUp : DemoText::followUpAccounts())
                if (!c.accountsUsed.contains(followUp.account))
                    unused.append(followUp);
            if (!unused.isEmpty()) {
                const DemoText::FollowUp chosen = m_dice.pick(unused);
                account = chosen.account;
                followingUp = true;
                if (!chosen.category.isEmpty())
                    category = chosen.category;
            }
        }
        if (account.isEmpty() && c.level != Level::Specialist && !escalates && !afterEscalation &&
            m_dice.chance(position == 0 ? 15 : 30)) {
            // Earlier or smaller worries are often about something nearby: attendance, presentation, mood.
            const QList<Theme> options =
                themes(c.level == Level::Low ? Level::Low : Level::FamilyHelp, Route::None);
            const Theme& theme = options.at(m_dice.between(0, static_cast<int>(options.size()) - 1));
            if (!theme.secondaryOnly && !theme.girlsOnly)
                category = QString::fromLatin1(theme.category);
        }
        if (account.isEmpty()) {
            const QStringList& accounts =
                textFor(c.route == Route::Lado ? QStringLiteral("lado") : category).accounts;
            const bool allUsed = std::all_of(accounts.cbegin(), accounts.cend(),
                                             [&c](const QString& a) { return c.accountsUsed.contains(a); });
            if (allUsed && position > 0 && !escalates)
                for (const DemoText::FollowUp& followUp : DemoText::followUpAccounts())
                    if (!c.accountsUsed.contains(followUp.account)) {
                        account = followUp.account;
                        followingUp = true;
                        if (!followUp.category.isEmpty())
                            category = followUp.category;
                        break;
                    }
        }
        if (account.isEmpty())
            account =
                freshAccount(c, textFor(c.route == Route::Lado ? QStringLiteral("lado") : category).accounts);
        else
            c.accountsUsed.append(account);
        QStringList categories{category};
        if (category != c.theme && m_dice.chance(50))
            categories.append(c.theme);
        else if (!relatedCategory(category).isEmpty() && m_dice.chance(25))
            categories.append(relatedCategory(category));

        Wording wording = m_world.wordingFor(subject);
        QList<QPair<int, ChildRole>> named;
        for (int child : c.children)
            named.append({child, ChildRole::Subject});
        // Other children are named only in incidents between children, which is where they are seen.
        const int harmer = followingUp ? 0 : harmerChance(category);
        if (m_dice.chance(harmer))
            if (const std::optional<int> other = classmate(subject, day)) {
                named.append({*other, ChildRole::AllegedHarmer});
                wording.other = m_world.pupils.at(*other).calledName();
            }
        if (harmer > 0 && m_dice.chance(30))
            if (const std::optional<int> witness = classmate(subject, day))
                if (std::none_of(named.cbegin(), named.cend(),
                                 [&](const auto& n) { return n.first == *witness; }))
                    named.append({*witness, ChildRole::Witness});
        if (category == QLatin1String("teenage-relationship-abuse"))
            wording.partner = wording.sex == QLatin1String("F") ? QStringLiteral("boyfriend")
                                                                : QStringLiteral("girlfriend");

        const CategoryText& text = textFor(c.route == Route::Lado ? QStringLiteral("lado") : category);
        NewConcern concern;
        concern.categoryIds = categories;
        concern.account = wording.fill(account);
        if (!followingUp && !text.childWords.isEmpty() && m_dice.chance(45))
            concern.childWords = wording.fill(m_dice.pick(text.childWords));
        concern.location = followingUp ? QStringLiteral("Classroom") : m_dice.pick(text.locations);
        concern.immediateAction = wording.fill(m_dice.pick(DemoText::immediateActions()));

        // When it happened, to the precision the member of staff knew it, and when it was written down.
        const int precision = m_dice.weighted({70, 22, 8});
        int recordedMinute = 0;
        if (precision == 0) {
            const int minute = m_dice.between(8 * 60 + 30, 15 * 60 + 20);
            concern.occurred = PartialDate::minute(QDateTime(day, QTime(minute / 60, minute % 60)));
            recordedMinute = minute + m_dice.between(10, 90);
        } else if (precision == 1) {
            concern.occurred = PartialDate::day(day);
            recordedMinute = m_dice.between(15 * 60 + 20, 16 * 60 + 50);
        } else {
            const QDate earlier = day.addDays(-m_dice.between(20, 60));
            concern.occurred = PartialDate::month(earlier.year(), earlier.month());
            recordedMinute = m_dice.between(10 * 60, 15 * 60);
        }
        const QDateTime recorded = DemoWorld::atMinute(day, recordedMinute);

        const int number = static_cast<int>(m_world.concernIds.size());
        m_world.concernIds.append(0);
        DemoWorld& world = m_world;
        world.timeline.at(recorded, [&world, number, concern, named]() mutable {
            for (const auto& [index, role] : named)
                concern.children.append(ConcernChild{world.pupils.at(index).id, role, {}, {}});
            world.concernIds[number] = ConcernRepository(world.vault).record(concern);
            ++world.summary.concerns;
        });

        // The DSL's decision: later that day, or the next morning.
        QDateTime decided;
        const int decisionMinute = recordedMinute + m_dice.between(20, 150);
        if (decisionMinute <= 17 * 60 + 30 && m_dice.chance(65))
            decided = DemoWorld::atMinute(day, decisionMinute);
        else
            decided = DemoWorld::atMinute(SchoolCalendar::addSchoolDays(day, 1),
                                          m_dice.between(8 * 60 + 10, 10 * 60 + 30));
        scheduleDecision(number, decided, outcome, wording, position > 0);
        scheduleStatuses(number, decided, outcome, c.level);
        return decided;
    }

    // One of the category's accounts this case has not used yet, if there is one.
    QString freshAccount(Case& c, const QStringList& accounts)
    {
        QStringList fresh;
        for (const QString& account : accounts)
            if (!c.accountsUsed.contains(account))
                fresh.append(account);
        const QString chosen = m_dice.pick(fresh.isEmpty() ? accounts : fresh);
        c.accountsUsed.append(chosen);
        return chosen;
    }

    void scheduleDecision(int number, const QDateTime& decided, const QString& outcome,
                          const Wording& wording, bool repeat)
    {
        NewDecision decision;
        decision.outcome = outcome;
        decision.reasons = wording.fill(m_dice.pick(repeat && outcome == QLatin1String("monitor")
                                                        ? DemoText::repeatMonitorReasons()
                                                        : DemoText::decisionReasons(outcome)));
        decision.consulted = m_dice.pick(DemoText::consulted(outcome));
        const bool sensitive = outcome == QLatin1String("referral-to-childrens-social-care") ||
                               outcome == QLatin1String("police") ||
                               outcome == QLatin1String("prevent-channel");
        const int told = m_dice.between(1, 100);
        if (sensitive && told <= 30) {
            decision.parentsInformed = ParentsInformed::No;
            decision.parentsNotInformedReason =
                wording.fill(m_dice.pick(DemoText::parentsNotInformedReasons()));
        } else if (!sensitive && told <= 12) {
            decision.parentsInformed = ParentsInformed::NotYet;
            decision.parentsNotInformedReason = wording.fill(m_dice.pick(DemoText::parentsNotYetReasons()));
        } else {
            decision.parentsInformed = ParentsInformed::Yes;
        }
        if (outcome != QLatin1String("no-further-action"))
            decision.reviewDate = SchoolCalendar::addSchoolDays(toUkLocal(decided).date(),
                                                                sensitive ? 10 : m_dice.between(15, 30));
        DemoWorld& world = m_world;
        world.timeline.at(decided, [&world, number, decision]() {
            DecisionRepository(world.vault).add(world.concernIds.at(number), decision);
            ++world.summary.decisions;
        });
    }

    void scheduleStatus(int number, const QDateTime& at, ConcernStatus status, const QString& note)
    {
        DemoWorld& world = m_world;
        world.timeline.at(at, [&world, number, status, note]() {
            ConcernRepository(world.vault).setStatus(world.concernIds.at(number), status, note);
            ++world.summary.statusChanges;
        });
    }

    // Triaged concerns become open work, and most are closed once the worry has been dealt with.
    void scheduleStatuses(int number, const QDateTime& decided, const QString& outcome, Level level)
    {
        const QDate day = toUkLocal(decided).date();
        if (outcome == QLatin1String("no-further-action")) {
            const QDateTime closed =
                DemoWorld::at(SchoolCalendar::addSchoolDays(day, m_dice.between(0, 2)), 16, 40);
            scheduleStatus(number, std::max(closed, decided.addSecs(600)), ConcernStatus::Closed,
                           QStringLiteral("No further action needed."));
            return;
        }
        scheduleStatus(number, decided.addSecs(120), ConcernStatus::Open, QString());
        const bool escalated =
            !(outcome == QLatin1String("monitor") || outcome == QLatin1String("in-school-support"));
        const int closeChance = escalated ? 0 : level == Level::Low ? 75 : 35;
        if (m_dice.chance(closeChance))
            scheduleStatus(
                number, DemoWorld::at(SchoolCalendar::addSchoolDays(day, m_dice.between(15, 45)), 16, 50),
                ConcernStatus::Closed,
                m_dice.pick(QList<QString>{QStringLiteral("Reviewed: no further concerns."),
                                           QStringLiteral("Support in place and working; closed at review."),
                                           QStringLiteral("Reviewed with the class teacher; nothing new.")}));
    }

    // --- After the escalating decision
    // ------------------------------------------------------------------------

    void planEscalation(Case& c, const QDateTime& decided)
    {
        const QDate day = toUkLocal(decided).date();
        const QDateTime referredAt = decided.addSecs(60 * m_dice.between(15, 60));
        const int concern = static_cast<int>(m_world.concernIds.size()) - 1;
        switch (c.level) {
        case Level::FamilyHelp: {
            const QDate accepted =
                planReferrals(c, concern, QStringLiteral("family-help"), referredAt,
                              QStringLiteral("Lanternbury Family Help Hub"), ReferralMethod::OnlineForm);
            c.worker = professional(&c.workerEmail);
            planFamilyHelp(c, SchoolCalendar::addSchoolDays(accepted, m_dice.between(3, 8)));
            break;
        }
        case Level::ChildInNeed: {
            const QDate accepted =
                planReferrals(c, concern, QStringLiteral("csc"), referredAt,
                              QStringLiteral("Children's Services Front Door"), ReferralMethod::OnlineForm);
            c.worker = professional(&c.workerEmail);
            involve(c, QStringLiteral("csc"), accepted, QStringLiteral("Social worker"));
            planChildInNeed(c, SchoolCalendar::addSchoolDays(day, m_dice.between(30, 45)));
            break;
        }
        case Level::ChildProtection: {
            planReferrals(c, concern, QStringLiteral("csc"), referredAt,
                          QStringLiteral("Children's Services Front Door"),
                          m_dice.chance(60) ? ReferralMethod::Phone : ReferralMethod::OnlineForm);
            c.worker = professional(&c.workerEmail);
            involve(c, QStringLiteral("csc"), SchoolCalendar::addSchoolDays(day, 1),
                    QStringLiteral("Social worker"));
            planChildProtection(c, SchoolCalendar::addSchoolDays(day, 1));
            break;
        }
        case Level::Specialist:
            planSpecialist(c, concern, referredAt);
            break;
        case Level::Low:
            break;
        }
    }

    // One referral per child in the case; returns the day the receiving team's outcome came back.
    QDate planReferrals(const Case& c, int concern, const QString& agencyKey, const QDateTime& referredAt,
                        const QString& toWhom, ReferralMethod method)
    {
        const QDate referralDay = toUkLocal(referredAt).date();
        const QDateTime acknowledged = referredAt.addSecs(60 * m_dice.between(40, 60 * 26));
        const QDate outcomeDay = SchoolCalendar::addSchoolDays(referralDay, m_dice.between(1, 5));
        const QString outcome =
            c.level == Level::ChildProtection
                ? QStringLiteral("Strategy discussion held; section 47 enquiry under way.")
            : c.level == Level::ChildInNeed
                ? QStringLiteral("Accepted for a child and family assessment; social worker allocated.")
                : m_dice.pick(DemoText::referralOutcomes(agencyKey));
        const QString prefix = agencyKey == QLatin1String("csc")           ? QStringLiteral("FD")
                               : agencyKey == QLatin1String("family-help") ? QStringLiteral("FH")
                               : agencyKey == QLatin1String("police")      ? QStringLiteral("LP")
                               : agencyKey == QLatin1String("prevent")     ? QStringLiteral("PRV")
                               : agencyKey == QLatin1String("lado")        ? QStringLiteral("LADO")
                                                                           : QStringLiteral("CAMHS");
        int offset = 0;
        for (int child : c.children) {
            const int number = static_cast<int>(m_world.referralIds.size());
            m_world.referralIds.append(0);
            Referral referral;
            referral.toWhom = toWhom;
            referral.referredAt = referredAt.addSecs(offset);
            referral.method = method;
            referral.followUpOn = SchoolCalendar::addSchoolDays(referralDay, 2);
            const QString reference = QStringLiteral("%1-%2-%3")
                                          .arg(prefix)
                                          .arg(referralDay.year())
                                          .arg(m_dice.between(1000, 99999), 5, 10, QLatin1Char('0'));
            DemoWorld& world = m_world;
            world.timeline.at(referral.referredAt.addSecs(60),
                              [&world, number, referral, child, concern, agencyKey]() mutable {
                                  referral.pupilId = world.pupils.at(child).id;
                                  referral.concernId = world.concernIds.at(concern);
                                  referral.agencyId = world.agencies.value(agencyKey);
                                  world.referralIds[number] = ReferralRepository(world.vault).add(referral);
                                  ++world.summary.referrals;
                              });
            const QDateTime ackAt = acknowledged.addSecs(offset);
            world.timeline.at(ackAt.addSecs(300), [&world, number, reference, ackAt]() {
                ReferralRepository referrals(world.vault);
                referrals.recordUpdate(world.referralIds.at(number), ReferralField::ReceivingReference,
                                       reference);
                referrals.recordUpdate(world.referralIds.at(number), ReferralField::AcknowledgedAt,
                                       isoUtc(ackAt));
            });
            const QDateTime outcomeAt =
                std::max(DemoWorld::at(outcomeDay, 15, 30), ackAt.addSecs(600)).addSecs(offset);
            world.timeline.at(outcomeAt, [&world, number, outcome]() {
                ReferralRepository(world.vault)
                    .recordUpdate(world.referralIds.at(number), ReferralField::Outcome, outcome);
            });
            offset += 90;
        }
        return toUkLocal(std::max(DemoWorld::at(outcomeDay, 15, 30), acknowledged)).date();
    }

    void involve(const Case& c, const QString& agencyKey, const QDate& from, const QString& role)
    {
        for (int child : c.children)
            involveOne(child, agencyKey, from, role, c.worker, c.workerEmail);
    }

    void involveOne(int child, const QString& agencyKey, const QDate& from, const QString& role,
                    const QString& name, const QString& email)
    {
        Involvement involvement;
        involvement.contactName = name;
        involvement.contactRole = role;
        involvement.contactPhone = QStringLiteral("01632 960%1").arg(m_dice.between(200, 999));
        involvement.contactEmail = email;
        involvement.startedOn = from;
        DemoWorld& world = m_world;
        world.timeline.at(DemoWorld::at(from, 16, 10), [&world, involvement, child, agencyKey]() mutable {
            involvement.agencyId = world.agencies.value(agencyKey);
            AgencyRepository(world.vault).involve(world.pupils.at(child).id, involvement);
            ++world.summary.involvements;
        });
    }

    // Recorded on the day it started, unless `recordedOn` says otherwise (a care plan that began before the
    // child came to the school).
    int schedulePlan(int child, PlanType type, const QDate& start, const QString& category,
                     const QString& lead, const QString& agencyKey, const QString& notes,
                     const QDate& recordedOn = {})
    {
        const int number = static_cast<int>(m_world.planIds.size());
        m_world.planIds.append(0);
        Plan plan;
        plan.type = type;
        plan.cpCategory = category;
        plan.startedOn = start;
        plan.leadPractitioner = lead;
        plan.notes = notes;
        DemoWorld& world = m_world;
        const QDate recorded = recordedOn.isValid() ? recordedOn : start;
        world.timeline.at(DemoWorld::at(recorded, 16, 0), [&world, number, plan, child, agencyKey]() mutable {
            plan.pupilId = world.pupils.at(child).id;
            if (!agencyKey.isEmpty())
                plan.leadAgencyId = world.agencies.value(agencyKey);
            world.planIds[number] = PlanRepository(world.vault).add(plan);
            ++world.summary.plans;
        });
        return number;
    }

    void endPlan(int number, const QDate& day)
    {
        DemoWorld& world = m_world;
        world.timeline.at(DemoWorld::at(day, 16, 5), [&world, number, day]() {
            PlanRepository(world.vault).end(world.planIds.at(number), day);
        });
    }

    void scheduleMeeting(int child, MeetingType type, const QDate& held, const QString& outcome,
                         const QString& attended, const Wording& wording)
    {
        Meeting meeting;
        meeting.type = type;
        meeting.heldOn = held;
        meeting.outcome = wording.fill(outcome);
        meeting.schoolContribution = wording.fill(m_dice.pick(DemoText::schoolContributions()));
        meeting.attendedBy = attended;
        const QDateTime recorded = DemoWorld::at(held, 15, 30).addSecs(60 * m_dice.between(0, 60));
        DemoWorld& world = m_world;
        world.timeline.at(recorded, [&world, meeting, child]() mutable {
            meeting.pupilId = world.pupils.at(child).id;
            MeetingRepository(world.vault).add(meeting);
            ++world.summary.meetings;
        });
    }

    void meetingsForCase(const Case& c, MeetingType type, const QDate& held, const QString& outcome,
                         const QString& attended)
    {
        for (int child : c.children)
            scheduleMeeting(child, type, held, outcome, attended, m_world.wordingFor(child));
    }

    QString attendees(const Case& c, const QString& role) const
    {
        const PlannedFamily& family = m_world.families.at(m_world.pupils.at(c.children.constFirst()).family);
        return QStringLiteral("DSL; %1 (%2); %3; class teacher; school nurse")
            .arg(c.worker, role,
                 family.parent == QLatin1String("foster carer") ? QStringLiteral("foster carer")
                                                                : family.parent.toLower());
    }

    void planFamilyHelp(const Case& c, const QDate& start)
    {
        involve(c, QStringLiteral("family-help"), start, QStringLiteral("Family help worker"));
        const bool ends = m_dice.chance(50);
        const QDate end = SchoolCalendar::addSchoolDays(start, m_dice.between(80, 120));
        for (int child : c.children) {
            const int plan = schedulePlan(child, PlanType::FamilyHelp, start, QString(), c.worker,
                                          QStringLiteral("family-help"),
                                          QStringLiteral("Morning routine, attendance and support for %1.")
                                              .arg(m_world.wordingFor(child).parent.toLower()));
            if (ends)
                endPlan(plan, end);
        }
        const QString attended = attendees(c, QStringLiteral("family help worker"));
        for (QDate day = start; day <= m_world.lastDay && (!ends || day < end);
             day = SchoolCalendar::addSchoolDays(day, 30))
            meetingsForCase(c, MeetingType::TeamAroundTheFamily, day,
                            m_dice.pick(DemoText::meetingOutcomes(QStringLiteral("team-around-the-family"))),
                            attended);
        if (ends)
            meetingsForCase(c, MeetingType::TeamAroundTheFamily, end,
                            QStringLiteral("Outcomes met; family help plan closed. School to keep in touch."),
                            attended);
    }

    void planChildInNeed(const Case& c, const QDate& start)
    {
        const bool ends = m_dice.chance(40);
        const QDate end = SchoolCalendar::addSchoolDays(start, m_dice.between(110, 160));
        for (int child : c.children) {
            const int plan =
                schedulePlan(child, PlanType::ChildInNeed, start, QString(), c.worker, QStringLiteral("csc"),
                             QStringLiteral("Child in need plan after assessment."));
            if (ends)
                endPlan(plan, end);
        }
        const QString attended = attendees(c, QStringLiteral("social worker"));
        for (QDate day = SchoolCalendar::addSchoolDays(start, 30);
             day <= m_world.lastDay && (!ends || day < end); day = SchoolCalendar::addSchoolDays(day, 30))
            meetingsForCase(c, MeetingType::Other, day,
                            m_dice.pick(DemoText::meetingOutcomes(QStringLiteral("other"))), attended);
        if (ends && m_dice.chance(50)) {
            Case stepDown = c;
            stepDown.worker = professional(&stepDown.workerEmail);
            planFamilyHelp(stepDown, end);
        }
    }

    void planChildProtection(const Case& c, const QDate& strategy)
    {
        const QString attended = attendees(c, QStringLiteral("social worker"));
        for (int child : c.children) {
            Wording wording = m_world.wordingFor(child);
            scheduleMeeting(child, MeetingType::StrategyDiscussion, strategy,
                            m_dice.pick(DemoText::meetingOutcomes(QStringLiteral("strategy-discussion"))),
                            QStringLiteral("DSL; %1 (social worker); police; health").arg(c.worker), wording);
        }
        const QDate icpc = SchoolCalendar::addSchoolDays(strategy, 15);
        for (int child : c.children)
            scheduleVoice(child, SchoolCalendar::addSchoolDays(icpc, -3));
        meetingsForCase(c, MeetingType::InitialCpConference, icpc,
                        DemoText::meetingOutcomes(QStringLiteral("initial-cp-conference")).constFirst(),
                        attended);
        const QString category = cpCategoryFor(c.theme);
        const QDate review = SchoolCalendar::addSchoolDays(icpc, 60);
        const bool ends = m_dice.chance(45);
        QList<int> plans;
        for (int child : c.children)
            plans.append(schedulePlan(
                child, PlanType::ChildProtection, icpc, category, c.worker, QStringLiteral("csc"),
                QStringLiteral("Child protection plan agreed at the initial conference.")));
        const QDate lastCore = ends ? review : m_world.lastDay;
        for (QDate day = SchoolCalendar::addSchoolDays(icpc, 10); day < lastCore && day <= m_world.lastDay;
             day = SchoolCalendar::addSchoolDays(day, 30))
            meetingsForCase(c, MeetingType::CoreGroup, day,
                            m_dice.pick(DemoText::meetingOutcomes(QStringLiteral("core-group"))), attended);
        const QStringList reviewOutcomes = DemoText::meetingOutcomes(QStringLiteral("review-cp-conference"));
        meetingsForCase(c, MeetingType::ReviewCpConference, review,
                        ends ? reviewOutcomes.at(1) : reviewOutcomes.at(0), attended);
        if (ends) {
            for (int plan : plans)
                endPlan(plan, review);
            planChildInNeed(c, review);
        } else {
            for (QDate day = SchoolCalendar::addSchoolDays(review, 120); day <= m_world.lastDay;
                 day = SchoolCalendar::addSchoolDays(day, 120))
                meetingsForCase(c, MeetingType::ReviewCpConference, day, reviewOutcomes.at(0), attended);
        }
    }

    void planSpecialist(Case& c, int concern, const QDateTime& referredAt)
    {
        const QDate day = toUkLocal(referredAt).date();
        switch (c.route) {
        case Route::Police: {
            planReferrals(c, concern, QStringLiteral("police"), referredAt,
                          QStringLiteral("Lanternbury Police Safeguarding Hub"), ReferralMethod::Phone);
            planReferrals(c, concern, QStringLiteral("csc"), referredAt.addSecs(1800),
                          QStringLiteral("Children's Services Front Door"), ReferralMethod::OnlineForm);
            c.worker = professional(&c.workerEmail);
            involve(c, QStringLiteral("csc"), SchoolCalendar::addSchoolDays(day, 2),
                    QStringLiteral("Social worker"));
            for (int child : c.children) {
                QString email;
                const QString officer = QStringLiteral("PC ") + professional(&email);
                involveOne(child, QStringLiteral("police"), SchoolCalendar::addSchoolDays(day, 1),
                           QStringLiteral("Exploitation team officer"), officer, QString());
                scheduleMeeting(child, MeetingType::StrategyDiscussion, SchoolCalendar::addSchoolDays(day, 1),
                                DemoText::meetingOutcomes(QStringLiteral("strategy-discussion")).at(1),
                                QStringLiteral("DSL; %1 (social worker); police").arg(c.worker),
                                m_world.wordingFor(child));
            }
            if (m_world.secondary && m_dice.chance(60))
                for (int child : c.children)
                    scheduleManual(child, QStringLiteral("missing-episode"),
                                   SchoolCalendar::addSchoolDays(day, m_dice.between(5, 30)));
            break;
        }
        case Route::Prevent: {
            const QDate accepted =
                planReferrals(c, concern, QStringLiteral("prevent"), referredAt,
                              QStringLiteral("Prevent team, Lanternbury Police"), ReferralMethod::OnlineForm);
            const QDate panel = SchoolCalendar::addSchoolDays(accepted, m_dice.between(10, 20));
            meetingsForCase(c, MeetingType::Other, panel,
                            QStringLiteral("Channel panel: mentoring support offered and accepted."),
                            QStringLiteral("DSL; Channel panel chair; Prevent officer"));
            break;
        }
        case Route::Health: {
            planReferrals(c, concern, QStringLiteral("camhs"), referredAt,
                          QStringLiteral("Lanternbury CAMHS"), ReferralMethod::OnlineForm);
            for (int child : c.children) {
                QString email;
                const QString clinician = professional(&email);
                involveOne(child, QStringLiteral("camhs"), SchoolCalendar::addSchoolDays(day, 15),
                           QStringLiteral("CAMHS practitioner"), clinician, email);
            }
            break;
        }
        default:
            planReferrals(c, concern, QStringLiteral("lado"), referredAt, QStringLiteral("Lanternbury LADO"),
                          ReferralMethod::Phone);
            break;
        }
    }

    // --- The child's voice and other events
    // ------------------------------------------------------------------

    void scheduleVoice(int child, const QDate& day)
    {
        const PlannedPupil& pupil = m_world.pupils.at(child);
        const Wording wording = m_world.wordingFor(child);
        const QList<DemoText::VoiceText> voices = DemoText::voices();
        QList<int> weights;
        const bool dadAtHome = m_world.families.at(pupil.family).partner == QLatin1String("Dad");
        for (const DemoText::VoiceText& voice : voices) {
            int weight = voice.aboutAbsentDad && dadAtHome ? 0 : 10;
            if (voice.method == QLatin1String("interpreter"))
                weight = pupil.pupil.firstLanguage == QLatin1String("OTH") ? 25 : 0;
            else if (voice.method == QLatin1String("communication-aid"))
                weight = pupil.pupil.disabilities.contains(QStringLiteral("COMM")) ||
                                 pupil.pupil.disabilities.contains(QStringLiteral("AUT"))
                             ? 40
                             : 0;
            else if (voice.method == QLatin1String("observation"))
                weight = pupil.year == 0 ? 30 : 0;
            else if (voice.method == QLatin1String("writing"))
                weight = pupil.year >= 3 ? 10 : 0;
            weights.append(weight);
        }
        const DemoText::VoiceText& voice = voices.at(m_dice.weighted(weights));
        VoiceContent content;
        const int minute = m_dice.between(9 * 60 + 15, 14 * 60 + 45);
        content.captured = PartialDate::minute(QDateTime(day, QTime(minute / 60, minute % 60)));
        content.method = voice.method;
        content.words = wording.fill(voice.words);
        content.adaptations = wording.fill(voice.adaptations);
        content.wishesAndFeelings = wording.fill(m_dice.pick(DemoText::wishesAndFeelings()));
        content.toldWhatHappensNext = m_dice.chance(85);
        DemoWorld& world = m_world;
        world.timeline.at(DemoWorld::atMinute(day, minute + m_dice.between(30, 150)),
                          [&world, content, child]() {
                              VoiceRepository(world.vault).add(world.pupils.at(child).id, content);
                              ++world.summary.voiceEntries;
                          });
    }

    // `used` (optional) keeps one child's entries from repeating each other word for word.
    void scheduleManual(int child, const QString& type, const QDate& day, QStringList* used = nullptr)
    {
        const Wording wording = m_world.wordingFor(child);
        QList<DemoText::ManualText> texts;
        for (const DemoText::ManualText& candidate : DemoText::manualEntries(type))
            if (!used || !used->contains(candidate.summary))
                texts.append(candidate);
        if (texts.isEmpty())
            return;
        const DemoText::ManualText text = m_dice.pick(texts);
        if (used)
            used->append(text.summary);
        ManualChronologyEntry entry;
        // Things that happen at home happen on any day, often the evening or night before school hears of it.
        const QDate happened =
            type == QLatin1String("police-contact") || type == QLatin1String("missing-episode")
                ? day.addDays(-1)
                : day;
        entry.when = PartialDate::day(happened);
        entry.type = text.type;
        entry.summary = wording.fill(text.summary);
        entry.source = wording.fill(text.source);
        entry.whyItMatters = wording.fill(text.whyItMatters);
        entry.effectOnChild = wording.fill(text.effectOnChild);
        entry.significant = text.significant;
        const QDate recorded = SchoolCalendar::onOrAfter(day);
        DemoWorld& world = m_world;
        world.timeline.at(DemoWorld::atMinute(recorded, m_dice.between(8 * 60 + 20, 11 * 60)),
                          [&world, entry, child]() {
                              ChronologyRepository(world.vault).addManual(world.pupils.at(child).id, entry);
                              ++world.summary.manualChronologyEntries;
                          });
    }

    void planVoiceAndEvents(const Case& c, const QDate& firstConcern)
    {
        const int voices = c.level == Level::Low          ? (m_dice.chance(20) ? 1 : 0)
                           : c.level == Level::Specialist ? 1
                                                          : m_dice.between(1, 3);
        for (int child : c.children) {
            for (int i = 0; i < voices; ++i)
                scheduleVoice(child, randomDay(firstConcern, m_world.lastDay));
            if (c.level == Level::Low && !m_dice.chance(15))
                continue;
            QStringList types;
            if (c.theme == QLatin1String("domestic-abuse") || c.theme == QLatin1String("coercive-control"))
                types = {QStringLiteral("police-contact"), QStringLiteral("police-contact"),
                         QStringLiteral("family-change")};
            else if (c.theme == QLatin1String("neglect") || c.theme == QLatin1String("housing-poverty"))
                types = {QStringLiteral("house-move"), QStringLiteral("health")};
            else if (c.theme == QLatin1String("behaviour-of-concern") ||
                     (m_world.secondary && c.level == Level::ChildProtection))
                types = {QStringLiteral("exclusion"), QStringLiteral("family-change")};
            else
                types = {QStringLiteral("bereavement"), QStringLiteral("family-change"),
                         QStringLiteral("house-move"), QStringLiteral("health"), QStringLiteral("other")};
            const int events = m_dice.between(1, c.level == Level::Low ? 1 : 3);
            QStringList used;
            for (int i = 0; i < events; ++i)
                scheduleManual(
                    child, m_dice.pick(types),
                    randomDay(windowStart(child), std::min(m_world.lastDay, firstConcern.addDays(240))),
                    &used);
        }
    }

    // --- The school's set-up
    // ----------------------------------------------------------------------------------

    void scheduleAgencies()
    {
        DemoWorld& world = m_world;
        int second = 0;
        for (const AgencySeed& entry : agencyList()) {
            world.timeline.at(DemoWorld::at(world.start, 8, 20).addSecs(second++ * 20), [&world, entry]() {
                Agency agency;
                agency.name = QString::fromUtf8(entry.name);
                agency.kind = entry.kind;
                agency.phone = QString::fromLatin1(entry.phone);
                agency.email = QString::fromLatin1(entry.email);
                world.agencies.insert(QString::fromLatin1(entry.key),
                                      AgencyRepository(world.vault).addAgency(agency));
                ++world.summary.agencies;
            });
        }
    }

    // Children looked after by the local authority arrive with their care plan, social worker and virtual
    // school; young carers with the young carers' service.
    void scheduleLookedAfter()
    {
        for (int index = 0; index < m_world.pupils.size(); ++index) {
            const PlannedPupil& child = m_world.pupils.at(index);
            const QDate from = std::max(child.addedOn, m_world.start);
            if (child.pupil.lookedAfter) {
                QString email;
                const QString worker = professional(&email);
                const QDate cared =
                    std::max(child.pupil.dateOfBirth.addYears(1), from.addDays(-m_dice.between(200, 1400)));
                schedulePlan(index, PlanType::Care, cared, QString(), worker, QStringLiteral("csc"),
                             QStringLiteral("Care plan; personal education plan reviewed each term."), from);
                involveOne(index, QStringLiteral("csc"), from, QStringLiteral("Social worker"), worker,
                           email);
                QString teacherEmail;
                involveOne(index, QStringLiteral("virtual-school"), from,
                           QStringLiteral("Virtual school teacher"), professional(&teacherEmail),
                           teacherEmail);
                scheduleVoice(index, randomDay(windowStart(index), m_world.lastDay));
            } else if (child.pupil.youngCarer != QLatin1String("N")) {
                QString email;
                involveOne(index, QStringLiteral("young-carers"), windowStart(index),
                           QStringLiteral("Young carers worker"), professional(&email), email);
            }
        }
    }

    QList<int> m_showcaseChildren; // the subjects of the first cases, in order
    DemoWorld& m_world;
    Dice& m_dice;
    QList<int> m_inCase;
};

} // namespace

SyntheticAdult syntheticAdult(Dice& dice)
{
    const QList<NamePool>& pools = DemoNames::get().pools();
    QList<int> weights;
    for (const NamePool& pool : pools)
        weights.append(cultureWeight(pool.culture));
    const NamePool& pool = pools.at(dice.weighted(weights));
    SyntheticAdult person;
    person.sex = dice.chance(75) ? QStringLiteral("F") : QStringLiteral("M");
    person.forename = dice.pick(pool.forenames(person.sex));
    person.surname = surnameFor(pool.culture, dice.pick(pool.familySurnames), person.sex, true);
    return person;
}

void planCasework(DemoWorld& world)
{
    CaseworkPlanner(world).plan();
}

void planDeputyConcerns(DemoWorld& world, Timeline& timeline, Vault& deputyVault)
{
    Dice& dice = world.dice;
    const int count = std::clamp(world.options.pupils / 60, 2, 8);
    QList<int> candidates;
    for (int i = 0; i < world.pupils.size(); ++i)
        if (world.pupils.at(i).id != 0 && !world.pupils.at(i).pupil.lookedAfter)
            candidates.append(i);
    const QStringList categories{QStringLiteral("bullying"),
                                 QStringLiteral("neglect"),
                                 QStringLiteral("child-mental-health"),
                                 QStringLiteral("behaviour-of-concern"),
                                 QStringLiteral("domestic-abuse"),
                                 QStringLiteral("online-abuse")};
    int minute = 14 * 60 + 30;
    for (int i = 0; i < count && !candidates.isEmpty(); ++i) {
        const int child = candidates.takeAt(dice.between(0, static_cast<int>(candidates.size()) - 1));
        const QString category = dice.pick(categories);
        const CategoryText& text = textFor(category);
        const Wording wording = world.wordingFor(child);
        NewConcern concern;
        concern.categoryIds = {category};
        concern.children = {ConcernChild{world.pupils.at(child).id, ChildRole::Subject, {}, {}}};
        concern.account = wording.fill(dice.pick(text.accounts));
        if (!text.childWords.isEmpty() && dice.chance(60))
            concern.childWords = wording.fill(dice.pick(text.childWords));
        concern.location = dice.pick(text.locations);
        concern.immediateAction = wording.fill(DemoText::immediateActions().constFirst());
        const int happened = minute - dice.between(10, 40);
        concern.occurred = PartialDate::minute(QDateTime(world.lastDay, QTime(happened / 60, happened % 60)));
        timeline.at(DemoWorld::atMinute(world.lastDay, minute), [&world, &deputyVault, concern]() {
            ConcernRepository(deputyVault).record(concern);
            ++world.summary.concerns;
        });
        minute += dice.between(8, 25);
    }
}

} // namespace lantern::demo
