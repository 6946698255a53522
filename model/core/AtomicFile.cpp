#include "core/AtomicFile.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "core/TestHooks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lantern {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString reason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isNoSpace(int error)
{
    return error == ENOSPC || error == EDQUOT;
}

// The message for a failure while the temporary copy was being written: the original is still in place.
[[noreturn]] void failWriting(const QString& path, int error)
{
    if (isNoSpace(error))
        throw Error(ErrorKind::NoSpace,
                    ModelText::tr("Could not save %1: the disk is full. The previous version "
                                  "is unchanged; free some space and try again.")
                        .arg(shown(path)));
    throw Error(ErrorKind::Io, ModelText::tr("Could not save %1 (%2). The previous version is unchanged.")
                                   .arg(shown(path), reason(error)));
}

// Owns the temporary file until it has been renamed into place; removes it on every way out before that.
class TempFile {
public:
    TempFile(const QString& target, FileAccess access)
        : m_target(target)
    {
        const QFileInfo info(target);
        const QString directory = info.absolutePath();
        // A few attempts in case a stale temporary from an earlier crash happens to have the same name.
        for (int attempt = 0; attempt < 16; ++attempt) {
            const QString name = QStringLiteral(".%1.tmp-%2")
                                     .arg(info.fileName())
                                     .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
            m_path = QFile::encodeName(directory + QLatin1Char('/') + name);
            m_fd = ::open(m_path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          access == FileAccess::OwnerAndGroup ? 0660 : 0600);
            if (m_fd >= 0)
                return;
            if (errno != EEXIST)
                failWriting(target, errno);
        }
        failWriting(target, EEXIST);
    }

    ~TempFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_renamed)
            ::unlink(m_path.constData());
    }

    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    void writeAll(const QByteArray& bytes)
    {
        if (simulatedDiskFull(bytes.size()))
            failWriting(m_target, ENOSPC);
        const char* next = bytes.constData();
        auto remaining = static_cast<std::size_t>(bytes.size());
        while (remaining > 0) {
            const ssize_t written = ::write(m_fd, next, remaining);
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                failWriting(m_target, errno);
            }
            next += written;
            remaining -= static_cast<std::size_t>(written);
        }
    }

    // Flushes and closes; a full disk can first show itself here (delayed allocation, network file systems).
    void syncAndClose()
    {
        if (::fsync(m_fd) != 0)
            failWriting(m_target, errno);
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0)
            failWriting(m_target, errno);
    }

    void renameOverTarget()
    {
        const QByteArray target = QFile::encodeName(m_target);
        if (::rename(m_path.constData(), target.constData()) != 0)
            failWriting(m_target, errno);
        m_renamed = true;
    }

private:
    QString m_target;
    QByteArray m_path;
    int m_fd = -1;
    bool m_renamed = false;
};

void syncDirectoryOf(const QString& path)
{
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        // The new content is already in place; only its durability across a power cut is in doubt.
        throw Error(ErrorKind::Io, ModelText::tr("Saved %1, but could not flush its folder to disk (%2).")
                                       .arg(shown(path), reason(error)));
    }
    ::close(fd);
}

} // namespace

void writeFileAtomically(const QString& path, const QByteArray& bytes, FileAccess access)
{
    TempFile temp(path, access);
    temp.writeAll(bytes);
    temp.syncAndClose();
    crashPoint("atomic-write:temp-written");
    temp.renameOverTarget();
    crashPoint("atomic-write:renamed");
    syncDirectoryOf(path);
}

void moveFileDurably(const QString& from, const QString& to)
{
    if (QFileInfo::exists(to))
        throw Error(ErrorKind::Io,
                    ModelText::tr("Could not move %1: %2 already exists.").arg(shown(from), shown(to)));
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        const int error = errno;
        throw Error(
            ErrorKind::Io,
            ModelText::tr("Could not move %1 to %2 (%3).").arg(shown(from), shown(to), reason(error)));
    }
    syncDirectoryOf(to);
    syncDirectoryOf(from);
}

namespace {

// A file opened for reading, closed when it goes; read in blocks, retrying an interrupted read.
class FileReader {
public:
    // Error(NotFound) for a missing file, Error(Io) for any other failure to open.
    FileReader(const QString& path, int extraFlags = 0)
        : m_path(path)
        , m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | extraFlags))
    {
        if (m_fd >= 0)
            return;
        const int error = errno;
        if (error == ENOENT)
            throw Error(ErrorKind::NotFound, ModelText::tr("%1 does not exist.").arg(shown(path)));
        throw Error(ErrorKind::Io, ModelText::tr("Could not open %1 (%2).").arg(shown(path), reason(error)));
    }
    ~FileReader() { ::close(m_fd); }
    FileReader(const FileReader&) = delete;
    FileReader& operator=(const FileReader&) = delete;

    int descriptor() const { return m_fd; }

    // Calls `each` with every block until the end of the file or until it returns false. Error(Io) naming
    // the file for a failed read.
    void forEachBlock(qsizetype blockSize, const std::function<bool(const QByteArray&)>& each) const
    {
        QByteArray buffer(blockSize, '\0');
        for (;;) {
            const ssize_t got = ::read(m_fd, buffer.data(), static_cast<std::size_t>(buffer.size()));
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                const int error = errno;
                throw Error(ErrorKind::Io,
                            ModelText::tr("Could not read %1 (%2).").arg(shown(m_path), reason(error)));
            }
            if (got == 0 || !each(QByteArray::fromRawData(buffer.constData(), static_cast<qsizetype>(got))))
                return;
        }
    }

private:
    QString m_path;
    int m_fd;
};

} // namespace

QByteArray copyFileDurably(const QString& from, const QString& to, const std::function<bool(qint64)>& copied)
{
    if (QFileInfo::exists(to))
        throw Error(ErrorKind::Io,
                    ModelText::tr("Could not copy %1: %2 already exists.").arg(shown(from), shown(to)));
    const FileReader source(from);
    TempFile temp(to, FileAccess::OwnerOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    bool stopped = false;
    source.forEachBlock(1024 * 1024, [&](const QByteArray& block) {
        temp.writeAll(block);
        hash.addData(block);
        total += block.size();
        stopped = copied && !copied(total);
        return !stopped;
    });
    if (stopped)
        return {};
    temp.syncAndClose();
    temp.renameOverTarget();
    syncDirectoryOf(to);
    return hash.result();
}

QByteArray sha256OfFile(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    FileReader(path).forEachBlock(1024 * 1024, [&hash](const QByteArray& block) {
        hash.addData(block);
        return true;
    });
    return hash.result();
}

QByteArray readRegularFile(const QString& path, qint64 maxBytes)
{
    struct stat link {};
    if (::lstat(QFile::encodeName(path).constData(), &link) != 0) {
        const int error = errno;
        if (error == ENOENT)
            throw Error(ErrorKind::NotFound, ModelText::tr("%1 does not exist.").arg(shown(path)));
        throw Error(ErrorKind::Io, ModelText::tr("Could not read %1 (%2).").arg(shown(path), reason(error)));
    }
    if (S_ISLNK(link.st_mode))
        throw Error(ErrorKind::InvalidInput, ModelText::tr("it is a link, not a file."));
    if (!S_ISREG(link.st_mode))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("it is a device, a pipe or a folder, not a file."));
    if (link.st_size > maxBytes)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("it is larger than it can be (%1 bytes; at most %2).")
                        .arg(link.st_size)
                        .arg(maxBytes));
    const FileReader reader(path, O_NOFOLLOW | O_NONBLOCK);
    struct stat opened {};
    // Swapped for something else between the look and the open.
    if (::fstat(reader.descriptor(), &opened) != 0 || !S_ISREG(opened.st_mode))
        throw Error(ErrorKind::InvalidInput, ModelText::tr("it is not a file."));
    QByteArray contents;
    reader.forEachBlock(64 * 1024, [&](const QByteArray& block) {
        contents.append(block);
        if (contents.size() > maxBytes)
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("it is larger than it can be (more than %1 bytes).").arg(maxBytes));
        return true;
    });
    return contents;
}

QByteArray readOwnSmallFile(const QString& path, qint64 maxBytes)
{
    try {
        return readRegularFile(path, maxBytes);
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::InvalidInput)
            throw;
        throw Error(ErrorKind::Damaged, QStringLiteral("%1: %2").arg(shown(path), error.message()));
    }
}

QByteArray readWholeFile(const QString& path)
{
    QByteArray contents;
    FileReader(path).forEachBlock(64 * 1024, [&contents](const QByteArray& block) {
        contents.append(block);
        return true;
    });
    return contents;
}

} // namespace lantern
