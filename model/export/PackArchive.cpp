#include "export/PackArchive.h"

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "export/PackManifest.h"

#include <QSet>
#include <cstring>
#include <exception>
#include <memory>
#include <vector>
#include <zip.h>

namespace lantern {

namespace {

QString zipErrorText(zip_error_t* error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

// Byte counting shared by every entry's source, so progress and cancel cover the whole pack.
class ProgressTracker {
public:
    ProgressTracker(const PackProgress& callback, qint64 total)
        : m_callback(callback)
        , m_total(total)
    {}

    // False once the user has cancelled (or the callback threw; the exception is kept to rethrow outside
    // libzip, since a C++ exception must not unwind through C code).
    bool advance(qint64 bytes)
    {
        m_done += bytes;
        return report(m_done);
    }

    bool report(qint64 done)
    {
        if (m_cancelled || m_failure)
            return false;
        if (!m_callback)
            return true;
        try {
            if (!m_callback(done, m_total))
                m_cancelled = true;
        } catch (...) {
            m_failure = std::current_exception();
        }
        return !m_cancelled && !m_failure;
    }

    bool cancelled() const { return m_cancelled; }
    qint64 total() const { return m_total; }
    void rethrowFailure() const
    {
        if (m_failure)
            std::rethrow_exception(m_failure);
    }

private:
    const PackProgress& m_callback;
    qint64 m_total;
    qint64 m_done = 0;
    bool m_cancelled = false;
    std::exception_ptr m_failure;
};

// A libzip source that serves one entry's bytes straight from the caller's QByteArray (no copy) and counts
// them as libzip reads, which is when compression and encryption happen; a cancel fails the read.
struct EntrySource {
    EntrySource() { zip_error_init(&error); }
    ~EntrySource() { zip_error_fini(&error); }
    EntrySource(const EntrySource&) = delete;
    EntrySource& operator=(const EntrySource&) = delete;

    const QByteArray* bytes = nullptr;
    qint64 offset = 0;
    ProgressTracker* progress = nullptr;
    // Progress per byte read: 1 for the files; for the inner archive of an encrypted pack, whose bytes are
    // encrypted in a second pass, the share that makes that pass as long as the first.
    double weight = 1.0;
    double carried = 0.0;
    zip_error_t error;
};

zip_int64_t serveEntry(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto* entry = static_cast<EntrySource*>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        entry->offset = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const qint64 remaining = entry->bytes->size() - entry->offset;
        const qint64 count =
            length < static_cast<zip_uint64_t>(remaining) ? static_cast<qint64>(length) : remaining;
        if (count > 0)
            std::memcpy(data, entry->bytes->constData() + entry->offset, static_cast<std::size_t>(count));
        entry->offset += count;
        entry->carried += static_cast<double>(count) * entry->weight;
        const auto advance = static_cast<qint64>(entry->carried);
        entry->carried -= static_cast<double>(advance);
        if (!entry->progress->advance(advance)) {
            zip_error_set(&entry->error, ZIP_ER_CANCELLED, 0);
            return -1;
        }
        return count;
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        if (length < sizeof(zip_stat_t)) {
            zip_error_set(&entry->error, ZIP_ER_INVAL, 0);
            return -1;
        }
        auto* stat = static_cast<zip_stat_t*>(data);
        zip_stat_init(stat);
        stat->size = static_cast<zip_uint64_t>(entry->bytes->size());
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&entry->error, data, length);
    case ZIP_SOURCE_FREE:
        return 0; // the state belongs to PackArchive::write, which outlives the archive
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        zip_error_set(&entry->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

// Owns an open archive until zip_close succeeds; discards it (nothing written anywhere) on every other way
// out.
class OpenArchive {
public:
    explicit OpenArchive(zip_t* archive)
        : m_archive(archive)
    {}
    ~OpenArchive()
    {
        if (m_archive)
            zip_discard(m_archive);
    }
    OpenArchive(const OpenArchive&) = delete;
    OpenArchive& operator=(const OpenArchive&) = delete;

    zip_t* get() const { return m_archive; }
    // zip_close frees the archive only when it succeeds.
    bool close()
    {
        if (zip_close(m_archive) != 0)
            return false;
        m_archive = nullptr;
        return true;
    }
    [[noreturn]] void fail(const QString& what) const
    {
        throw Error(ErrorKind::Internal, ModelText::tr("Could not build the referral pack: %1 (%2).")
                                             .arg(what, zipErrorText(zip_get_error(m_archive))));
    }

private:
    zip_t* m_archive;
};

struct SourceReference {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

void validateFiles(const QList<PackFile>& files)
{
    QSet<QString> seen;
    for (const PackFile& file : files) {
        const QString problem = PackManifest::pathProblem(file.path);
        if (!problem.isEmpty())
            throw Error(
                ErrorKind::InvalidInput,
                ModelText::tr("The file name \"%1\" in the referral pack %2.").arg(file.path, problem));
        const QString key = PackManifest::sameFileKey(file.path);
        if (seen.contains(key))
            throw Error(
                ErrorKind::InvalidInput,
                ModelText::tr("The file name \"%1\" appears more than once in the referral pack (names "
                              "that differ only in capitals count as the same).")
                    .arg(file.path));
        seen.insert(key);
    }
    for (const char* required : {PackManifest::ReferralJson, PackManifest::ReferralPdf})
        if (!seen.contains(QString::fromLatin1(required)))
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("The referral pack has no %1; every pack needs one.")
                            .arg(QLatin1String(required)));
}

// libzip takes the password as a C string.
SecureBytes cPassword(const SecureBytes& passphrase)
{
    SecureBytes text(passphrase.size() + 1);
    if (!passphrase.empty())
        std::memcpy(text.data(), passphrase.data(), passphrase.size());
    text.data()[passphrase.size()] = 0;
    return text;
}

QByteArray takeBytes(zip_source_t* buffer)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        zip_source_open(buffer) != 0)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("Could not read back the referral pack built in memory (%1).")
                        .arg(zipErrorText(zip_source_error(buffer))));
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const zip_int64_t got =
            zip_source_read(buffer, bytes.data() + done, static_cast<zip_uint64_t>(bytes.size() - done));
        if (got <= 0) {
            zip_source_close(buffer);
            throw Error(ErrorKind::Internal,
                        ModelText::tr("Could not read back the referral pack built in memory."));
        }
        done += static_cast<qsizetype>(got);
    }
    zip_source_close(buffer);
    return bytes;
}

// Builds a ZIP of `entries` in memory into `out`, encrypting every entry with WinZip AES-256 when `password`
// (NUL-terminated) is given. False when the user cancelled.
bool buildZip(const QList<const PackFile*>& entries, const SecureBytes& password, time_t modified,
              ProgressTracker& tracker, double weight, QByteArray& out)
{
    // Declared before the archive so that they outlive it: libzip calls back into them until it is discarded.
    std::vector<std::unique_ptr<EntrySource>> sources;

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* rawBuffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!rawBuffer)
        throw Error(
            ErrorKind::Internal,
            ModelText::tr("Could not start the referral pack in memory (%1).").arg(zipErrorText(&error)));
    // One reference is ours (read the bytes back after zip_close); zip_open_from_source takes the other.
    const std::unique_ptr<zip_source_t, SourceReference> buffer(rawBuffer);
    zip_source_keep(rawBuffer);
    zip_t* rawArchive = zip_open_from_source(rawBuffer, ZIP_TRUNCATE, &error);
    if (!rawArchive) {
        zip_source_free(rawBuffer);
        throw Error(
            ErrorKind::Internal,
            ModelText::tr("Could not start the referral pack in memory (%1).").arg(zipErrorText(&error)));
    }
    OpenArchive archive(rawArchive);
    zip_error_fini(&error);

    for (const PackFile* file : entries) {
        auto state = std::make_unique<EntrySource>();
        state->bytes = &file->bytes;
        state->progress = &tracker;
        state->weight = weight;
        zip_source_t* source = zip_source_function(archive.get(), serveEntry, state.get());
        if (!source)
            archive.fail(ModelText::tr("could not add %1").arg(file->path));
        sources.push_back(std::move(state));
        const QByteArray name = file->path.toUtf8();
        const zip_int64_t index = zip_file_add(archive.get(), name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            archive.fail(ModelText::tr("could not add %1").arg(file->path));
        }
        const auto entry = static_cast<zip_uint64_t>(index);
        if (zip_file_set_mtime(archive.get(), entry, modified, 0) != 0)
            archive.fail(ModelText::tr("could not date %1").arg(file->path));
        // Owner read/write only when extracted on Linux or macOS: these are child protection records.
        const zip_uint32_t unixMode = 0100600;
        if (zip_file_set_external_attributes(archive.get(), entry, 0, ZIP_OPSYS_UNIX, unixMode << 16) != 0)
            archive.fail(ModelText::tr("could not set the permissions of %1").arg(file->path));
        // The inner archive of an encrypted pack is compressed already: stored as it is.
        if (!password.empty() && zip_set_file_compression(archive.get(), entry, ZIP_CM_STORE, 0) != 0)
            archive.fail(ModelText::tr("could not store %1").arg(file->path));
        if (!password.empty() && zip_file_set_encryption(archive.get(), entry, ZIP_EM_AES_256,
                                                         reinterpret_cast<const char*>(password.data())) != 0)
            archive.fail(ModelText::tr("could not encrypt %1").arg(file->path));
    }

    // Compression and encryption happen here, into the memory buffer.
    if (!archive.close()) {
        tracker.rethrowFailure();
        if (tracker.cancelled())
            return false;
        archive.fail(ModelText::tr("could not compress and encrypt the files"));
    }
    out = takeBytes(buffer.get());
    return true;
}

} // namespace

PackArchive::PackArchive(const Clock& clock)
    : m_clock(clock)
{}

void PackArchive::checkPassphrase(const SecureBytes& passphrase)
{
    int characters = 0;
    for (std::size_t i = 0; i < passphrase.size(); ++i) {
        const unsigned char byte = passphrase.data()[i];
        if (byte == 0)
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("The passphrase may not contain a NUL character."));
        if ((byte & 0xC0) != 0x80) // not a UTF-8 continuation byte: a new character starts here
            ++characters;
    }
    if (characters < MinimumPassphraseLength)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The passphrase must be at least %1 characters long.")
                        .arg(MinimumPassphraseLength));
}

PackWriteResult PackArchive::write(const QString& outPath, const QList<PackFile>& files,
                                   std::optional<SecureBytes> passphrase, const PackProgress& progress) const
{
    validateFiles(files);
    SecureBytes password;
    if (passphrase) {
        checkPassphrase(*passphrase);
        if (!zip_encryption_method_supported(ZIP_EM_AES_256, 1))
            throw Error(
                ErrorKind::Internal,
                ModelText::tr("This build of libzip cannot encrypt with AES-256, so an encrypted referral "
                              "pack cannot be made. Install libzip with its crypto back end."));
        password = cPassword(*passphrase);
        passphrase->wipe();
    }

    QList<PackManifestFile> listed;
    qint64 total = 0;
    for (const PackFile& file : files) {
        listed.append({file.path, PackManifest::sha256Hex(file.bytes), file.bytes.size()});
        total += file.bytes.size();
    }
    const QDateTime createdAt = m_clock.nowUtc();
    const QByteArray manifest = PackManifest(createdAt, listed, m_auditAnchor).toJson();
    total += manifest.size();

    // Manifest first, so that a reader streaming the ZIP meets it before the files it describes.
    QList<const PackFile*> order;
    const PackFile manifestFile{QString::fromLatin1(PackManifest::FileName), manifest};
    order.append(&manifestFile);
    for (const PackFile& file : files)
        order.append(&file);

    const time_t modified = static_cast<time_t>(createdAt.toSecsSinceEpoch());
    QByteArray pack;
    if (password.empty()) {
        ProgressTracker tracker(progress, total);
        if (!buildZip(order, {}, modified, tracker, 1.0, pack))
            return {PackWriteStatus::Cancelled, {}};
        if (!tracker.report(tracker.total())) {
            tracker.rethrowFailure();
            wipeBytes(pack);
            return {PackWriteStatus::Cancelled, {}};
        }
    } else {
        // Two passes, each half the bar: the files into the inner archive (compressed, not encrypted, in
        // memory), then the inner archive encrypted into the outer one.
        ProgressTracker tracker(progress, 2 * total);
        QByteArray inner;
        if (!buildZip(order, {}, modified, tracker, 1.0, inner))
            return {PackWriteStatus::Cancelled, {}};
        PackFile innerFile{QString::fromLatin1(InnerArchiveName), std::move(inner)};
        const double weight = innerFile.bytes.isEmpty()
                                  ? 1.0
                                  : static_cast<double>(total) / static_cast<double>(innerFile.bytes.size());
        bool built = false;
        try {
            built = buildZip({&innerFile}, password, modified, tracker, weight, pack);
        } catch (...) {
            wipeBytes(innerFile.bytes);
            throw;
        }
        wipeBytes(innerFile.bytes);
        password.wipe();
        if (!built)
            return {PackWriteStatus::Cancelled, {}};
        if (!tracker.report(tracker.total())) {
            tracker.rethrowFailure();
            wipeBytes(pack);
            return {PackWriteStatus::Cancelled, {}};
        }
    }
    try {
        writeFileAtomically(outPath, pack);
    } catch (...) {
        wipeBytes(pack);
        throw;
    }
    wipeBytes(pack);
    return {PackWriteStatus::Written, PackManifest::sha256Hex(manifest)};
}

} // namespace lantern
