#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

// A DSL's decision on a concern (DESIGN.md §2): the outcome, the reasons (always), who was consulted, whether
// the parents were told and if not why not, who decided and when, and the next review date. Like a concern, a
// decision is amended by adding a version; the first stays readable.

struct DecisionOutcome {
    const char* id;    // stored in decision_versions.outcome and typed on the CLI
    const char* label; // what people read
};

// The outcomes a DSL can record, in the order they are offered.
inline constexpr DecisionOutcome decisionOutcomes[] = {
    {"no-further-action", "No further action"},
    {"monitor", "Monitor"},
    {"in-school-support", "In-school support"},
    {"family-help-request", "Family help request"},
    {"referral-to-childrens-social-care", "Referral to children's social care"},
    {"police", "Police"},
    {"prevent-channel", "Prevent / Channel"},
    {"lado", "LADO (allegation about an adult)"},
    {"health", "Health"},
};

bool isDecisionOutcome(const QString& id);
// The label for `id`, or `id` itself for one this Lantern does not know (a record from a newer version).
QString decisionOutcomeLabel(const QString& id);
// Outcomes that put the child's case with another agency: their chronology entries are marked significant.
bool isEscalatingOutcome(const QString& id);

enum class ParentsInformed { Yes, No, NotYet };

QString parentsInformedName(ParentsInformed value);  // "yes", "no", "not-yet"
QString parentsInformedLabel(ParentsInformed value); // "Yes", "No", "Not yet" for people
std::optional<ParentsInformed> parentsInformedFromName(const QString& name);

struct NewDecision {
    QString outcome; // one of decisionOutcomes
    QString reasons; // required: a decision needs its reasons
    QString consulted;
    ParentsInformed parentsInformed = ParentsInformed::NotYet;
    QString parentsNotInformedReason; // required unless parentsInformed is Yes
    std::optional<QDate> reviewDate;  // not in the past
};

// An amendment: only the fields that are set change.
struct DecisionChanges {
    std::optional<QString> outcome;
    std::optional<QString> reasons;
    std::optional<QString> consulted;
    std::optional<ParentsInformed> parentsInformed;
    std::optional<QString> parentsNotInformedReason;
    std::optional<std::optional<QDate>> reviewDate; // set to std::nullopt inside to remove the review date

    bool isEmpty() const
    {
        return !outcome && !reasons && !consulted && !parentsInformed && !parentsNotInformedReason &&
               !reviewDate;
    }
};

// One version of a decision: the original is version 1; each amendment adds one with its reason and author
// (records/VersionedRecord.h).
struct DecisionVersion : NewDecision {
    int version = 0;
    QString decidedBy; // username
    QDateTime decidedAt;
    QDateTime amendedAt;
    QString amendedBy;
    QString amendReason; // empty for version 1
};

struct Decision {
    qint64 id = 0;
    qint64 concernId = 0;
    QDateTime recordedAt;
    QString recordedBy;
    DecisionVersion current;
    QList<DecisionVersion> history; // oldest first (the last is `current`)
};

} // namespace lantern
