#pragma once

#include "demo/DemoNames.h"
#include "demo/DemoSchool.h"
#include "demo/DemoText.h"
#include "demo/DemoTimeline.h"
#include "records/Pupil.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace lantern::demo {

// A child the demo school will have, planned before anything is written.
struct PlannedPupil {
    Pupil pupil;
    QString culture;
    int family = -1;
    int year = 0;  // 0 for Reception, 1–11
    QDate joined;  // admission date
    QDate addedOn; // when the DSL puts them on Lantern's roll
    QList<Contact> contacts;
    qint64 id = 0; // set once the pupil has been added

    QString calledName() const
    {
        return pupil.preferredForename.isEmpty() ? pupil.legalForename : pupil.preferredForename;
    }
};

struct PlannedFamily {
    QString culture;
    QString surname;     // the family form
    QList<int> children; // indices into DemoWorld::pupils
    QString parent;      // how the children name their main carer: "Mum", "Dad", "Nan", "foster carer"
    QString partner;     // the other adult at home as the child would say it
    bool lookedAfter = false;
};

struct PlannedLink {
    int pupil = 0;
    int other = 0;
    QString relationship;
};

// Everything the planners share: the plan of the school, the timeline its records will be written on, and
// counts of what was written.
struct DemoWorld {
    DemoWorld(Vault& v, const DemoOptions& o)
        : vault(v)
        , options(o)
        , dice(o.seed)
    {}

    Vault& vault;
    DemoOptions options;
    Dice dice;
    Timeline timeline;
    bool secondary = false;
    QDate start;      // the first day of the story: the school starts using Lantern
    QDate lastDay;    // the last school day before today
    QDateTime cutoff; // nothing the DSL does is later than this

    QList<PlannedPupil> pupils;
    QList<PlannedFamily> families;
    QList<PlannedLink> links;
    QMap<QString, qint64> agencies; // by key ("csc", "family-help", …), filled when added
    QList<qint64> concernIds;       // by planned concern number, filled when recorded
    QList<qint64> referralIds;      // likewise for referrals and plans
    QList<qint64> planIds;
    QList<qint64> adultIds;        // the adults register's entries, by planned adult number
    QList<qint64> adultConcernIds; // low-level concerns about them, by planned concern number

    DemoSummary summary;

    Wording wordingFor(int pupilIndex) const
    {
        const PlannedPupil& child = pupils.at(pupilIndex);
        const PlannedFamily& family = families.at(child.family);
        Wording wording;
        wording.name = child.calledName();
        wording.sex = child.pupil.sex;
        wording.parent = family.parent;
        wording.partner = family.partner;
        wording.language = homeLanguage(child.culture);
        return wording;
    }
    // A UK wall-clock moment.
    static QDateTime at(const QDate& day, int hour, int minute)
    {
        return SchoolCalendar::uk(day, hour, minute);
    }
    static QDateTime atMinute(const QDate& day, int minuteOfDay)
    {
        return at(day, minuteOfDay / 60, minuteOfDay % 60);
    }
};

// A grown-up in the demo's story (a social worker, an officer, an adult who works at the school), named like
// the pupils by combining a forename and a surname of one culture at random, so no one real.
struct SyntheticAdult {
    QString forename;
    QString surname; // the form a woman of the culture carries when sex is "F"
    QString sex;     // "F" or "M"

    QString name() const { return forename + QLatin1Char(' ') + surname; }
    // How pupils and colleagues at school speak of them: "Ms Kowalska", "Mr Ahmed".
    QString called() const
    {
        return (sex == QLatin1String("F") ? QStringLiteral("Ms ") : QStringLiteral("Mr ")) + surname;
    }
};

SyntheticAdult syntheticAdult(Dice& dice);

// Plans the roll (families, pupils, contacts, siblings) and schedules adding it.
void planRoster(DemoWorld& world);
// Plans eighteen months of safeguarding work on the roll and schedules it.
void planCasework(DemoWorld& world);
// The adults register: a few adults who work in or for the school, low-level concerns about them, the DSL's
// reviews, a pattern the register prompts about and a LADO consultation.
void planAdults(DemoWorld& world);
// The newest concerns, which staff raised with the deputy DSL at the end of the last day and the deputy
// recorded in her own session after the DSL's work (staff hold no key to the case records: they send concerns
// through Lantern Submit, and the demo's submissions wait in the inbox): scheduled on `timeline` for the
// deputy's session to run.
void planDeputyConcerns(DemoWorld& world, Timeline& timeline, Vault& deputyVault);

} // namespace lantern::demo
