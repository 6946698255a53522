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
// compressed and, with a passphrase, encrypted. Return false to cancel. The last call is (total, total), made
// after the pack is complete in memory but before anything is written to disk, so a cancel even then leaves
// nothing behind.
using PackProgress = std::function<bool(qint64 done, qint64 total)>;

// A cancel is an outcome the caller asked for, not an error: it is returned, never thrown.
enum class PackWriteStatus { Written, Cancelled };

struct PackWriteResult {
    PackWriteStatus status = PackWriteStatus::Cancelled;
    // SHA-256 (lower-case hex) of the manifest.json written into the pack: the DSL reads it out to the
    // receiving team by phone, who compare it with what `PackVerifier` shows. Empty when cancelled.
    QString manifestSha256;
};

// Writes a referral pack v1: a ZIP file holding the given files and a manifest.json with the SHA-256 and size
// of each (see PackManifest.h), optionally with every entry encrypted with WinZip AES-256, which 7-Zip,
// WinZip and the Windows 11 file manager open.
//
// The ZIP is built entirely in memory (libzip writing into a buffer source), then written next to `outPath`
// as a 0600 temporary file, fsynced and renamed into place (writeFileAtomically). So:
//  - a cancel, a full disk (Error(NoSpace)) or any other failure leaves no pack and no temporary file, and an
//    existing file at `outPath` is untouched;
//  - libzip itself never writes to disk, so there is no libzip temporary file at all; the only bytes that
//  reach
//    the disk are the finished pack, whose entries are encrypted when a passphrase is given.
// What AES does not hide: WinZip AES encrypts the content of each entry, not the ZIP directory, so the file
// names (e.g. attachment names), sizes and times stay readable without the passphrase.
class PackArchive {
public:
    static constexpr int MinimumPassphraseLength = 12;

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

    // The passphrase rules, for a form to check as the DSL types: at least 12 characters (Unicode code points
    // of the UTF-8 text), no NUL character. Throws Error(InvalidInput) naming the rule broken.
    static void checkPassphrase(const SecureBytes& passphrase);

private:
    const Clock& m_clock;
    QJsonObject m_auditAnchor;
};

} // namespace lantern
