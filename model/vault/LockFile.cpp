#include "vault/LockFile.h"

#include "core/Error.h"
#include "core/ModelText.h"

#include <QFile>
#include <QSysInfo>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace lantern {

namespace {

struct Holder {
    qint64 pid = 0;
    QString host;
    QString bootId;
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
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    if (!parts.isEmpty())
        holder.pid = parts.value(0).toLongLong();
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
    if (holder.host != thisHost())
        return false; // another computer sharing the folder: only it can say
    const bool rebootedSince = !holder.bootId.isEmpty() && holder.bootId != thisBootId();
    return rebootedSince || !processAlive(holder.pid);
}

} // namespace

LockFile::LockFile(const QString& path)
    : m_path(path)
{
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno != EEXIST)
            throw Error(errno == ENOSPC ? ErrorKind::NoSpace : ErrorKind::Io,
                        ModelText::tr("Could not create the lock file %1: %2.")
                            .arg(path, QString::fromLocal8Bit(strerror(errno))));
        const Holder holder = readHolder(path);
        if (staleHolder(holder))
            throw Error(ErrorKind::VaultLocked,
                        ModelText::tr("The vault was left locked by process %1, which is no longer running "
                                      "(Lantern may have stopped unexpectedly). Clear the stale lock with "
                                      "`lantern-cli lock clear VAULT` and open it again.")
                            .arg(holder.pid));
        throw Error(
            ErrorKind::VaultLocked,
            ModelText::tr("The vault is open in another Lantern (process %1 on %2). Close it there first.")
                .arg(holder.pid)
                .arg(holder.host.isEmpty() ? ModelText::tr("an unknown computer") : holder.host));
    }
    const QByteArray content = QByteArray::number(static_cast<qint64>(::getpid())) + ' ' +
                               thisHost().toUtf8() + ' ' + thisBootId().toUtf8() + '\n';
    const bool written =
        ::write(fd, content.constData(), static_cast<size_t>(content.size())) == content.size();
    ::close(fd);
    if (!written) {
        ::unlink(encoded.constData());
        throw Error(ErrorKind::NoSpace,
                    ModelText::tr("Could not write the lock file %1: the disk may be full.").arg(path));
    }
    m_held = true;
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

void LockFile::clearStale(const QString& path)
{
    if (!QFile::exists(path))
        return;
    const Holder holder = readHolder(path);
    if (!staleHolder(holder))
        throw Error(
            ErrorKind::VaultLocked,
            ModelText::tr("The lock is held by process %1 on %2, which is still running; it was not cleared.")
                .arg(holder.pid)
                .arg(holder.host));
    ::unlink(QFile::encodeName(path).constData());
}

} // namespace lantern
