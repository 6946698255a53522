#include "records/RecordSearch.h"

#include "audit/AuditLog.h"
#include "calendar/PartialDate.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/Pupil.h"
#include "records/SearchIndex.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <algorithm>
#include <utility>

namespace lantern {

namespace {

constexpr int maxPupils = 50;

// Scripts written without spaces between words: a query word may sit anywhere inside a run of text, so match
// it as a substring rather than a word prefix.
bool isSpaceless(const QString& token)
{
    if (token.isEmpty())
        return false;
    switch (token.front().script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

// Where in `text` the first word matching a token starts, or -1.
qsizetype firstMatch(const QString& text, const QStringList& tokens)
{
    static const QRegularExpression wordPattern(QStringLiteral("\\S+"));
    QRegularExpressionMatchIterator words = wordPattern.globalMatch(text);
    while (words.hasNext()) {
        const QRegularExpressionMatch word = words.next();
        const QString raw = word.captured();
        const QStringList wordTokens = TextServices::searchTokens(raw);
        for (const QString& token : tokens) {
            if (isSpaceless(token)) {
                const qsizetype inside = raw.indexOf(token);
                if (inside >= 0)
                    return word.capturedStart() + inside;
                if (TextServices::searchKey(raw).contains(token))
                    return word.capturedStart();
                continue;
            }
            for (const QString& wordToken : wordTokens)
                if (wordToken.startsWith(token))
                    return word.capturedStart();
        }
    }
    return -1;
}

QString likeEscaped(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

// The most recent first; then the most recently recorded.
void sortByDate(QList<std::pair<QString, SearchResult>>& found, QList<SearchResult>& into)
{
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.objectId > b.second.objectId;
    });
    for (auto& item : found)
        into.append(std::move(item.second));
}

QString firstMatchingSnippet(const QStringList& texts, const QStringList& tokens)
{
    for (const QString& text : texts)
        if (RecordSearch::matches(text, tokens))
            return RecordSearch::snippet(text, tokens);
    for (const QString& text : texts)
        if (!text.trimmed().isEmpty())
            return RecordSearch::snippet(text, tokens);
    return {};
}

} // namespace

RecordSearch::RecordSearch(Vault& vault)
    : m_vault(vault)
{}

bool RecordSearch::matches(const QString& text, const QStringList& tokens)
{
    return firstMatch(text, tokens) >= 0;
}

QString RecordSearch::snippet(const QString& text, const QStringList& tokens, int width)
{
    const QString flat = text.simplified();
    const qsizetype length = flat.size();
    if (length <= width)
        return flat;
    const qsizetype at = std::max<qsizetype>(0, firstMatch(flat, tokens));
    qsizetype start = std::max<qsizetype>(0, at - width / 3);
    if (start > 0) {
        // Begin at a word boundary when there is one between the cut and the match.
        const qsizetype space = flat.indexOf(QLatin1Char(' '), start);
        if (space >= 0 && space < at)
            start = space + 1;
    }
    qsizetype end = std::min(length, start + width);
    if (end < length) {
        const qsizetype space = flat.lastIndexOf(QLatin1Char(' '), end);
        if (space > at)
            end = space;
    }
    QString result = flat.mid(start, end - start).trimmed();
    if (start > 0)
        result.prepend(QChar(0x2026));
    if (end < length)
        result.append(QChar(0x2026));
    return result;
}

SearchResults RecordSearch::search(const QString& text)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    const QString query = TextServices::normalizeForStorage(text).simplified();
    const QStringList tokens = TextServices::searchTokens(query);
    if (tokens.isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Search: type at least one word, name or UPN."));

    Database& db = m_vault.database();
    Transaction transaction(db);
    SearchResults results;
    results.pupils = findPupils(tokens);

    QList<std::pair<QString, SearchResult>> concerns;
    QList<std::pair<QString, SearchResult>> chronology;
    QList<std::pair<QString, SearchResult>> voice;
    for (const SearchIndex::Hit& hit : SearchIndex(db).search(query)) {
        SearchResult result;
        result.objectType = hit.objectType;
        result.objectId = hit.objectId;
        if (hit.objectType == QLatin1String("concern")) {
            Statement current(db,
                              "SELECT version, occurred_value, occurred_precision, occurred_sort, account, "
                              "child_words, location, immediate_action FROM concern_versions "
                              "WHERE concern_id = :id ORDER BY version DESC LIMIT 1;");
            current.bind(":id", hit.objectId);
            if (!current.step())
                continue;
            result.when = PartialDate::fromStored(current.text(1), current.text(2)).display();
            result.snippet = firstMatchingSnippet(
                {current.text(4), current.text(5), current.text(6), current.text(7)}, tokens);
            Statement children(db,
                               "SELECT pupil_id FROM concern_children WHERE concern_id = :id AND version = "
                               ":version ORDER BY pupil_id;");
            children.bind(":id", hit.objectId).bind(":version", current.integer(0));
            while (children.step())
                result.pupilIds.append(children.integer(0));
            if (result.pupilIds.isEmpty())
                result.pupilIds = hit.pupilIds;
            result.pupilNames = pupilNames(result.pupilIds);
            concerns.append({current.text(3), result});
        } else if (hit.objectType == QLatin1String("chronology")) {
            Statement entry(
                db, "SELECT pupil_id, event_value, event_precision, event_sort, summary, source_detail, "
                    "why_it_matters, effect_on_child FROM chronology_entries "
                    "WHERE id = :id AND superseded_by IS NULL;");
            entry.bind(":id", hit.objectId);
            if (!entry.step())
                continue;
            result.pupilIds = {entry.integer(0)};
            result.pupilNames = pupilNames(result.pupilIds);
            result.when = PartialDate::fromStored(entry.text(1), entry.text(2)).display();
            result.snippet =
                firstMatchingSnippet({entry.text(4), entry.text(5), entry.text(6), entry.text(7)}, tokens);
            chronology.append({entry.text(3), result});
        } else if (hit.objectType == QLatin1String("voice")) {
            Statement current(db,
                              "SELECT e.pupil_id, v.captured_value, v.captured_precision, v.captured_sort, "
                              "v.words, v.wishes_and_feelings, v.adaptations FROM voice_entries e "
                              "JOIN voice_versions v ON v.voice_id = e.id WHERE e.id = :id "
                              "ORDER BY v.version DESC LIMIT 1;");
            current.bind(":id", hit.objectId);
            if (!current.step())
                continue;
            result.pupilIds = {current.integer(0)};
            result.pupilNames = pupilNames(result.pupilIds);
            result.when = PartialDate::fromStored(current.text(1), current.text(2)).display();
            result.snippet =
                firstMatchingSnippet({current.text(4), current.text(5), current.text(6)}, tokens);
            voice.append({current.text(3), result});
        }
    }
    sortByDate(concerns, results.concerns);
    sortByDate(chronology, results.chronology);
    sortByDate(voice, results.voice);

    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("search"), QStringLiteral("records"), QString(),
        QStringLiteral("query \"%1\"; found pupils %2, concerns %3, chronology %4, voice %5")
            .arg(query)
            .arg(results.pupils.size())
            .arg(results.concerns.size())
            .arg(results.chronology.size())
            .arg(results.voice.size()));
    transaction.commit();
    return results;
}

QList<SearchResult> RecordSearch::findPupils(const QStringList& tokens)
{
    // search_key holds TextServices::searchKey of the names and UPN, words separated by spaces. Each query
    // word must begin a word of it ("ngu" finds "Nguyễn"; "smith" finds "Jones-Smith"), or, in a script
    // written without spaces, appear anywhere.
    QByteArray sql = "SELECT id, upn, legal_forename, legal_surname, preferred_forename, preferred_surname, "
                     "date_of_birth FROM pupils WHERE 1";
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QByteArray n = QByteArray::number(i);
        sql += " AND (search_key LIKE :start" + n + " ESCAPE '\\' OR search_key LIKE :word" + n +
               " ESCAPE '\\' OR search_key LIKE :part" + n + " ESCAPE '\\')";
    }
    sql += " ORDER BY sort_key, id LIMIT " + QByteArray::number(maxPupils) + ";";
    Statement select(m_vault.database(), sql.constData());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QByteArray n = QByteArray::number(i);
        const QString token = likeEscaped(tokens.at(i));
        const QByteArray start = ":start" + n;
        const QByteArray word = ":word" + n;
        const QByteArray part = ":part" + n;
        if (isSpaceless(tokens.at(i))) {
            const QString anywhere = QLatin1Char('%') + token + QLatin1Char('%');
            select.bind(start.constData(), anywhere)
                .bind(word.constData(), anywhere)
                .bind(part.constData(), anywhere);
        } else {
            const QString atStart = token + QLatin1Char('%');
            const QString afterSpace = QStringLiteral("% ") + token + QLatin1Char('%');
            const QString afterHyphen = QStringLiteral("%-") + token + QLatin1Char('%');
            select.bind(start.constData(), atStart)
                .bind(word.constData(), afterSpace)
                .bind(part.constData(), afterHyphen);
        }
    }
    QList<SearchResult> found;
    while (select.step()) {
        Pupil pupil;
        pupil.id = select.integer(0);
        pupil.upn = select.text(1);
        pupil.legalForename = select.text(2);
        pupil.legalSurname = select.text(3);
        pupil.preferredForename = select.text(4);
        pupil.preferredSurname = select.text(5);
        pupil.dateOfBirth = QDate::fromString(select.text(6), Qt::ISODate);
        SearchResult result;
        result.objectType = QStringLiteral("pupil");
        result.objectId = pupil.id;
        result.pupilIds = {pupil.id};
        result.pupilNames = pupil.displayName();
        result.when = TextServices::formatDate(pupil.dateOfBirth);
        QStringList about;
        const QString legalShort = pupil.legalForename + QLatin1Char(' ') + pupil.legalSurname;
        if (pupil.displayName() != legalShort)
            about.append(QStringLiteral("legal name ") + pupil.legalName());
        about.append(pupil.upn.isEmpty() ? QStringLiteral("no UPN") : QStringLiteral("UPN ") + pupil.upn);
        about.append(QStringLiteral("born ") + result.when);
        result.snippet = about.join(QStringLiteral(", "));
        found.append(result);
    }
    return found;
}

QString RecordSearch::pupilNames(const QList<qint64>& pupilIds)
{
    QStringList names;
    for (qint64 id : pupilIds) {
        Statement select(m_vault.database(), "SELECT legal_forename, legal_surname, preferred_forename, "
                                             "preferred_surname FROM pupils WHERE id = :id;");
        select.bind(":id", id);
        if (!select.step())
            continue;
        Pupil pupil;
        pupil.legalForename = select.text(0);
        pupil.legalSurname = select.text(1);
        pupil.preferredForename = select.text(2);
        pupil.preferredSurname = select.text(3);
        names.append(pupil.displayName());
    }
    return names.join(QStringLiteral(", "));
}

} // namespace lantern
