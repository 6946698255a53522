#pragma once

#include "records/Meeting.h"

#include <QList>

namespace lantern {

class Vault;

class MeetingRepository {
public:
    explicit MeetingRepository(Vault& vault);

    // Stores a meeting and places a chronology entry (significant for strategy discussions and conferences).
    // A meeting dated after today is scheduled: recording its outcome is refused.
    qint64 add(const Meeting& meeting);
    // The pupil's meetings, most recent first; audited "meeting.view".
    QList<Meeting> meetings(qint64 pupilId);
    // Every child's meetings on or after today (the next reviews and conferences), soonest first; audited
    // "meeting.view" with the number listed.
    QList<Meeting> upcoming();

private:
    Vault& m_vault;
};

} // namespace lantern
