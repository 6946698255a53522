#pragma once

#include "calendar/PartialDate.h"

#include <QString>
#include <optional>

namespace lantern {

class Database;

// Places entries in a child's chronology. Concerns, decisions, referrals, meetings, plans and voice entries
// call this inside their own transaction so the record and its chronology entry land together; the
// chronology's repository (ChronologyRepository) adds manual entries through the same path.
class ChronologyWriter {
public:
    struct Entry {
        qint64 pupilId = 0;
        PartialDate when;
        QString type; // "concern", "decision", "referral", "meeting", "plan", "voice", or a manual type
        QString summary;
        QString sourceType; // "manual", "concern", "decision", "referral", "meeting", "plan", "voice"
        std::optional<qint64> sourceId;
        QString sourceDetail; // who or what the information came from
        QString whyItMatters;
        QString effectOnChild;
        QString
            childWords; // verbatim (NFC only): the child's words of a concern about them, or of a voice entry
        bool significant = false;
    };

    ChronologyWriter(Database& db, QString actor, QString nowUtc);

    qint64 add(const Entry& entry);
    // The source was amended: its current entries for `pupilId` are superseded by `replacement` (never
    // deleted; the old entry stays readable with the reason).
    qint64 supersede(const QString& sourceType, qint64 sourceId, qint64 pupilId, const Entry& replacement,
                     const QString& reason);
    // All current entries of a source (e.g. a concern naming two children), superseded with `reason` and no
    // replacement: used when a child is removed from an amended concern.
    void retire(const QString& sourceType, qint64 sourceId, qint64 pupilId, const QString& reason);

private:
    Database& m_db;
    QString m_actor;
    QString m_now;
};

} // namespace lantern
