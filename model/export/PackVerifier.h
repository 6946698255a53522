#pragma once

#include "crypto/SecureBytes.h"
#include "export/PackManifest.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace lantern {

// One thing wrong with a pack: the file it concerns (a path inside the pack, or the pack's own file name when
// the ZIP as a whole is unreadable) and what is wrong with it.
struct PackProblem {
    QString file;
    QString what;
};

// What the pack says about itself, for the receiving team to read.
struct PackSummary {
    QString producerName;
    QString producerVersion;
    QString createdAt; // as written in the manifest (UTC ISO)
    QString schemaVersion;
    // SHA-256 (lower-case hex) of manifest.json as found in the pack: compare it with the value the sender's
    // DSL reads out by phone. Since the manifest holds every other file's SHA-256, a match vouches for the
    // whole pack.
    QString manifestSha256;
    bool encrypted = false;
    // The files are inside an encrypted inner archive (PackArchive::InnerArchiveName), so their names were
    // hidden until the passphrase opened it. False for a pack without encryption, and for a pack of the first
    // encrypted layout (every entry encrypted, names readable), which is still verified.
    bool namesHidden = false;
    QList<PackManifestFile> files; // as listed in the manifest
};

struct PackVerifyReport {
    bool ok = false; // no problems
    QList<PackProblem> problems;
    PackSummary summary;
};

// Asked once, only when the pack turns out to be encrypted; nullopt when there is no passphrase to give.
using PassphrasePrompt = std::function<std::optional<SecureBytes>()>;

// Checks a referral pack for a receiving team (`lantern-cli pack verify`): every file is listed in the
// manifest and matches its size and SHA-256; nothing is missing or extra; the ZIP's own checks pass (CRC-32,
// or the WinZip AES authentication code of an encrypted entry), which catches a changed byte in manifest.json
// itself; the manifest is well formed with a known schema version; referral.json is a JSON object with the
// top-level keys "schema_version", "child" and "referrer" (the full JSON Schema check is done by a separate
// validator); referral.pdf starts like a PDF. An encrypted pack (PackArchive: an outer ZIP holding one
// AES-256 entry, the inner archive) is decrypted in memory and its inner archive checked the same way;
// nothing decrypted is written to disk.
//
// A pack comes from outside, so before reading any entry the verifier checks what the ZIP directories declare
// against the limits below, and while reading it stops an entry at the size its directory declared: a zip
// bomb (a small file that expands to gigabytes, or a directory that understates what an entry expands to) is
// refused as a problem naming the entry and the limit, having read no more than the limits allow.
class PackVerifier {
public:
    // The pack file itself.
    static constexpr qint64 MaxPackFileSize = qint64(1) << 30; // 1 GiB
    // Entries in one ZIP (the outer, and again the inner archive): a pack holds three files and its
    // attachments.
    static constexpr qint64 MaxEntries = 1000;
    // What one entry expands to.
    static constexpr qint64 MaxEntrySize = qint64(512) << 20; // 512 MiB
    // What all entries of one ZIP expand to together.
    static constexpr qint64 MaxTotalSize = qint64(1) << 30; // 1 GiB
    // Expanded size over compressed size, for an entry that expands to more than RatioFloor: deflate cannot
    // pass about 1,030:1, and real documents and photographs stay far below 100:1.
    static constexpr qint64 MaxRatio = 200;
    static constexpr qint64 RatioFloor = qint64(1) << 20; // 1 MiB

    // Throws Error(NotFound) if there is no file at `path`, Error(Io) if it cannot be read, and
    // Error(AuthenticationFailed) if the pack is encrypted and `askPassphrase` gives none, or the wrong one.
    // A passphrase read out by phone may be typed with spaces or capitals: if it fails as typed, it is tried
    // in the form Lantern generates (PackPassphrase::canonical). Everything wrong with the pack's content,
    // the limits above included, is returned as problems, never thrown.
    static PackVerifyReport verify(const QString& path, const PassphrasePrompt& askPassphrase);
    static PackVerifyReport verify(const QString& path,
                                   const std::optional<SecureBytes>& passphrase = std::nullopt);
};

} // namespace lantern
