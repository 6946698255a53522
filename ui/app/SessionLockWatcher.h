#pragma once

#include <QObject>

namespace lantern {

// Says when the desktop session locks or the computer is about to sleep, so the vault locks with it
// (DESIGN.md §3). Listens on D-Bus where Lantern was built with QtDBus and a bus is there:
//   - org.freedesktop.ScreenSaver ActiveChanged(true) on the session bus (KDE, and GNOME's compatibility
//   name);
//   - org.freedesktop.login1.Session Lock on the system bus, for this process's own session ("auto");
//   - org.freedesktop.login1.Manager PrepareForSleep(true) on the system bus.
// Without D-Bus it stays silent: the idle lock still applies, and a clock that jumped over a sleep locks at
// the next poll.
class SessionLockWatcher : public QObject {
    Q_OBJECT
public:
    explicit SessionLockWatcher(QObject* parent = nullptr);

    // True if at least one of the signals above could be subscribed to.
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void sessionLocked();

    // String-based slots: QDBusConnection::connect() names its receiver by signature.
private Q_SLOTS:
    void onScreenSaverActiveChanged(bool active);
    void onSessionLock();
    void onPrepareForSleep(bool starting);

private:
    bool m_listening = false;
};

} // namespace lantern
