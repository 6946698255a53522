#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lantern {

// Unicode handling for everything Lantern stores, searches, sorts and prints, in one place so that the same
// rules apply everywhere. Built on Boost.Locale with its ICU backend (see IcuLocale) and the en_GB locale:
// Lantern is for English schools, whose pupils' names come from every culture.
//
// All functions are thread-safe. The first call creates the ICU locale and throws lantern::Error(Internal)
// if ICU is unavailable; call ensureAvailable() at start-up to find that out early.
class TextServices final {
public:
    TextServices() = delete;

    // Creates the ICU locale now (it is otherwise created on first use). Throws Error(Internal) if
    // unavailable.
    static void ensureAvailable();

    // --- Storage
    // --------------------------------------------------------------------------------------------

    // The form in which all text is stored: Unicode NFC, so that "Zoë" typed on macOS (decomposed) and on
    // Windows (composed) is the same string in the database, in exports and in the audit hash chain.
    // Also removes NUL and the other C0 control characters except tab and newline (they break SQLite
    // bindings, CSV and PDF output and hide text from readers), and turns CRLF and lone CR into LF.
    static QString normalizeForStorage(const QString& text);

    // --- Search
    // ---------------------------------------------------------------------------------------------

    // A key for matching that ignores case and accents: "Zoë", "ZOE" and "zoe" all give "zoe"; "Łódź" gives
    // "lodz", "Nguyễn" gives "nguyen", Arabic with harakat gives the bare consonantal skeleton.
    //
    // Why a key and not the text: records.db indexes names and notes with FTS4, whose tokeniser only
    // lower-cases ASCII and knows nothing about accents. So we index this key instead of the text, and build
    // the query's terms with the very same function, which makes both sides agree whatever the user typed.
    // Scripts without case or accents (Chinese, for example) pass through unchanged apart from NFC.
    static QString searchKey(const QString& text);

    // The words of searchKey(text), by ICU word boundaries, without spaces and punctuation; for building FTS4
    // queries (and the indexed text). ICU's dictionary segmentation splits Chinese and Japanese, which have
    // no spaces, into words, so index searchTokens(text).join(' ') rather than the bare key if such text
    // must be found by a single word.
    static QStringList searchTokens(const QString& text);

    // --- Sorting
    // --------------------------------------------------------------------------------------------

    // Compares two names as a British reader expects (ICU en_GB collation): accents and case only break
    // ties, so "Ó Súilleabháin" sorts among the Os and "Łukasz" next to "Lukas"; spaces and punctuation
    // sort before letters, so "de la Cruz" comes before "Dean". Case and accents break remaining ties
    // (ICU's identical level), so only canonically equivalent strings compare equal. Returns <0, 0 or >0.
    static int compareNames(const QString& a, const QString& b);

    // A binary sort key with the same order as compareNames() under QByteArray's operator<, for item models
    // that sort many rows (computing keys once is much cheaper than collating on every comparison).
    static QByteArray collationKey(const QString& text);

    // --- Dates for people and documents
    // ---------------------------------------------------------------------

    // "5 March 2026". Empty for an invalid date.
    static QString formatDate(const QDate& date);

    // "05/03/2026". Empty for an invalid date.
    static QString formatDateShort(const QDate& date);

    // A moment in UK local time (Europe/London) with its zone: "5 March 2026, 14:03 GMT" in winter and
    // "5 July 2026, 15:03 BST" in summer, whatever the computer's own time zone. The date is the UK date,
    // which is a day later than the UTC date between midnight and 1am BST. Empty for an invalid date-time.
    static QString formatDateTime(const QDateTime& utc);
};

} // namespace lantern
