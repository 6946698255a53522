#pragma once

#include "crypto/SecureBytes.h"
#include "export/PackArchive.h"
#include "export/PrintDocument.h"
#include "export/ReferralPack.h"
#include "export/ReferralPreflight.h"

#include <QJsonObject>
#include <optional>

namespace lantern {

class Vault;

// A referral pack as it would be exported: for the wizard's preview and preflight page, and the first step of
// an export.
struct ReferralPackDraft {
    ReferralPackContent content;
    QString packId;                   // a UUID, in the JSON and the PDF, for both sides to quote
    QList<PreflightIssue> issues;     // every preflight finding
    QList<PreflightIssue> overridden; // findings the DSL proceeds past (reasons in content.request)
    QList<PreflightIssue> unresolved; // findings neither fixed nor overridden: export refuses these
    QJsonObject json;                 // referral.json
    PrintDocument document;           // referral.pdf before rendering
};

// Whether a pack is encrypted. Encrypted is the default everywhere; Unencrypted is for a pack handed over in
// person on an encrypted USB stick, and the CLI and the wizard warn before making one.
enum class PackProtection { Encrypted, Unencrypted };

struct ReferralPackResult {
    PackWriteStatus status = PackWriteStatus::Cancelled;
    // The generated passphrase of an encrypted pack (PackPassphrase), for the DSL to see once and give to the
    // receiving team by another channel. Lantern keeps no other copy: not in the vault, the audit chain or
    // any file. Empty for an unencrypted pack or a cancel.
    SecureBytes passphrase;
    QString manifestSha256;           // to read out to the receiving team; empty when cancelled
    std::optional<qint64> referralId; // the Referral recorded on the pupil
    QList<PreflightIssue> overridden;
};

// Builds and exports a referral pack v2 (docs/REFERRAL-PACK.md): referral.json, referral.jsonld,
// referral.pdf, the chosen attachments under neutral names and manifest.json, in a ZIP written atomically by
// PackArchive; by default inside an inner archive encrypted with AES-256 under a passphrase generated for
// this pack alone.
//
// An export then records a Referral on the pupil (method "pack", pack_sha256 = the manifest's SHA-256) with
// its significant chronology entry, through ReferralRepository, and appends "referral.export" to the audit
// chain with the pack id, the manifest hash, whether it was encrypted and every preflight override with its
// reason. The pack is written first: a cancel or a full disk leaves no pack and records nothing; recording
// after writing means the record never claims a pack that does not exist.
class ReferralPackBuilder {
public:
    explicit ReferralPackBuilder(Vault& vault);

    // Reads the record (audited views) and builds the pack's content; writes nothing. Permission::Export.
    // Throws Error(InvalidInput) for an unusable request (no period, an override for an unknown check or
    // without a reason).
    ReferralPackDraft draft(const ReferralPackRequest& request);

    // Drafts, refuses with Error(InvalidInput) listing each unresolved preflight finding, renders the PDF,
    // generates the passphrase (Encrypted), writes the pack to `outPath` and records it. Needs
    // Permission::Export and WritePupilRecords (the Referral), and a QGuiApplication (PdfWriter). A cancel
    // from `progress` returns status Cancelled and records nothing.
    ReferralPackResult exportPack(const QString& outPath, const ReferralPackRequest& request,
                                  PackProtection protection = PackProtection::Encrypted,
                                  const PackProgress& progress = {});

    // The files of the pack, manifest aside (PackArchive adds it).
    static QList<PackFile> files(const ReferralPackDraft& draft);

private:
    Vault& m_vault;
};

} // namespace lantern
