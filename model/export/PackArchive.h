#pragma once

#include "core/Clock.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace lantern {

// One file to put in a referral pack: its path inside the pack and its bytes.
struct PackFile {
    QString path; // referral.json, referral.pdf or attachments/<name>; see PackManifest::pathProblem
    QByteArray bytes;
};

// Progress while a pack is built: `done` of `total` bytes of the files (manifest included) have been
// compressed and, with a passphrase, encrypted (then the bar has two halves: the files into the inner
// archive, and the inner archive encrypted into the outer one). Return false to cancel. The last call is
// (total, total), made after the pack is complete in memory but before anything is written to disk, so a
// cancel even then leaves nothing behind.
using PackProgress = std::function<bool(qint64 done, qint64 total)>;

// A cancel is an outcome the caller asked for, not an error: it is returned, never thrown.
enum class PackWriteStatus { Written, Cancelled };

struct PackWriteResult {
    PackWriteStatus status = PackWriteStatus::Cancelled;
    // SHA-256 (lower-case hex) of the manifest.json written into the pack: the DSL reads it out to the
    // receiving team by phone, who compare it with what `PackVerifier` shows. Empty when cancelled.
    QString manifestSha256;
};

// Writes a referral pack: a ZIP file holding the given files and a manifest.json with the SHA-256 and size of
// each (see PackManifest.h).
//
// With a passphrase (what Lantern does by default, with a generated one: PackPassphrase), the pack is two
// ZIPs one inside the other, so that nothing but one innocuous name can be read without the passphrase:
//  - the inner archive, `referral-pack.zip`: the files and manifest.json, compressed, not encrypted;
//  - the outer ZIP (the file written): that one entry, stored and encrypted with WinZip AES-256, which 7-Zip
//    and WinZip open (the receiving team types the passphrase once, then opens the inner archive).
// WinZip AES encrypts an entry's content but not the ZIP directory, so a single-level encrypted ZIP would
// show every file name (an attachment's, say) to anyone; the inner archive's directory is inside the
// encrypted entry. What the outer ZIP still shows: the name referral-pack.zip, its size and time. Without a
// passphrase the files are in the written ZIP directly (a pack for an encrypted USB stick handed over in
// person).
//
// The ZIPs are built entirely in memory (libzip writing into buffer sources), then written next to `outPath`
// as a 0600 temporary file, fsynced and renamed into place (writeFileAtomically). So:
//  - a cancel, a full disk (Error(NoSpace)) or any other failure leaves no pack and no temporary file, and an
//    existing file at `outPath` is untouched;
//  - libzip itself never writes to disk, so there is no libzip temporary file at all, and the unencrypted
//  inner
//    archive never reaches the disk: the only bytes that do are the finished pack.
class PackArchive {
public:
    // A floor for any passphrase given here; Lantern itself only ever passes generated ones (PackPassphrase).
    static constexpr int MinimumPassphraseLength = 12;
    // The one entry of an encrypted pack.
    static constexpr const char* InnerArchiveName = "referral-pack.zip";

    explicit PackArchive(const Clock& clock = SystemClock::instance());

    // The exporting vault's signed audit-chain head (AuditAnchor::toJson), written into the manifest as
    // "audit_anchor".
    void setAuditAnchor(QJsonObject anchor) { m_auditAnchor = std::move(anchor); }

    // Throws Error(InvalidInput) for a bad path, a duplicate, a missing referral.json or referral.pdf, or a
    // passphrase that breaks the rules; Error(Internal) if libzip cannot do AES-256 or fails; Error(NoSpace)
    // or Error(Io) from writing the file.
    [[nodiscard]] PackWriteResult write(const QString& outPath, const QList<PackFile>& files,
                                        std::optional<SecureBytes> passphrase,
                                        const PackProgress& progress = {}) const;

    // The floor every passphrase given to write() must pass: at least 12 characters (Unicode code points of
    // the UTF-8 text), no NUL character. Throws Error(InvalidInput) naming the rule broken.
    static void checkPassphrase(const SecureBytes& passphrase);

private:
    const Clock& m_clock;
    QJsonObject m_auditAnchor;
};

} // namespace lantern
