#pragma once

#include <QDate>
#include <QString>

namespace lantern {
class Vault;
}

namespace lantern::test {

// A child for a test's roll: what the test cares about, everything else a plausible default (a girl born on
// 1 April 2015, no year group, no UPN with reason UN2). Set what matters in the chain:
//     addTestPupil(vault, TestPupil(forename, surname).withUpn(upn).inYear(QStringLiteral("7")))
struct TestPupil {
    TestPupil(const QString& legalForename, const QString& legalSurname)
        : forename(legalForename)
        , surname(legalSurname)
    {}

    TestPupil& withUpn(const QString& value)
    {
        upn = value;
        return *this;
    }
    TestPupil& withUpnUnknownReason(const QString& value)
    {
        upnUnknownReason = value;
        return *this;
    }
    TestPupil& bornOn(const QDate& value)
    {
        dateOfBirth = value;
        return *this;
    }
    TestPupil& withSex(const QString& value)
    {
        sex = value;
        return *this;
    }
    TestPupil& inYear(const QString& value)
    {
        yearGroup = value;
        return *this;
    }
    TestPupil& preferring(const QString& value)
    {
        preferredForename = value;
        return *this;
    }

    QString forename;
    QString surname;
    QString upn;                                      // empty: not known, for upnUnknownReason
    QString upnUnknownReason = QStringLiteral("UN2"); // used only without a UPN
    QDate dateOfBirth = QDate(2015, 4, 1);
    QString sex = QStringLiteral("F");
    QString yearGroup;
    QString preferredForename;
};

// Adds `pupil` to the roll as the product does, through PupilRepository::add: validated, normalised, with its
// search and sort keys, created at the vault clock's time and audited as "pupil.add". `vault` must be
// unlocked by a user who keeps the roster (DSL, deputy or administrator). Returns the new pupil's id.
qint64 addTestPupil(Vault& vault, const TestPupil& pupil);

} // namespace lantern::test
