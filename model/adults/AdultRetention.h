#pragma once

#include "adults/Adult.h"

#include <QList>

namespace lantern {

class Vault;

// Retention of the adults register (KCSIE Part 4 Section 2: low-level concern records are kept at least until
// the individual leaves their employment). An adult's records fall due the configured number of months after
// their leaving date. An adult with a LADO consultation whose outcome was an allegation or a police referral
// is never listed: those records follow the retention for allegations (KCSIE Part 4 Section 1), not this one.
class AdultRetention {
public:
    explicit AdultRetention(Vault& vault);

    // The adults the user may see whose records are due for deletion, oldest due first. Audited
    // "adults.retention.view".
    QList<RetentionDue> due();
    // Deletes the adult and every concern, version, review and consultation about them, and appends a
    // tombstone
    // ("adult.retention.delete": what was deleted, the leaving date and the rule) to the audit chain, in one
    // transaction. Throws Error(InvalidInput) when the adult's records are not due (no leaving date, a date
    // in the future, the period not yet over, or an allegation outcome).
    void remove(qint64 adultId);

private:
    Vault& m_vault;
};

} // namespace lantern
