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

// Plans the roll (families, pupils, contacts, siblings) and schedules adding it.
void planRoster(DemoWorld& world);
// Plans eighteen months of safeguarding work on the roll and schedules it.
void planCasework(DemoWorld& world);
// The newest concerns, recorded by a member of staff in their own session after the DSL's work: scheduled on
// `timeline` for the staff session to run.
void planStaffConcerns(DemoWorld& world, Timeline& timeline, Vault& staffVault);

} // namespace lantern::demo
