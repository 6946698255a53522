#include "export/PackVerifier.h"

#include "calendar/PartialDate.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <cstring>
#include <sodium.h>
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
};

class ZipReader {
public:
    ZipReader(zip_t* archive, const SecureBytes& password)
        : m_archive(archive)
        , m_password(password)
    {}
    ~ZipReader() { zip_discard(m_archive); }
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    zip_t* get() const { return m_archive; }

    // Reads an entry through libzip's checks (decryption, decompression, CRC), hashing as it goes.
    EntryContent read(zip_uint64_t index, qint64 keepLimit) const
    {
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
    const SecureBytes& m_password;
};

zip_t* openPack(const QString& path, QList<PackProblem>& problems)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorKind::NotFound, ModelText::tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("%1 is not a file.").arg(path));
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

} // namespace

PackVerifyReport PackVerifier::verify(const QString& path, const std::optional<SecureBytes>& passphrase)
{
    ensureSodium();
    PackVerifyReport report;
    QList<PackProblem>& problems = report.problems;
    zip_t* opened = openPack(path, problems);
    if (!opened)
        return report;

    SecureBytes password;
    if (passphrase) {
        password = SecureBytes(passphrase->size() + 1);
        if (!passphrase->empty())
            std::memcpy(password.data(), passphrase->data(), passphrase->size());
        password.data()[passphrase->size()] = 0;
    }
    const ZipReader zip(opened, password);

    // Every entry by name; names that are not allowed or repeated are problems of their own.
    const QString manifestName = QString::fromLatin1(PackManifest::FileName);
    QHash<QString, zip_uint64_t> entries;
    QList<QString> order;
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
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
    if (!entries.contains(manifestName)) {
        problems.append(
            {manifestName, QStringLiteral("is missing from the pack, so no file can be checked")});
    } else {
        const zip_uint64_t index = entries.value(manifestName);
        report.summary.encrypted = zip.isEncrypted(index);
        EntryContent content = zip.read(index, JsonLimit);
        if (content.zipError == ZIP_ER_NOPASSWD)
            throw Error(
                ErrorKind::AuthenticationFailed,
                ModelText::tr("This referral pack is encrypted: give the passphrase the sender told you."));
        if (content.zipError == ZIP_ER_WRONGPASSWD)
            throw Error(ErrorKind::AuthenticationFailed,
                        ModelText::tr("The passphrase does not open this pack."));
        if (!content.failure.isEmpty()) {
            problems.append({manifestName, QStringLiteral("cannot be trusted: %1").arg(content.failure)});
        } else if (content.tooLarge) {
            problems.append({manifestName, QStringLiteral("is too large to be a manifest")});
        } else {
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
        if (report.summary.encrypted && !zip.isEncrypted(index))
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

    report.ok = problems.isEmpty();
    return report;
}

} // namespace lantern
