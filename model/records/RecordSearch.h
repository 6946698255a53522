#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

class Vault;

// One thing a search found.
struct SearchResult {
    QString objectType;  // "pupil", "concern", "chronology", "voice"
    qint64 objectId = 0; // the pupil's id for a pupil
    QList<qint64> pupilIds;
    QString pupilNames; // display names ("Zoë Nguyễn"), comma-separated when a concern names several children
    QString when;       // the event's date as people say it; a pupil's date of birth
    QString snippet;    // a short piece of the current text around the first word that matched
};

struct SearchResults {
    QList<SearchResult> pupils;
    QList<SearchResult> concerns;
    QList<SearchResult> chronology;
    QList<SearchResult> voice;

    qsizetype total() const { return pupils.size() + concerns.size() + chronology.size() + voice.size(); }
    bool isEmpty() const { return total() == 0; }
};

// Finds pupils by name, preferred name or UPN, and concerns, chronology entries and child's-voice entries by
// their words, ignoring case and accents ("zoe" finds "Zoë", "lodz" finds "Łódź", "nguyen" finds "Nguyễn").
// Only current text is searched and shown: amended-away versions are not.
//
// Audited "search" with the query itself and the number of hits. The query often is a child's name, which the
// audit log may hold (it is inside the encrypted vault and readable only by the DSL team); who looked for
// which child is exactly what the log is for.
class RecordSearch {
public:
    explicit RecordSearch(Vault& vault);

    SearchResults search(const QString& text);

    // The part of `text` around the first word matching one of `tokens` (TextServices::searchTokens of the
    // query), about `width` characters on one line with "…" where cut; the start of the text if none matches.
    static QString snippet(const QString& text, const QStringList& tokens, int width = 120);
    // Whether any word of `text` matches one of `tokens`.
    static bool matches(const QString& text, const QStringList& tokens);

private:
    QList<SearchResult> findPupils(const QStringList& tokens);
    QString pupilNames(const QList<qint64>& pupilIds);

    Vault& m_vault;
};

} // namespace lantern
