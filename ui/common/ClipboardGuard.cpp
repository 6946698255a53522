#include "common/ClipboardGuard.h"

#include "core/Clock.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace lantern {

namespace {

QByteArray hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard::ClipboardGuard(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_poll.setInterval(std::chrono::seconds(1));
    connect(&m_poll, &QTimer::timeout, this, &ClipboardGuard::checkNow);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

void ClipboardGuard::copy(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // KDE's Klipper and other managers that honour it keep no history of this entry.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#ifdef Q_OS_WIN
    // Windows: not in clipboard history, not synced to the cloud clipboard, not seen by monitors.
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0'));
#endif
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_hash = hashOf(text);
    m_copiedAt = m_clock.nowUtc();
    m_poll.start();
}

bool ClipboardGuard::clipboardIsOurs() const
{
    return isPending() && hashOf(QGuiApplication::clipboard()->text(QClipboard::Clipboard)) == m_hash;
}

void ClipboardGuard::checkNow()
{
    if (!isPending() || m_copiedAt.secsTo(m_clock.nowUtc()) < clearAfter.count())
        return;
    clearNow();
}

void ClipboardGuard::clearNow()
{
    if (!isPending())
        return;
    const bool ours = QGuiApplication::instance() && clipboardIsOurs();
    m_hash.clear();
    m_poll.stop();
    if (ours) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
}

} // namespace lantern
