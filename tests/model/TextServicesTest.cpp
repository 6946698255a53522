#include "text/TextServices.h"

#include <QTimeZone>
#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

using lantern::TextServices;

namespace {

// Test strings are written as UTF-8 literals, because QT_NO_CAST_FROM_ASCII forbids implicit conversion.
QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

TEST(TextServicesTest, IcuIsAvailable)
{
    EXPECT_NO_THROW(TextServices::ensureAvailable());
}

// --- Storage
// ------------------------------------------------------------------------------------------------

TEST(TextServicesTest, NormalizeForStorageComposesDecomposedText)
{
    const QString decomposed = u8("Zoe\xCC\x88 Nguye\xCC\x82\xCC\x83n"); // e + U+0308, e + U+0302 + U+0303
    const QString composed = u8("Zoë Nguyễn");
    ASSERT_NE(decomposed, composed);
    EXPECT_EQ(TextServices::normalizeForStorage(decomposed), composed);
    EXPECT_EQ(TextServices::normalizeForStorage(composed), composed);
}

TEST(TextServicesTest, NormalizeForStorageRemovesControlCharactersButKeepsTabAndNewline)
{
    QString text = QStringLiteral("a");
    text += QChar(u'\0');
    text += QStringLiteral("b\x01\x1B[31mc\td\ne\x7F");
    EXPECT_EQ(TextServices::normalizeForStorage(text), QStringLiteral("ab[31mc\td\ne"));
}

TEST(TextServicesTest, NormalizeForStorageTurnsCrLfAndLoneCrIntoLf)
{
    EXPECT_EQ(TextServices::normalizeForStorage(QStringLiteral("one\r\ntwo\rthree\n\r\nfour")),
              QStringLiteral("one\ntwo\nthree\n\nfour"));
}

TEST(TextServicesTest, NormalizeForStorageKeepsOtherScripts)
{
    const QString text = u8("王伟 — محمد — Siobhán");
    EXPECT_EQ(TextServices::normalizeForStorage(text), text);
    EXPECT_EQ(TextServices::normalizeForStorage(QString()), QString());
}

// --- Search keys
// --------------------------------------------------------------------------------------------

TEST(TextServicesTest, SearchKeyIgnoresCaseAndAccents)
{
    EXPECT_EQ(TextServices::searchKey(u8("Zoë")), QStringLiteral("zoe"));
    EXPECT_EQ(TextServices::searchKey(u8("ZOË")), TextServices::searchKey(QStringLiteral("zoe")));
    EXPECT_EQ(TextServices::searchKey(u8("Zoe\xCC\x88")), QStringLiteral("zoe")); // decomposed input
    EXPECT_EQ(TextServices::searchKey(u8("Nguyễn")), QStringLiteral("nguyen"));
    EXPECT_EQ(TextServices::searchKey(u8("Siobhán Ó Súilleabháin")),
              QStringLiteral("siobhan o suilleabhain"));
    EXPECT_EQ(TextServices::searchKey(u8("Şükrü Öztürk")), QStringLiteral("sukru ozturk"));
    EXPECT_EQ(TextServices::searchKey(u8("François Müller-Lüdenscheidt")),
              QStringLiteral("francois muller-ludenscheidt"));
}

TEST(TextServicesTest, SearchKeyMapsLettersThatDoNotDecompose)
{
    EXPECT_EQ(TextServices::searchKey(u8("Łódź")), QStringLiteral("lodz"));
    EXPECT_EQ(TextServices::searchKey(u8("ŁUKASZ Wałęsa")), QStringLiteral("lukasz walesa"));
    EXPECT_EQ(TextServices::searchKey(u8("Søren Øberg")), QStringLiteral("soren oberg"));
    EXPECT_EQ(TextServices::searchKey(u8("Đorđe")), QStringLiteral("dorde"));
    EXPECT_EQ(TextServices::searchKey(u8("Ħamrun")), QStringLiteral("hamrun"));
    EXPECT_EQ(TextServices::searchKey(u8("Işık")), QStringLiteral("isik"));
    EXPECT_EQ(TextServices::searchKey(u8("İsmail")), QStringLiteral("ismail")); // capital dotted I
    EXPECT_EQ(TextServices::searchKey(u8("Straße STRAẞE")), QStringLiteral("strasse strasse"));
    EXPECT_EQ(TextServices::searchKey(u8("Ælfric Œuvre")), QStringLiteral("aelfric oeuvre"));
    EXPECT_EQ(TextServices::searchKey(u8("Þórður")), QStringLiteral("thordur"));
}

TEST(TextServicesTest, SearchKeyRemovesArabicHarakat)
{
    EXPECT_EQ(TextServices::searchKey(u8("مُحَمَّد")), u8("محمد"));
    EXPECT_EQ(TextServices::searchKey(u8("محمد")), u8("محمد"));
    EXPECT_EQ(TextServices::searchKey(u8("محـــمد")), u8("محمد")); // tatweel
}

TEST(TextServicesTest, SearchKeyLeavesChineseAsIs)
{
    EXPECT_EQ(TextServices::searchKey(u8("王伟")), u8("王伟"));
    EXPECT_EQ(TextServices::searchKey(u8("李小龍")), u8("李小龍"));
}

TEST(TextServicesTest, SearchKeyKeepsKoreanAndJapaneseComposed)
{
    // NFD splits Hangul syllables into jamo and separates kana voicing marks; the key recomposes them.
    EXPECT_EQ(TextServices::searchKey(u8("김민준")), u8("김민준"));
    EXPECT_EQ(TextServices::searchKey(u8("だいすけ")), u8("だいすけ"));
}

// --- Tokens
// -------------------------------------------------------------------------------------------------

TEST(TextServicesTest, SearchTokensSplitOnSpacesAndPunctuation)
{
    EXPECT_EQ(TextServices::searchTokens(u8("  Siobhán Ó Súilleabháin, Year 7 — Smith-Jones! ")),
              (QStringList{QStringLiteral("siobhan"), QStringLiteral("o"), QStringLiteral("suilleabhain"),
                           QStringLiteral("year"), QStringLiteral("7"), QStringLiteral("smith"),
                           QStringLiteral("jones")}));
    EXPECT_EQ(TextServices::searchTokens(u8("ZOË")), QStringList{QStringLiteral("zoe")});
    EXPECT_EQ(TextServices::searchTokens(u8("مُحَمَّد علي")), (QStringList{u8("محمد"), u8("علي")}));
    EXPECT_TRUE(TextServices::searchTokens(u8(" ,.;-— ")).isEmpty());
    EXPECT_TRUE(TextServices::searchTokens(QString()).isEmpty());
}

TEST(TextServicesTest, SearchTokensSegmentChinese)
{
    // ICU's dictionary segmentation: the text has no spaces, yet each word becomes its own token.
    const QStringList tokens = TextServices::searchTokens(u8("我们在北京大学学习"));
    EXPECT_GT(tokens.size(), 1);
    EXPECT_TRUE(tokens.contains(u8("北京")));
    EXPECT_EQ(tokens.join(QString()), u8("我们在北京大学学习"));
}

// --- Sorting
// ------------------------------------------------------------------------------------------------

namespace {

qsizetype indexOf(const QStringList& names, const char* name)
{
    const qsizetype index = names.indexOf(u8(name));
    EXPECT_GE(index, 0) << name;
    return index;
}

} // namespace

TEST(TextServicesTest, NamesSortInBritishOrder)
{
    QStringList names;
    for (const char* name :
         {"Okafor", "王伟",   "Nwosu",  "محمد",     "Ó Súilleabháin", "Oakley",  "Łukasz",   "Lydia",
          "Lucy",   "Lukas",  "Luke",   "Dean",     "de la Cruz",     "Delaney", "Zoë",      "Zoe",
          "Zoey",   "Öztürk", "Ozturk", "Oyelaran", "Smith",          "Şükrü",   "Suleiman", "Nguyễn",
          "Nguyen", "Ngata",  "Adams",  "Ahmed",    "van der Berg",   "Vance",   "Müller",   "Murphy",
          "Muller", "Isaac",  "İsmail", "Ismail"}) {
        names.append(u8(name));
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return TextServices::compareNames(a, b) < 0; });

    // Irish names with a fada sort among the Os: after N, and before "Okafor" because a space sorts before
    // any letter.
    EXPECT_LT(indexOf(names, "Nwosu"), indexOf(names, "Ó Súilleabháin"));
    EXPECT_LT(indexOf(names, "Ó Súilleabháin"), indexOf(names, "Oakley"));
    EXPECT_LT(indexOf(names, "Oakley"), indexOf(names, "Okafor"));
    // Ł is an L with a secondary difference in CLDR collation: "Łukasz" sorts with the Luk- names.
    EXPECT_LT(indexOf(names, "Lucy"), indexOf(names, "Lukas"));
    EXPECT_LT(indexOf(names, "Lukas"), indexOf(names, "Łukasz"));
    EXPECT_LT(indexOf(names, "Łukasz"), indexOf(names, "Luke"));
    EXPECT_LT(indexOf(names, "Luke"), indexOf(names, "Lydia"));
    // Particles are sorted as written: "de la Cruz" under D, before "Dean" (space before letters).
    EXPECT_LT(indexOf(names, "Ahmed"), indexOf(names, "de la Cruz"));
    EXPECT_LT(indexOf(names, "de la Cruz"), indexOf(names, "Dean"));
    EXPECT_LT(indexOf(names, "Dean"), indexOf(names, "Delaney"));
    EXPECT_LT(indexOf(names, "van der Berg"), indexOf(names, "Vance"));
    // Accents only break ties: the unaccented form first, then the accented one, then longer names.
    EXPECT_LT(indexOf(names, "Zoe"), indexOf(names, "Zoë"));
    EXPECT_LT(indexOf(names, "Zoë"), indexOf(names, "Zoey"));
    EXPECT_LT(indexOf(names, "Ngata"), indexOf(names, "Nguyen"));
    EXPECT_LT(indexOf(names, "Nguyen"), indexOf(names, "Nguyễn"));
    EXPECT_LT(indexOf(names, "Nguyễn"), indexOf(names, "Nwosu"));
    EXPECT_LT(indexOf(names, "Muller"), indexOf(names, "Müller"));
    EXPECT_LT(indexOf(names, "Müller"), indexOf(names, "Murphy"));
    EXPECT_LT(indexOf(names, "Oyelaran"), indexOf(names, "Ozturk"));
    EXPECT_LT(indexOf(names, "Ozturk"), indexOf(names, "Öztürk"));
    EXPECT_LT(indexOf(names, "Smith"), indexOf(names, "Şükrü"));
    EXPECT_LT(indexOf(names, "Şükrü"), indexOf(names, "Suleiman"));
    EXPECT_LT(indexOf(names, "Isaac"), indexOf(names, "Ismail"));
    EXPECT_LT(indexOf(names, "Ismail"), indexOf(names, "İsmail"));
    // Latin script first, then Arabic, then Han (CLDR root script order).
    EXPECT_LT(indexOf(names, "Zoey"), indexOf(names, "محمد"));
    EXPECT_LT(indexOf(names, "محمد"), indexOf(names, "王伟"));
    EXPECT_EQ(names.first(), QStringLiteral("Adams"));
}

TEST(TextServicesTest, CompareNamesIsATotalOrderRespectingCase)
{
    EXPECT_EQ(TextServices::compareNames(QStringLiteral("Zoe"), QStringLiteral("Zoe")), 0);
    EXPECT_NE(TextServices::compareNames(QStringLiteral("zoe"), QStringLiteral("ZOE")), 0);
    EXPECT_LT(TextServices::compareNames(QStringLiteral("zoe"), QStringLiteral("ZOE")),
              0); // lower case first
    EXPECT_LT(TextServices::compareNames(QStringLiteral("ZOE"), QStringLiteral("zoey")), 0); // letters first
    // Canonically equivalent spellings are equal.
    EXPECT_EQ(TextServices::compareNames(u8("Zoë"), u8("Zoe\xCC\x88")), 0);
}

TEST(TextServicesTest, CollationKeysSortLikeCompareNames)
{
    const QStringList names = {u8("Okafor"), u8("Ó Súilleabháin"), u8("Nwosu"), u8("Łukasz"), u8("Lucy"),
                               u8("Lydia"),  u8("de la Cruz"),     u8("Dean"),  u8("ZOE"),    u8("Zoë"),
                               u8("zoe"),    u8("王伟"),           u8("محمد"),  u8("Adams")};
    for (const QString& a : names) {
        for (const QString& b : names) {
            const int byCompare = TextServices::compareNames(a, b);
            const QByteArray keyA = TextServices::collationKey(a);
            const QByteArray keyB = TextServices::collationKey(b);
            const int byKey = keyA < keyB ? -1 : (keyB < keyA ? 1 : 0);
            EXPECT_EQ(byCompare < 0 ? -1 : (byCompare > 0 ? 1 : 0), byKey)
                << a.toStdString() << " / " << b.toStdString();
        }
    }
    EXPECT_FALSE(TextServices::collationKey(QStringLiteral("a")).isEmpty());
}

// --- Dates
// --------------------------------------------------------------------------------------------------

TEST(TextServicesTest, FormatsDates)
{
    EXPECT_EQ(TextServices::formatDate(QDate(2026, 3, 5)), QStringLiteral("5 March 2026"));
    EXPECT_EQ(TextServices::formatDateShort(QDate(2026, 3, 5)), QStringLiteral("05/03/2026"));
    EXPECT_EQ(TextServices::formatDate(QDate(2025, 12, 29)), QStringLiteral("29 December 2025"));
    EXPECT_EQ(TextServices::formatDate(QDate(1950, 1, 1)), QStringLiteral("1 January 1950"));
    EXPECT_EQ(TextServices::formatDateShort(QDate(2012, 2, 29)), QStringLiteral("29/02/2012"));
    EXPECT_TRUE(TextServices::formatDate(QDate()).isEmpty());
    EXPECT_TRUE(TextServices::formatDateShort(QDate()).isEmpty());
}

TEST(TextServicesTest, FormatsDateTimesInUkTime)
{
    // Winter: UK time is UTC.
    EXPECT_EQ(TextServices::formatDateTime(utc(2026, 3, 5, 14, 3)),
              QStringLiteral("5 March 2026, 14:03 GMT"));
    // Summer: one hour ahead.
    EXPECT_EQ(TextServices::formatDateTime(utc(2026, 7, 5, 14, 3)), QStringLiteral("5 July 2026, 15:03 BST"));
    // Late evening UTC in summer is already the next day in the UK.
    EXPECT_EQ(TextServices::formatDateTime(utc(2026, 7, 5, 23, 30)),
              QStringLiteral("6 July 2026, 00:30 BST"));
    // Around the 2026 change to BST (01:00 UTC on 29 March).
    EXPECT_EQ(TextServices::formatDateTime(utc(2026, 3, 29, 0, 59)),
              QStringLiteral("29 March 2026, 00:59 GMT"));
    EXPECT_EQ(TextServices::formatDateTime(utc(2026, 3, 29, 1, 0)),
              QStringLiteral("29 March 2026, 02:00 BST"));
    EXPECT_TRUE(TextServices::formatDateTime(QDateTime()).isEmpty());
}

TEST(TextServicesTest, FormatDateTimeDoesNotDependOnTheInputsTimeSpec)
{
    const QDateTime moment = utc(2026, 7, 5, 14, 3);
    const QDateTime sameMomentElsewhere = moment.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    EXPECT_EQ(TextServices::formatDateTime(sameMomentElsewhere), TextServices::formatDateTime(moment));
}

// --- Threads
// ------------------------------------------------------------------------------------------------

TEST(TextServicesTest, IsSafeToUseFromSeveralThreads)
{
    // The locale is shared; Boost's ICU facets must not share mutable ICU objects between threads.
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&failures] {
            for (int i = 0; i < 200; ++i) {
                if (TextServices::searchKey(u8("Siobhán Ó Súilleabháin")) !=
                        QStringLiteral("siobhan o suilleabhain") ||
                    TextServices::compareNames(u8("Łukasz"), u8("Luke")) >= 0 ||
                    TextServices::searchTokens(u8("北京大学")).isEmpty() ||
                    TextServices::formatDate(QDate(2026, 3, 5)) != QStringLiteral("5 March 2026")) {
                    ++failures;
                }
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(failures.load(), 0);
}
