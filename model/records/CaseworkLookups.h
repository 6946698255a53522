#pragma once

#include <QString>

namespace lantern {

class Database;
class Vault;

// Lookups shared by the records repositories (concerns, decisions, voice, chronology, agencies, plans,
// meetings, referrals, attachments).
namespace casework {

// Throws Error(NotFound) when there is no pupil with this id.
void requirePupil(Database& db, qint64 pupilId);
// Throws Error(NotFound) when there is no concern with this id.
void requireConcern(Database& db, qint64 concernId);
// Throws Error(NotFound) when there is no agency with this id.
void requireAgency(Database& db, qint64 agencyId);

// The name the school uses for the pupil (preferred, else legal: Pupil::displayName), read without auditing a
// view, for lists across children whose query audits itself; empty when there is no such pupil.
QString pupilDisplayName(Database& db, qint64 pupilId);
// "Display Name (username)" for a chronology line, or the bare username of a user since removed.
QString displayNameOf(Vault& vault, const QString& username);
// "pupil 3, pupil 7": every child a concern names or has named in any version, for the details of the audit
// entries about it, so that AuditViewer's pupil filter finds them from the entry alone.
QString pupilsOfConcern(Database& db, qint64 concernId);
// One audit entry in its own transaction: reads change nothing else, but the view must be on record.
void auditView(Vault& vault, const QString& action, const QString& objectType, const QString& objectId,
               const QString& details = {});

} // namespace casework

} // namespace lantern
