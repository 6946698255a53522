#pragma once

#include "records/Pupil.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lantern {

// Something wrong with a roster file, where it is: the line the school can open the file at, and what to fix.
struct RosterProblem {
    qint64 line = 0;
    QString message;
};

// One pupil as a roster file (a Common Transfer File's <Pupil>, or a CSV row) describes them, mapped onto
// Lantern's Pupil and contacts. Only the fields the file carried are in `fields`: a CSV without an ethnicity
// column must not reset every pupil's ethnicity to "not obtained", so an update copies only these.
struct RosterRecord {
    qint64 line = 0; // where the row or <Pupil> element starts
    Pupil pupil;
    QSet<QString> fields; // column names as RosterFields::names(), e.g. "legal_surname"
    QList<Contact> contacts;
    // What the reader found wrong (an impossible date, a value that is not yes or no…), each at its own line.
    // The importer adds the validators' verdict; any problem rejects the whole record.
    QList<RosterProblem> problems;

    void set(const char* field) { fields.insert(QString::fromLatin1(field)); }
    bool has(const char* field) const { return fields.contains(QString::fromLatin1(field)); }
    void addProblem(qint64 atLine, const QString& message) { problems.append({atLine, message}); }
};

// The pupil fields a roster file can carry, by the names PupilRepository's audit entries use for them.
namespace RosterFields {
// Every field name, in the order changes are listed.
QStringList names();
// Copies the fields the record carries onto `target` (the pupil on the roll, or a new one).
void mergeInto(Pupil& target, const RosterRecord& record);
// The names of the fields that differ between two (normalised) pupils, in names() order.
QStringList changed(const Pupil& before, const Pupil& after);
} // namespace RosterFields

} // namespace lantern
