#pragma once

#include "crypto/SecureBytes.h"
#include "export/PackManifest.h"

#include <QList>
#include <QString>
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
    QList<PackManifestFile> files; // as listed in the manifest
};

struct PackVerifyReport {
    bool ok = false; // no problems
    QList<PackProblem> problems;
    PackSummary summary;
};

// Checks a referral pack for a receiving team (`lantern-cli pack verify`): every file is listed in the
// manifest and matches its size and SHA-256; nothing is missing or extra; the ZIP's own checks pass (CRC-32,
// or the WinZip AES authentication code of an encrypted entry), which catches a changed byte in manifest.json
// itself; the manifest is well formed with a known schema version; referral.json is a JSON object with the
// top-level keys "schema_version", "child" and "referrer" (the full JSON Schema check is done by a separate
// validator); referral.pdf starts like a PDF.
class PackVerifier {
public:
    // Throws Error(NotFound) if there is no file at `path`, Error(Io) if it cannot be read, and
    // Error(AuthenticationFailed) if the pack is encrypted and no passphrase, or the wrong one, was given.
    // Everything wrong with the pack's content is returned as problems, never thrown.
    static PackVerifyReport verify(const QString& path,
                                   const std::optional<SecureBytes>& passphrase = std::nullopt);
};

} // namespace lantern
