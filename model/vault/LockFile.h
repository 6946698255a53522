#pragma once

#include <QString>

namespace lantern {

// The vault's lock file, held while a process has the vault open. It records the holder's pid and host so
// that a second process gets a message naming who holds it, and a lock left behind by a crash can be told
// apart from a live one and cleared.
class LockFile {
public:
    // Takes the lock or throws Error(VaultLocked) naming the holder (and saying if it is stale).
    explicit LockFile(const QString& path);
    ~LockFile();
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    void release();

    // True if `path` is held by a process on this host that no longer exists, or names no holder at all
    // (empty or garbled: a live Lantern's lock always names one).
    static bool isStale(const QString& path);
    // Removes a stale lock and says what it was ("A stale lock was cleared: …"); an empty string if there was
    // none. Throws Error(VaultLocked) if the holder is still alive.
    static QString clearStale(const QString& path);

private:
    QString m_path;
    bool m_held = false;
};

} // namespace lantern
