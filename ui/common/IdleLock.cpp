#include "common/IdleLock.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace lantern {

IdleLock::IdleLock(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_poll.setInterval(std::chrono::seconds(1));
    connect(&m_poll, &QTimer::timeout, this, &IdleLock::checkNow);
    // Every widget's input passes the application's filter, dialogs included.
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

std::chrono::seconds IdleLock::timeoutFromSettings()
{
    const int minutes = QSettings().value(QStringLiteral("security/idleLockMinutes"), 5).toInt();
    return std::chrono::seconds(60 * std::max(1, minutes));
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    if (armed) {
        noteActivity();
        m_poll.start();
    } else {
        m_poll.stop();
    }
}

void IdleLock::noteActivity()
{
    m_lastActivity = m_clock.nowUtc();
}

void IdleLock::checkNow()
{
    if (!m_armed)
        return;
    if (m_lastActivity.secsTo(m_clock.nowUtc()) >= m_timeout.count()) {
        setArmed(false); // once; the owner re-arms after the next unlock
        Q_EMIT idle();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_armed) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            noteActivity();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lantern
