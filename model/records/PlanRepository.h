#pragma once

#include "records/Plan.h"

#include <QDate>
#include <QList>

namespace lantern {

class Vault;

// A child on the DSL's caseload: an open plan, or looked after (CLA) with no open care or pathway plan
// recorded (plan empty), so every child the school knows is looked after is listed.
struct CaseloadEntry {
    qint64 pupilId = 0;
    QString pupilName; // the name the school uses
    bool lookedAfter = false;
    QString responsibleAuthority; // of a looked-after child, when recorded
    std::optional<Plan> plan;
};

// Plans for a child. While a child protection, child in need or family help plan is open, the pupil's
// matching status flag (cp_status, cin_status, family_help) is set, so lists and exports show it without
// reading plans.
class PlanRepository {
public:
    explicit PlanRepository(Vault& vault);

    // Validates (start not in the future, CP category required for and only for CP plans, end not before
    // start), stores the plan, sets the pupil's flag if it is open, and places a chronology entry.
    qint64 add(const Plan& plan);
    // Ends an open plan; clears the pupil's flag when no other open plan of that type remains. A plan ends
    // once.
    void end(qint64 planId, const QDate& endedOn);
    // The pupil's plans, most recent start first; audited "plan.view".
    QList<Plan> plans(qint64 pupilId);
    // The caseload across children: child protection plans first, then looked-after children (care and
    // pathway plans, or the status alone), child in need, family help; by name within each, then by start.
    // Audited "plan.view" with the number of children listed.
    QList<CaseloadEntry> caseload();

private:
    Vault& m_vault;
};

} // namespace lantern
