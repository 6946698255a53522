#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <functional>

namespace lantern {
class ManualClock;
}

namespace lantern::demo {

// The generator's only source of chance: one seeded generator drawn from in a fixed order, so the same seed
// gives the same school.
class Dice {
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    {}

    // A whole number from `low` to `high`, both included.
    int between(int low, int high)
    {
        return low + static_cast<int>(m_random.bounded(static_cast<quint32>(high - low + 1)));
    }
    // True `percent` times in a hundred.
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T> T pick(const QList<T>& items)
    {
        return items.at(between(0, static_cast<int>(items.size()) - 1));
    }
    // An index into `weights`, each chosen in proportion to its weight.
    int weighted(const QList<int>& weights);

private:
    QRandomGenerator m_random;
};

// School days in England, roughly: weekdays outside the usual holidays. The demo does not need the exact
// term dates of any real authority, only a believable rhythm (nothing recorded on Christmas Day or in
// August).
namespace SchoolCalendar {

bool isSchoolDay(const QDate& date);
QDate onOrAfter(QDate date);
QDate onOrBefore(QDate date);
// `days` school days after `date` (negative: before).
QDate addSchoolDays(QDate date, int days);
// The first day of the academic year (1 September) that `date` falls in.
QDate academicYearStart(const QDate& date);
// A UK wall-clock moment as UTC, the form the vault clock keeps.
QDateTime uk(const QDate& date, int hour, int minute);

} // namespace SchoolCalendar

// Everything the generator writes, as events in time order. Each record is made with the vault's clock set to
// the moment it was recorded, so recorded-at times, audit times and "today" in every validation agree with
// the story: a concern is recorded minutes after it happened, a decision follows it, a plan follows the
// referral. Events are run in time order (ties in the order they were scheduled); an event later than the
// cut-off has not happened yet and is dropped, and since anything that depends on a record is scheduled after
// it, what depends on a dropped event is dropped with it.
class Timeline {
public:
    using Progress = std::function<void(int done, int total)>;

    void at(const QDateTime& utc, std::function<void()> run);
    int size() const { return static_cast<int>(m_events.size()); }
    // Runs every event up to `cutoff` with the clock set to its time; returns how many ran.
    int run(ManualClock& clock, const QDateTime& cutoff, const Progress& progress);

private:
    struct Event {
        QDateTime at;
        int order = 0;
        std::function<void()> run;
    };
    QList<Event> m_events;
};

} // namespace lantern::demo
