#pragma once

#include <QChar>
#include <QString>
#include <QStringView>
#include <optional>

namespace lantern {

// Unique Pupil Numbers: the DfE's 13-character pupil identifier. A check letter, LA number (3 digits),
// establishment number (4), year allocated (2) and serial (3); a temporary UPN ends in a letter instead of
// the last serial digit. See the reference note upn.md for sources.

// Trimmed and upper-cased: the CIN census accepts lower case, and that is how people paste them.
QString normalizeUpn(const QString& input);

// Why `upn` (normalised first) is not a valid UPN, in words for the person entering it: the length, the
// character that may not be there, or the check letter it should have. std::nullopt when it is valid.
std::optional<QString> upnProblem(const QString& upn);
inline bool isValidUpn(const QString& upn)
{
    return !upnProblem(upn).has_value();
}

// A valid UPN whose last character is a letter: one the school must later replace with the permanent UPN.
bool isTemporaryUpn(const QString& upn);

// A softer check than upnProblem: whether characters 2-4 are a local authority number the CIN census accepts
// (its rule 1530 list). Real validators reject other numbers, but some valid UPNs in the wild and every
// fictional one (LA 999) fail it, so callers show this as a warning. std::nullopt when the LA is known or the
// UPN is not well formed (upnProblem says why).
std::optional<QString> upnLaCodeProblem(const QString& upn);
bool isKnownLaCode(int laCode);

// The check letter for the twelve characters after it; a null QChar when they are not 11 digits followed by a
// digit or an allowed letter.
QChar upnCheckLetter(QStringView lastTwelve);

// Builds a permanent UPN with its check letter; for the synthetic demo school and tests. Use LA 999, which no
// authority has, so a generated UPN can never be a real pupil's. Throws Error(InvalidInput) for a part out of
// range (LA 0-999, establishment 0-9999, year 0-99, serial 0-999).
QString makeUpn(int laCode, int establishment, int year2, int serial);
// The temporary form: a two-digit serial (0-99) and a final letter from the UPN alphabet (not I, O or S).
QString makeTemporaryUpn(int laCode, int establishment, int year2, int serial2, QChar letter);

} // namespace lantern
