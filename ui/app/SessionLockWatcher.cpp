#include "app/SessionLockWatcher.h"

#ifdef LANTERN_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace lantern {

SessionLockWatcher::SessionLockWatcher(QObject* parent)
    : QObject(parent)
{
#ifdef LANTERN_HAVE_DBUS
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected())
        m_listening |= session.connect(
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
            SLOT(onScreenSaverActiveChanged(bool)));
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        const QString login1 = QStringLiteral("org.freedesktop.login1");
        m_listening |= system.connect(login1, QStringLiteral("/org/freedesktop/login1/session/auto"),
                                      QStringLiteral("org.freedesktop.login1.Session"),
                                      QStringLiteral("Lock"), this, SLOT(onSessionLock()));
        m_listening |= system.connect(login1, QStringLiteral("/org/freedesktop/login1"),
                                      QStringLiteral("org.freedesktop.login1.Manager"),
                                      QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
    }
#endif
}

void SessionLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT sessionLocked();
}

void SessionLockWatcher::onSessionLock()
{
    Q_EMIT sessionLocked();
}

void SessionLockWatcher::onPrepareForSleep(bool starting)
{
    if (starting)
        Q_EMIT sessionLocked();
}

} // namespace lantern
