#include "export/PackVerifier.h"

#include "calendar/PartialDate.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"
#include "export/PackArchive.h"
#include "export/PackPassphrase.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <cstring>
#include <sodium.h>
#include <utility>
#include <vector>
#include <zip.h>

namespace lantern {

namespace {

// JSON files are kept in memory to be parsed; anything bigger than this is not a plausible manifest or
// referral.
constexpr qint64 JsonLimit = 64 * 1024 * 1024;

QString describeZipError(zip_error_t* error)
{
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_CRC:
        return QStringLiteral("its data is damaged or has been changed (the ZIP checksum or the encryption "
                              "authentication code does not match)");
    case ZIP_ER_COMPRESSED_DATA:
    case ZIP_ER_ZLIB:
        return QStringLiteral("its compressed data is damaged or has been changed");
    case ZIP_ER_WRONGPASSWD:
        return QStringLiteral(
            "it cannot be decrypted with the passphrase that opens the manifest (damaged or "
            "replaced)");
    case ZIP_ER_NOPASSWD:
        return QStringLiteral("it is encrypted although the manifest is not");
    case ZIP_ER_COMPNOTSUPP:
    case ZIP_ER_ENCRNOTSUPP:
        return QStringLiteral("it uses a compression or encryption method Lantern cannot read");
    default:
        return QStringLiteral("it cannot be read (%1)")
            .arg(QString::fromLocal8Bit(zip_error_strerror(error)));
    }
}

// The result of reading one entry to its end.
struct EntryContent {
    int zipError = ZIP_ER_OK;
    QString failure; // why it could not be read, or empty
    qint64 size = 0;
    QString sha256;
    QByteArray bytes;      // the first bytes, up to the limit the caller asked for
    bool tooLarge = false; // longer than that limit
    bool overran = false;  // expanded past the size its ZIP directory declared: reading stopped there
};

class ZipReader {
public:
    explicit ZipReader(zip_t* archive)
        : m_archive(archive)
    {}
    ~ZipReader() { zip_discard(m_archive); }
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    zip_t* get() const { return m_archive; }

    // From here on entries are decrypted with `password` (UTF-8, NUL-terminated inside SecureBytes).
    void setPassword(SecureBytes password) { m_password = std::move(password); }
    bool hasPassword() const { return !m_password.empty(); }

    // Reads an entry through libzip's checks (decryption, decompression, CRC), hashing as it goes, and stops
    // as soon as it has expanded past the size its directory declared (checked against the limits
    // beforehand).
    EntryContent read(zip_uint64_t index, qint64 keepLimit) const
    {
        zip_stat_t stat;
        zip_stat_init(&stat);
        const qint64 declared =
            zip_stat_index(m_archive, index, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)
                ? static_cast<qint64>(stat.size)
                : PackVerifier::MaxEntrySize;
        EntryContent content;
        const char* password =
            m_password.empty() ? nullptr : reinterpret_cast<const char*>(m_password.data());
        zip_file_t* file = zip_fopen_index_encrypted(m_archive, index, 0, password);
        if (!file) {
            zip_error_t* error = zip_get_error(m_archive);
            content.zipError = zip_error_code_zip(error);
            content.failure = describeZipError(error);
            zip_error_clear(m_archive);
            return content;
        }
        crypto_hash_sha256_state hash;
        crypto_hash_sha256_init(&hash);
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
            if (got < 0) {
                zip_error_t* error = zip_file_get_error(file);
                content.zipError = zip_error_code_zip(error);
                content.failure = describeZipError(error);
                break;
            }
            if (got == 0)
                break;
            crypto_hash_sha256_update(&hash, reinterpret_cast<const unsigned char*>(buffer),
                                      static_cast<unsigned long long>(got));
            content.size += got;
            if (content.size > declared) {
                content.overran = true;
                content.failure =
                    QStringLiteral("it expands to more than the %1 bytes its ZIP directory declares (reading "
                                   "stopped there: a zip bomb, or damage)")
                        .arg(declared);
                break;
            }
            const qint64 room = keepLimit - content.bytes.size();
            if (room > 0)
                content.bytes.append(buffer, static_cast<qsizetype>(got < room ? got : room));
        }
        sodium_memzero(buffer, sizeof buffer);
        zip_fclose(file);
        content.tooLarge = content.size > keepLimit;
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&hash, digest);
        content.sha256 =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
        return content;
    }

    bool isEncrypted(zip_uint64_t index) const
    {
        zip_stat_t stat;
        zip_stat_init(&stat);
        return zip_stat_index(m_archive, index, 0, &stat) == 0 &&
               (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE;
    }

private:
    zip_t* m_archive;
    SecureBytes m_password;
};

// NUL-terminated copy for libzip.
SecureBytes cPassword(const SecureBytes& passphrase)
{
    SecureBytes password(passphrase.size() + 1);
    if (!passphrase.empty())
        std::memcpy(password.data(), passphrase.data(), passphrase.size());
    password.data()[passphrase.size()] = 0;
    return password;
}

QString sizeText(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30))
        return QStringLiteral("%1 GiB").arg(static_cast<double>(bytes) / double(qint64(1) << 30), 0, 'f', 1);
    if (bytes >= (qint64(1) << 20))
        return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / double(qint64(1) << 20), 0, 'f', 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

// Checks what a ZIP's directory declares against the limits, before any entry is read. `label` names the ZIP
// (the pack's file name, or the inner archive). False, with the problem, when the ZIP must not be read.
bool withinLimits(zip_t* archive, const QString& label, QList<PackProblem>& problems)
{
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > PackVerifier::MaxEntries) {
        problems.append(
            {label, QStringLiteral("holds %1 entries; a referral pack holds at most %2, so it was "
                                   "not read (not a referral pack, or a zip bomb)")
                        .arg(count)
                        .arg(PackVerifier::MaxEntries)});
        return false;
    }
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0)
            continue; // reported when the entry is read
        const char* rawName = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
        const QString name = rawName ? QString::fromUtf8(rawName) : label;
        const qint64 size = (stat.valid & ZIP_STAT_SIZE) ? static_cast<qint64>(stat.size) : 0;
        const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? static_cast<qint64>(stat.comp_size) : 0;
        if (size > PackVerifier::MaxEntrySize) {
            problems.append(
                {name, QStringLiteral("expands to %1; Lantern checks files of at most %2, so the pack "
                                      "was not read (not a referral pack, or a zip bomb)")
                           .arg(sizeText(size), sizeText(PackVerifier::MaxEntrySize))});
            return false;
        }
        if (size > PackVerifier::RatioFloor &&
            size / std::max<qint64>(compressed, 1) > PackVerifier::MaxRatio) {
            problems.append(
                {name,
                 QStringLiteral("expands from %1 to %2 (%3 to 1); files in a referral pack never compress "
                                "more than %4 to 1, so the pack was not read (a zip bomb)")
                     .arg(sizeText(compressed), sizeText(size))
                     .arg(size / std::max<qint64>(compressed, 1))
                     .arg(PackVerifier::MaxRatio)});
            return false;
        }
        total += size;
        if (total > PackVerifier::MaxTotalSize) {
            problems.append(
                {label, QStringLiteral("expands to more than %1 in all; Lantern checks packs of at "
                                       "most that, so it was not read (not a referral pack, or a "
                                       "zip bomb)")
                            .arg(sizeText(PackVerifier::MaxTotalSize))});
            return false;
        }
    }
    return true;
}

zip_t* openPack(const QString& path, QList<PackProblem>& problems)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorKind::NotFound, ModelText::tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("%1 is not a file.").arg(path));
    if (info.size() > PackVerifier::MaxPackFileSize) {
        problems.append(
            {info.fileName(), QStringLiteral("is %1; Lantern checks packs of at most %2, so it was "
                                             "not read")
                                  .arg(sizeText(info.size()), sizeText(PackVerifier::MaxPackFileSize))});
        return nullptr;
    }
    const QByteArray name = QFile::encodeName(path);
    int code = 0;
    zip_t* archive = zip_open(name.constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (archive)
        return archive;
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
    if (code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_SEEK || code == ZIP_ER_MEMORY)
        throw Error(ErrorKind::Io, ModelText::tr("Could not read %1 (%2).").arg(path, text));
    problems.append({info.fileName(),
                     QStringLiteral("is not a ZIP file, or its ZIP directory is damaged (%1)").arg(text)});
    return nullptr;
}

void checkReferralJson(const QByteArray& json, QList<PackProblem>& problems)
{
    const QString file = QString::fromLatin1(PackManifest::ReferralJson);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append({file, QStringLiteral("is not valid JSON (%1 at byte %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)});
        return;
    }
    if (!document.isObject()) {
        problems.append({file, QStringLiteral("is not a JSON object")});
        return;
    }
    const QJsonObject root = document.object();
    for (const char* key : {"schema_version", "child", "referrer"})
        if (!root.contains(QLatin1String(key)))
            problems.append({file, QStringLiteral("has no top-level \"%1\"").arg(QLatin1String(key))});
}

// Asks for the passphrase once and keeps it for every later entry.
class PassphraseKeeper {
public:
    explicit PassphraseKeeper(const PassphrasePrompt& prompt)
        : m_prompt(prompt)
    {}
    const std::optional<SecureBytes>& get()
    {
        if (!m_asked) {
            m_asked = true;
            if (m_prompt)
                m_passphrase = m_prompt();
        }
        return m_passphrase;
    }

private:
    const PassphrasePrompt& m_prompt;
    std::optional<SecureBytes> m_passphrase;
    bool m_asked = false;
};

// Finds the passphrase that opens entry `index` (as typed, then in Lantern's form) and gives it to `zip`.
// Throws Error(AuthenticationFailed) when there is none or it is wrong.
void unlock(ZipReader& zip, zip_uint64_t index, PassphraseKeeper& passphrase)
{
    const std::optional<SecureBytes>& typed = passphrase.get();
    if (!typed || typed->empty())
        throw Error(
            ErrorKind::AuthenticationFailed,
            ModelText::tr("This referral pack is encrypted: give the passphrase the sender told you."));
    std::vector<SecureBytes> candidates;
    candidates.push_back(cPassword(*typed));
    SecureBytes canonical = PackPassphrase::canonical(*typed);
    if (!canonical.empty() && !canonical.equals(*typed))
        candidates.push_back(cPassword(canonical));
    for (SecureBytes& candidate : candidates) {
        const char* password = reinterpret_cast<const char*>(candidate.data());
        zip_file_t* file = zip_fopen_index_encrypted(zip.get(), index, 0, password);
        if (file) {
            zip_fclose(file);
            zip.setPassword(std::move(candidate));
            return;
        }
        const int code = zip_error_code_zip(zip_get_error(zip.get()));
        zip_error_clear(zip.get());
        if (code != ZIP_ER_WRONGPASSWD) {
            // Not a passphrase problem: the read that follows reports it against the entry.
            zip.setPassword(std::move(candidate));
            return;
        }
    }
    throw Error(
        ErrorKind::AuthenticationFailed,
        ModelText::tr("The passphrase does not open this pack. Type the words exactly as the sender gave "
                      "them, with a hyphen between words."));
}

// Checks the files of a pack in `zip` (the pack itself, or its inner archive). `label` names that ZIP.
void checkFiles(ZipReader& zip, const QString& label, PassphraseKeeper& passphrase, PackVerifyReport& report)
{
    QList<PackProblem>& problems = report.problems;
    // Every entry by name; names that are not allowed or repeated are problems of their own.
    const QString manifestName = QString::fromLatin1(PackManifest::FileName);
    QHash<QString, zip_uint64_t> entries;
    QList<QString> order;
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    const bool readable = withinLimits(zip.get(), label, problems);
    if (!readable)
        return;
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        const char* rawName = zip_get_name(zip.get(), index, 0);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        if (entries.contains(name)) {
            problems.append({name, QStringLiteral("appears more than once in the pack")});
            continue;
        }
        if (name != manifestName) {
            const QString problem = PackManifest::pathProblem(name);
            if (!problem.isEmpty()) {
                problems.append(
                    {name,
                     QStringLiteral("is not a file a referral pack may hold: its name %1").arg(problem)});
                continue;
            }
        }
        entries.insert(name, index);
        order.append(name);
    }

    // The manifest first: it decides whether the passphrase is right and what everything else should be.
    PackManifest manifest;
    bool manifestUsable = false;
    bool encryptedEntries = false;
    if (!entries.contains(manifestName)) {
        problems.append(
            {manifestName, QStringLiteral("is missing from the pack, so no file can be checked")});
    } else {
        const zip_uint64_t index = entries.value(manifestName);
        const bool manifestEncrypted = zip.isEncrypted(index);
        report.summary.encrypted = report.summary.encrypted || manifestEncrypted;
        if (manifestEncrypted && !zip.hasPassword())
            unlock(zip, index, passphrase);
        EntryContent content = zip.read(index, JsonLimit);
        if (!content.failure.isEmpty()) {
            problems.append({manifestName, QStringLiteral("cannot be trusted: %1").arg(content.failure)});
        } else if (content.tooLarge) {
            problems.append({manifestName, QStringLiteral("is too large to be a manifest")});
        } else {
            encryptedEntries = manifestEncrypted;
            report.summary.manifestSha256 = content.sha256;
            QStringList manifestProblems;
            manifest = PackManifest::fromJson(content.bytes, manifestProblems);
            for (const QString& problem : manifestProblems)
                problems.append({manifestName, problem});
            manifestUsable = true;
            report.summary.producerName = manifest.producerName();
            report.summary.producerVersion = manifest.producerVersion();
            report.summary.createdAt =
                manifest.createdAt().isValid() ? isoUtc(manifest.createdAt()) : QString();
            report.summary.schemaVersion = manifest.schemaVersion();
            report.summary.files = manifest.files();
        }
    }

    QHash<QString, PackManifestFile> listed;
    for (const PackManifestFile& file : manifest.files())
        listed.insert(file.path, file);

    for (const QString& name : order) {
        if (name == manifestName)
            continue;
        const zip_uint64_t index = entries.value(name);
        const bool isReferralJson = name == QLatin1String(PackManifest::ReferralJson);
        const bool isReferralPdf = name == QLatin1String(PackManifest::ReferralPdf);
        EntryContent content = zip.read(index, isReferralJson ? JsonLimit : isReferralPdf ? 5 : 0);
        if (!content.failure.isEmpty()) {
            problems.append({name, QStringLiteral("cannot be trusted: %1").arg(content.failure)});
            continue;
        }
        if (encryptedEntries && !zip.isEncrypted(index))
            problems.append({name, QStringLiteral("is not encrypted, although the rest of the pack is")});
        if (manifestUsable) {
            if (!listed.contains(name)) {
                problems.append({name, QStringLiteral("is not listed in the manifest (an extra file)")});
            } else {
                const PackManifestFile& expected = listed.value(name);
                if (content.size != expected.size)
                    problems.append({name, QStringLiteral("is %1 bytes but the manifest says %2")
                                               .arg(content.size)
                                               .arg(expected.size)});
                else if (content.sha256 != expected.sha256)
                    problems.append(
                        {name, QStringLiteral("does not match its SHA-256 in the manifest (it has been "
                                              "changed since the pack was made)")});
            }
        }
        if (isReferralJson) {
            if (content.tooLarge)
                problems.append({name, QStringLiteral("is too large to be checked")});
            else
                checkReferralJson(content.bytes, problems);
        }
        if (isReferralPdf && !content.bytes.startsWith("%PDF-"))
            problems.append(
                {name, QStringLiteral("does not look like a PDF (it does not start with %PDF-)")});
        wipeBytes(content.bytes);
    }

    for (const PackManifestFile& file : manifest.files())
        if (!entries.contains(file.path))
            problems.append(
                {file.path, QStringLiteral("is listed in the manifest but missing from the pack")});
    for (const char* required : {PackManifest::ReferralJson, PackManifest::ReferralPdf}) {
        const QString name = QString::fromLatin1(required);
        if (!entries.contains(name) && !listed.contains(name))
            problems.append({name, QStringLiteral("is missing: every referral pack has one")});
    }
}

} // namespace

PackVerifyReport PackVerifier::verify(const QString& path, const std::optional<SecureBytes>& passphrase)
{
    return verify(path, [&passphrase]() -> std::optional<SecureBytes> {
        if (!passphrase)
            return std::nullopt;
        return passphrase->clone();
    });
}

PackVerifyReport PackVerifier::verify(const QString& path, const PassphrasePrompt& askPassphrase)
{
    ensureSodium();
    PackVerifyReport report;
    QList<PackProblem>& problems = report.problems;
    zip_t* opened = openPack(path, problems);
    if (!opened)
        return report;
    ZipReader outer(opened);
    PassphraseKeeper passphrase(askPassphrase);
    const QString label = QFileInfo(path).fileName();
    const QString innerName = QString::fromLatin1(PackArchive::InnerArchiveName);

    // A pack made with encryption: one entry, the inner archive, encrypted. Anything else beside it was added
    // after the pack was made.
    const zip_int64_t innerIndex = zip_name_locate(outer.get(), PackArchive::InnerArchiveName, 0);
    if (innerIndex < 0) {
        checkFiles(outer, label, passphrase, report);
        report.ok = problems.isEmpty();
        return report;
    }
    if (!withinLimits(outer.get(), label, problems))
        return report;
    const auto index = static_cast<zip_uint64_t>(innerIndex);
    const zip_int64_t outerCount = zip_get_num_entries(outer.get(), 0);
    for (zip_int64_t i = 0; i < outerCount; ++i) {
        const char* rawName = zip_get_name(outer.get(), static_cast<zip_uint64_t>(i), 0);
        if (static_cast<zip_uint64_t>(i) != index)
            problems.append(
                {rawName ? QString::fromUtf8(rawName) : label,
                 QStringLiteral("is outside the encrypted inner archive: it was added after the pack "
                                "was made, and was not read")});
    }
    report.summary.encrypted = outer.isEncrypted(index);
    report.summary.namesHidden = report.summary.encrypted;
    if (!report.summary.encrypted)
        problems.append({innerName, QStringLiteral("is not encrypted: a pack holds an inner archive only to "
                                                   "hide it under the passphrase")});
    else
        unlock(outer, index, passphrase);
    zip_stat_t stat;
    zip_stat_init(&stat);
    const qint64 declared = zip_stat_index(outer.get(), index, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)
                                ? static_cast<qint64>(stat.size)
                                : 0;
    EntryContent content = outer.read(index, declared);
    if (!content.failure.isEmpty()) {
        wipeBytes(content.bytes);
        problems.append({innerName, QStringLiteral("cannot be trusted: %1").arg(content.failure)});
        return report;
    }

    // The inner archive, opened from memory: its decrypted bytes never reach the disk.
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(
        content.bytes.constData(), static_cast<zip_uint64_t>(content.bytes.size()), 0, &error);
    zip_t* inner = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (!inner) {
        if (source)
            zip_source_free(source);
        problems.append({innerName, QStringLiteral("is not a ZIP file, or its ZIP directory is damaged (%1)")
                                        .arg(QString::fromLocal8Bit(zip_error_strerror(&error)))});
        zip_error_fini(&error);
        wipeBytes(content.bytes);
        return report;
    }
    zip_error_fini(&error);
    {
        ZipReader innerZip(inner);
        checkFiles(innerZip, innerName, passphrase, report);
    }
    wipeBytes(content.bytes);
    report.ok = problems.isEmpty();
    return report;
}

} // namespace lantern
