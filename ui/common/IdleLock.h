#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace lantern {

class Clock;

// Watches the person's input across the whole application and says when they have been away for the idle
// timeout (DESIGN.md §3: default five minutes), so the main window can lock the vault.
//
// Time comes from the injected Clock, not from the timer: the timer only polls. Tests move a ManualClock and
// call checkNow(); in real use a clock that jumps (the computer slept) locks at the next poll, as it should.
class IdleLock : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::seconds defaultTimeout{5 * 60};

    explicit IdleLock(const Clock& clock, QObject* parent = nullptr);
    ~IdleLock() override;

    // The timeout from the settings ("security/idleLockMinutes"; at least one minute).
    static std::chrono::seconds timeoutFromSettings();

    void setTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    std::chrono::seconds timeout() const { return m_timeout; }

    // Watches only while a vault is open; arming starts the idle period afresh.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }

    void noteActivity();
    // Emits idle() if the timeout has passed since the last input. Called by the poll timer and by tests.
    void checkNow();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    std::chrono::seconds m_timeout = defaultTimeout;
    QDateTime m_lastActivity;
    QTimer m_poll;
    bool m_armed = false;
};

} // namespace lantern
