#include "reference/Upn.h"

#include "core/Error.h"

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

// The UPN's problem, or an empty string when it is valid, so a failed expectation shows the message.
QString problem(const char* upn)
{
    return upnProblem(s(upn)).value_or(QString());
}

// --- Published values (reference/upn.md)

TEST(UpnTest, PublishedValidValuesPass)
{
    for (const char* upn :
         {"B801200005001", "A950000178301", "H243278544154", "X845212818005", "E000200005001"})
        EXPECT_EQ(problem(upn), QString()) << upn;
}

TEST(UpnTest, ValuesComputedForTheReferenceFolderPass)
{
    for (const char* upn : {"J999900019001", "G999900022002", "E999900016003", "Z99990002501A"})
        EXPECT_EQ(problem(upn), QString()) << upn;
}

TEST(UpnTest, WrongCheckLetterNamesTheRightOne)
{
    EXPECT_EQ(
        problem("A801200005001"),
        s("UPN A801200005001: the check letter should be B, not A. Check the UPN was copied correctly."));
    EXPECT_TRUE(problem("R247962919251").contains(s("should be Q, not R")));
    EXPECT_TRUE(problem("X428558133462").contains(s("should be W, not X")));
}

TEST(UpnTest, PublishedLookAlikesFromSampleDataFail)
{
    EXPECT_TRUE(problem("A123456789123").contains(s("should be P, not A")));
    EXPECT_TRUE(problem("X98765432123B").contains(s("should be F, not X")));
    EXPECT_FALSE(isValidUpn(s("X987654321231")));
    EXPECT_TRUE(problem("A123456789").contains(s("must be 13 characters; it has 10")));
}

TEST(UpnTest, LetterInsideTheNumericPartIsNamed)
{
    EXPECT_EQ(problem("X80120000A001"),
              s("UPN X80120000A001: character 10 is \u201CA\u201D, but characters 2 to 12 must be digits."));
    EXPECT_TRUE(problem("ASFFAGSVSV123").contains(s("character 2 is \u201CS\u201D")));
}

TEST(UpnTest, WrongLengthIsNamed)
{
    EXPECT_EQ(problem("R325"), s("UPN R325 must be 13 characters; it has 4."));
    EXPECT_EQ(problem("B8012000050012"), s("UPN B8012000050012 must be 13 characters; it has 14."));
    EXPECT_EQ(problem(""), s("The UPN is empty."));
    EXPECT_EQ(problem("   "), s("The UPN is empty."));
}

TEST(UpnTest, VeryLongInputIsShortenedInTheMessage)
{
    const QString message = upnProblem(QString(200, u'1')).value_or(QString());
    EXPECT_TRUE(message.contains(s("it has 200"))) << message.toStdString();
    EXPECT_LT(message.size(), 80);
}

TEST(UpnTest, FirstCharacterMustBeALetter)
{
    EXPECT_EQ(problem("1801200005001"),
              s("UPN 1801200005001 must start with a letter (its check letter), not \u201C1\u201D."));
}

TEST(UpnTest, LastCharacterRules)
{
    // Temporary UPNs end in a letter from the 23-letter alphabet; I, O and S are never used.
    EXPECT_TRUE(problem("Z99990002501I").contains(s("any letter except I, O or S")));
    EXPECT_TRUE(problem("Z99990002501O").contains(s("any letter except I, O or S")));
    EXPECT_TRUE(problem("Z9999000250-1").contains(s("character 12 is \u201C-\u201D")));
    EXPECT_TRUE(problem("Z99990002501#").contains(s("the last character must be a digit")));
}

TEST(UpnTest, NonAsciiDigitsAreNotDigits)
{
    // Arabic-Indic digit one (U+0661) is a Unicode digit, but not a UPN digit.
    QString upn = s("B801200005001");
    upn[5] = QChar(0x0661);
    EXPECT_TRUE(upnProblem(upn).value_or(QString()).contains(s("character 6")));
}

TEST(UpnTest, NormalisesCaseAndSurroundingSpace)
{
    EXPECT_EQ(normalizeUpn(s("  b801200005001 \n")), s("B801200005001"));
    EXPECT_EQ(problem(" b801200005001 "), QString());
    EXPECT_TRUE(problem("a801200005001").contains(s("UPN A801200005001")));
    EXPECT_TRUE(isValidUpn(s("z99990002501a")));
}

TEST(UpnTest, TemporaryUpns)
{
    EXPECT_TRUE(isTemporaryUpn(s("Z99990002501A")));
    EXPECT_FALSE(isTemporaryUpn(s("B801200005001")));
    EXPECT_FALSE(isTemporaryUpn(s("A99990002501A"))); // wrong check letter
}

// --- LA codes (CIN rule 1530)

TEST(UpnTest, LaCodeCheckIsSeparateFromValidity)
{
    EXPECT_EQ(upnLaCodeProblem(s("B801200005001")), std::nullopt);
    EXPECT_EQ(upnLaCodeProblem(s("X845212818005")), std::nullopt);
    // Valid check letters, but LAs the DfE does not use.
    EXPECT_TRUE(
        upnLaCodeProblem(s("A950000178301")).value_or(QString()).contains(s("950 is not a local authority")));
    EXPECT_TRUE(
        upnLaCodeProblem(s("E000200005001")).value_or(QString()).contains(s("000 is not a local authority")));
    EXPECT_TRUE(upnLaCodeProblem(s("J999900019001")).has_value());
    // Nothing to add about a malformed UPN: upnProblem already says what is wrong.
    EXPECT_EQ(upnLaCodeProblem(s("A801200005001")), std::nullopt);
}

TEST(UpnTest, KnownLaCodesFollowTheCinList)
{
    for (int la : {1, 5, 201, 213, 420, 660, 681, 815, 816, 865, 896, 941})
        EXPECT_TRUE(isKnownLaCode(la)) << la;
    for (int la : {0, 6, 200, 214, 321, 419, 421, 804, 814, 817, 897, 907, 942, 950, 999})
        EXPECT_FALSE(isKnownLaCode(la)) << la;
}

// --- Generator

TEST(UpnTest, MakeUpnReproducesPublishedValues)
{
    EXPECT_EQ(makeUpn(801, 2000, 5, 1), s("B801200005001"));
    EXPECT_EQ(makeUpn(999, 9000, 19, 1), s("J999900019001"));
    EXPECT_EQ(makeUpn(999, 9000, 22, 2), s("G999900022002"));
    EXPECT_EQ(makeUpn(999, 9000, 16, 3), s("E999900016003"));
    EXPECT_EQ(makeTemporaryUpn(999, 9000, 25, 1, u'A'), s("Z99990002501A"));
}

TEST(UpnTest, EveryGeneratedUpnIsValid)
{
    for (int serial = 0; serial < 1000; ++serial) {
        const QString upn = makeUpn(999, 9000, 26, serial);
        ASSERT_TRUE(isValidUpn(upn)) << upn.toStdString();
        ASSERT_FALSE(isTemporaryUpn(upn));
    }
    for (int serial = 0; serial < 100; ++serial) {
        const QString upn = makeTemporaryUpn(999, 9000, 26, serial, u'Z');
        ASSERT_TRUE(isTemporaryUpn(upn)) << upn.toStdString();
    }
}

TEST(UpnTest, GeneratorRejectsOutOfRangeParts)
{
    EXPECT_THROW(makeUpn(1000, 9000, 26, 1), Error);
    EXPECT_THROW(makeUpn(999, -1, 26, 1), Error);
    EXPECT_THROW(makeUpn(999, 9000, 100, 1), Error);
    EXPECT_THROW(makeUpn(999, 9000, 26, 1000), Error);
    EXPECT_THROW(makeTemporaryUpn(999, 9000, 26, 100, u'A'), Error);
    EXPECT_THROW(makeTemporaryUpn(999, 9000, 26, 1, u'O'), Error);
    try {
        makeUpn(999, 9000, 26, 1000);
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_EQ(error.message(), s("A UPN's serial number must be from 0 to 999, not 1000."));
    }
}

TEST(UpnTest, CheckLetterNeedsTwelveUsableCharacters)
{
    EXPECT_EQ(upnCheckLetter(u"801200005001"), QChar(u'B'));
    EXPECT_TRUE(upnCheckLetter(u"80120000500").isNull());
    EXPECT_TRUE(upnCheckLetter(u"80120000A001").isNull());
    EXPECT_TRUE(upnCheckLetter(u"80120000500S").isNull());
}

} // namespace
} // namespace lantern
