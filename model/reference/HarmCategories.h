#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

class CodeList;

// A category of harm a concern can be recorded under. Lantern's categories are finer than the Children in
// Need census's assessment factors (a DSL records "upskirting", the census counts 19B), so each names the CIN
// factor codes it is reported as in a referral pack.
struct HarmCategory {
    QString id;                 // stable identifier stored in records, e.g. "child-criminal-exploitation"
    QString group;              // heading the category is listed under, e.g. "Exploitation"
    QString label;              // what staff read
    QStringList cinFactorCodes; // one or more codes from cin-assessment-factors.csv
    QString notes;              // guidance for the person recording, may be empty
};

// The harm categories from resources/codes/harm-categories.csv, in file order.
class HarmCategories {
public:
    // Read once and cached; safe to call from any thread. Throws Error(Internal) if the shipped list names a
    // CIN factor code that is not a current code in cin-assessment-factors.csv: a referral pack must never
    // carry a code the receiving team's census tools reject.
    static const HarmCategories& get();

    // Builds the categories from `categories` (harm-categories.csv shape: id, group, label, cin_factor_codes,
    // notes), checking every factor code against `factors`. Throws Error(Internal) naming the first problem.
    HarmCategories(const CodeList& categories, const CodeList& factors);

    const QList<HarmCategory>& all() const { return m_categories; }
    // nullptr when no category has this id (e.g. a record written by a newer Lantern).
    const HarmCategory* find(const QString& id) const;
    bool contains(const QString& id) const { return m_index.contains(id); }
    // Group headings in the order each first appears in the file.
    const QStringList& groups() const { return m_groups; }
    QList<HarmCategory> inGroup(const QString& group) const;

private:
    QList<HarmCategory> m_categories;
    QHash<QString, qsizetype> m_index;
    QStringList m_groups;
};

} // namespace lantern
