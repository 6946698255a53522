#include "text/TextServices.h"

#include "text/IcuLocale.h"

#include <QTimeZone>
#include <boost/locale/boundary.hpp>
#include <boost/locale/collator.hpp>
#include <boost/locale/conversion.hpp>
#include <boost/locale/date_time.hpp>
#include <boost/locale/format.hpp>
#include <boost/locale/formatting.hpp>
#include <sstream>
#include <string>

namespace lantern {

namespace bl = boost::locale;

namespace {

// Boost.Locale works on narrow strings; with a .UTF-8 locale these are UTF-8, which QString converts to
// and from losslessly (toUtf8 replaces unpaired surrogates, so ICU never sees invalid input).
std::string toUtf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Combining marks that only add accents to a base letter, which searchKey() drops after decomposition.
// An explicit list rather than every Unicode Mn character: in Indic and other scripts, Mn characters such
// as the virama are part of the spelling, and dropping them would make different words match.
bool isAccentMark(char16_t c)
{
    return (c >= 0x0300 && c <= 0x036F)    // Combining Diacritical Marks (Latin, Greek, Cyrillic)
           || (c >= 0x1AB0 && c <= 0x1AFF) // Combining Diacritical Marks Extended
           || (c >= 0x1DC0 && c <= 0x1DFF) // Combining Diacritical Marks Supplement
           || (c >= 0x20D0 && c <= 0x20FF) // Combining Diacritical Marks for Symbols
           || (c >= 0xFE20 && c <= 0xFE2F) // Combining Half Marks
           || (c >= 0x064B && c <= 0x065F) // Arabic harakat: vowel marks, shadda, sukun (usually omitted)
           || c == 0x0670                  // Arabic superscript alef
           || c == 0x0640;                 // Arabic tatweel: only stretches a word for calligraphy
}

// Letters that look accented to an English reader but do not decompose in Unicode, so NFD cannot strip
// them. Lower case only: searchKey() case-folds first.
QString letterReplacement(char16_t c)
{
    switch (c) {
    case 0x0142:
        return QStringLiteral("l"); // ł
    case 0x00F8:
        return QStringLiteral("o"); // ø
    case 0x0111:
        return QStringLiteral("d"); // đ
    case 0x0127:
        return QStringLiteral("h"); // ħ
    case 0x0131:
        return QStringLiteral("i"); // ı (dotless i)
    case 0x00DF:
        return QStringLiteral("ss"); // ß (full case folding already does this; kept for safety)
    case 0x00E6:
        return QStringLiteral("ae"); // æ
    case 0x0153:
        return QStringLiteral("oe"); // œ
    case 0x00FE:
        return QStringLiteral("th"); // þ
    case 0x00F0:
        return QStringLiteral("d"); // ð
    default:
        return {};
    }
}

// A date shown as a calendar day: format noon UTC of that day in UTC, so no time zone can move it.
double noonUtcSeconds(const QDate& date)
{
    return static_cast<double>(QDateTime(date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch());
}

QString formatDay(const QDate& date, std::ios_base& (*style)(std::ios_base&))
{
    if (!date.isValid()) {
        return {};
    }
    std::ostringstream out;
    out.imbue(IcuLocale::enGb());
    out << bl::as::time_zone("UTC") << style << bl::as::date << noonUtcSeconds(date);
    return fromUtf8(out.str());
}

const std::string kUkZone = "Europe/London";

// The UK zone abbreviation in force at a moment. ICU's en_GB data names the zone "United Kingdom Time"
// rather than GMT/BST, and Boost.Locale offers no way to ask for the short name, so we derive it from the
// offset: the UK wall-clock time ICU computes, minus the UTC time.
QString ukZoneAbbreviation(qint64 utcSeconds)
{
    const bl::calendar calendar(IcuLocale::enGb(), kUkZone);
    const bl::date_time local(static_cast<double>(utcSeconds), calendar);
    // Boost numbers months from 0.
    const QDate localDate(local.get(bl::period::extended_year()), local.get(bl::period::month()) + 1,
                          local.get(bl::period::day()));
    const qint64 localSeconds = (localDate.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 +
                                local.get(bl::period::hour()) * 3600 + local.get(bl::period::minute()) * 60 +
                                local.get(bl::period::second());
    const qint64 offset = localSeconds - utcSeconds;
    switch (offset) {
    case 0:
        return QStringLiteral("GMT");
    case 3600:
        return QStringLiteral("BST");
    case 7200:
        return QStringLiteral("BDST"); // British Double Summer Time, 1941-1947
    default: {
        const qint64 minutes = offset < 0 ? -offset / 60 : offset / 60;
        return QStringLiteral("UTC%1%2:%3")
            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    }
}

} // namespace

void TextServices::ensureAvailable()
{
    IcuLocale::enGb();
}

QString TextServices::normalizeForStorage(const QString& text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            // CRLF becomes LF; a lone CR (old Mac line ending) is a line break too, not something to drop.
            cleaned += QLatin1Char('\n');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
        } else if ((c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7F) {
            continue; // NUL, other C0 controls and DEL: invisible, and trouble for SQLite, CSV and PDF
        } else {
            cleaned += QChar(c);
        }
    }
    return fromUtf8(bl::normalize(toUtf8(cleaned), bl::norm_nfc, IcuLocale::enGb()));
}

QString TextServices::searchKey(const QString& text)
{
    const std::locale& locale = IcuLocale::enGb();
    // Decompose, fold case fully (ß -> ss, İ -> i + dot), and decompose again because folding can produce
    // characters that have decompositions; then every accent is a separate combining mark.
    const std::string decomposed = bl::normalize(
        bl::fold_case(bl::normalize(toUtf8(text), bl::norm_nfd, locale), locale), bl::norm_nfd, locale);
    const QString folded = fromUtf8(decomposed);

    QString key;
    key.reserve(folded.size());
    // UTF-16 code units are enough here: every mark and letter handled is in the BMP, and surrogate pairs
    // (for example rare CJK ideographs) pass through untouched.
    for (const QChar ch : folded) {
        const char16_t c = ch.unicode();
        if (isAccentMark(c)) {
            continue;
        }
        const QString replacement = letterReplacement(c);
        if (replacement.isEmpty()) {
            key += ch;
        } else {
            key += replacement;
        }
    }
    // Recompose what remains (Hangul syllables, kana with voicing marks) so the key is ordinary NFC text.
    return fromUtf8(bl::normalize(toUtf8(key), bl::norm_nfc, locale));
}

QStringList TextServices::searchTokens(const QString& text)
{
    const std::string key = toUtf8(searchKey(text));
    bl::boundary::ssegment_index words(bl::boundary::word, key.begin(), key.end(), IcuLocale::enGb());
    // Only segments that are words (letters, numbers, kana, ideographs): spaces and punctuation are dropped.
    words.rule(bl::boundary::word_any);
    QStringList tokens;
    for (const bl::boundary::ssegment& word : words) {
        tokens.append(fromUtf8(word.str()));
    }
    return tokens;
}

int TextServices::compareNames(const QString& a, const QString& b)
{
    const auto& collator = std::use_facet<bl::collator<char>>(IcuLocale::enGb());
    return collator.compare(bl::collator_base::identical, toUtf8(a), toUtf8(b));
}

QByteArray TextServices::collationKey(const QString& text)
{
    const auto& collator = std::use_facet<bl::collator<char>>(IcuLocale::enGb());
    std::string key = collator.transform(bl::collator_base::identical, toUtf8(text));
    // ICU terminates sort keys with a zero byte, which QByteArray does not need.
    if (!key.empty() && key.back() == '\0') {
        key.pop_back();
    }
    return QByteArray(key.data(), static_cast<qsizetype>(key.size()));
}

QString TextServices::formatDate(const QDate& date)
{
    return formatDay(date, bl::as::date_long);
}

QString TextServices::formatDateShort(const QDate& date)
{
    return formatDay(date, bl::as::date_short);
}

QString TextServices::formatDateTime(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const qint64 seconds = utc.toSecsSinceEpoch();
    const double moment = static_cast<double>(seconds);
    std::ostringstream out;
    out.imbue(IcuLocale::enGb());
    out << bl::as::time_zone(kUkZone) << bl::as::date_long << bl::as::date << moment << ", "
        << bl::as::ftime("%H:%M") << moment;
    return fromUtf8(out.str()) + QLatin1Char(' ') + ukZoneAbbreviation(seconds);
}

} // namespace lantern
