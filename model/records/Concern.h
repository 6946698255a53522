#pragma once

#include "calendar/PartialDate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace lantern {

// A concern about one or more children, as recorded by any adult in school (DESIGN.md §2). Its content is
// kept in versions: an amendment adds a version with its reason and author, and the first version stays
// readable.

// What part a child plays in a concern. One concern can name the child it is about, a child who is said to
// have harmed them and children who saw it.
enum class ChildRole { Subject, AllegedHarmer, Witness };

QString childRoleName(ChildRole role); // "subject", "alleged-harmer", "witness"
std::optional<ChildRole> childRoleFromName(const QString& name);
QString childRoleLabel(ChildRole role); // "subject", "alleged harmer", "witness" for people
// The child's part as a sentence for a reader outside school (a referral's concerns): "This child is the one
// the concern is about", "This child is said to have harmed another child", "This child saw or heard it".
QString childRolePhrase(ChildRole role);

struct ConcernChild {
    qint64 pupilId = 0;
    ChildRole role = ChildRole::Subject;
    // Filled in when a concern is read, for display; ignored when recording.
    QString displayName;
    QString upn;
    // Every name the child is known by (legal and preferred forenames, middle names, surnames) and their year
    // group as on the roll: what a referral pack for another child must find and replace (PackMinimiser).
    QStringList namesKnownBy = {};
    QString yearGroup = {};
};

// A mark on the body map: which side of the outline, where (0..1 across and down the outline) and what was
// seen.
struct BodyMapMark {
    enum class Side { Front, Back };
    Side side = Side::Front;
    double x = 0;
    double y = 0;
    QString note;
};

QString bodyMapSideName(BodyMapMark::Side side); // "front", "back"
std::optional<BodyMapMark::Side> bodyMapSideFromName(const QString& name);

// Where a concern is in the DSL team's work. new → triaged happens when the first decision is recorded.
enum class ConcernStatus { New, Triaged, Open, Closed };

QString concernStatusName(ConcernStatus status); // "new", "triaged", "open", "closed"
// For people: "New, not yet looked at by the DSL team", "Triaged", "Open: being worked on", "Closed".
QString concernStatusLabel(ConcernStatus status);
std::optional<ConcernStatus> concernStatusFromName(const QString& name);

// What a concern says: the one content type the concern form, the staff submitter, the inbox importer and
// the repository pass between them, and the content of each version. `Child` is how its children are
// named: ConcernChild (a pupil on the roll) in the vault; SubmittedChild (model/submit/Submission.h: by name
// and year group) on a staff member's computer, which has no pupil ids. Who recorded it and when come from
// the vault's user and clock.
template <typename Child> struct ConcernContentOf {
    PartialDate occurred; // when it happened, to the precision known; may be approximate
    QString location;
    QList<Child> children;   // at least one, at least one subject
    QStringList categoryIds; // reference/HarmCategories ids, at least one
    QString account;         // what was seen and heard, as facts (required)
    QString childWords;      // the child's exact words, kept verbatim
    QList<BodyMapMark> bodyMap;
    QString immediateAction;

    // The same content with its children named another way (the importer matching submitted children to
    // pupils, the staff machine standing numbers in for them).
    template <typename Other> ConcernContentOf<Other> withChildren(QList<Other> others) const
    {
        return {occurred, location,   std::move(others), categoryIds,
                account,  childWords, bodyMap,           immediateAction};
    }
};

using ConcernContent = ConcernContentOf<ConcernChild>;
// What the person recording gives.
using NewConcern = ConcernContent;

// An amendment: only the fields that are set change; everything else is carried over from the current
// version.
struct ConcernChanges {
    std::optional<PartialDate> occurred;
    std::optional<QString> location;
    std::optional<QList<ConcernChild>> children;
    std::optional<QStringList> categoryIds;
    std::optional<QString> account;
    std::optional<QString> childWords;
    std::optional<QList<BodyMapMark>> bodyMap;
    std::optional<QString> immediateAction;

    bool isEmpty() const
    {
        return !occurred && !location && !children && !categoryIds && !account && !childWords && !bodyMap &&
               !immediateAction;
    }
};

// One version of a concern's content: the original is version 1; each amendment adds one with its reason
// and author (records/VersionedRecord.h).
struct ConcernVersion : ConcernContent {
    int version = 0;
    QDateTime amendedAt; // for version 1, when it was recorded
    QString amendedBy;   // username
    QString amendReason; // empty for version 1
};

struct ConcernStatusChange {
    ConcernStatus status = ConcernStatus::New;
    QDateTime changedAt;
    QString changedBy;
    QString note;
};

struct Concern {
    qint64 id = 0;
    QDateTime recordedAt;
    QString recordedBy;
    QString source; // "direct" or "staff-submission"
    ConcernStatus status = ConcernStatus::New;
    ConcernVersion current;
    QList<ConcernVersion> history;            // every version, oldest first (the last is `current`)
    QList<ConcernStatusChange> statusHistory; // oldest first
    QList<qint64> decisionIds;                // oldest first
};

// One line of a list (inbox, a pupil's concerns): enough to choose which to open.
struct ConcernSummary {
    qint64 id = 0;
    QDateTime recordedAt;
    QString recordedBy;
    PartialDate occurred;
    ConcernStatus status = ConcernStatus::New;
    QStringList categoryIds;
    QList<ConcernChild> children;
    int versions = 1;
};

// What a member of staff sees of a concern they recorded: that it arrived and where it is, never its content.
struct ConcernReceipt {
    qint64 id = 0;
    QDateTime recordedAt;
    ConcernStatus status = ConcernStatus::New;
};

} // namespace lantern
