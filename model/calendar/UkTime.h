#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace lantern {

class Clock;

// A school's calendar is England's: "today", a time typed into a form and a time printed on a chronology are
// UK wall-clock time, whatever zone the machine is set to. Stored moments are UTC.

// Today's date in England.
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

} // namespace lantern
