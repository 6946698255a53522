#include "export/PackArchive.h"

#include "calendar/PartialDate.h"
#include "core/Error.h"
#include "export/PackManifest.h"
#include "export/PackVerifier.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <sched.h>
#include <sodium.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lantern;

namespace {

const char* const Passphrase = "correct horse battery staple";
// Appears in referral.json only: it must never be readable in the bytes of an encrypted pack.
const QByteArray Marker = QByteArrayLiteral("MARKER-Jessica-Example-7731");

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(size));
    return bytes;
}

QList<PackFile> sampleFiles(qsizetype attachmentSize = 40 * 1024)
{
    return {
        {QStringLiteral("referral.json"),
         QByteArrayLiteral(R"({"schema_version":"1.0.0","child":{"name":")") + Marker +
             QByteArrayLiteral(R"("},"referrer":{"name":"A. Lead"}})")},
        {QStringLiteral("referral.pdf"), QByteArrayLiteral("%PDF-1.7\n") + randomBytes(attachmentSize)},
        {QStringLiteral("attachments/body-map.png"), randomBytes(attachmentSize)},
    };
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

struct ToolRun {
    int exitCode = -1;
    QString output;
};

// Runs a tool with an empty, closed standard input (so a password prompt meets end of file, not a hang).
ToolRun runTool(const QString& program, const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    ToolRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

class PackArchiveTest : public ::testing::Test {
protected:
    QString packPath() const { return m_folder.path(QStringLiteral("referral-pack.zip")); }
    QString folder() const { return m_folder.path(); }

    PackWriteResult write(const QList<PackFile>& files, const char* passphrase = nullptr,
                          const PackProgress& progress = {})
    {
        std::optional<SecureBytes> secretPassphrase;
        if (passphrase)
            secretPassphrase = test::secret(passphrase);
        return PackArchive(m_clock).write(packPath(), files, std::move(secretPassphrase), progress);
    }

    void expectInvalid(const QList<PackFile>& files, const QString& named)
    {
        try {
            (void)write(files);
            ADD_FAILURE() << "accepted a pack naming " << named.toStdString();
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
            EXPECT_TRUE(error.message().contains(named)) << error.message().toStdString();
        }
        EXPECT_FALSE(QFileInfo::exists(packPath()));
    }

    test::TempFolder m_folder;
    ManualClock m_clock{test::fixedNow()};
};

TEST_F(PackArchiveTest, RoundTripVerifiesAndTheSummaryListsEveryFile)
{
    const QList<PackFile> files = sampleFiles();
    const PackWriteResult result = write(files);
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    ASSERT_TRUE(QFileInfo::exists(packPath()));
    // Child protection records: readable by the exporting user only.
    EXPECT_EQ(QFileInfo(packPath()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());

    const PackVerifyReport report = PackVerifier::verify(packPath());
    for (const PackProblem& problem : report.problems)
        ADD_FAILURE() << problem.file.toStdString() << ": " << problem.what.toStdString();
    EXPECT_TRUE(report.ok);
    EXPECT_FALSE(report.summary.encrypted);
    EXPECT_EQ(report.summary.producerName, QStringLiteral("Lantern"));
    EXPECT_EQ(report.summary.producerVersion, QStringLiteral(LANTERN_VERSION));
    EXPECT_EQ(report.summary.schemaVersion, QStringLiteral("1.1.0"));
    EXPECT_EQ(report.summary.createdAt, isoUtc(test::fixedNow()));
    EXPECT_EQ(report.summary.manifestSha256, result.manifestSha256);
    ASSERT_EQ(report.summary.files.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        EXPECT_EQ(report.summary.files.at(i).path, files.at(i).path);
        EXPECT_EQ(report.summary.files.at(i).size, files.at(i).bytes.size());
        EXPECT_EQ(report.summary.files.at(i).sha256, PackManifest::sha256Hex(files.at(i).bytes));
    }
    // Only the pack itself is left in the folder.
    EXPECT_EQ(folderEntries(folder()), QStringList{QStringLiteral("referral-pack.zip")});
}

TEST_F(PackArchiveTest, UnsafeOrUnknownPathsAreRefusedAndNothingIsWritten)
{
    const QStringList bad = {
        QStringLiteral("../referral.json"),      QStringLiteral("/etc/passwd"),
        QStringLiteral("attachments\\note.txt"), QStringLiteral("attachments/../referral.json"),
        QStringLiteral("attachments/"),          QStringLiteral("notes.txt"),
        QStringLiteral("manifest.json"),         QStringLiteral("attachments/a/b.txt"),
        QStringLiteral("attachments/what?.txt"), QStringLiteral("C:/referral.json"),
    };
    for (const QString& path : bad) {
        QList<PackFile> files = sampleFiles(16);
        files.append({path, QByteArrayLiteral("x")});
        expectInvalid(files, path);
    }
    // "é" as e + combining acute: not NFC, so the same name could be two different files on different
    // systems.
    QList<PackFile> decomposed = sampleFiles(16);
    const QString notNfc =
        QStringLiteral("attachments/caf") + QChar(u'e') + QChar(0x0301) + QStringLiteral(".txt");
    decomposed.append({notNfc, QByteArrayLiteral("x")});
    expectInvalid(decomposed, QStringLiteral("NFC"));
}

TEST_F(PackArchiveTest, DuplicateAndMissingRequiredFilesAreRefused)
{
    QList<PackFile> duplicate = sampleFiles(16);
    duplicate.append({QStringLiteral("attachments/Body-Map.png"), QByteArrayLiteral("x")});
    expectInvalid(duplicate, QStringLiteral("attachments/Body-Map.png"));

    QList<PackFile> noPdf = sampleFiles(16);
    noPdf.removeAt(1);
    expectInvalid(noPdf, QStringLiteral("referral.pdf"));

    QList<PackFile> noJson = sampleFiles(16);
    noJson.removeAt(0);
    expectInvalid(noJson, QStringLiteral("referral.json"));
}

TEST_F(PackArchiveTest, AShortPassphraseIsRefusedWithTheRule)
{
    try {
        (void)write(sampleFiles(16), "eleven char");
        ADD_FAILURE() << "an 11-character passphrase was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("at least 12 characters")))
            << error.message().toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(packPath()));
    // Characters, not bytes: 11 two-byte letters are still too short, 12 are enough.
    EXPECT_THROW(PackArchive::checkPassphrase(test::secret("ééééééééééé")), Error);
    EXPECT_NO_THROW(PackArchive::checkPassphrase(test::secret("éééééééééééé")));
    EXPECT_NO_THROW(PackArchive::checkPassphrase(test::secret("twelve chars")));
}

TEST_F(PackArchiveTest, ProgressCountsEveryByteAndEndsAtTheTotal)
{
    QList<std::pair<qint64, qint64>> calls;
    const PackWriteResult result = write(sampleFiles(), Passphrase, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    ASSERT_GE(calls.size(), 3);
    const qint64 total = calls.first().second;
    qint64 inputs = 0;
    for (const PackFile& file : sampleFiles())
        inputs += file.bytes.size();
    EXPECT_GT(total, inputs); // the files and the manifest
    for (qsizetype i = 1; i < calls.size(); ++i) {
        EXPECT_EQ(calls.at(i).second, total);
        EXPECT_GE(calls.at(i).first, calls.at(i - 1).first);
    }
    EXPECT_EQ(calls.last().first, total);
}

TEST_F(PackArchiveTest, CancelHalfWayLeavesNoPackAndNoTemporaryFile)
{
    bool sawHalf = false;
    const PackWriteResult result = write(sampleFiles(256 * 1024), Passphrase, [&](qint64 done, qint64 total) {
        if (done * 2 >= total) {
            sawHalf = true;
            return false;
        }
        return true;
    });
    EXPECT_TRUE(sawHalf);
    EXPECT_EQ(result.status, PackWriteStatus::Cancelled);
    EXPECT_TRUE(result.manifestSha256.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(packPath()));
    EXPECT_TRUE(folderEntries(folder()).isEmpty()) << folderEntries(folder()).join(u' ').toStdString();
}

TEST_F(PackArchiveTest, CancelAtTheLastMomentKeepsTheEarlierPackUntouched)
{
    ASSERT_EQ(write(sampleFiles(16)).status, PackWriteStatus::Written);
    const QByteArray before = test::fileBytes(packPath());
    const PackWriteResult result =
        write(sampleFiles(), Passphrase, [](qint64 done, qint64 total) { return done < total; });
    EXPECT_EQ(result.status, PackWriteStatus::Cancelled);
    EXPECT_EQ(test::fileBytes(packPath()), before);
    EXPECT_EQ(folderEntries(folder()), QStringList{QStringLiteral("referral-pack.zip")});
}

TEST_F(PackArchiveTest, NothingReachesTheDiskUntilThePackIsFinished)
{
    // libzip builds the pack in memory: at no point while it compresses and encrypts is there a temporary
    // file (plaintext or otherwise) beside the target.
    bool checked = false;
    const PackWriteResult result = write(sampleFiles(128 * 1024), Passphrase, [&](qint64, qint64) {
        EXPECT_TRUE(folderEntries(folder()).isEmpty()) << folderEntries(folder()).join(u' ').toStdString();
        checked = true;
        return true;
    });
    EXPECT_TRUE(checked);
    EXPECT_EQ(result.status, PackWriteStatus::Written);
}

TEST_F(PackArchiveTest, AFullDiskThrowsNoSpaceAndLeavesNothing)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root to mount a small tmpfs";
    const QString mountPoint = m_folder.path(QStringLiteral("tiny"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    const QList<PackFile> small = sampleFiles(16);
    const QList<PackFile> big = sampleFiles(512 * 1024); // incompressible, so the pack is about 1 MiB

    // Child exit codes: 0 passed, 77 could not mount a tiny tmpfs, others name the failed expectation.
    const pid_t child = fork();
    if (child == 0) {
        const QByteArray mountPath = QFile::encodeName(mountPoint);
        if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            mount("tmpfs", mountPath.constData(), "tmpfs", 0, "size=256k") != 0)
            _exit(77);
        const QString path = mountPoint + QStringLiteral("/pack.zip");
        const PackArchive archive(m_clock);
        try {
            if (archive.write(path, small, std::nullopt).status != PackWriteStatus::Written)
                _exit(77);
        } catch (...) {
            _exit(77);
        }
        const QByteArray before = test::fileBytes(path);
        try {
            (void)archive.write(path, big, test::secret(Passphrase));
            _exit(10);
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::NoSpace)
                _exit(11);
        } catch (...) {
            _exit(11);
        }
        if (test::fileBytes(path) != before)
            _exit(12);
        if (folderEntries(mountPoint) != QStringList{QStringLiteral("pack.zip")})
            _exit(13);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77)
        GTEST_SKIP() << "cannot mount a tiny tmpfs here (needs a private mount namespace)";
    EXPECT_NE(WEXITSTATUS(status), 10) << "writing to a full disk did not throw";
    EXPECT_NE(WEXITSTATUS(status), 11) << "a full disk was not reported as NoSpace";
    EXPECT_NE(WEXITSTATUS(status), 12) << "the earlier pack was changed";
    EXPECT_NE(WEXITSTATUS(status), 13) << "a temporary file was left behind";
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

class EncryptedPackTest : public PackArchiveTest {
protected:
    void SetUp() override
    {
        m_sevenZip = QStandardPaths::findExecutable(QStringLiteral("7z"));
        m_files = sampleFiles();
        ASSERT_EQ(write(m_files, Passphrase).status, PackWriteStatus::Written);
    }

    ToolRun sevenZip(const QStringList& args) const { return runTool(m_sevenZip, args); }

    QString m_sevenZip;
    QList<PackFile> m_files;
};

TEST_F(EncryptedPackTest, SevenZipOpensItWithThePassphraseThenTheInnerArchiveAndTheBytesMatch)
{
    if (m_sevenZip.isEmpty())
        GTEST_SKIP() << "7z (p7zip-full) is not installed";
    // What the receiving team does: open the pack with the passphrase, then open the archive inside.
    const QString out = m_folder.path(QStringLiteral("out"));
    const ToolRun extracted = sevenZip({QStringLiteral("x"), QStringLiteral("-p") + QLatin1String(Passphrase),
                                        QStringLiteral("-o") + out, packPath()});
    ASSERT_EQ(extracted.exitCode, 0) << extracted.output.toStdString();
    EXPECT_EQ(folderEntries(out), QStringList{QStringLiteral("referral-pack.zip")});
    const QString inner = m_folder.path(QStringLiteral("inner"));
    const ToolRun opened = sevenZip(
        {QStringLiteral("x"), QStringLiteral("-o") + inner, out + QStringLiteral("/referral-pack.zip")});
    ASSERT_EQ(opened.exitCode, 0) << opened.output.toStdString();
    for (const PackFile& file : m_files)
        EXPECT_EQ(test::fileBytes(inner + QLatin1Char('/') + file.path), file.bytes)
            << file.path.toStdString();
    EXPECT_TRUE(QFileInfo::exists(inner + QStringLiteral("/manifest.json")));
}

TEST_F(EncryptedPackTest, SevenZipRefusesAWrongPassphrase)
{
    if (m_sevenZip.isEmpty())
        GTEST_SKIP() << "7z (p7zip-full) is not installed";
    const QString out = m_folder.path(QStringLiteral("wrong"));
    const ToolRun extracted = sevenZip(
        {QStringLiteral("x"), QStringLiteral("-pwrong passphrase!"), QStringLiteral("-o") + out, packPath()});
    EXPECT_NE(extracted.exitCode, 0) << extracted.output.toStdString();
    EXPECT_NE(test::fileBytes(out + QStringLiteral("/referral.json")), m_files.first().bytes);
}

TEST_F(EncryptedPackTest, SevenZipCannotExtractWithoutAPassphrase)
{
    if (m_sevenZip.isEmpty())
        GTEST_SKIP() << "7z (p7zip-full) is not installed";
    const QString out = m_folder.path(QStringLiteral("none"));
    const ToolRun extracted = sevenZip({QStringLiteral("x"), QStringLiteral("-o") + out, packPath()});
    EXPECT_NE(extracted.exitCode, 0) << extracted.output.toStdString();
    // 7-Zip may leave an empty or partial file behind; never the inner archive that opens.
    const QString inner = m_folder.path(QStringLiteral("none-inner"));
    const ToolRun opened = sevenZip(
        {QStringLiteral("x"), QStringLiteral("-o") + inner, out + QStringLiteral("/referral-pack.zip")});
    EXPECT_NE(opened.exitCode, 0) << opened.output.toStdString();
    for (const PackFile& file : m_files)
        EXPECT_NE(test::fileBytes(inner + QLatin1Char('/') + file.path), file.bytes)
            << file.path.toStdString();
}

TEST_F(EncryptedPackTest, SevenZipListsOneAes256EntryAndNoFileNames)
{
    if (m_sevenZip.isEmpty())
        GTEST_SKIP() << "7z (p7zip-full) is not installed";
    const ToolRun listing = sevenZip({QStringLiteral("l"), QStringLiteral("-slt"), packPath()});
    ASSERT_EQ(listing.exitCode, 0) << listing.output.toStdString();
    // Entries follow the "----------" line, each starting with "Path = ".
    const QString entries = listing.output.section(QStringLiteral("----------"), 1);
    QStringList blocks = entries.split(QStringLiteral("Path = "));
    blocks.removeIf([](const QString& block) { return block.trimmed().isEmpty(); });
    ASSERT_EQ(blocks.size(), 1) << listing.output.toStdString();
    EXPECT_TRUE(blocks.first().startsWith(QStringLiteral("referral-pack.zip")))
        << blocks.first().toStdString();
    EXPECT_TRUE(blocks.first().contains(QStringLiteral("Method = AES-256"))) << blocks.first().toStdString();
    EXPECT_TRUE(blocks.first().contains(QStringLiteral("Encrypted = +"))) << blocks.first().toStdString();
    // Without the passphrase nobody learns what the pack holds: no file name is listed.
    for (const PackFile& file : m_files)
        EXPECT_FALSE(listing.output.contains(file.path)) << file.path.toStdString();
    EXPECT_FALSE(listing.output.contains(QStringLiteral("manifest.json")));
}

TEST_F(EncryptedPackTest, TheRawBytesHideTheContent)
{
    const QByteArray encrypted = test::fileBytes(packPath());
    EXPECT_FALSE(encrypted.contains(Marker));
    // Nor any file name: the ZIP directory of the inner archive is encrypted with its content.
    for (const PackFile& file : m_files)
        EXPECT_FALSE(encrypted.contains(file.path.toUtf8())) << file.path.toStdString();
    EXPECT_FALSE(encrypted.contains(QByteArrayLiteral("manifest.json")));
    // A run of the attachment's random (incompressible, so stored verbatim by deflate) bytes is readable in
    // an unencrypted pack, proving this check can fail; in the encrypted one it is not.
    const QByteArray run = m_files.at(2).bytes.mid(1000, 64);
    EXPECT_FALSE(encrypted.contains(run));
    const QString plainPath = m_folder.path(QStringLiteral("plain.zip"));
    ASSERT_EQ(PackArchive(m_clock).write(plainPath, m_files, std::nullopt).status, PackWriteStatus::Written);
    EXPECT_TRUE(test::fileBytes(plainPath).contains(run));
}

TEST_F(EncryptedPackTest, VerifyNeedsTheRightPassphrase)
{
    const PackVerifyReport report = PackVerifier::verify(packPath(), test::secret(Passphrase));
    for (const PackProblem& problem : report.problems)
        ADD_FAILURE() << problem.file.toStdString() << ": " << problem.what.toStdString();
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.summary.encrypted);
    EXPECT_TRUE(report.summary.namesHidden);
    EXPECT_EQ(report.summary.files.size(), m_files.size());

    const auto expectRefused = [&](const std::optional<SecureBytes>& wrong) {
        try {
            (void)PackVerifier::verify(packPath(), wrong);
            ADD_FAILURE() << "an encrypted pack was read without its passphrase";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::AuthenticationFailed);
            EXPECT_TRUE(error.message().contains(QStringLiteral("passphrase")))
                << error.message().toStdString();
        }
    };
    expectRefused(std::nullopt);
    expectRefused(test::secret("not the passphrase"));
}

} // namespace
