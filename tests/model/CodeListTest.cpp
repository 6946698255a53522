#include "reference/CodeList.h"

#include "core/Error.h"
#include "reference/Csv.h"
#include "reference/DfeCodes.h"
#include "reference/HarmCategories.h"
#include "reference/ReferenceData.h"

#include <QFile>
#include <QSet>
#include <QString>
#include <QThread>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>
#include <vector>

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

// The message of the Error `action` throws, or an empty string if it throws none.
template <typename Action> QString errorMessage(Action action, ErrorKind expectedKind)
{
    try {
        action();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), expectedKind);
        return error.message();
    }
    return {};
}

// --- CSV

TEST(CodeListTest, CsvHandlesQuotedCommasQuotesAndLineBreaks)
{
    const QList<CsvRecord> records =
        parseCsv(s("code,label\r\n1A,\"family, relative\"\r\n\r\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,"),
                 s("test.csv"));
    ASSERT_EQ(records.size(), 5);
    EXPECT_EQ(records[1].fields, (QStringList{s("1A"), s("family, relative")}));
    EXPECT_EQ(records[2].fields, (QStringList{s("2"), s("say \"hi\"")}));
    EXPECT_EQ(records[2].line, 4); // the blank line 3 is skipped but counted
    EXPECT_EQ(records[3].fields, (QStringList{s("3"), s("two\nlines")}));
    EXPECT_EQ(records[4].line, 7);
    EXPECT_EQ(records[4].fields, (QStringList{s("4"), QString()}));
}

TEST(CodeListTest, CsvSkipsByteOrderMark)
{
    const QList<CsvRecord> records = parseCsv(QString(QChar(0xFEFF)) + s("code,label\n"), s("bom.csv"));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields.first(), s("code"));
}

TEST(CodeListTest, MalformedCsvIsRefusedWithItsLine)
{
    EXPECT_EQ(errorMessage([] { parseCsv(s("code,label\nA,\"open"), s("x.csv")); }, ErrorKind::InvalidInput),
              s("x.csv, line 2: a quoted field is never closed."));
    EXPECT_EQ(errorMessage([] { parseCsv(s("code,label\nA,\"B\"C"), s("x.csv")); }, ErrorKind::InvalidInput),
              s("x.csv, line 2: text after the closing quote of a field."));
    EXPECT_EQ(errorMessage([] { parseCsv(s("a,b\"c"), s("x.csv")); }, ErrorKind::InvalidInput),
              s("x.csv, line 1: a quote inside an unquoted field."));
}

TEST(CodeListTest, ParseRejectsBadLists)
{
    EXPECT_EQ(
        errorMessage([] { CodeList::parse(s("t"), s("code,label\nA,One\nB\n")); }, ErrorKind::InvalidInput),
        s("t.csv, line 3: expected 2 fields, found 1."));
    EXPECT_EQ(errorMessage([] { CodeList::parse(s("t"), s("code,label\nA,One\nA,Two\n")); },
                           ErrorKind::InvalidInput),
              s("t.csv, line 3: code A appears twice."));
    EXPECT_EQ(errorMessage([] { CodeList::parse(s("t"), s("code,label\n,One\n")); }, ErrorKind::InvalidInput),
              s("t.csv, line 2: the code is empty."));
    EXPECT_FALSE(
        errorMessage([] { CodeList::parse(s("t"), s("code,name\nA,One\n")); }, ErrorKind::InvalidInput)
            .isEmpty());
    EXPECT_FALSE(errorMessage([] { CodeList::parse(s("t"), QString()); }, ErrorKind::InvalidInput).isEmpty());
}

TEST(CodeListTest, MissingListIsAnInternalError)
{
    EXPECT_EQ(errorMessage([] { CodeList::get(s("no-such-list")); }, ErrorKind::Internal),
              s("The code list no-such-list is missing from this build of Lantern."));
}

// --- Shipped lists (row counts from the reference README)

struct ExpectedList {
    const char* name;
    qsizetype rows;
};

TEST(CodeListTest, ShippedListsLoadWithExpectedRowCounts)
{
    const ExpectedList expected[] = {
        {"cin-assessment-factors", 44},
        {"cp-category-of-abuse", 5},
        {"cin-referral-source", 22},
        {"cin-primary-need", 10},
        {"cin-disability", 13},
        {"upn-unknown-reason", 10},
        {"ethnicity-main", 20},
        {"ethnicity-extended", 103},
        {"sex", 3},
        {"sen-provision", 7},
        {"sen-need-type", 14},
        {"language-top-level", 6},
        {"post-looked-after-arrangements", 6},
        {"young-carer", 3},
        {"kinship-care", 4},
        {"harm-categories", 46},
    };
    for (const ExpectedList& list : expected) {
        const CodeList& codes = CodeList::get(s(list.name));
        EXPECT_EQ(codes.size(), list.rows) << list.name;
        EXPECT_EQ(codes.name(), s(list.name));
        for (const Code& code : codes.all())
            EXPECT_FALSE(code.label.trimmed().isEmpty()) << list.name << " " << code.code.toStdString();
    }
}

TEST(CodeListTest, LookupKeepsLabelsAndExtraColumns)
{
    const CodeList& referral = CodeList::get(s("cin-referral-source"));
    // A quoted label with a comma, and the source's en dash.
    EXPECT_EQ(referral.label(s("1A")), s("INDIVIDUAL \u2013 family member, relative or carer"));
    EXPECT_TRUE(referral.contains(s("5D")));
    EXPECT_FALSE(referral.contains(s("5d")));

    const std::optional<Code> factor = CodeList::get(s("cin-assessment-factors")).find(s("18A"));
    ASSERT_TRUE(factor.has_value());
    EXPECT_EQ(factor->value(s("status")), s("legacy"));
    EXPECT_FALSE(factor->extra.contains(s("label")));

    EXPECT_EQ(CodeList::get(s("sen-provision")).codes().mid(0, 3), (QStringList{s("N"), s("K"), s("E")}));
    EXPECT_EQ(CodeList::get(s("cp-category-of-abuse")).find(s("XYZ")), std::nullopt);
    EXPECT_EQ(CodeList::get(s("sex")).label(s("Q")), QString());
}

TEST(CodeListTest, GetReturnsTheSameCachedListFromManyThreads)
{
    const CodeList* first = &CodeList::get(s("young-carer"));
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<const CodeList*> seen(8, nullptr);
    for (std::size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back(QThread::create([&seen, i] {
            seen[i] = &CodeList::get(s("kinship-care"));
            CodeList::get(s("young-carer"));
        }));
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        thread->wait();
    for (const CodeList* list : seen)
        EXPECT_EQ(list, seen.front());
    EXPECT_EQ(&CodeList::get(s("young-carer")), first);
}

TEST(CodeListTest, BankHolidaysAreInTheResources)
{
    initReferenceData();
    QFile file(referenceDataPath(u"calendar/bank-holidays.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("\"england-and-wales\""));
}

// --- Harm categories

TEST(CodeListTest, EveryHarmCategoryMapsToCurrentCinFactorCodes)
{
    const CodeList& factors = CodeList::get(s("cin-assessment-factors"));
    const HarmCategories& categories = HarmCategories::get();
    ASSERT_EQ(categories.all().size(), 46);
    for (const HarmCategory& category : categories.all()) {
        EXPECT_FALSE(category.cinFactorCodes.isEmpty()) << category.id.toStdString();
        for (const QString& code : category.cinFactorCodes) {
            const std::optional<Code> factor = factors.find(code);
            ASSERT_TRUE(factor.has_value()) << category.id.toStdString() << " " << code.toStdString();
            EXPECT_EQ(factor->value(s("status")), s("current")) << code.toStdString();
        }
    }
}

TEST(CodeListTest, HarmCategoryLookupAndGroups)
{
    const HarmCategories& categories = HarmCategories::get();
    const HarmCategory* domestic = categories.find(s("domestic-abuse"));
    ASSERT_NE(domestic, nullptr);
    EXPECT_EQ(domestic->group, s("Family and home"));
    EXPECT_EQ(domestic->label, s("Domestic abuse in the household"));
    EXPECT_EQ(domestic->cinFactorCodes, (QStringList{s("3B"), s("3C")}));

    const HarmCategory* fgm = categories.find(s("fgm"));
    ASSERT_NE(fgm, nullptr);
    EXPECT_EQ(fgm->group, s("Culture, faith and honour")); // quoted in the file: it contains a comma
    EXPECT_TRUE(fgm->notes.contains(s("mandatory reporting duty")));

    EXPECT_EQ(categories.find(s("not-a-category")), nullptr);
    EXPECT_TRUE(categories.contains(s("upskirting")));

    // Groups in the order they first appear; "The child's health and wellbeing" appears twice but is listed
    // once.
    EXPECT_EQ(categories.groups(),
              (QStringList{s("Abuse and neglect"), s("Child-on-child abuse"), s("Exploitation"),
                           s("Online harm"), s("Family and home"), s("Culture, faith and honour"),
                           s("The child's health and wellbeing"), s("Missing and absence"), s("Other")}));
    const QList<HarmCategory> health = categories.inGroup(s("The child's health and wellbeing"));
    ASSERT_EQ(health.size(), 5);
    EXPECT_EQ(health.last().id, s("behaviour-of-concern"));

    qsizetype total = 0;
    for (const QString& group : categories.groups())
        total += categories.inGroup(group).size();
    EXPECT_EQ(total, categories.all().size());
}

TEST(CodeListTest, HarmCategoriesRefuseUnknownOrLegacyFactorCodes)
{
    const CodeList& factors = CodeList::get(s("cin-assessment-factors"));
    const QString header = s("id,group,label,cin_factor_codes,notes\n");
    const CodeList unknown =
        CodeList::parse(s("harm-categories"), header + s("made-up,Other,Made up,3B 99Z,\n"));
    EXPECT_EQ(errorMessage([&] { HarmCategories(unknown, factors); }, ErrorKind::Internal),
              s("Harm category \"made-up\" in harm-categories.csv names CIN factor code 99Z, which is not in "
                "cin-assessment-factors.csv."));

    const CodeList legacy =
        CodeList::parse(s("harm-categories"), header + s("old,Other,Old physical,18A,\n"));
    EXPECT_EQ(
        errorMessage([&] { HarmCategories(legacy, factors); }, ErrorKind::Internal),
        s("Harm category \"old\" in harm-categories.csv names CIN factor code 18A, which is no longer in use "
          "(legacy)."));

    const CodeList none = CodeList::parse(s("harm-categories"), header + s("empty,Other,Nothing,,\n"));
    EXPECT_TRUE(errorMessage([&] { HarmCategories(none, factors); }, ErrorKind::Internal)
                    .contains(s("names no CIN factor code")));
}

// --- DfE demographic codes

TEST(CodeListTest, SexCodes)
{
    for (const char* code : {"M", "F", "U"})
        EXPECT_TRUE(isValidSex(s(code))) << code;
    EXPECT_FALSE(isValidSex(s("X")));
    EXPECT_EQ(sexProblem(s("M")), std::nullopt);
    EXPECT_EQ(sexProblem(s("X")), s("\u201CX\u201D is not a sex code: use M, F or U."));
    EXPECT_EQ(sexProblem(s("f")), s("\u201Cf\u201D is not a sex code: codes are upper case (F)."));
    EXPECT_EQ(sexProblem(QString()), s("No sex code given: use U when it is unknown or not recorded."));
    // The CIN census used numeric GenderCurrent codes before 2024-25; they are not sex codes.
    EXPECT_FALSE(isValidSex(s("1")));
}

TEST(CodeListTest, EthnicityCodes)
{
    EXPECT_TRUE(isValidEthnicity(s("WBRI")));
    EXPECT_TRUE(isValidEthnicity(s("WENG")));
    EXPECT_TRUE(isValidEthnicity(s("WROO")));
    EXPECT_TRUE(isValidEthnicity(s("NOBT")));
    EXPECT_FALSE(isValidEthnicity(s("ABRI"))); // in one MIS seed, but in no DfE source
    EXPECT_EQ(
        ethnicityProblem(s("ZZZZ")),
        s("\u201CZZZZ\u201D is not a DfE ethnicity code: use one of the 20 main codes (such as WBRI) or an "
          "extended code."));
    EXPECT_EQ(ethnicityProblem(s("wbri")),
              s("\u201Cwbri\u201D is not an ethnicity code: codes are upper case (WBRI)."));
    EXPECT_TRUE(ethnicityProblem(s("")).value_or(QString()).contains(s("NOBT")));
}

TEST(CodeListTest, EveryExtendedEthnicityRollsUpToAMainCode)
{
    const CodeList& main = CodeList::get(s("ethnicity-main"));
    for (const Code& code : CodeList::get(s("ethnicity-extended")).all()) {
        const std::optional<QString> rollUp = ethnicityMainCode(code.code);
        ASSERT_TRUE(rollUp.has_value()) << code.code.toStdString();
        EXPECT_TRUE(main.contains(*rollUp)) << code.code.toStdString();
    }
    EXPECT_EQ(ethnicityMainCode(s("WENG")), s("WBRI"));
    EXPECT_EQ(ethnicityMainCode(s("AIND")), s("AIND"));
    EXPECT_EQ(ethnicityMainCode(s("REFU")), s("REFU"));
    EXPECT_EQ(ethnicityMainCode(s("ZZZZ")), std::nullopt);
}

} // namespace
} // namespace lantern
