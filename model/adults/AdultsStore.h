#pragma once

#include "adults/Adult.h"
#include "records/VersionedRecord.h"

#include <QString>

namespace lantern {

class Database;
class Vault;

// SQL shared by the adults register's repositories. Callers check permissions and hold any transaction.
namespace adults {

// SQL that is 1 when the adult row aliased `a` is the headteacher's: flagged so, or linked to a Lantern user
// whose role is head. Visibility follows from it (AdultsAccess.h).
extern const char* const kIsHeadteacherSql;

struct AdultHead {
    qint64 id = 0;
    bool isHeadteacher = false;
    QString linkedUsername;
    QDateTime addedAt;
    QString addedBy;
};

// The adult if it exists and the vault's user may see it; otherwise Error(NotFound), whether it is missing or
// hidden, so a hidden entry is not given away.
AdultHead requireVisibleAdult(Vault& vault, qint64 adultId);
// The adult a concern is about, checked as above; Error(NotFound) for a missing or hidden concern.
qint64 requireVisibleConcern(Vault& vault, qint64 concernId);

// An adult's details (adult_versions) and a low-level concern's content (adult_concern_versions), versioned
// by the one mechanism (records/VersionedRecord.h).
VersionedRecord<AdultDetailsVersion> detailsVersions(Database& db);
VersionedRecord<AdultConcernVersion> concernVersions(Database& db);

// An adult's details, oldest first; Error(Damaged) when it has none.
QList<AdultDetailsVersion> readDetails(Database& db, qint64 adultId);
// Version 1 of a new adult's details.
void insertFirstDetails(Database& db, qint64 adultId, const AdultDetails& details, const QString& at,
                        const QString& by);
// Normalised details; throws Error(InvalidInput) naming the field.
AdultDetails checkedDetails(const AdultDetails& details);

// A concern's versions, oldest first; Error(Damaged) when it has none.
QList<AdultConcernVersion> readConcernVersions(Database& db, qint64 concernId);

// One line of the register for an adult already checked visible: latest details, counts, pattern prompt.
AdultSummary readSummary(Database& db, const AdultHead& head, const AdultsRegisterSettings& settings);

// The register's settings (defaults when none were saved).
AdultsRegisterSettings readSettings(Database& db);

QString nowIso(const Vault& vault);

} // namespace adults

} // namespace lantern
