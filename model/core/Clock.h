#pragma once

#include <QDateTime>

namespace lantern {

// The system clock behind an interface, so that recorded-at times, idle lock and deadlines can be tested.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock& instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

// A clock that only moves when told to; for tests and for the deterministic demo generator.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace lantern
