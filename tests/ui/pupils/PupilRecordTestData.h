#pragma once
// Pupils and case records for the pupil-record GUI tests, made through the repositories as the DSL.

#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "records/PupilRepository.h"
#include "reference/HarmCategories.h"
#include "reference/Upn.h"
#include "vault/Vault.h"

#include <QDate>
#include <QString>

namespace lantern::test {

struct PupilRecordData {
    qint64 zoe = 0;    // Zoë Nguyễn, preferred surname Brown; CP plan flag
    qint64 owen = 0;   // Owen Ó Súilleabháin
    qint64 dean = 0;   // Sam Dean
    qint64 cruz = 0;   // Ana de la Cruz
    qint64 lukasz = 0; // Łukasz Lewandowski
    qint64 concern = 0;
    qint64 amendedManual = 0;
};

inline Pupil testPupil(const char* forename, const char* surname, int serial, const char* year)
{
    Pupil pupil;
    pupil.upn = makeUpn(999, 4001, 15, serial);
    pupil.legalForename = QString::fromUtf8(forename);
    pupil.legalSurname = QString::fromUtf8(surname);
    pupil.dateOfBirth = QDate(2014, 3, 5).addDays(serial * 37);
    pupil.sex = QStringLiteral("F");
    pupil.yearGroup = QString::fromLatin1(year);
    pupil.registrationGroup = QStringLiteral("%1B").arg(QString::fromLatin1(year));
    return pupil;
}

inline ManualChronologyEntry manualEntry(const char* when, const char* type, const char* summary,
                                         bool significant)
{
    ManualChronologyEntry entry;
    entry.when = PartialDate::parse(QString::fromLatin1(when), QStringLiteral("test"));
    entry.type = QString::fromLatin1(type);
    entry.summary = QString::fromUtf8(summary);
    entry.source = QStringLiteral("Mother, by phone");
    entry.significant = significant;
    return entry;
}

// Five pupils; Zoë has a concern (significant, recorded 10 November 2026), a bereavement (significant), a
// house move, and a health entry that was amended (so one superseded entry).
inline PupilRecordData makePupilRecordData(Vault& dsl)
{
    PupilRecordData data;
    PupilRepository pupils(dsl);
    Pupil zoe = testPupil("Zoë", "Nguyễn", 1, "7");
    zoe.preferredSurname = QStringLiteral("Brown");
    zoe.nhsNumber = QStringLiteral("9434765919");
    zoe.childProtectionPlan = true;
    zoe.senStatus = QStringLiteral("K");
    data.zoe = pupils.add(zoe);
    data.owen = pupils.add(testPupil("Owen", "Ó Súilleabháin", 2, "9"));
    data.dean = pupils.add(testPupil("Sam", "Dean", 3, "10"));
    data.cruz = pupils.add(testPupil("Ana", "de la Cruz", 4, "2"));
    data.lukasz = pupils.add(testPupil("Łukasz", "Lewandowski", 5, "8"));
    pupils.linkPupils(data.zoe, data.lukasz, QStringLiteral("half-sibling"));

    NewConcern concern;
    concern.occurred = PartialDate::minute(QDateTime(QDate(2026, 11, 10), QTime(10, 15)));
    concern.location = QStringLiteral("Playground");
    concern.children = {ConcernChild{data.zoe, ChildRole::Subject, {}, {}}};
    for (const HarmCategory& category : HarmCategories::get().all()) {
        if (category.group == QLatin1String("Abuse and neglect")) {
            concern.categoryIds = {category.id};
            break;
        }
    }
    concern.account = QStringLiteral("Bruise on the left forearm, about 3 cm.");
    concern.childWords = QStringLiteral("Mum's boyfriend grabbed me.");
    concern.immediateAction = QStringLiteral("Spoke to the DSL at break.");
    data.concern = ConcernRepository(dsl).record(concern);

    ChronologyRepository chronology(dsl);
    chronology.addManual(data.zoe, manualEntry("2026-03", "bereavement", "Grandmother died", true));
    chronology.addManual(data.zoe, manualEntry("2026-06-14", "house-move", "Moved to a new flat", false));
    data.amendedManual =
        chronology.addManual(data.zoe, manualEntry("2026-09-02", "health", "Asthma attack at home", false));
    ManualChronologyChanges changes;
    changes.summary = QStringLiteral("Asthma attack at school");
    chronology.amendManual(data.amendedManual, changes, QStringLiteral("It happened at school, not at home"));
    return data;
}

} // namespace lantern::test
