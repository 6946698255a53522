#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

enum class MeetingType {
    StrategyDiscussion,
    InitialCpConference,
    ReviewCpConference,
    CoreGroup,
    FamilyGroupDecisionMaking,
    TeamAroundTheFamily,
    Other,
};

QString meetingTypeName(MeetingType type);  // "initial-cp-conference", as stored and typed on the CLI
QString meetingTypeLabel(MeetingType type); // "Initial child protection conference"
std::optional<MeetingType> meetingTypeFromName(const QString& name);
QList<MeetingType> allMeetingTypes();
// Strategy discussions and child protection conferences are always significant in a chronology.
bool isStatutoryMeeting(MeetingType type);

// A multi-agency meeting about a child, held or scheduled. A scheduled one (held on a later day than today)
// has no outcome yet.
struct Meeting {
    qint64 id = 0;
    qint64 pupilId = 0;
    MeetingType type = MeetingType::Other;
    QDate heldOn;
    QString outcome;
    QString schoolContribution;
    QString attendedBy;
    QString recordedAt; // UTC ISO
    QString recordedBy;
};

} // namespace lantern
