#include "export/PackVerifier.h"

#include "core/Error.h"
#include "export/PackArchive.h"
#include "export/PackPassphrase.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
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
        // Encrypted, the pack holds one entry (the inner archive), whose authentication code covers it all.
        ASSERT_EQ(ranges.size(), passphrase ? 1 : 4);
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

TEST_F(PackVerifierTest, AFileAddedBesideTheEncryptedInnerArchiveIsReported)
{
    writePack(sampleFiles(), Passphrase);
    {
        ZipEditor editor(packPath());
        editor.put("attachments/added-later.txt", QByteArrayLiteral("not part of the referral"));
        editor.save();
    }
    const PackVerifyReport report = verify(Passphrase);
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(hasProblem(report, QStringLiteral("attachments/added-later.txt"),
                           QStringLiteral("outside the encrypted inner archive")))
        << describe(report).toStdString();
    // The inner archive itself is still checked, and is intact.
    EXPECT_EQ(report.problems.size(), 1) << describe(report).toStdString();
    EXPECT_EQ(report.summary.files.size(), sampleFiles().size());
}

TEST_F(PackVerifierTest, AnEncryptedPackHidesItsFileNamesAndIsCheckedInside)
{
    writePack(sampleFiles(), Passphrase);
    const QByteArray bytes = test::fileBytes(packPath());
    for (const PackFile& file : sampleFiles())
        EXPECT_FALSE(bytes.contains(file.path.toUtf8())) << file.path.toStdString();
    EXPECT_EQ(dataRanges(bytes).keys(), QStringList{QStringLiteral("referral-pack.zip")});

    const PackVerifyReport report = verify(Passphrase);
    EXPECT_TRUE(report.ok) << describe(report).toStdString();
    EXPECT_TRUE(report.summary.encrypted);
    EXPECT_TRUE(report.summary.namesHidden);
    EXPECT_EQ(report.summary.manifestSha256, m_manifestSha256);
    EXPECT_EQ(report.summary.files.size(), sampleFiles().size());
}

TEST_F(PackVerifierTest, APackOfTheFirstEncryptedLayoutStillVerifies)
{
    // Lantern before the inner archive encrypted each file on its own, names readable: re-encrypt a plain
    // pack that way with libzip.
    writePack(sampleFiles());
    {
        int code = 0;
        zip_t* archive = zip_open(QFile::encodeName(packPath()).constData(), 0, &code);
        ASSERT_NE(archive, nullptr);
        for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i)
            ASSERT_EQ(
                zip_file_set_encryption(archive, static_cast<zip_uint64_t>(i), ZIP_EM_AES_256, Passphrase),
                0);
        ASSERT_EQ(zip_close(archive), 0);
    }
    EXPECT_TRUE(test::fileBytes(packPath()).contains("referral.json")); // what the inner archive now hides
    const PackVerifyReport report = verify(Passphrase);
    EXPECT_TRUE(report.ok) << describe(report).toStdString();
    EXPECT_TRUE(report.summary.encrypted);
    EXPECT_FALSE(report.summary.namesHidden);
    EXPECT_EQ(report.summary.manifestSha256, m_manifestSha256);
    EXPECT_THROW((void)verify(), Error);
    EXPECT_THROW((void)verify("not the passphrase"), Error);
}

TEST_F(PackVerifierTest, ThePassphraseIsAskedForOnlyWhenThePackIsEncrypted)
{
    int asked = 0;
    const PassphrasePrompt prompt = [&asked]() -> std::optional<SecureBytes> {
        ++asked;
        return test::secret(Passphrase);
    };
    writePack(sampleFiles());
    EXPECT_TRUE(PackVerifier::verify(packPath(), prompt).ok);
    EXPECT_EQ(asked, 0);
    writePack(sampleFiles(), Passphrase);
    EXPECT_TRUE(PackVerifier::verify(packPath(), prompt).ok);
    EXPECT_EQ(asked, 1);
}

TEST_F(PackVerifierTest, AGeneratedPassphraseReadOutByPhoneMayBeTypedWithSpacesOrCapitals)
{
    const SecureBytes generated = PackPassphrase::generate();
    const QString words = QString::fromLatin1(reinterpret_cast<const char*>(generated.data()),
                                              static_cast<qsizetype>(generated.size()));
    const PackWriteResult result = PackArchive(m_clock).write(packPath(), sampleFiles(), generated.clone());
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    QString typed = words;
    typed.replace(QLatin1Char('-'), QStringLiteral("  "));
    typed[0] = typed[0].toUpper();
    typed += QLatin1Char(' ');
    EXPECT_TRUE(PackVerifier::verify(packPath(), test::secret(typed.toUtf8().constData())).ok);
    // One word wrong is the wrong passphrase, whatever the spacing.
    QStringList wrong = words.split(QLatin1Char('-'));
    wrong.last() = wrong.last() == QStringLiteral("zoom") ? QStringLiteral("abacus") : QStringLiteral("zoom");
    EXPECT_THROW((void)PackVerifier::verify(packPath(), test::secret(wrong.join(u' ').toUtf8().constData())),
                 Error);
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

// --- Zip bombs and oversized packs -------------------------------------------------------------------------

void putLittle32(QByteArray& bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// Makes a ZIP in memory with libzip: each entry deflated, or with `password` the whole list AES-256
// encrypted.
QByteArray makeZip(const QList<PackFile>& entries, const char* password = nullptr)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive)
        throw std::runtime_error("could not start a zip");
    for (const PackFile& entry : entries) {
        zip_source_t* source = zip_source_buffer(archive, entry.bytes.constData(),
                                                 static_cast<zip_uint64_t>(entry.bytes.size()), 0);
        const zip_int64_t index = zip_file_add(archive, entry.path.toUtf8().constData(), source, 0);
        if (index < 0)
            throw std::runtime_error("could not add to a zip");
        if (password &&
            zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, password) != 0)
            throw std::runtime_error("could not encrypt");
    }
    if (zip_close(archive) != 0)
        throw std::runtime_error("could not finish a zip");
    zip_stat_t stat;
    zip_source_stat(buffer, &stat);
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    zip_source_open(buffer);
    zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    return bytes;
}

// Rewrites what the local header and the central directory say entry `name` expands to, as a bomb's maker
// does.
void declareSize(QByteArray& zipBytes, const QString& name, quint32 size)
{
    const qsizetype end = zipBytes.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    const quint16 count = little16(zipBytes, end + 10);
    qsizetype at = little32(zipBytes, end + 16);
    for (quint16 i = 0; i < count; ++i) {
        const quint16 nameLength = little16(zipBytes, at + 28);
        const quint32 local = little32(zipBytes, at + 42);
        if (QString::fromUtf8(zipBytes.mid(at + 46, nameLength)) == name) {
            putLittle32(zipBytes, at + 24, size);
            putLittle32(zipBytes, local + 22, size);
            return;
        }
        at += 46 + nameLength + little16(zipBytes, at + 30) + little16(zipBytes, at + 32);
    }
    throw std::runtime_error("no such entry");
}

class ZipBombTest : public PackVerifierTest {
protected:
    void save(const QByteArray& bytes)
    {
        QFile file(packPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    // Verifies, expecting a refusal that names `file` and says `words`, quickly (nothing was inflated).
    void expectRefused(const QString& file, const QString& words, const char* passphrase = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        const PackVerifyReport report = verify(passphrase);
        EXPECT_LT(timer.elapsed(), 5000) << "took " << timer.elapsed() << " ms";
        EXPECT_FALSE(report.ok);
        EXPECT_TRUE(hasProblem(report, file, words)) << describe(report).toStdString();
    }

    const QByteArray m_zeros = QByteArray(8 << 20, '\0'); // 8 MiB: deflates to about 8 KiB
};

TEST_F(ZipBombTest, AnEntryDeclaringTwoGibibytesIsRefusedBeforeAnythingIsRead)
{
    QList<PackFile> files = sampleFiles();
    files.append({QStringLiteral("attachments/bomb.bin"), QByteArray(64 * 1024, '\0')});
    QByteArray bytes = makeZip(files);
    declareSize(bytes, QStringLiteral("attachments/bomb.bin"), 0x80000000U); // 2 GiB
    save(bytes);
    ASSERT_LT(QFileInfo(packPath()).size(), 64 * 1024);
    expectRefused(QStringLiteral("attachments/bomb.bin"), QStringLiteral("expands to 2.0 GiB"));
}

TEST_F(ZipBombTest, AnEntryThatCompressesAThousandToOneIsRefused)
{
    QList<PackFile> files = sampleFiles();
    files.append({QStringLiteral("attachments/zeros.bin"), m_zeros});
    save(makeZip(files));
    ASSERT_LT(QFileInfo(packPath()).size(), 64 * 1024);
    expectRefused(QStringLiteral("attachments/zeros.bin"), QStringLiteral("to 1"));
}

TEST_F(ZipBombTest, AnEntryThatExpandsBeyondItsDeclaredSizeIsStoppedThere)
{
    // The directory says 1,000 bytes (so the limits pass); the data inflates to 8 MiB.
    QList<PackFile> files = sampleFiles();
    files.append({QStringLiteral("attachments/liar.bin"), m_zeros});
    QByteArray bytes = makeZip(files);
    declareSize(bytes, QStringLiteral("attachments/liar.bin"), 1000);
    save(bytes);
    expectRefused(QStringLiteral("attachments/liar.bin"), QStringLiteral("more than the 1000 bytes"));
}

TEST_F(ZipBombTest, TooManyEntriesAreRefused)
{
    QList<PackFile> files = sampleFiles();
    for (int i = 0; i <= PackVerifier::MaxEntries; ++i)
        files.append(
            {QStringLiteral("attachments/%1.txt").arg(i, 4, 10, QLatin1Char('0')), QByteArrayLiteral("x")});
    save(makeZip(files));
    expectRefused(QStringLiteral("pack.zip"), QStringLiteral("holds %1 entries").arg(files.size()));
}

TEST_F(ZipBombTest, MoreThanOneGibibyteInAllIsRefused)
{
    // Three entries of 400 MiB each by their directory (each under the per-file limit, at a plausible ratio).
    QList<PackFile> files = sampleFiles();
    for (int i = 1; i <= 3; ++i)
        files.append({QStringLiteral("attachments/%1.bin").arg(i), randomBytes(3 << 20)});
    QByteArray bytes = makeZip(files);
    for (int i = 1; i <= 3; ++i)
        declareSize(bytes, QStringLiteral("attachments/%1.bin").arg(i), 400U << 20);
    save(bytes);
    expectRefused(QStringLiteral("pack.zip"), QStringLiteral("more than 1.0 GiB in all"));
}

TEST_F(ZipBombTest, ABombInsideTheEncryptedInnerArchiveIsRefusedToo)
{
    QList<PackFile> files = sampleFiles();
    files.append({QStringLiteral("attachments/zeros.bin"), m_zeros});
    const QByteArray inner = makeZip(files);
    save(makeZip({{QStringLiteral("referral-pack.zip"), inner}}, Passphrase));
    expectRefused(QStringLiteral("attachments/zeros.bin"), QStringLiteral("to 1"), Passphrase);
}

TEST_F(ZipBombTest, APackFileOverTheLimitIsNotOpened)
{
    // A sparse file: 1 GiB and a byte by its size, nothing on disk.
    QFile file(packPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(PackVerifier::MaxPackFileSize + 1));
    file.close();
    expectRefused(QStringLiteral("pack.zip"), QStringLiteral("Lantern checks packs of at most 1.0 GiB"));
}

} // namespace
