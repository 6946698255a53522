// The demo school's roll: families drawn within one culture each, their children spread over the year groups,
// the adults around them, and the order the DSL puts them on Lantern.
#include "demo/DemoNames.h"
#include "demo/DemoWorld.h"
#include "records/PupilRepository.h"
#include "reference/NhsNumber.h"
#include "reference/Upn.h"

#include <QSet>
#include <algorithm>

namespace lantern::demo {

namespace {

constexpr int demoLa = 999; // no local authority has it, so no generated UPN is a real pupil's

QString yearLabel(int year)
{
    return year == 0 ? QStringLiteral("R") : QString::number(year);
}

// Fictional but ordinary: a made-up town, ZZ postcodes (no such area) and Ofcom's numbers for drama.
const QStringList& streets()
{
    static const QStringList names{
        QStringLiteral("Willow Road"),    QStringLiteral("Canal Street"),   QStringLiteral("Beacon Lane"),
        QStringLiteral("Foundry Close"),  QStringLiteral("Mill Terrace"),   QStringLiteral("Orchard Way"),
        QStringLiteral("Station Road"),   QStringLiteral("Lantern Street"), QStringLiteral("Wick Avenue"),
        QStringLiteral("Tallow Court"),   QStringLiteral("Chandler Walk"),  QStringLiteral("Glassworks Row"),
        QStringLiteral("Heath View"),     QStringLiteral("Brook Crescent"), QStringLiteral("Kiln Road"),
        QStringLiteral("Meadow Gardens"),
    };
    return names;
}

QString postcode(Dice& dice)
{
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    return QStringLiteral("ZZ%1 %2%3%4")
        .arg(dice.between(1, 9))
        .arg(dice.between(1, 9))
        .arg(letters.at(dice.between(0, static_cast<int>(letters.size()) - 1)))
        .arg(letters.at(dice.between(0, static_cast<int>(letters.size()) - 1)));
}

QString mobile(Dice& dice)
{
    return QStringLiteral("07700 900%1").arg(dice.between(0, 999), 3, 10, QLatin1Char('0'));
}

const QStringList& formNames(bool secondary)
{
    static const QStringList trees{QStringLiteral("Oak"),   QStringLiteral("Ash"),    QStringLiteral("Birch"),
                                   QStringLiteral("Rowan"), QStringLiteral("Willow"), QStringLiteral("Hazel"),
                                   QStringLiteral("Elm"),   QStringLiteral("Maple"),  QStringLiteral("Cedar"),
                                   QStringLiteral("Holly")};
    static const QStringList letters{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                     QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F"),
                                     QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("J"),
                                     QStringLiteral("K"), QStringLiteral("L"), QStringLiteral("M"),
                                     QStringLiteral("N"), QStringLiteral("P")};
    return secondary ? letters : trees;
}

QString weightedCode(Dice& dice, const QList<WeightedCode>& codes)
{
    QList<int> weights;
    for (const WeightedCode& code : codes)
        weights.append(code.weight);
    return QString::fromLatin1(codes.at(dice.weighted(weights)).code);
}

// The cultures in names.csv, weighted by how common they are in the demo town.
int pickCulture(Dice& dice, const QList<NamePool>& pools)
{
    QList<int> weights;
    for (const NamePool& pool : pools)
        weights.append(cultureWeight(pool.culture));
    return dice.weighted(weights);
}

struct Adult {
    QString forename;
    QString surname;
};

Adult adult(Dice& dice, const NamePool& pool, const QString& sex, const QString& surname)
{
    return Adult{dice.pick(pool.forenames(sex)), surname};
}

Contact contact(const Adult& who, const QString& relationship, bool responsibility, bool livesWith,
                int priority)
{
    Contact c;
    c.name = who.forename + QLatin1Char(' ') + who.surname;
    c.relationship = relationship;
    c.parentalResponsibility = responsibility;
    c.livesWithChild = livesWith;
    c.priority = priority;
    return c;
}

class RosterPlanner {
public:
    explicit RosterPlanner(DemoWorld& world)
        : m_world(world)
        , m_dice(world.dice)
        , m_names(DemoNames::get())
    {}

    void plan()
    {
        m_world.secondary = m_world.options.pupils > 630; // more than a three-form-entry primary
        m_firstYear = m_world.secondary ? 7 : 0;
        m_years = m_world.secondary ? 5 : 7;
        m_yearStart = SchoolCalendar::academicYearStart(m_world.options.today);
        m_establishment = m_world.secondary ? 4999 : 2999;
        for (int i = 0; i < m_years; ++i)
            m_capacity.append(m_world.options.pupils / m_years +
                              (i < m_world.options.pupils % m_years ? 1 : 0));
        m_perForm = m_world.secondary ? 28 : 30;
        m_nhsBase = static_cast<int>((m_world.options.seed % 97u) * 5000u);

        while (remaining() > 0)
            planFamily();
        assignForms();
        schedule();
    }

private:
    int remaining() const
    {
        int left = 0;
        for (int c : m_capacity)
            left += c;
        return left;
    }

    // Year groups with room, in order.
    QList<int> openYears() const
    {
        QList<int> open;
        for (int i = 0; i < m_years; ++i)
            if (m_capacity.at(i) > 0)
                open.append(i);
        return open;
    }

    void planFamily()
    {
        const QList<NamePool>& pools = m_names.pools();
        const NamePool& pool = pools.at(pickCulture(m_dice, pools));
        PlannedFamily family;
        family.culture = pool.culture;
        family.surname = m_dice.pick(pool.familySurnames);

        const int wanted = std::min(static_cast<int>(openYears().size()), 1 + m_dice.weighted({68, 24, 8}));
        QList<int> years;
        const bool twins = wanted >= 2 && m_dice.chance(4);
        while (static_cast<int>(years.size()) < wanted) {
            const QList<int> open = openYears();
            QList<int> choices;
            for (int year : open)
                if (!years.contains(year))
                    choices.append(year);
            if (choices.isEmpty())
                break;
            const int year = m_dice.pick(choices);
            years.append(year);
            --m_capacity[year];
            if (twins && years.size() == 1 && m_capacity.at(year) > 0) {
                years.append(year);
                --m_capacity[year];
            }
        }
        // Who the children live with.
        const int household = m_dice.weighted({55, 22, 9, 4, 3, years.size() == 1 ? 1 : 0});
        const int familyIndex = static_cast<int>(m_world.families.size());
        family.lookedAfter = household == 5;
        family.parent = household == 3   ? QStringLiteral("Dad")
                        : household == 4 ? QStringLiteral("Nan")
                        : household == 5 ? QStringLiteral("foster carer")
                                         : QStringLiteral("Mum");
        family.partner = household == 0   ? QStringLiteral("Dad")
                         : household == 3 ? QStringLiteral("Dad's partner")
                         : household == 4 ? QStringLiteral("Grandad")
                         : household == 5 ? QStringLiteral("the other carer")
                                          : QStringLiteral("Mum's partner");
        const QString address =
            QStringLiteral("%1 %2, Lanternbury").arg(m_dice.between(1, 180)).arg(m_dice.pick(streets()));
        const QString code = postcode(m_dice);
        const QList<Contact> adults = planAdults(pool, family, household, address);

        QDate twinBirthday;
        QStringList taken;
        for (int i = 0; i < years.size(); ++i) {
            PlannedPupil child = planChild(pool, family, years.at(i), household, taken);
            taken.append(child.pupil.legalForename);
            if (i > 0 && years.at(i) == years.at(i - 1))
                child.pupil.dateOfBirth = twinBirthday;
            twinBirthday = child.pupil.dateOfBirth;
            child.family = familyIndex;
            child.pupil.address = address;
            child.pupil.postcode = code;
            child.contacts = adults;
            family.children.append(static_cast<int>(m_world.pupils.size()));
            m_world.pupils.append(child);
        }
        for (int i = 0; i < family.children.size(); ++i)
            for (int j = i + 1; j < family.children.size(); ++j)
                m_world.links.append(PlannedLink{family.children.at(i), family.children.at(j),
                                                 m_dice.chance(12) ? QStringLiteral("half-sibling")
                                                                   : QStringLiteral("sibling")});
        m_world.families.append(family);
    }

    QList<Contact> planAdults(const NamePool& pool, const PlannedFamily& family, int household,
                              const QString& address)
    {
        const QString& culture = pool.culture;
        const QString motherSurname =
            m_dice.chance(70)
                ? surnameFor(culture, family.surname, QStringLiteral("F"), true)
                : surnameFor(culture, m_dice.pick(pool.familySurnames), QStringLiteral("F"), true);
        const Adult mother = adult(m_dice, pool, QStringLiteral("F"), motherSurname);
        const Adult father = adult(m_dice, pool, QStringLiteral("M"), family.surname);
        QList<Contact> list;
        switch (household) {
        case 0: // both parents at home
            list = {contact(mother, QStringLiteral("Mother"), true, true, 1),
                    contact(father, QStringLiteral("Father"), true, true, 2)};
            break;
        case 1: // mother; father elsewhere
            list = {contact(mother, QStringLiteral("Mother"), true, true, 1)};
            if (m_dice.chance(60))
                list.append(contact(father, QStringLiteral("Father"), true, false, 2));
            break;
        case 2: // mother and stepfather
            list = {contact(mother, QStringLiteral("Mother"), true, true, 1),
                    contact(adult(m_dice, pool, QStringLiteral("M"), m_dice.pick(pool.familySurnames)),
                            QStringLiteral("Stepfather"), false, true, 2),
                    contact(father, QStringLiteral("Father"), true, false, 3)};
            break;
        case 3: // father; mother elsewhere
            list = {contact(father, QStringLiteral("Father"), true, true, 1),
                    contact(mother, QStringLiteral("Mother"), true, false, 2)};
            break;
        case 4: // grandparents (kinship care)
            list = {contact(adult(m_dice, pool, QStringLiteral("F"),
                                  surnameFor(culture, family.surname, QStringLiteral("F"), true)),
                            QStringLiteral("Grandmother"), true, true, 1),
                    contact(mother, QStringLiteral("Mother"), true, false, 2)};
            break;
        default: { // foster carers: looked after by the local authority
            const NamePool* english = m_names.pool(QStringLiteral("english"));
            const NamePool& carers = english ? *english : m_names.pools().constFirst();
            const QString carerSurname = m_dice.pick(carers.familySurnames);
            list = {contact(adult(m_dice, carers, QStringLiteral("F"), carerSurname),
                            QStringLiteral("Foster carer"), false, true, 1),
                    contact(adult(m_dice, carers, QStringLiteral("M"), carerSurname),
                            QStringLiteral("Foster carer"), false, true, 2),
                    contact(mother, QStringLiteral("Mother"), true, false, 3)};
            list[2].notes =
                QStringLiteral("Contact is supervised; arrangements through the child's social worker.");
            break;
        }
        }
        if (m_dice.chance(45)) {
            const bool aunt = m_dice.chance(60);
            list.append(contact(
                adult(m_dice, pool, aunt ? QStringLiteral("F") : QStringLiteral("M"),
                      aunt ? surnameFor(culture, m_dice.pick(pool.familySurnames), QStringLiteral("F"), true)
                           : family.surname),
                aunt ? QStringLiteral("Aunt") : QStringLiteral("Uncle"), false, false,
                static_cast<int>(list.size()) + 1));
            list.last().notes = QStringLiteral("Emergency contact only.");
        }
        const bool interpreter = !speaksEnglishAtHome(culture) && m_dice.chance(40);
        for (Contact& c : list) {
            c.phone = mobile(m_dice);
            const QStringList parts = c.name.split(QLatin1Char(' '));
            if (m_dice.chance(55))
                c.email = emailLocalPart(parts.constFirst(), parts.mid(1).join(QString())) +
                          QStringLiteral("@example.com");
            if (c.livesWithChild)
                c.address = address;
            if (interpreter && c.relationship != QLatin1String("Foster carer") && c.notes.isEmpty())
                c.notes = QStringLiteral("Prefers %1; book an interpreter for meetings.")
                              .arg(homeLanguage(culture));
        }
        return list;
    }

    PlannedPupil planChild(const NamePool& pool, const PlannedFamily& family, int yearIndex, int household,
                           const QStringList& siblingNames)
    {
        PlannedPupil child;
        child.culture = pool.culture;
        child.year = m_firstYear + yearIndex;
        Pupil& p = child.pupil;
        p.sex = m_dice.chance(50) ? QStringLiteral("F") : QStringLiteral("M");
        const QStringList& forenames = pool.forenames(p.sex);
        // No two children share a forename within a family, and no two in the school share a full name if it
        // can be helped (the pools are small for some cultures).
        const QString familyForm = surnameFor(pool.culture, family.surname, p.sex);
        p.legalForename = m_dice.pick(forenames);
        for (int tries = 0;
             tries < 12 && (siblingNames.contains(p.legalForename) ||
                            m_fullNames.contains(p.legalForename + QLatin1Char('|') + familyForm));
             ++tries)
            p.legalForename = m_dice.pick(forenames);
        m_fullNames.insert(p.legalForename + QLatin1Char('|') + familyForm);
        if (pool.culture == QLatin1String("vietnamese")) {
            p.legalMiddleNames =
                p.sex == QLatin1String("F")
                    ? m_dice.pick(QList<QString>{QStringLiteral("Thị"), QStringLiteral("Ngọc"),
                                                 QStringLiteral("Thu")})
                    : m_dice.pick(QList<QString>{QStringLiteral("Văn"), QStringLiteral("Minh"),
                                                 QStringLiteral("Đức")});
        } else if (m_dice.chance(pool.culture == QLatin1String("english") ? 55 : 30) &&
                   forenames.size() > 1) {
            QString middle = m_dice.pick(forenames);
            while (middle == p.legalForename)
                middle = m_dice.pick(forenames);
            p.legalMiddleNames = middle;
        }
        const QStringList& ownNames =
            p.sex == QLatin1String("F") ? pool.femaleOnlySurnames : pool.maleOnlySurnames;
        p.legalSurname = !ownNames.isEmpty() && m_dice.chance(35) ? m_dice.pick(ownNames) : familyForm;
        if ((pool.culture == QLatin1String("chinese") || pool.culture == QLatin1String("vietnamese")) &&
            m_dice.chance(30))
            p.preferredForename =
                p.sex == QLatin1String("F")
                    ? m_dice.pick(QList<QString>{QStringLiteral("Grace"), QStringLiteral("Amy"),
                                                 QStringLiteral("Lily"), QStringLiteral("Jenny")})
                    : m_dice.pick(QList<QString>{QStringLiteral("Ben"), QStringLiteral("Tony"),
                                                 QStringLiteral("Kevin"), QStringLiteral("Eric")});
        if (household == 2 && m_dice.chance(25))
            p.preferredSurname = surnameFor(pool.culture, m_dice.pick(pool.familySurnames), p.sex);

        // Born in the academic year that puts them in their year group now.
        const QDate yearFrom = m_yearStart.addYears(-5 - child.year);
        p.dateOfBirth =
            yearFrom.addDays(m_dice.between(0, static_cast<int>(yearFrom.daysTo(yearFrom.addYears(1))) - 1));
        p.yearGroup = yearLabel(child.year);

        // Joined with their cohort (Reception or Year 7), or in the middle of a year.
        const int entryYear = m_world.secondary ? 7 : 0;
        const QDate cohortStart =
            SchoolCalendar::onOrAfter(m_yearStart.addYears(entryYear - child.year).addDays(3));
        child.joined = cohortStart;
        if (m_dice.chance(12) && cohortStart.daysTo(m_world.lastDay) > 60)
            child.joined = SchoolCalendar::onOrAfter(cohortStart.addDays(
                m_dice.between(30, static_cast<int>(cohortStart.daysTo(m_world.lastDay)) - 30)));
        p.admissionDate = child.joined;

        // The UPN was given by the first school in England the child went to: this one, or another in LA 999.
        const bool ownUpn = !m_world.secondary && child.joined == cohortStart && m_dice.chance(85);
        const int establishment = ownUpn ? m_establishment : m_dice.between(2001, 2998);
        // Allocated in the year the child started Reception, or later for a child who arrived from abroad.
        const int receptionYear = m_yearStart.year() - child.year;
        const int allocated =
            ownUpn ? receptionYear
                   : std::min(receptionYear + m_dice.weighted({80, 10, 10}), m_world.options.today.year());
        p.upn = uniqueUpn(establishment, allocated % 100);
        if (m_dice.chance(93))
            p.nhsNumber = makeTestNhsNumber(m_nhsBase + m_nextNhs++);

        p.ethnicity = weightedCode(m_dice, ethnicitiesFor(pool.culture));
        const bool english = speaksEnglishAtHome(pool.culture);
        p.firstLanguage =
            english
                ? (m_dice.chance(95) ? QStringLiteral("ENG") : QStringLiteral("ENB"))
                : (m_dice.chance(75) ? QStringLiteral("OTH")
                                     : (m_dice.chance(60) ? QStringLiteral("ENG") : QStringLiteral("OTB")));
        const int sen = m_dice.between(1, 100);
        if (sen <= 3) {
            p.senStatus = QStringLiteral("E");
            const QStringList needs{QStringLiteral("ASD"), QStringLiteral("SLCN"), QStringLiteral("SEMH"),
                                    QStringLiteral("SLD"), QStringLiteral("PD")};
            const QString need = needs.at(m_dice.weighted({40, 25, 20, 10, 5}));
            p.senNeedTypes = {need};
            const QMap<QString, QString> disability{{QStringLiteral("ASD"), QStringLiteral("AUT")},
                                                    {QStringLiteral("SLCN"), QStringLiteral("COMM")},
                                                    {QStringLiteral("SLD"), QStringLiteral("LD")},
                                                    {QStringLiteral("PD"), QStringLiteral("MOB")}};
            if (disability.contains(need))
                p.disabilities = {disability.value(need)};
        } else if (sen <= 15) {
            p.senStatus = QStringLiteral("K");
            const QStringList needs{QStringLiteral("SLCN"), QStringLiteral("SEMH"), QStringLiteral("SPLD"),
                                    QStringLiteral("MLD"), QStringLiteral("ASD")};
            p.senNeedTypes = {needs.at(m_dice.weighted({30, 25, 20, 15, 10}))};
        }
        p.freeSchoolMeals = m_dice.chance(household == 0 ? 14 : 38);
        if (family.lookedAfter) {
            p.lookedAfter = true;
            p.responsibleAuthority = QStringLiteral("Lanternbury Council");
            p.freeSchoolMeals = false;
        }
        if (household == 4)
            p.kinshipCare = m_dice.chance(50) ? QStringLiteral("KI") : QStringLiteral("KF");
        if (m_dice.chance(2))
            p.youngCarer = m_dice.chance(70) ? QStringLiteral("S") : QStringLiteral("P");
        return child;
    }

    QString uniqueUpn(int establishment, int year2)
    {
        for (;;) {
            const QString upn = makeUpn(demoLa, establishment, year2, m_dice.between(0, 999));
            if (!m_upns.contains(upn)) {
                m_upns.insert(upn);
                return upn;
            }
        }
    }

    // Classes of about thirty, children spread between them.
    void assignForms()
    {
        QList<int> inYear(m_years, 0);
        for (const PlannedPupil& child : m_world.pupils)
            ++inYear[child.year - m_firstYear];
        QList<int> next(m_years, 0);
        for (PlannedPupil& child : m_world.pupils) {
            const int index = child.year - m_firstYear;
            const int forms = std::max(1, (inYear.at(index) + m_perForm - 1) / m_perForm);
            const QStringList& names = formNames(m_world.secondary);
            const QString form = names.at((next[index]++ % forms) % names.size());
            child.pupil.registrationGroup = m_world.secondary
                                                ? QString(yearLabel(child.year) + form)
                                                : QString(yearLabel(child.year) + QLatin1Char(' ') + form);
        }
    }

    // Those on roll when the school starts using Lantern arrive in one import on the first morning, year by
    // year and alphabetically as a management information system exports them; later arrivals a few days
    // before their first day.
    void schedule()
    {
        QList<int> order;
        for (int i = 0; i < m_world.pupils.size(); ++i)
            order.append(i);
        const QList<PlannedPupil>& pupils = m_world.pupils;
        std::stable_sort(order.begin(), order.end(), [&pupils](int a, int b) {
            const PlannedPupil& x = pupils.at(a);
            const PlannedPupil& y = pupils.at(b);
            if (x.year != y.year)
                return x.year < y.year;
            if (x.pupil.legalSurname != y.pupil.legalSurname)
                return x.pupil.legalSurname < y.pupil.legalSurname;
            return x.pupil.legalForename < y.pupil.legalForename;
        });
        const QDateTime import = DemoWorld::at(m_world.start, 9, 0);
        int imported = 0;
        for (int index : order) {
            PlannedPupil& child = m_world.pupils[index];
            QDateTime when;
            if (child.joined <= m_world.start) {
                child.addedOn = m_world.start;
                when = import.addSecs(3 * imported++);
            } else {
                child.addedOn = child.joined.addDays(-m_dice.between(1, 4));
                when = DemoWorld::at(child.addedOn, 10, 0).addSecs(m_dice.between(0, 7200));
            }
            DemoWorld& world = m_world;
            world.timeline.at(when, [&world, index]() { addPupil(world, index); });
        }
    }

    static void addPupil(DemoWorld& world, int index)
    {
        PupilRepository pupils(world.vault);
        PlannedPupil& child = world.pupils[index];
        child.id = pupils.add(child.pupil);
        ++world.summary.pupils;
        for (Contact c : child.contacts) {
            c.pupilId = child.id;
            pupils.addContact(c);
            ++world.summary.contacts;
        }
        // A sibling link is made once both children are on the roll.
        for (const PlannedLink& link : world.links) {
            const int other = link.pupil == index ? link.other : link.other == index ? link.pupil : -1;
            if (other < 0 || world.pupils.at(other).id == 0)
                continue;
            pupils.linkPupils(world.pupils.at(other).id, child.id, link.relationship);
            ++world.summary.siblingLinks;
        }
    }

    DemoWorld& m_world;
    Dice& m_dice;
    const DemoNames& m_names;
    int m_firstYear = 0;
    int m_years = 7;
    int m_perForm = 30;
    int m_establishment = 2999;
    int m_nhsBase = 0;
    int m_nextNhs = 0;
    QDate m_yearStart;
    QList<int> m_capacity;
    QSet<QString> m_upns;
    QSet<QString> m_fullNames;
};

} // namespace

void planRoster(DemoWorld& world)
{
    RosterPlanner(world).plan();
}

} // namespace lantern::demo
