#include "reference/NhsNumber.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "reference/IdentifierText.h"

#include <algorithm>

namespace lantern {

namespace {

constexpr qsizetype kLength = 10;
constexpr int kTestPrefix = 999;
constexpr int kTestBodies = 1000000; // the six digits after the 999 prefix

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// From the weighted sum of the first nine digits (weights 10 down to 2). A result of 10 is never issued.
std::optional<int> checkDigitFromSum(int sum)
{
    const int check = 11 - sum % 11;
    if (check == 10)
        return std::nullopt;
    return check == 11 ? 0 : check;
}

} // namespace

QString normalizeNhsNumber(const QString& input)
{
    QString result;
    result.reserve(input.size());
    for (const QChar c : input) {
        if (!c.isSpace() && c != u'-')
            result.append(c);
    }
    return result;
}

std::optional<int> nhsCheckDigit(QStringView firstNine)
{
    if (firstNine.size() != kLength - 1)
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < firstNine.size(); ++i) {
        if (!isAsciiDigit(firstNine[i]))
            return std::nullopt;
        sum += digitValue(firstNine[i]) * static_cast<int>(10 - i); // weights 10 down to 2
    }
    return checkDigitFromSum(sum);
}

std::optional<QString> nhsNumberProblem(const QString& input)
{
    const QString entered = input.trimmed();
    if (entered.isEmpty())
        return ModelText::tr("The NHS number is empty.");
    const QString digits = normalizeNhsNumber(entered);
    for (const QChar c : digits) {
        if (!isAsciiDigit(c))
            return ModelText::tr(
                       "NHS number %1: \u201C%2\u201D is not a digit. An NHS number is 10 digits, often "
                       "written with spaces as 943 476 5919.")
                .arg(shownInMessage(entered), c);
    }
    if (digits.size() != kLength)
        return ModelText::tr("NHS number %1 must be 10 digits; it has %2.")
            .arg(shownInMessage(entered))
            .arg(digits.size());
    const std::optional<int> expected = nhsCheckDigit(QStringView(digits).left(kLength - 1));
    if (!expected)
        return ModelText::tr(
                   "NHS number %1 cannot be right: no NHS number starts with the digits %2. Check it was "
                   "copied correctly.")
            .arg(entered, digits.left(kLength - 1));
    const int actual = digitValue(digits[kLength - 1]);
    if (actual != *expected)
        return ModelText::tr(
                   "NHS number %1 fails its check: with these first nine digits the last digit would be "
                   "%2, not %3. Check it was copied correctly.")
            .arg(entered)
            .arg(*expected)
            .arg(actual);
    return std::nullopt;
}

QString formatNhsNumber(const QString& input)
{
    const QString digits = normalizeNhsNumber(input);
    if (digits.size() != kLength || !std::all_of(digits.begin(), digits.end(), isAsciiDigit))
        return input;
    return digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6);
}

bool isTestNhsNumber(const QString& input)
{
    const QString digits = normalizeNhsNumber(input);
    return digits.size() == kLength && digits.startsWith(QString::number(kTestPrefix));
}

QString makeTestNhsNumber(int index)
{
    // About one nine-digit start in eleven has no check digit, so the index-th valid number is found by
    // counting rather than computed. Integer arithmetic only: the demo school asks for thousands of these.
    constexpr int kPrefixSum = 9 * 10 + 9 * 9 + 9 * 8;
    int remaining = index;
    for (int body = 0; index >= 0 && body < kTestBodies; ++body) {
        int sum = kPrefixSum;
        int rest = body;
        // The body's last digit has weight 2, its first weight 7.
        for (int weight = 2; weight <= 7; ++weight) {
            sum += (rest % 10) * weight;
            rest /= 10;
        }
        const std::optional<int> check = checkDigitFromSum(sum);
        if (!check)
            continue;
        if (remaining == 0)
            return QString::number(kTestPrefix) + QStringLiteral("%1").arg(body, 6, 10, QChar(u'0')) +
                   QString::number(*check);
        --remaining;
    }
    throw Error(
        ErrorKind::InvalidInput,
        ModelText::tr("No test-range NHS number has index %1: the index must be from 0 to about 909,000.")
            .arg(index));
}

} // namespace lantern
