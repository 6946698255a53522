#include "core/AtomicFile.h"

#include "core/Error.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdlib>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lantern;

namespace {

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs writeFileAtomically in a forked child told to die at `crashAt`; returns the child's exit status.
int writeInChildThatCrashesAt(const char* crashAt, const QString& path, const QByteArray& bytes)
{
    const pid_t child = fork();
    if (child == 0) {
        setenv("LANTERN_CRASH_AT", crashAt, 1);
        try {
            writeFileAtomically(path, bytes);
        } catch (...) {
            _exit(1);
        }
        _exit(0); // the crash point was never reached
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST(AtomicFile, WritesANewFileReadableOnlyByItsOwner)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("keyslots.json"));
    writeFileAtomically(path, QByteArrayLiteral("first version"));

    EXPECT_EQ(readWholeFile(path), QByteArrayLiteral("first version"));
    struct stat info {};
    ASSERT_EQ(stat(QFile::encodeName(path).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u) << "other accounts on the machine must not be able to read it";
}

TEST(AtomicFile, ASubmissionForASharedInboxIsReadableByTheFoldersGroupOnly)
{
    test::TempFolder folder;
    const QString vaultFile = folder.path(QStringLiteral("records-like"));
    const QString shared = folder.path(QStringLiteral("sealed.lantern-submission"));
    const mode_t previous = ::umask(0027); // a school's usual: nothing for other accounts
    writeFileAtomically(vaultFile, QByteArrayLiteral("the owner's alone"));
    writeFileAtomically(shared, QByteArrayLiteral("sealed bytes"), FileAccess::OwnerAndGroup);
    ::umask(previous);

    struct stat info {};
    ASSERT_EQ(stat(QFile::encodeName(shared).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0640u) << "the DSL's account, in the inbox's group, must read it";
    ASSERT_EQ(stat(QFile::encodeName(vaultFile).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

TEST(AtomicFile, ReplacesTheFileAndLeavesNoTemporaryFilesBehind)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("keyslots.json"));
    writeFileAtomically(path, QByteArrayLiteral("first version"));
    writeFileAtomically(path, QByteArrayLiteral("second"));

    EXPECT_EQ(readWholeFile(path), QByteArrayLiteral("second"));
    EXPECT_EQ(entries(folder.path()), QStringList{QStringLiteral("keyslots.json")});
}

TEST(AtomicFile, AKillBeforeTheRenameLeavesTheOriginalIntact)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("keyslots.json"));
    writeFileAtomically(path, QByteArrayLiteral("original"));

    EXPECT_EQ(writeInChildThatCrashesAt("atomic-write:temp-written", path, QByteArrayLiteral("replacement")),
              99);
    EXPECT_EQ(readWholeFile(path), QByteArrayLiteral("original"));
}

TEST(AtomicFile, AKillJustAfterTheRenameLeavesTheNewContent)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("keyslots.json"));
    writeFileAtomically(path, QByteArrayLiteral("original"));

    EXPECT_EQ(writeInChildThatCrashesAt("atomic-write:renamed", path, QByteArrayLiteral("replacement")), 99);
    EXPECT_EQ(readWholeFile(path), QByteArrayLiteral("replacement"));
}

TEST(AtomicFile, AnUnrelatedCrashPointNameDoesNotStopTheWrite)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("keyslots.json"));
    EXPECT_EQ(writeInChildThatCrashesAt("some-other-point", path, QByteArrayLiteral("written")), 0);
    EXPECT_EQ(readWholeFile(path), QByteArrayLiteral("written"));
}

TEST(AtomicFile, AFullDiskThrowsNoSpaceAndKeepsTheOriginal)
{
    test::TempFolder folder;
    const QString mountPoint = folder.path(QStringLiteral("tiny"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));

    // Child exit codes: 0 passed, 77 could not mount a tiny tmpfs, others name the failed expectation.
    const pid_t child = fork();
    if (child == 0) {
        const QByteArray mountPath = QFile::encodeName(mountPoint);
        if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            mount("tmpfs", mountPath.constData(), "tmpfs", 0, "size=64k") != 0)
            _exit(77);
        const QString path = mountPoint + QStringLiteral("/keyslots.json");
        try {
            writeFileAtomically(path, QByteArrayLiteral("original"));
        } catch (...) {
            _exit(77);
        }
        try {
            writeFileAtomically(path, QByteArray(256 * 1024, 'x'));
            _exit(10);
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::NoSpace)
                _exit(11);
            if (!error.message().contains(QStringLiteral("keyslots.json")))
                _exit(12);
        }
        if (readWholeFile(path) != QByteArrayLiteral("original"))
            _exit(13);
        if (entries(mountPoint) != QStringList{QStringLiteral("keyslots.json")})
            _exit(14); // the half-written temporary must be removed, or it keeps the disk full
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77)
        GTEST_SKIP()
            << "cannot mount a tiny tmpfs here (needs a private mount namespace), so a full disk cannot "
               "be simulated";
    EXPECT_NE(WEXITSTATUS(status), 10) << "writing to a full disk did not throw";
    EXPECT_NE(WEXITSTATUS(status), 11) << "a full disk was not reported as NoSpace";
    EXPECT_NE(WEXITSTATUS(status), 12) << "the message did not name the file";
    EXPECT_NE(WEXITSTATUS(status), 13) << "the original file was changed";
    EXPECT_NE(WEXITSTATUS(status), 14) << "a temporary file was left on the full disk";
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(AtomicFile, WritingIntoAMissingFolderIsAnIoErrorNamingTheFile)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("no-such-folder/keyslots.json"));
    try {
        writeFileAtomically(path, QByteArrayLiteral("x"));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Io);
        EXPECT_TRUE(error.message().contains(QStringLiteral("keyslots.json"))) << error.what();
    }
}

TEST(AtomicFile, ReadingAMissingFileIsNotFound)
{
    test::TempFolder folder;
    try {
        readWholeFile(folder.path(QStringLiteral("absent.json")));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::NotFound);
        EXPECT_TRUE(error.message().contains(QStringLiteral("absent.json"))) << error.what();
    }
}
