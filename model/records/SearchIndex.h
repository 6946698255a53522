#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

class Database;

// The FTS4 index over concerns, chronology and voice. Text goes in as TextServices::searchTokens (case and
// accents folded, Chinese segmented), and queries are built with the same function, so "zoe" finds "Zoë".
// The index holds only folded words and ids; it lives inside the encrypted database like everything else.
class SearchIndex {
public:
    struct Hit {
        QString objectType; // "concern", "chronology", "voice"
        qint64 objectId = 0;
        QList<qint64> pupilIds;
    };

    explicit SearchIndex(Database& db);

    // Replaces whatever was indexed for (objectType, objectId).
    void index(const QString& objectType, qint64 objectId, const QList<qint64>& pupilIds,
               const QStringList& texts);
    void remove(const QString& objectType, qint64 objectId);
    // Every object whose text holds all the words of `query` (each as a prefix: "zo" finds "Zoë").
    QList<Hit> search(const QString& query, int limit = 200) const;

private:
    Database& m_db;
};

} // namespace lantern
