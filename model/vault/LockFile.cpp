#include "vault/LockFile.h"

#include "core/Error.h"
#include "core/ModelText.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace lantern {

namespace {

struct Holder {
    QByteArray content; // as read, to tell whether the file changed while it was being cleared
    qint64 pid = 0;
    QString host;
    QString bootId;

    // A live Lantern's lock always names a process and a computer: it is written whole before it appears
    // (see LockFile::LockFile). An empty or garbled one was cut off by a crash or a full disk, or edited.
    bool readable() const { return pid > 0 && !host.isEmpty(); }
};

QString thisHost()
{
    return QSysInfo::machineHostName();
}

// After a reboot (a power cut, say) an old pid may belong to an unrelated process; the boot id tells.
QString thisBootId()
{
    return QString::fromLatin1(QSysInfo::bootUniqueId());
}

Holder readHolder(const QString& path)
{
    QFile file(path);
    Holder holder;
    if (!file.open(QIODevice::ReadOnly))
        return holder;
    holder.content = file.read(4096);
    const QList<QByteArray> parts = holder.content.trimmed().split(' ');
    bool number = false;
    holder.pid = parts.value(0).toLongLong(&number);
    if (!number)
        holder.pid = 0;
    holder.host = QString::fromUtf8(parts.value(1));
    holder.bootId = QString::fromUtf8(parts.value(2));
    return holder;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool staleHolder(const Holder& holder)
{
    if (!holder.readable())
        return true;
    if (holder.host != thisHost())
        return false; // another computer sharing the folder: only it can say
    const bool rebootedSince = !holder.bootId.isEmpty() && holder.bootId != thisBootId();
    return rebootedSince || !processAlive(holder.pid);
}

// What a stale lock was, for the person told about it.
QString describeStale(const Holder& holder, const QString& path)
{
    if (!holder.readable())
        return ModelText::tr("the lock file %1 is empty or unreadable (a Lantern stopped while opening the "
                             "vault)")
            .arg(QFileInfo(path).fileName());
    return ModelText::tr("it was left by process %1, which is no longer running (Lantern may have stopped "
                         "unexpectedly)")
        .arg(holder.pid);
}

[[noreturn]] void failCreating(const QString& path, int error)
{
    throw Error(error == ENOSPC ? ErrorKind::NoSpace : ErrorKind::Io,
                ModelText::tr("Could not create the lock file %1: %2.")
                    .arg(path, QString::fromLocal8Bit(strerror(error))));
}

// Creates the lock at `encoded` with O_EXCL and writes `content`; 0 or -1 with errno, as link() does.
int takeInPlace(const QByteArray& encoded, const QByteArray& content)
{
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    const bool written =
        ::write(fd, content.constData(), static_cast<size_t>(content.size())) == content.size();
    ::close(fd);
    if (!written) {
        ::unlink(encoded.constData());
        errno = ENOSPC;
        return -1;
    }
    return 0;
}

} // namespace

LockFile::LockFile(const QString& path)
    : m_path(path)
{
    // Written whole to a file of this process's own, then linked into place (link fails if the lock exists):
    // a lock file with no holder in it is never one a live Lantern holds.
    const QByteArray encoded = QFile::encodeName(path);
    const QByteArray staging = encoded + ".new-" + QByteArray::number(static_cast<qint64>(::getpid()));
    ::unlink(staging.constData()); // left by an earlier process with this pid that was killed
    const int fd = ::open(staging.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        failCreating(path, errno);
    const QByteArray content = QByteArray::number(static_cast<qint64>(::getpid())) + ' ' +
                               thisHost().toUtf8() + ' ' + thisBootId().toUtf8() + '\n';
    const bool written =
        ::write(fd, content.constData(), static_cast<size_t>(content.size())) == content.size();
    ::close(fd);
    if (!written) {
        ::unlink(staging.constData());
        throw Error(ErrorKind::NoSpace,
                    ModelText::tr("Could not write the lock file %1: the disk may be full.").arg(path));
    }
    int linked = ::link(staging.constData(), encoded.constData());
    int linkError = errno;
    if (linked != 0 && (linkError == EPERM || linkError == ENOTSUP || linkError == EOPNOTSUPP)) {
        // A file system without hard links (FAT on a USB stick, some network shares): an exclusive rename is
        // not available either, so the lock is created in place, as before (a crash between creating and
        // writing it leaves an empty lock, which is stale).
        linked = takeInPlace(encoded, content);
        linkError = errno;
    }
    ::unlink(staging.constData());
    if (linked == 0) {
        m_held = true;
        return;
    }
    if (linkError != EEXIST)
        failCreating(path, linkError);
    const Holder holder = readHolder(path);
    if (staleHolder(holder))
        throw Error(ErrorKind::VaultLocked,
                    ModelText::tr("The vault is locked, but stale: %1. Clear the stale lock with "
                                  "`lantern-cli lock clear VAULT` and open it again.")
                        .arg(describeStale(holder, path)));
    throw Error(
        ErrorKind::VaultLocked,
        ModelText::tr("The vault is open in another Lantern (process %1 on %2). Close it there first.")
            .arg(holder.pid)
            .arg(holder.host));
}

LockFile::~LockFile()
{
    release();
}

void LockFile::release()
{
    if (m_held)
        ::unlink(QFile::encodeName(m_path).constData());
    m_held = false;
}

bool LockFile::isStale(const QString& path)
{
    return QFile::exists(path) && staleHolder(readHolder(path));
}

QString LockFile::clearStale(const QString& path)
{
    if (!QFile::exists(path))
        return {};
    const Holder holder = readHolder(path);
    if (!staleHolder(holder))
        throw Error(
            ErrorKind::VaultLocked,
            ModelText::tr("The lock is held by process %1 on %2, which is still running; it was not cleared.")
                .arg(holder.pid)
                .arg(holder.host));
    // Moved aside and read again before it is removed: a Lantern that took the lock after it was read here
    // (the stale one cleared by someone else meanwhile) keeps it.
    const QByteArray encoded = QFile::encodeName(path);
    const QByteArray aside = encoded + ".clearing-" + QByteArray::number(static_cast<qint64>(::getpid()));
    if (::rename(encoded.constData(), aside.constData()) != 0)
        return {}; // already gone
    if (readHolder(QFile::decodeName(aside)).content != holder.content) {
        if (::link(aside.constData(), encoded.constData()) == 0)
            ::unlink(aside.constData());
        throw Error(ErrorKind::VaultLocked,
                    ModelText::tr("Another Lantern opened the vault while the stale lock was being cleared; "
                                  "its lock was left in place."));
    }
    ::unlink(aside.constData());
    return ModelText::tr("A stale lock was cleared: %1.").arg(describeStale(holder, path));
}

} // namespace lantern
