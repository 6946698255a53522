#pragma once

#include "calendar/PartialDate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

// One dated event in a child's chronology (DESIGN.md §2), as read back from chronology_entries.
struct ChronologyEntry {
    qint64 id = 0; // also the recording order, which breaks ties between events on the same date
    qint64 pupilId = 0;
    PartialDate when;
    QString type; // a ChronologyTypes id: "bereavement", "concern", "voice", …
    QString summary;
    QString sourceType; // "manual", "concern", "decision", "referral", "meeting", "plan", "voice"
    std::optional<qint64> sourceId;
    QString source; // who or what the information came from
    QString whyItMatters;
    QString effectOnChild;
    // The child's own words, verbatim, for an entry placed by a concern (the child it is about) or a voice
    // entry; empty otherwise.
    QString childWords;
    bool significant = false;
    QDateTime recordedAt;
    QString recordedBy;
    std::optional<qint64> supersededBy; // set once the entry (or its source) was amended
    QString amendReason;                // why it was superseded

    bool isCurrent() const { return !supersededBy.has_value(); }
};

struct ChronologyType {
    QString id;
    QString label;
};

// The kinds of chronology entry. A DSL adds the manual ones by hand; the others are placed by the records
// they come from (concerns, decisions, referrals, meetings, plans, the child's voice).
namespace ChronologyTypes {

// bereavement, house-move, exclusion, missing-episode, family-change, health, police-contact, other
const QList<ChronologyType>& manual();
bool isManual(const QString& id);
// "House move" for "house-move", "Child's voice" for "voice"; the id itself for anything unknown.
QString label(const QString& id);
// "bereavement, house-move, …", for messages that list the choices.
QString manualIdList();

} // namespace ChronologyTypes

} // namespace lantern
