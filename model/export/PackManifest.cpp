#include "export/PackManifest.h"

#include "calendar/PartialDate.h"
#include "crypto/Sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <cmath>
#include <sodium.h>

namespace lantern {

namespace {

// Characters that Windows (and so 7-Zip on a receiving team's PC) cannot put in a file name.
bool isForbiddenCharacter(QChar c)
{
    static const QString forbidden = QStringLiteral("\\:*?\"<>|");
    return c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c);
}

QString segmentProblem(const QString& segment)
{
    if (segment.isEmpty())
        return QStringLiteral("has an empty folder or file name");
    if (segment == QStringLiteral(".") || segment == QStringLiteral(".."))
        return QStringLiteral("may not contain \".\" or \"..\"");
    for (const QChar c : segment) {
        if (c == QLatin1Char('\\'))
            return QStringLiteral("may not contain a backslash");
        if (isForbiddenCharacter(c))
            return QStringLiteral(
                "contains a character file names cannot hold (control characters or \\:*?\"<>|)");
    }
    if (segment.endsWith(QLatin1Char(' ')) || segment.endsWith(QLatin1Char('.')))
        return QStringLiteral("may not end a name with a space or a dot");
    if (segment.toUtf8().size() > 255)
        return QStringLiteral("has a name longer than 255 bytes");
    return {};
}

bool isLowerHexSha256(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !letter)
            return false;
    }
    return true;
}

// Schema versions are semantic: a 1.x reader understands every 1.y pack (additions only); 2.0 would not be.
bool isKnownSchemaVersion(const QString& version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    for (const QString& part : parts) {
        bool number = false;
        part.toUInt(&number);
        if (!number)
            return false;
    }
    return parts.first() == QStringLiteral("1");
}

} // namespace

PackManifest::PackManifest(QDateTime createdAt, QList<PackManifestFile> files, QJsonObject auditAnchor)
    : m_createdAt(std::move(createdAt))
    , m_files(std::move(files))
    , m_auditAnchor(std::move(auditAnchor))
{}

QString PackManifest::pathProblem(const QString& path)
{
    if (path.isEmpty())
        return QStringLiteral("is empty");
    if (path.startsWith(QLatin1Char('/')))
        return QStringLiteral("must be relative, not start with \"/\"");
    if (path.contains(QLatin1Char('\\')))
        return QStringLiteral("may not contain a backslash");
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':'))
        return QStringLiteral("must be relative, not start with a drive letter");
    if (path != path.normalized(QString::NormalizationForm_C))
        return QStringLiteral("is not in Unicode normal form C (NFC)");
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString& segment : segments) {
        const QString problem = segmentProblem(segment);
        if (!problem.isEmpty())
            return problem;
    }
    if (path == QLatin1String(FileName))
        return QStringLiteral("is the manifest's own name");
    const bool known = path == QLatin1String(ReferralJson) || path == QLatin1String(ReferralJsonLd) ||
                       path == QLatin1String(ReferralPdf) ||
                       (segments.size() == 2 && path.startsWith(QLatin1String(AttachmentsFolder)));
    if (!known)
        return QStringLiteral("is not referral.json, referral.jsonld, referral.pdf or attachments/<name>");
    return {};
}

QString PackManifest::sha256Hex(const QByteArray& bytes)
{
    ensureSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

QByteArray PackManifest::toJson() const
{
    QJsonArray files;
    for (const PackManifestFile& file : m_files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("sha256"), file.sha256},
                                 {QStringLiteral("size"), file.size}});
    QJsonObject manifest{
        {QStringLiteral("format"), QString::fromLatin1(Format)},
        {QStringLiteral("schema_version"), m_schemaVersion},
        {QStringLiteral("producer"), QJsonObject{{QStringLiteral("name"), m_producerName},
                                                 {QStringLiteral("version"), m_producerVersion}}},
        {QStringLiteral("created_at"), isoUtc(m_createdAt)},
        {QStringLiteral("files"), files},
    };
    if (!m_auditAnchor.isEmpty())
        manifest.insert(QStringLiteral("audit_anchor"), m_auditAnchor);
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

PackManifest PackManifest::fromJson(const QByteArray& json, QStringList& problems)
{
    PackManifest manifest;
    manifest.m_schemaVersion.clear();
    manifest.m_producerName.clear();
    manifest.m_producerVersion.clear();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append(QStringLiteral("is not valid JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        return manifest;
    }
    if (!document.isObject()) {
        problems.append(QStringLiteral("is not a JSON object"));
        return manifest;
    }
    const QJsonObject root = document.object();

    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        problems.append(QStringLiteral("\"format\" is missing or is not \"%1\"").arg(QLatin1String(Format)));

    const QJsonValue version = root.value(QStringLiteral("schema_version"));
    manifest.m_schemaVersion = version.toString();
    if (!version.isString())
        problems.append(QStringLiteral("\"schema_version\" is missing or is not text"));
    else if (!isKnownSchemaVersion(manifest.m_schemaVersion))
        problems.append(
            QStringLiteral("\"schema_version\" %1 is unknown: this version of Lantern reads 1.x.x")
                .arg(manifest.m_schemaVersion.left(40)));

    const QJsonObject producer = root.value(QStringLiteral("producer")).toObject();
    manifest.m_producerName = producer.value(QStringLiteral("name")).toString();
    manifest.m_producerVersion = producer.value(QStringLiteral("version")).toString();
    if (manifest.m_producerName.isEmpty() || manifest.m_producerVersion.isEmpty())
        problems.append(QStringLiteral("\"producer\" needs a \"name\" and a \"version\""));

    const QString createdAt = root.value(QStringLiteral("created_at")).toString();
    manifest.m_createdAt = fromIsoUtc(createdAt);
    if (!createdAt.endsWith(QLatin1Char('Z')) || !manifest.m_createdAt.isValid())
        problems.append(QStringLiteral("\"created_at\" is missing or is not a UTC date and time"));

    // Only its shape is checked here: its signature and vault are checked against the vault it anchors.
    const QJsonValue anchor = root.value(QStringLiteral("audit_anchor"));
    if (anchor.isObject())
        manifest.m_auditAnchor = anchor.toObject();
    else if (!anchor.isUndefined())
        problems.append(QStringLiteral("\"audit_anchor\" is not an object"));

    const QJsonValue files = root.value(QStringLiteral("files"));
    if (!files.isArray()) {
        problems.append(QStringLiteral("\"files\" is missing or is not a list"));
        return manifest;
    }
    QSet<QString> seen;
    const QJsonArray list = files.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QString where = QStringLiteral("\"files\" entry %1").arg(i + 1);
        PackManifestFile file;
        file.path = entry.value(QStringLiteral("path")).toString();
        file.sha256 = entry.value(QStringLiteral("sha256")).toString();
        const double size = entry.value(QStringLiteral("size")).toDouble(-1);
        const QString pathProblemText = pathProblem(file.path);
        if (!pathProblemText.isEmpty()) {
            problems.append(QStringLiteral("%1: path %2").arg(where, pathProblemText));
            continue;
        }
        if (!isLowerHexSha256(file.sha256)) {
            problems.append(
                QStringLiteral("%1 (%2): \"sha256\" is not 64 lower-case hex digits").arg(where, file.path));
            continue;
        }
        if (size < 0 || size > 9007199254740992.0 || std::floor(size) != size) {
            problems.append(
                QStringLiteral("%1 (%2): \"size\" is not a whole number of bytes").arg(where, file.path));
            continue;
        }
        file.size = static_cast<qint64>(size);
        if (seen.contains(sameFileKey(file.path))) {
            problems.append(
                QStringLiteral("%1 (%2): the file is listed more than once").arg(where, file.path));
            continue;
        }
        seen.insert(sameFileKey(file.path));
        manifest.m_files.append(file);
    }
    return manifest;
}

} // namespace lantern
