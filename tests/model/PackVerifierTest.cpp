#include "export/PackVerifier.h"

#include "core/Error.h"
#include "export/PackArchive.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QMap>
#include <cstring>
#include <gtest/gtest.h>
#include <sodium.h>
#include <zip.h>

using namespace lantern;

namespace {

const char* const Passphrase = "correct horse battery staple";

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(size));
    return bytes;
}

QByteArray
referralJson(const QByteArray& body = QByteArrayLiteral(R"("child":{"name":"A"},"referrer":{"name":"B"})"))
{
    return QByteArrayLiteral(R"({"schema_version":"1.0.0",)") + body + QByteArrayLiteral("}");
}

QList<PackFile> sampleFiles(const QByteArray& json = referralJson())
{
    return {
        {QStringLiteral("referral.json"), json},
        {QStringLiteral("referral.pdf"), QByteArrayLiteral("%PDF-1.7\n") + QByteArray(4000, 'p')},
        {QStringLiteral("attachments/note.txt"),
         QByteArrayLiteral("A handwritten note, typed up. ") + randomBytes(2000)},
    };
}

quint32 little32(const QByteArray& bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

quint16 little16(const QByteArray& bytes, qsizetype at)
{
    return static_cast<quint16>(static_cast<quint8>(bytes.at(at)) |
                                (static_cast<quint8>(bytes.at(at + 1)) << 8));
}

struct DataRange {
    qint64 offset = 0;
    qint64 size = 0;
};

// Where each entry's stored (compressed, perhaps encrypted) data lies in the ZIP file, from the central
// directory and the local headers: enough to damage exactly one entry's data the way a bad disk or a tamperer
// would.
QMap<QString, DataRange> dataRanges(const QByteArray& zipBytes)
{
    const qsizetype end = zipBytes.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    if (end < 0)
        throw std::runtime_error("no end of central directory");
    const quint16 count = little16(zipBytes, end + 10);
    qsizetype at = little32(zipBytes, end + 16);
    QMap<QString, DataRange> ranges;
    for (quint16 i = 0; i < count; ++i) {
        if (little32(zipBytes, at) != 0x02014b50)
            throw std::runtime_error("bad central directory header");
        const quint32 compressedSize = little32(zipBytes, at + 20);
        const quint16 nameLength = little16(zipBytes, at + 28);
        const quint16 extraLength = little16(zipBytes, at + 30);
        const quint16 commentLength = little16(zipBytes, at + 32);
        const quint32 localHeader = little32(zipBytes, at + 42);
        const QString name = QString::fromUtf8(zipBytes.mid(at + 46, nameLength));
        const qint64 data =
            localHeader + 30 + little16(zipBytes, localHeader + 26) + little16(zipBytes, localHeader + 28);
        ranges.insert(name, {data, compressedSize});
        at += 46 + nameLength + extraLength + commentLength;
    }
    return ranges;
}

// Edits a pack with libzip the way someone with zip tools would: the other entries are copied as they are.
class ZipEditor {
public:
    explicit ZipEditor(const QString& path)
    {
        int code = 0;
        m_archive = zip_open(QFile::encodeName(path).constData(), 0, &code);
        if (!m_archive)
            throw std::runtime_error("could not open the pack to edit it");
    }
    ~ZipEditor()
    {
        if (m_archive)
            zip_discard(m_archive);
    }
    ZipEditor(const ZipEditor&) = delete;
    ZipEditor& operator=(const ZipEditor&) = delete;

    void put(const char* name, const QByteArray& bytes)
    {
        m_kept.append(bytes);
        zip_source_t* source = zip_source_buffer(m_archive, m_kept.last().constData(),
                                                 static_cast<zip_uint64_t>(bytes.size()), 0);
        if (!source || zip_file_add(m_archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0)
            throw std::runtime_error("could not put a file into the pack");
    }
    void remove(const char* name)
    {
        const zip_int64_t index = zip_name_locate(m_archive, name, 0);
        if (index < 0 || zip_delete(m_archive, static_cast<zip_uint64_t>(index)) != 0)
            throw std::runtime_error("could not delete from the pack");
    }
    void save()
    {
        if (zip_close(m_archive) != 0)
            throw std::runtime_error(zip_strerror(m_archive));
        m_archive = nullptr;
    }

private:
    zip_t* m_archive = nullptr;
    QList<QByteArray> m_kept;
};

QString describe(const PackVerifyReport& report)
{
    QString text;
    for (const PackProblem& problem : report.problems)
        text += problem.file + QStringLiteral(": ") + problem.what + QLatin1Char('\n');
    return text;
}

bool hasProblem(const PackVerifyReport& report, const QString& file, const QString& words = {})
{
    for (const PackProblem& problem : report.problems)
        if (problem.file == file && problem.what.contains(words))
            return true;
    return false;
}

class PackVerifierTest : public ::testing::Test {
protected:
    QString packPath() const { return m_folder.path(QStringLiteral("pack.zip")); }

    void writePack(const QList<PackFile>& files, const char* passphrase = nullptr)
    {
        std::optional<SecureBytes> secret;
        if (passphrase)
            secret = test::secret(passphrase);
        const PackWriteResult result = PackArchive(m_clock).write(packPath(), files, std::move(secret));
        ASSERT_EQ(result.status, PackWriteStatus::Written);
        m_manifestSha256 = result.manifestSha256;
    }

    PackVerifyReport verify(const char* passphrase = nullptr) const
    {
        std::optional<SecureBytes> secret;
        if (passphrase)
            secret = test::secret(passphrase);
        return PackVerifier::verify(packPath(), secret);
    }

    // Flips one byte in the middle of each entry's stored data, in a fresh pack each time, and expects the
    // verifier to name exactly that entry.
    void expectEveryFlippedEntryIsNamed(const char* passphrase)
    {
        writePack(sampleFiles(), passphrase);
        const QByteArray original = test::fileBytes(packPath());
        const QMap<QString, DataRange> ranges = dataRanges(original);
        ASSERT_EQ(ranges.size(), 4);
        for (auto range = ranges.cbegin(); range != ranges.cend(); ++range) {
            QFile file(packPath());
            ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(original);
            file.close();
            test::flipByte(packPath(), range->offset + range->size / 2);

            const PackVerifyReport report = verify(passphrase);
            EXPECT_FALSE(report.ok) << range.key().toStdString();
            EXPECT_TRUE(hasProblem(report, range.key())) << range.key().toStdString() << "\n"
                                                         << describe(report).toStdString();
            for (const PackProblem& problem : report.problems)
                EXPECT_EQ(problem.file, range.key()) << describe(report).toStdString();
        }
    }

    test::TempFolder m_folder;
    ManualClock m_clock{test::fixedNow()};
    QString m_manifestSha256;
};

TEST_F(PackVerifierTest, AnIntactPackIsOkAndShowsTheManifestHashToCompareByPhone)
{
    writePack(sampleFiles());
    const PackVerifyReport report = verify();
    EXPECT_TRUE(report.ok) << describe(report).toStdString();
    EXPECT_EQ(report.summary.manifestSha256.size(), 64);
    EXPECT_EQ(report.summary.manifestSha256, m_manifestSha256);
}

TEST_F(PackVerifierTest, AChangedByteInAnyEntryNamesThatEntry)
{
    expectEveryFlippedEntryIsNamed(nullptr);
}

TEST_F(PackVerifierTest, AChangedByteInAnyEncryptedEntryNamesThatEntry)
{
    expectEveryFlippedEntryIsNamed(Passphrase);
}

TEST_F(PackVerifierTest, AFileAddedWithZipToolsIsReportedAsExtra)
{
    writePack(sampleFiles());
    {
        ZipEditor editor(packPath());
        editor.put("attachments/added-later.txt", QByteArrayLiteral("not part of the referral"));
        editor.save();
    }
    const PackVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(
        hasProblem(report, QStringLiteral("attachments/added-later.txt"), QStringLiteral("not listed")))
        << describe(report).toStdString();
    EXPECT_EQ(report.problems.size(), 1) << describe(report).toStdString();
}

TEST_F(PackVerifierTest, AnUnencryptedFileAddedToAnEncryptedPackIsReported)
{
    writePack(sampleFiles(), Passphrase);
    {
        ZipEditor editor(packPath());
        editor.put("attachments/added-later.txt", QByteArrayLiteral("not part of the referral"));
        editor.save();
    }
    const PackVerifyReport report = verify(Passphrase);
    EXPECT_TRUE(
        hasProblem(report, QStringLiteral("attachments/added-later.txt"), QStringLiteral("not encrypted")))
        << describe(report).toStdString();
    EXPECT_TRUE(
        hasProblem(report, QStringLiteral("attachments/added-later.txt"), QStringLiteral("not listed")))
        << describe(report).toStdString();
}

TEST_F(PackVerifierTest, AFileWithAnUnsafeNameIsReported)
{
    writePack(sampleFiles());
    {
        ZipEditor editor(packPath());
        editor.put("../escape.txt", QByteArrayLiteral("x"));
        editor.save();
    }
    const PackVerifyReport report = verify();
    EXPECT_TRUE(hasProblem(report, QStringLiteral("../escape.txt"), QStringLiteral("may not contain")))
        << describe(report).toStdString();
}

TEST_F(PackVerifierTest, AFileRemovedFromThePackIsReportedAsMissing)
{
    writePack(sampleFiles());
    {
        ZipEditor editor(packPath());
        editor.remove("attachments/note.txt");
        editor.save();
    }
    const PackVerifyReport report = verify();
    EXPECT_TRUE(
        hasProblem(report, QStringLiteral("attachments/note.txt"), QStringLiteral("missing from the pack")))
        << describe(report).toStdString();
}

TEST_F(PackVerifierTest, AReplacedFileIsReportedAsAHashMismatch)
{
    writePack(sampleFiles());
    {
        ZipEditor editor(packPath());
        QByteArray changed = sampleFiles().first().bytes;
        changed.replace("\"A\"", "\"Z\"");
        editor.put("referral.json", changed);
        editor.save();
    }
    const PackVerifyReport report = verify();
    EXPECT_TRUE(hasProblem(report, QStringLiteral("referral.json"), QStringLiteral("SHA-256")))
        << describe(report).toStdString();
    EXPECT_EQ(report.problems.size(), 1) << describe(report).toStdString();
}

TEST_F(PackVerifierTest, ASizeThatDisagreesWithTheManifestIsReported)
{
    writePack(sampleFiles());
    {
        ZipEditor editor(packPath());
        editor.put("attachments/note.txt", QByteArrayLiteral("shorter"));
        editor.save();
    }
    const PackVerifyReport report = verify();
    EXPECT_TRUE(hasProblem(report, QStringLiteral("attachments/note.txt"),
                           QStringLiteral("bytes but the manifest says")))
        << describe(report).toStdString();
}

TEST_F(PackVerifierTest, AMissingManifestIsReported)
{
    writePack(sampleFiles());
    {
        ZipEditor editor(packPath());
        editor.remove("manifest.json");
        editor.save();
    }
    const PackVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(hasProblem(report, QStringLiteral("manifest.json"), QStringLiteral("missing")))
        << describe(report).toStdString();
    EXPECT_TRUE(report.summary.manifestSha256.isEmpty());
}

TEST_F(PackVerifierTest, AConsistentlyRewrittenManifestIsOnlyCaughtByItsHashReadOutByPhone)
{
    // Someone who rewrites manifest.json with zip tools produces a valid entry (fresh CRC) that still lists
    // the right hashes; only the manifest's own SHA-256, compared by phone with the sender's, shows the
    // change.
    writePack(sampleFiles());
    const QString sent = m_manifestSha256;
    {
        int code = 0;
        zip_t* archive = zip_open(QFile::encodeName(packPath()).constData(), ZIP_RDONLY, &code);
        ASSERT_NE(archive, nullptr);
        zip_file_t* file = zip_fopen(archive, "manifest.json", 0);
        ASSERT_NE(file, nullptr);
        QByteArray manifest(64 * 1024, Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file, manifest.data(), static_cast<zip_uint64_t>(manifest.size()));
        zip_fclose(file);
        zip_discard(archive);
        ASSERT_GT(got, 0);
        manifest.truncate(static_cast<qsizetype>(got));
        manifest.replace("2026-11-25T09:30:00.000Z", "2026-11-24T09:30:00.000Z");
        ZipEditor editor(packPath());
        editor.put("manifest.json", manifest);
        editor.save();
    }
    const PackVerifyReport report = verify();
    EXPECT_TRUE(report.ok) << describe(report).toStdString();
    EXPECT_EQ(report.summary.createdAt, QStringLiteral("2026-11-24T09:30:00.000Z"));
    EXPECT_NE(report.summary.manifestSha256, sent);
}

TEST_F(PackVerifierTest, AMalformedManifestIsReported)
{
    const QList<std::pair<QByteArray, QString>> cases = {
        {QByteArrayLiteral("{not json"), QStringLiteral("not valid JSON")},
        {QByteArrayLiteral("[]"), QStringLiteral("not a JSON object")},
        {QByteArrayLiteral(
             R"({"format":"lantern-referral-pack","schema_version":"2.0.0","producer":{"name":"Lantern",)"
             R"("version":"9"},"created_at":"2026-11-25T09:30:00.000Z","files":[]})"),
         QStringLiteral("unknown")},
        {QByteArrayLiteral(
             R"({"format":"zip","schema_version":"1.0.0","producer":{"name":"Lantern","version":"9"},)"
             R"("created_at":"2026-11-25T09:30:00.000Z","files":[]})"),
         QStringLiteral("\"format\"")},
        {QByteArrayLiteral(
             R"({"format":"lantern-referral-pack","schema_version":"1.0.0","producer":{"name":"Lantern",)"
             R"("version":"9"},"created_at":"2026-11-25T09:30:00.000Z","files":[{"path":"../x",)"
             R"("sha256":"00","size":1}]})"),
         QStringLiteral("path")},
        {QByteArrayLiteral(
             R"({"format":"lantern-referral-pack","schema_version":"1.1.0","producer":{"name":"Lantern",)"
             R"("version":"9"},"created_at":"2026-11-25T09:30:00.000Z","files":[],"audit_anchor":"entry 5"})"),
         QStringLiteral("\"audit_anchor\" is not an object")},
    };
    for (const auto& [manifest, words] : cases) {
        writePack(sampleFiles());
        {
            ZipEditor editor(packPath());
            editor.put("manifest.json", manifest);
            editor.save();
        }
        const PackVerifyReport report = verify();
        EXPECT_FALSE(report.ok);
        EXPECT_TRUE(hasProblem(report, QStringLiteral("manifest.json"), words))
            << words.toStdString() << "\n"
            << describe(report).toStdString();
    }
}

TEST_F(PackVerifierTest, ReferralJsonMustBeAnObjectWithTheTopLevelKeys)
{
    writePack(sampleFiles(referralJson(QByteArrayLiteral(R"("child":{"name":"A"})"))));
    PackVerifyReport report = verify();
    EXPECT_TRUE(hasProblem(report, QStringLiteral("referral.json"), QStringLiteral("\"referrer\"")))
        << describe(report).toStdString();

    writePack(sampleFiles(QByteArrayLiteral("{\"schema_version\": ")));
    report = verify();
    EXPECT_TRUE(hasProblem(report, QStringLiteral("referral.json"), QStringLiteral("not valid JSON")))
        << describe(report).toStdString();
}

TEST_F(PackVerifierTest, AFileThatIsNotAZipIsAProblemAndAMissingOneIsNotFound)
{
    QFile file(packPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(randomBytes(5000));
    file.close();
    const PackVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(hasProblem(report, QStringLiteral("pack.zip"), QStringLiteral("not a ZIP")))
        << describe(report).toStdString();

    try {
        (void)PackVerifier::verify(m_folder.path(QStringLiteral("absent.zip")));
        ADD_FAILURE() << "a missing pack was not reported";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::NotFound);
    }
}

} // namespace
