#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace lantern::fuzz {

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Runs `body` on one input. Refusing the input with lantern::Error is the expected outcome for bad bytes; an
// Error(Internal) is a bug by the model's own account ("a bug or a library failure"), so it stops the fuzzer
// like a crash. Any other exception escapes to libFuzzer, which reports it as a crash too.
template <typename Body> void refusing(Body&& body)
{
    try {
        body();
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::Internal) {
            std::fprintf(stderr, "Error(Internal) from a parser: %s\n", error.what());
            std::abort();
        }
    }
}

// Runs `body`, which must not throw: a file that loaded must save and load again, for one. Any Error stops
// the fuzzer like a crash, saying what failed.
template <typename Body> void mustLoadAgain(const char* what, Body&& body)
{
    try {
        body();
    } catch (const Error& error) {
        std::fprintf(stderr, "%s that loaded did not load again once saved: %s\n", what, error.what());
        std::abort();
    }
}

// A folder of this process's own, removed when it exits, for the readers that take a path (one process per
// fuzzer, so parallel fuzzers never share a file). In /dev/shm where there is one: written to a disk, the two
// files an input costs made the backup fuzzer twenty times slower.
inline const QTemporaryDir& scratchFolder()
{
    static const QTemporaryDir folder(QDir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                               ? QStringLiteral("/dev/shm")
                                               : QDir::tempPath())
                                          .filePath(QStringLiteral("lantern-fuzz-XXXXXX")));
    if (!folder.isValid()) {
        std::fprintf(stderr, "Could not make a temporary folder for the fuzzer.\n");
        std::abort();
    }
    return folder;
}

// Writes `bytes` to NAME in the scratch folder (replacing what was there) and returns its path.
inline QString writeScratch(const QString& name, const QByteArray& bytes)
{
    const QString path = scratchFolder().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "Could not write %s for the fuzzer.\n", qPrintable(path));
        std::abort();
    }
    return path;
}

} // namespace lantern::fuzz
