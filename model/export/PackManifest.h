#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

// One file of a referral pack as the manifest records it.
struct PackManifestFile {
    QString path;   // inside the pack, "/"-separated, NFC
    QString sha256; // lower-case hex of the file's bytes
    qint64 size = 0;
};

// manifest.json of a referral pack v1: what a receiving team's tools check the other files against.
//   {"format":"lantern-referral-pack","schema_version":"1.1.0","producer":{"name":"Lantern","version":"…"},
//    "created_at":"2026-11-25T09:30:00.000Z","files":[{"path":"referral.json","sha256":"…","size":123},…],
//    "audit_anchor":{…}}
// The manifest never lists itself: its own SHA-256 is what the DSL reads out to the receiving team by phone.
// "audit_anchor" (since 1.1.0, optional) is the head of the exporting vault's audit chain, signed
// (audit/AuditAnchor.h): a copy kept outside the school that `lantern-cli audit verify --anchor` can later
// compare the chain with. Packs without it (1.0.0) are read as before.
class PackManifest {
public:
    static constexpr const char* FileName = "manifest.json";
    static constexpr const char* Format = "lantern-referral-pack";
    static constexpr const char* SchemaVersion = "1.1.0";
    static constexpr const char* ReferralJson = "referral.json";
    // The same pack in the draft Safeguarding Standard's JSON-LD (ReferralPackJsonLd); packs made before it
    // existed do not have it, so it is not required.
    static constexpr const char* ReferralJsonLd = "referral.jsonld";
    static constexpr const char* ReferralPdf = "referral.pdf";
    static constexpr const char* AttachmentsFolder = "attachments/";

    PackManifest() = default;
    PackManifest(QDateTime createdAt, QList<PackManifestFile> files, QJsonObject auditAnchor = {});

    // Parses manifest.json. Everything that is wrong with it is appended to `problems` (a sentence each,
    // without the file name); the fields that could be read are kept so that a verifier can still check what
    // it can.
    static PackManifest fromJson(const QByteArray& json, QStringList& problems);
    QByteArray toJson() const;

    const QString& schemaVersion() const { return m_schemaVersion; }
    const QString& producerName() const { return m_producerName; }
    const QString& producerVersion() const { return m_producerVersion; }
    const QDateTime& createdAt() const { return m_createdAt; }
    const QList<PackManifestFile>& files() const { return m_files; }
    // Empty when the pack carries no anchor.
    const QJsonObject& auditAnchor() const { return m_auditAnchor; }

    // Why `path` may not name a file in a pack, or an empty string if it may: relative, "/"-separated, no "."
    // or ".." segments, no backslash, NFC, no characters Windows cannot hold in a file name (receiving teams
    // open packs with 7-Zip on Windows), and one of referral.json, referral.jsonld, referral.pdf or
    // attachments/<name>.
    static QString pathProblem(const QString& path);
    // Two paths that only differ in case would overwrite each other when extracted on Windows or macOS.
    static QString sameFileKey(const QString& path) { return path.toCaseFolded(); }

    // Lower-case hex SHA-256 (libsodium), the form the manifest uses.
    static QString sha256Hex(const QByteArray& bytes);

private:
    QString m_schemaVersion = QString::fromLatin1(SchemaVersion);
    QString m_producerName = QStringLiteral("Lantern");
    QString m_producerVersion = QStringLiteral(LANTERN_VERSION);
    QDateTime m_createdAt;
    QList<PackManifestFile> m_files;
    QJsonObject m_auditAnchor;
};

} // namespace lantern
