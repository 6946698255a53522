#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace lantern {

class Clock;

// Copies identifiers (a UPN, an NHS number) to the clipboard with the hints that keep them out of clipboard
// history and managers (KDE's x-kde-passwordManagerHint, Windows' history exclusions), and takes them off
// again after 30 seconds (DESIGN.md §3) — but only if the clipboard still holds what Lantern put there, so
// that something the person copied since is left alone. Only a hash of the copied text is kept for that
// comparison.
//
// Like IdleLock, time comes from the injected Clock and the timer only polls; tests call checkNow().
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::seconds clearAfter{30};

    explicit ClipboardGuard(const Clock& clock, QObject* parent = nullptr);
    ~ClipboardGuard() override;

    void copy(const QString& text);
    bool isPending() const { return !m_hash.isEmpty(); }

    // Clears the clipboard if it is due and still ours. Called by the poll timer and by tests.
    void checkNow();
    // Clears it now if it is still ours (on lock and quit).
    void clearNow();

Q_SIGNALS:
    void cleared();

private:
    bool clipboardIsOurs() const;

    const Clock& m_clock;
    QByteArray m_hash;
    QDateTime m_copiedAt;
    QTimer m_poll;
};

} // namespace lantern
