// libFuzzer target: the files a backup folder holds besides the copied stores, as restoring and the rotation
// read them: backup.json (BackupManifest::load, from a folder) and the signed audit anchors beside it
// (AuditAnchor::load, which also reads a referral pack's manifest.json carrying one). Every input is given to
// both readers. Each that loads must also save and load again; the anchor's signature is checked.
#include "FuzzSupport.h"
#include "audit/AuditAnchor.h"
#include "vault/VaultBackup.h"

#include <QJsonDocument>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace lantern;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    fuzz::writeScratch(BackupManifest::fileName(), bytes);
    std::optional<BackupManifest> manifest;
    fuzz::refusing([&] { manifest = BackupManifest::load(fuzz::scratchFolder().path()); });
    if (manifest) {
        fuzz::writeScratch(BackupManifest::fileName(), manifest->toJson());
        fuzz::mustLoadAgain("A backup.json", [&] { BackupManifest::load(fuzz::scratchFolder().path()); });
    }

    const QString anchorPath = fuzz::writeScratch(QStringLiteral("anchor.json"), bytes);
    std::optional<AuditAnchor> anchor;
    fuzz::refusing([&] { anchor = AuditAnchor::load(anchorPath); });
    if (!anchor)
        return 0;
    static_cast<void>(anchor->signatureValid());
    static_cast<void>(anchor->describe());
    fuzz::mustLoadAgain("An anchor",
                        [&] { AuditAnchor::fromJson(anchor->toJson(), QStringLiteral("again")); });
    return 0;
}
