#include "audit/AuditAnchor.h"

#include "audit/AuditLog.h"
#include "calendar/PartialDate.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "crypto/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lantern {

namespace {

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// Lower-case hex of exactly `bytes` bytes, or a complaint naming the field.
QByteArray fromHex(const JsonReader& reader, const char* key, qsizetype bytes)
{
    const QString text = reader.string(key);
    const QByteArray decoded = QByteArray::fromHex(text.toLatin1());
    if (decoded.size() != bytes || hex(decoded) != text)
        reader.fail(ModelText::tr("the field \"%1\" is not %2 bytes in lower-case hex.")
                        .arg(QLatin1String(key))
                        .arg(bytes));
    return decoded;
}

qint64 positiveSeq(const JsonReader& reader)
{
    const qint64 seq = reader.integer("seq");
    if (seq < 1)
        reader.fail(ModelText::tr("the field \"seq\" is not an entry number."));
    return seq;
}

} // namespace

QList<qint64> AuditAnchor::checkpointSeqs(qint64 head)
{
    QList<qint64> seqs;
    for (qint64 back = 1; back < 8 && head - back >= 1; ++back)
        seqs.append(head - back);
    for (qint64 back = 8; head - back >= 1; back *= 2)
        seqs.append(head - back);
    if (!seqs.isEmpty() && seqs.last() != 1)
        seqs.append(1);
    return seqs;
}

QByteArray AuditAnchor::signedBytes() const
{
    QByteArray bytes("lantern-audit-anchor-v1");
    AuditLog::appendField(bytes, vaultId.toUtf8());
    AuditLog::appendField(bytes, chain.toUtf8());
    AuditLog::appendField(bytes, QByteArray::number(seq));
    AuditLog::appendField(bytes, hash);
    AuditLog::appendField(bytes, isoUtc(at).toUtf8());
    AuditLog::appendField(bytes, signedBy.toUtf8());
    AuditLog::appendField(bytes, signerKey);
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        AuditLog::appendField(bytes, QByteArray::number(checkpoint.seq));
        AuditLog::appendField(bytes, checkpoint.hash);
    }
    return bytes;
}

void AuditAnchor::sign(const SigningKey& key)
{
    signerKey = key.publicKey();
    signature = key.sign(signedBytes());
}

bool AuditAnchor::signatureValid() const
{
    return SigningKey::verify(signerKey, signedBytes(), signature);
}

QJsonObject AuditAnchor::toJson() const
{
    QJsonArray list;
    for (const AuditCheckpoint& checkpoint : checkpoints)
        list.append(QJsonObject{{QStringLiteral("seq"), checkpoint.seq},
                                {QStringLiteral("hash"), hex(checkpoint.hash)}});
    return QJsonObject{
        {QStringLiteral("format"), QString::fromLatin1(Format)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("vault_id"), vaultId},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("hash"), hex(hash)},
        {QStringLiteral("at"), isoUtc(at)},
        {QStringLiteral("signed_by"), signedBy},
        {QStringLiteral("signer_key"), hex(signerKey)},
        {QStringLiteral("checkpoints"), list},
        {QStringLiteral("signature"), hex(signature)},
    };
}

AuditAnchor AuditAnchor::fromJson(const QJsonObject& object, const QString& where)
{
    const JsonReader reader(object, where);
    reader.requireFormat(QString::fromLatin1(Format), Version,
                         ModelText::tr("it is not a Lantern audit anchor."),
                         ModelText::tr("verify against it again"));
    AuditAnchor anchor;
    anchor.source = where;
    anchor.vaultId = reader.string("vault_id");
    anchor.chain = reader.string("chain");
    anchor.seq = positiveSeq(reader);
    anchor.hash = fromHex(reader, "hash", 32);
    anchor.at = fromIsoUtc(reader.string("at"));
    if (!anchor.at.isValid())
        reader.fail(ModelText::tr("the field \"at\" is not a UTC date and time."));
    anchor.signedBy = reader.string("signed_by");
    anchor.signerKey = fromHex(reader, "signer_key", SigningKey::publicKeyBytes);
    for (const QJsonValue& value : reader.array("checkpoints")) {
        const JsonReader checkpoint(value.toObject(), ModelText::tr("%1, a checkpoint").arg(where));
        const qint64 checkpointSeq = positiveSeq(checkpoint);
        if (checkpointSeq >= anchor.seq)
            checkpoint.fail(ModelText::tr("it is not an entry before the head."));
        anchor.checkpoints.append({checkpointSeq, fromHex(checkpoint, "hash", 32)});
    }
    anchor.signature = fromHex(reader, "signature", SigningKey::signatureBytes);
    return anchor;
}

void AuditAnchor::save(const QString& path) const
{
    writeFileAtomically(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

AuditAnchor AuditAnchor::load(const QString& path)
{
    // An anchor is a few kilobytes; a pack's manifest, which carries one, not much more.
    const JsonReader file = JsonReader::parse(readOwnSmallFile(path, 8 * 1024 * 1024), path);
    if (file.has(ManifestMember))
        return fromJson(file.object(ManifestMember, path).object(), path);
    return fromJson(file.object(), path);
}

QString AuditAnchor::describe() const
{
    const QString when = at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString entry = QString::number(seq);
    return source.isEmpty()
               ? ModelText::tr("the anchor made by %1 at %2 UTC (entry %3)").arg(signedBy, when, entry)
               : ModelText::tr("the anchor made by %1 at %2 UTC (entry %3, in %4)")
                     .arg(signedBy, when, entry, source);
}

} // namespace lantern
