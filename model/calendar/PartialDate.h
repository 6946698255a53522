#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace lantern {

// When something happened, to the precision the recorder knew it: "March 2026", "5 March 2026",
// "5 March 2026 at 14:03". Stored as three columns: the value as typed in ISO form, the precision, and a sort
// key (the first moment the value can mean) so a backdated or approximate event falls into its place.
class PartialDate {
public:
    enum class Precision { Year, Month, Day, Minute };

    PartialDate() = default;
    static PartialDate year(int year);
    static PartialDate month(int year, int month);
    static PartialDate day(const QDate& date);
    static PartialDate minute(const QDateTime& localDateTime); // UK local time, as people say it

    // Parses "2026", "2026-03", "2026-03-05", "2026-03-05T14:03" or "2026-03-05 14:03". Throws
    // Error(InvalidInput) naming `field` for anything else, or an impossible date ("2026-02-30").
    static PartialDate parse(const QString& text, const QString& field);
    // Rebuilds from the stored value and precision columns.
    static PartialDate fromStored(const QString& value, const QString& precision);

    bool isValid() const { return m_date.isValid(); }
    Precision precision() const { return m_precision; }
    QDate firstDay() const { return m_date; }
    QDate lastDay() const;

    QString value() const;         // "2026-03", "2026-03-05T14:03"
    QString precisionName() const; // "year", "month", "day", "minute"
    QString sortKey() const;       // "2026-03-01T00:00"
    QString display() const;       // en_GB: "March 2026", "5 March 2026", "5 March 2026, 14:03"

    // True if the earliest moment it can mean is after `today` (so it cannot have happened yet).
    bool isAfter(const QDate& today) const { return m_date > today; }
    // True if it cannot have happened by `ukNow`, a UK wall-clock time: a day after today, or a time today
    // that has not come yet (14:30 typed at 14:05 is as much in the future as tomorrow).
    bool isLaterThan(const QDateTime& ukNow) const;

    friend bool operator==(const PartialDate& a, const PartialDate& b)
    {
        return a.m_precision == b.m_precision && a.m_date == b.m_date && a.m_time == b.m_time;
    }

private:
    QDate m_date; // the first day it can mean
    QTime m_time; // only for Precision::Minute
    Precision m_precision = Precision::Day;
};

// UTC timestamps as stored in the records: "2026-11-25T09:30:00.000Z".
QString isoUtc(const QDateTime& time);
QDateTime fromIsoUtc(const QString& text);

} // namespace lantern
