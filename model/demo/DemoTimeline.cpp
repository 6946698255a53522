#include "demo/DemoTimeline.h"

#include "calendar/UkTime.h"
#include "core/Clock.h"

#include <algorithm>

namespace lantern::demo {

int Dice::weighted(const QList<int>& weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    int roll = between(1, total);
    for (int i = 0; i < weights.size(); ++i) {
        roll -= weights.at(i);
        if (roll <= 0)
            return i;
    }
    return static_cast<int>(weights.size()) - 1;
}

namespace SchoolCalendar {

namespace {

bool within(const QDate& date, int fromMonth, int fromDay, int toMonth, int toDay)
{
    const int key = date.month() * 100 + date.day();
    return key >= fromMonth * 100 + fromDay && key <= toMonth * 100 + toDay;
}

} // namespace

bool isSchoolDay(const QDate& date)
{
    if (date.dayOfWeek() > 5)
        return false;
    // Summer, Christmas, Easter (near enough) and the three half terms.
    return !(within(date, 7, 23, 9, 2) || within(date, 12, 20, 12, 31) || within(date, 1, 1, 1, 3) ||
             within(date, 4, 1, 4, 12) || within(date, 10, 24, 10, 31) || within(date, 2, 14, 2, 21) ||
             within(date, 5, 26, 5, 31));
}

QDate onOrAfter(QDate date)
{
    while (!isSchoolDay(date))
        date = date.addDays(1);
    return date;
}

QDate onOrBefore(QDate date)
{
    while (!isSchoolDay(date))
        date = date.addDays(-1);
    return date;
}

QDate addSchoolDays(QDate date, int days)
{
    const int step = days < 0 ? -1 : 1;
    for (int left = days < 0 ? -days : days; left > 0;) {
        date = date.addDays(step);
        if (isSchoolDay(date))
            --left;
    }
    return date;
}

QDate academicYearStart(const QDate& date)
{
    return QDate(date.month() >= 9 ? date.year() : date.year() - 1, 9, 1);
}

QDateTime uk(const QDate& date, int hour, int minute)
{
    return fromUkLocal(date, QTime(hour, minute));
}

} // namespace SchoolCalendar

void Timeline::at(const QDateTime& utc, std::function<void()> run)
{
    m_events.append(Event{utc.toUTC(), static_cast<int>(m_events.size()), std::move(run)});
}

int Timeline::run(ManualClock& clock, const QDateTime& cutoff, const Progress& progress)
{
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });
    int ran = 0;
    int due = 0;
    for (const Event& event : m_events)
        due += event.at <= cutoff ? 1 : 0;
    for (const Event& event : m_events) {
        if (event.at > cutoff)
            break;
        clock.set(event.at);
        event.run();
        ++ran;
        if (progress && ran % 50 == 0)
            progress(ran, due);
    }
    if (progress)
        progress(ran, ran);
    m_events.clear();
    return ran;
}

} // namespace lantern::demo
