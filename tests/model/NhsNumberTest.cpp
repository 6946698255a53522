#include "reference/NhsNumber.h"

#include "core/Error.h"

#include <QSet>
#include <QString>
#include <gtest/gtest.h>
#include <ostream>

// Readable failures: gtest would otherwise print a QString as raw bytes.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace lantern {
namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The number's problem, or an empty string when it is valid, so a failed expectation shows the message.
QString problem(const char* number)
{
    return nhsNumberProblem(s(number)).value_or(QString());
}

// --- Published values (reference/nhs-number.md)

TEST(NhsNumberTest, PublishedValidValuesPass)
{
    for (const char* number : {"9434765919", "943 476 5919", "9434765870", "943-476-5870", "9876543210",
                               "987 654 3210", "9990000018", "9990000026", " 943 476 5919 "})
        EXPECT_EQ(problem(number), QString()) << number;
}

TEST(NhsNumberTest, WrongCheckDigitIsNamed)
{
    EXPECT_EQ(problem("9434765871"),
              s("NHS number 9434765871 fails its check: with these first nine digits the "
                "last digit would be 0, not 1. Check it was copied correctly."));
    EXPECT_TRUE(problem("9876543211").contains(s("would be 0, not 1")));
    // Quoted on Wikipedia as a formatting example, but it fails the check.
    EXPECT_TRUE(problem("987 654 4321").contains(s("NHS number 987 654 4321 fails its check")));
    EXPECT_TRUE(problem("987 654 4321").contains(s("would be 2, not 1")));
}

TEST(NhsNumberTest, FirstNineDigitsWithNoPossibleCheckDigit)
{
    EXPECT_EQ(problem("1234567890"), s("NHS number 1234567890 cannot be right: no NHS number starts with the "
                                       "digits 123456789. Check it was copied correctly."));
    for (int last = 0; last <= 9; ++last)
        EXPECT_FALSE(isValidNhsNumber(s("999000000") + QString::number(last)));
}

TEST(NhsNumberTest, WrongLengthIsNamed)
{
    EXPECT_EQ(problem("123456789"), s("NHS number 123456789 must be 10 digits; it has 9."));
    EXPECT_EQ(problem("12345678901"), s("NHS number 12345678901 must be 10 digits; it has 11."));
    EXPECT_EQ(problem(""), s("The NHS number is empty."));
    EXPECT_EQ(problem("  "), s("The NHS number is empty."));
}

TEST(NhsNumberTest, CharacterThatIsNotADigitIsNamed)
{
    EXPECT_TRUE(problem("123456789O").startsWith(s("NHS number 123456789O: \u201CO\u201D is not a digit.")));
    EXPECT_TRUE(problem("A234567890").contains(s("\u201CA\u201D is not a digit")));
    EXPECT_TRUE(problem("943.476.5919").contains(s("\u201C.\u201D is not a digit")));
    // Arabic-Indic digits are Unicode digits but not NHS number digits.
    EXPECT_FALSE(isValidNhsNumber(s("943476591") + QChar(0x0669)));
}

TEST(NhsNumberTest, SpacesAndHyphensAreAllowedAndStripped)
{
    EXPECT_EQ(normalizeNhsNumber(s("943 476 5919")), s("9434765919"));
    EXPECT_EQ(normalizeNhsNumber(s("943-476-5870")), s("9434765870"));
    EXPECT_EQ(normalizeNhsNumber(s(" 943\t476 5919\n")), s("9434765919"));
    // The published "12345-7890" is rejected for being nine digits once the hyphen is stripped.
    EXPECT_EQ(problem("12345-7890"), s("NHS number 12345-7890 must be 10 digits; it has 9."));
}

TEST(NhsNumberTest, FormatsAsThreeThreeFour)
{
    EXPECT_EQ(formatNhsNumber(s("9434765919")), s("943 476 5919"));
    EXPECT_EQ(formatNhsNumber(s("943-476-5919")), s("943 476 5919"));
    EXPECT_EQ(formatNhsNumber(s("12345")), s("12345"));
    EXPECT_EQ(formatNhsNumber(s("943476591X")), s("943476591X"));
}

TEST(NhsNumberTest, CheckDigit)
{
    EXPECT_EQ(nhsCheckDigit(u"943476591"), 9);
    EXPECT_EQ(nhsCheckDigit(u"987654321"), 0); // remainder 0: 11 becomes 0
    EXPECT_EQ(nhsCheckDigit(u"123456789"), std::nullopt);
    EXPECT_EQ(nhsCheckDigit(u"12345678"), std::nullopt);
    EXPECT_EQ(nhsCheckDigit(u"12345678X"), std::nullopt);
}

// --- Test-range generator

TEST(NhsNumberTest, GeneratorStartsWithThePublishedTestRangeValues)
{
    EXPECT_EQ(makeTestNhsNumber(0), s("9990000018"));
    EXPECT_EQ(makeTestNhsNumber(1), s("9990000026"));
}

TEST(NhsNumberTest, GeneratedNumbersAreValidDistinctAndInTheTestRange)
{
    QSet<QString> seen;
    QString previous;
    for (int index = 0; index < 2000; ++index) {
        const QString number = makeTestNhsNumber(index);
        ASSERT_EQ(problem(number.toUtf8().constData()), QString()) << index;
        ASSERT_TRUE(isTestNhsNumber(number)) << number.toStdString();
        ASSERT_GT(number, previous);
        previous = number;
        seen.insert(number);
    }
    EXPECT_EQ(seen.size(), 2000);
}

TEST(NhsNumberTest, GeneratorCoversTheWholeRangeAndStopsAtItsEnd)
{
    const QString late = makeTestNhsNumber(900000);
    EXPECT_TRUE(isTestNhsNumber(late)) << late.toStdString();
    EXPECT_TRUE(isValidNhsNumber(late));
    EXPECT_THROW(makeTestNhsNumber(1000000), Error);
    EXPECT_THROW(makeTestNhsNumber(-1), Error);
}

TEST(NhsNumberTest, TestRange)
{
    EXPECT_TRUE(isTestNhsNumber(s("999 000 0018")));
    EXPECT_FALSE(isTestNhsNumber(s("943 476 5919")));
    EXPECT_FALSE(isTestNhsNumber(s("999")));
}

} // namespace
} // namespace lantern
