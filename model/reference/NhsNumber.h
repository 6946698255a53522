#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace lantern {

// NHS numbers (England, Wales, Isle of Man): ten digits, the last a modulus 11 check digit, usually written
// 3-3-4. Lantern stores the ten digits and shows them grouped. See the reference note nhs-number.md.

// The input without spaces or hyphens ("943 476 5919" and "943-476-5919" become "9434765919"). Does not check
// it.
QString normalizeNhsNumber(const QString& input);

// Why `input` is not a valid NHS number, in words for the person entering it (a character that is not a
// digit, the wrong number of digits, a failed check digit). std::nullopt when it is valid. Spaces and hyphens
// are allowed.
std::optional<QString> nhsNumberProblem(const QString& input);
inline bool isValidNhsNumber(const QString& input)
{
    return !nhsNumberProblem(input).has_value();
}

// "943 476 5919"; anything that is not ten digits after normalising is returned unchanged.
QString formatNhsNumber(const QString& input);

// The check digit for the first nine digits; std::nullopt when the computed value is 10, which means no NHS
// number starts with these nine digits, or when `firstNine` is not nine digits.
std::optional<int> nhsCheckDigit(QStringView firstNine);

// Numbers starting 999 are reserved for test data and never issued to a patient.
bool isTestNhsNumber(const QString& input);

// The index-th valid number (from 0, in ascending order) in the 999 test range, e.g. 0 gives 9990000018 and 1
// gives 9990000026. The demo school uses these so that synthetic data can never carry a real patient's
// number. Throws Error(InvalidInput) when `index` is negative or beyond the range's roughly 909,000 valid
// numbers.
QString makeTestNhsNumber(int index);

} // namespace lantern
