#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lantern {

// A pupil on the school roll (DESIGN.md §2). Codes are DfE CBDS codes (resources/codes/).
struct Pupil {
    qint64 id = 0;
    QString upn; // empty when not known; then upnUnknownReason (UN1–UN10)
    QString upnUnknownReason;
    QString legalForename;
    QString legalMiddleNames;
    QString legalSurname;
    QString preferredForename; // empty: same as legal
    QString preferredSurname;
    QDate dateOfBirth;
    QString sex = QStringLiteral("U"); // M/F/U
    QString ethnicity = QStringLiteral("NOBT");
    QString nhsNumber;
    QString firstLanguage;
    QString senStatus = QStringLiteral("N"); // N/K/E
    QStringList senNeedTypes;
    QStringList disabilities; // CIN disability codes
    bool freeSchoolMeals = false;
    bool lookedAfter = false;
    QString responsibleAuthority;
    bool childInNeed = false;
    bool childProtectionPlan = false;
    bool familyHelp = false;
    QString youngCarer = QStringLiteral("N"); // P/S/N
    bool privateFostering = false;
    QString kinshipCare = QStringLiteral("ND");
    QString yearGroup;
    QString registrationGroup;
    QString postcode;
    QString address;
    std::optional<QDate> admissionDate;
    std::optional<QDate> leavingDate;

    // "Preferred Surname" as people call the child, falling back to legal names.
    QString displayName() const
    {
        const QString forename = preferredForename.isEmpty() ? legalForename : preferredForename;
        const QString surname = preferredSurname.isEmpty() ? legalSurname : preferredSurname;
        return forename + QLatin1Char(' ') + surname;
    }
    QString legalName() const
    {
        QStringList parts{legalForename};
        if (!legalMiddleNames.isEmpty())
            parts.append(legalMiddleNames);
        parts.append(legalSurname);
        return parts.join(QLatin1Char(' '));
    }
    // Short markers for lists, so the DSL sees at a glance which children have statutory involvement: CP
    // (child protection plan), CIN (child in need), CLA (child looked after), FH (family help), SEN (SEN
    // support) or EHCP (education, health and care plan).
    QStringList flags() const
    {
        QStringList shown;
        if (childProtectionPlan)
            shown.append(QStringLiteral("CP"));
        if (childInNeed)
            shown.append(QStringLiteral("CIN"));
        if (lookedAfter)
            shown.append(QStringLiteral("CLA"));
        if (familyHelp)
            shown.append(QStringLiteral("FH"));
        if (senStatus == QLatin1String("K"))
            shown.append(QStringLiteral("SEN"));
        else if (senStatus == QLatin1String("E"))
            shown.append(QStringLiteral("EHCP"));
        return shown;
    }
};

// A family member or carer of a pupil.
struct Contact {
    qint64 id = 0;
    qint64 pupilId = 0;
    QString name;
    QString relationship; // "Mother", "Father", "Grandmother", "Foster carer", …
    bool parentalResponsibility = false;
    bool livesWithChild = false;
    QString phone;
    QString email;
    QString address;
    QString notes;
    int priority = 1;
};

struct PupilLink {
    qint64 pupilId = 0;
    qint64 linkedPupilId = 0;
    QString relationship; // "sibling", "half-sibling", "step-sibling", "cousin", "other"
};

// A link's relationship as people write it: "half-sibling" → "Half-sibling", "other" → "Other relative";
// anything else as stored.
inline QString pupilLinkLabel(const QString& relationship)
{
    if (relationship == QLatin1String("other"))
        return QStringLiteral("Other relative");
    if (relationship.isEmpty())
        return relationship;
    return relationship.at(0).toUpper() + relationship.mid(1);
}

// A year group as people say it: "7" → "Year 7", "R" → "Reception", "N1" or "N2" → "Nursery"; anything else
// ("Year 7", "Y7") as it is on the roll. CTF and MIS exports give the bare national curriculum year.
inline QString yearGroupLabel(const QString& yearGroup)
{
    const QString year = yearGroup.trimmed();
    bool number = false;
    year.toInt(&number);
    if (number)
        return QStringLiteral("Year ") + year;
    if (year.compare(QLatin1String("R"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Reception");
    if (year.compare(QLatin1String("N1"), Qt::CaseInsensitive) == 0 ||
        year.compare(QLatin1String("N2"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Nursery");
    return year;
}

} // namespace lantern
