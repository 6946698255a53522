#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace lantern {

class Clock;
class Database;
class Vault;

// Small helpers shared by the records repositories (concerns, decisions, voice, chronology, agencies, plans,
// meetings, referrals, attachments).
namespace casework {

// Throws Error(NotFound) when there is no pupil with this id.
void requirePupil(Database& db, qint64 pupilId);
// Throws Error(NotFound) when there is no concern with this id.
void requireConcern(Database& db, qint64 concernId);
// Throws Error(NotFound) when there is no agency with this id.
void requireAgency(Database& db, qint64 agencyId);

// Today's date in England, which is what "today" means to a school, whatever the machine's zone.
QDate ukToday(const Clock& clock);
// A UTC moment as UK wall-clock time, and back.
QDateTime toUkLocal(const QDateTime& utc);
QDateTime fromUkLocal(const QDate& date, const QTime& time);
// Parses "yyyy-MM-ddTHH:mm[:ss[.zzz]]Z" as UTC, or "yyyy-MM-dd HH:mm" / "yyyy-MM-ddTHH:mm" as UK local time.
// Throws Error(InvalidInput) naming `field`.
QDateTime parseDateTime(const QString& text, const QString& field);
// Parses "yyyy-MM-dd"; throws Error(InvalidInput) naming `field`.
QDate parseDate(const QString& text, const QString& field);

QString isoDate(const QDate& date); // "yyyy-MM-dd"
std::optional<QString> isoDate(const std::optional<QDate>& date);
std::optional<QDate> optionalDate(const std::optional<QString>& stored);

// Stored text without the whitespace people leave around a typed field.
QString tidy(const QString& text);
// The first words of `text`, cut at a word, for a chronology line.
QString excerpt(const QString& text, int length = 100);
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
