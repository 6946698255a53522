#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern::demo {

// One culture's names from resources/demo/names.csv, as the demo school draws them.
struct NamePool {
    QString culture;
    QStringList femaleForenames;
    QStringList maleForenames;
    // Surnames in the form the whole family shares (Kowalski, Petrauskas, Ó Briain): the generator derives a
    // daughter's or a mother's form from it with surnameFor().
    QStringList familySurnames;
    // Names carried by one sex only and not shared by a family (Begum, Kaur; Uddin, Singh): a child may have
    // one instead of the family surname, as many British Bangladeshi and Sikh children do.
    QStringList femaleOnlySurnames;
    QStringList maleOnlySurnames;

    const QStringList& forenames(const QString& sex) const
    {
        return sex == QLatin1String("F") ? femaleForenames : maleForenames;
    }
};

// The demo school's names. Synthetic by construction: forenames and surnames are combined at random within a
// culture, so no generated child is a real one.
class DemoNames {
public:
    // resources/demo/names.csv, read once. Throws Error(Internal) if the shipped file is malformed.
    static const DemoNames& get();
    // Parses names.csv text (culture, sex, forename, surname). Throws Error(InvalidInput) naming the line.
    static DemoNames parse(const QString& csvText);

    // In the file's order of first appearance.
    const QList<NamePool>& pools() const { return m_pools; }
    const NamePool* pool(const QString& culture) const;

private:
    QList<NamePool> m_pools;
};

// The family form of a surname written for someone of `sex`: Wiśniewska → Wiśniewski, Kazlauskaitė →
// Kazlauskas, Ní Dhomhnaill → Ó Domhnaill. Unchanged for cultures whose surnames do not vary.
QString familySurname(const QString& culture, const QString& surname);
// The surname a girl ("F") or boy ("M") of that family carries: Kowalski → Kowalska, Petrauskas →
// Petrauskaitė, Ó Briain → Ní Bhriain. With `married`, the form a wife takes (Petrauskienė).
QString surnameFor(const QString& culture, const QString& familyName, const QString& sex,
                   bool married = false);

// "zofia.wisniewska" for Zofia Wiśniewska: the local part of a made-up e-mail address, without accents.
QString emailLocalPart(const QString& forename, const QString& surname);

// A CBDS ethnicity code (main or extended) and how often it goes with a culture, for plausible demographics.
struct WeightedCode {
    const char* code;
    int weight;
};
// The ethnicity codes a child of this culture is recorded with, weighted; NOBT alone for a culture not known.
QList<WeightedCode> ethnicitiesFor(const QString& culture);
// Whether children of this culture usually have English as their first language (first language ENG).
bool speaksEnglishAtHome(const QString& culture);
// The language an interpreter would be booked for, for voice entries and contact notes ("Polish").
QString homeLanguage(const QString& culture);
// How common the culture is in the demo school (a town in England with a diverse intake); 1 if unknown.
int cultureWeight(const QString& culture);

} // namespace lantern::demo
