#pragma once

#include "records/Decision.h"
#include "records/VersionedRecord.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace lantern {

class Vault;

// The identifiers of a decision's fields, carried by the errors about them (Error::field()).
namespace DecisionField {
inline constexpr QLatin1String outcome{"decision.outcome"};
inline constexpr QLatin1String reasons{"decision.reasons"};
inline constexpr QLatin1String parentsInformed{"decision.parentsInformed"};
inline constexpr QLatin1String reviewDate{"decision.reviewDate"};
inline constexpr QLatin1String amendReason = AmendmentField::reason; // records/VersionedRecord.h
} // namespace DecisionField

// Decisions on concerns, by the DSL team (Permission::WritePupilRecords to add or amend, ReadPupilRecords to
// read). Each operation writes its rows, audit entry and chronology entries in one transaction.
//
// Chronology: a decision puts one entry in the chronology of each child named in the concern's current
// version, dated when it was decided; it is significant when the outcome sends the case to another agency
// (referral to children's social care, police, LADO — isEscalatingOutcome). Amending supersedes those
// entries.
class DecisionRepository {
public:
    explicit DecisionRepository(Vault& vault);

    // Records a decision by the vault's user, now. A concern that is still "new" becomes "triaged".
    qint64 add(qint64 concernId, const NewDecision& decision);
    // Adds a version; `reason` is required. If the outcome changes, the amender becomes the one who decided.
    void amend(qint64 decisionId, const DecisionChanges& changes, const QString& reason);
    // A concern's decisions, oldest first, each with every version; audited "decision.view".
    QList<Decision> list(qint64 concernId);
    // One decision with its versions; audited "decision.view".
    Decision get(qint64 decisionId);

private:
    Vault& m_vault;
};

} // namespace lantern
