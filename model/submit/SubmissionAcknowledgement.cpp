#include "submit/SubmissionAcknowledgement.h"

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "submit/BoxedJson.h"
#include "submit/StaffKeyFile.h"
#include "submit/Submission.h"
#include "text/TextServices.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace lantern {

namespace {

const QByteArray magic("LNTNACK1");
const QString formatName = QStringLiteral("lantern-submission-acknowledgement");

QString outcomeName(SubmissionAcknowledgement::Outcome outcome)
{
    switch (outcome) {
    case SubmissionAcknowledgement::Outcome::Filed:
        return QStringLiteral("filed");
    case SubmissionAcknowledgement::Outcome::Held:
        return QStringLiteral("held");
    case SubmissionAcknowledgement::Outcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

} // namespace

QString SubmissionAcknowledgement::describe() const
{
    const QString when = TextServices::formatDateTime(at);
    switch (outcome) {
    case Outcome::Filed:
        return anchor ? ModelText::tr("Received by the DSL team on %1 and recorded (audit entry %2).")
                            .arg(when)
                            .arg(anchor->seq)
                      : ModelText::tr("Received by the DSL team on %1 and recorded.").arg(when);
    case Outcome::Held:
        return ModelText::tr("Received by the DSL team on %1, not yet recorded: %2").arg(when, note);
    case Outcome::Rejected:
        return ModelText::tr("Refused by the DSL team's Lantern on %1: %2").arg(when, note);
    }
    return {};
}

QByteArray SubmissionAcknowledgement::seal(const QByteArray& staffSigningPublicKey,
                                           const SecureBytes& vaultSubmissionSecretKey) const
{
    QJsonObject object{{QStringLiteral("format"), formatName},
                       {QStringLiteral("version"), formatVersion},
                       {QStringLiteral("vault_id"), vaultId},
                       {QStringLiteral("submission_id"), submissionId},
                       {QStringLiteral("key_id"), keyId},
                       {QStringLiteral("outcome"), outcomeName(outcome)},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("recorded_as"), recordedAs}};
    if (anchor)
        object.insert(QStringLiteral("anchor"), anchor->toJson());
    return boxJson(magic, object, staffBoxPublicKey(staffSigningPublicKey, keyId), vaultSubmissionSecretKey);
}

SubmissionAcknowledgement SubmissionAcknowledgement::open(const QByteArray& file,
                                                          const QByteArray& vaultSubmissionPublicKey,
                                                          const StaffSigningKey& key,
                                                          const QString& submissionId, const QString& where)
{
    const JsonReader reader(openBoxedJson(magic, file, vaultSubmissionPublicKey, key.boxSecretKey(), where),
                            where);
    reader.requireFormat(formatName, formatVersion, ModelText::tr("it is not a Lantern receipt."),
                         ModelText::tr("open your receipts again"));
    SubmissionAcknowledgement result;
    result.vaultId = reader.string("vault_id");
    result.submissionId = reader.string("submission_id");
    result.keyId = reader.string("key_id");
    if (result.vaultId != key.vaultId() || result.keyId != key.keyId() || result.submissionId != submissionId)
        reader.fail(ModelText::tr("it is the receipt of another submission, key or vault."));
    const QString outcome = reader.string("outcome");
    if (outcome == QLatin1String("filed"))
        result.outcome = Outcome::Filed;
    else if (outcome == QLatin1String("held"))
        result.outcome = Outcome::Held;
    else if (outcome == QLatin1String("rejected"))
        result.outcome = Outcome::Rejected;
    else
        reader.fail(ModelText::tr("\"%1\" is not an outcome.").arg(outcome.left(32)));
    result.note = reader.string("note");
    result.at = QDateTime::fromString(reader.string("at"), Qt::ISODateWithMs);
    if (!result.at.isValid())
        reader.fail(ModelText::tr("its time is not a time."));
    result.recordedAs = reader.string("recorded_as");
    if (reader.has("anchor"))
        result.anchor = AuditAnchor::fromJson(reader.value("anchor").toObject(), where);
    return result;
}

QString SubmissionAcknowledgement::pathIn(const QString& inbox, const QString& submissionId)
{
    return QDir(QDir(inbox).filePath(folderName())).filePath(submissionId + fileSuffix());
}

std::optional<SubmissionAcknowledgement>
SubmissionAcknowledgement::find(const QString& inbox, const QString& submissionId,
                                const QByteArray& vaultSubmissionPublicKey, const StaffSigningKey& key)
{
    const QString path = pathIn(inbox, submissionId);
    const QFileInfo info(path);
    if (!info.isFile())
        return std::nullopt;
    // A receipt is a few kilobytes; anything far larger is not one (and is not read whole).
    if (info.size() > 256 * 1024)
        throw Error(
            ErrorKind::Damaged,
            ModelText::tr("%1 is not a Lantern receipt (too large).").arg(QDir::toNativeSeparators(path)));
    return open(readWholeFile(path), vaultSubmissionPublicKey, key, submissionId,
                QDir::toNativeSeparators(path));
}

} // namespace lantern
