#include "submit/Submission.h"

#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"
#include "records/ConcernValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <sodium.h>

namespace lantern {

namespace {

const QString payloadFormat = QStringLiteral("lantern-submission");
const QString envelopeFormat = QStringLiteral("lantern-signed-submission");

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

[[noreturn]] void damaged(const QString& message)
{
    throw Error(ErrorKind::Damaged, message);
}

bool isHex(const QString& text, qsizetype length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return text.size() == length && hex.match(text).hasMatch();
}

PartialDate occurredFrom(const JsonReader& in)
{
    try {
        return PartialDate::parse(in.string("occurred"), ConcernValidator::occurredField());
    } catch (const Error& error) {
        in.fail(error.message());
    }
}

QStringList stringList(const JsonReader& in, const char* key)
{
    QStringList list;
    for (const QJsonValue& value : in.array(key)) {
        if (!value.isString())
            in.fail(
                ModelText::tr("the list \"%1\" holds something other than text.").arg(QLatin1String(key)));
        list.append(value.toString());
    }
    return list;
}

} // namespace

QByteArray SubmissionPayload::toBytes() const
{
    const QJsonObject root{{QStringLiteral("format"), payloadFormat},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("submission_id"), submissionId},
                           {QStringLiteral("vault_id"), vaultId},
                           {QStringLiteral("key_id"), keyId},
                           {QStringLiteral("username"), username},
                           {QStringLiteral("created_at"), isoUtc(createdAt)},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("content"), content}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

SubmissionPayload SubmissionPayload::parse(const QByteArray& bytes, const QString& where)
{
    const JsonReader in = JsonReader::parse(bytes, where);
    in.requireFormat(payloadFormat, formatVersion, QStringLiteral("it is not a Lantern submission."),
                     QStringLiteral("import it again"));
    SubmissionPayload payload;
    payload.submissionId = in.string("submission_id");
    if (!isHex(payload.submissionId, 32))
        in.fail(ModelText::tr("the submission id is not 32 hexadecimal digits."));
    payload.vaultId = in.string("vault_id");
    payload.keyId = in.string("key_id");
    payload.username = in.string("username");
    payload.createdAt = fromIsoUtc(in.string("created_at"));
    if (!payload.createdAt.isValid())
        in.fail(ModelText::tr("the time it was made is not a UTC time."));
    payload.kind = in.string("kind");
    if (payload.kind != concernKind() && payload.kind != adultConcernKind())
        in.fail(ModelText::tr("\"%1\" is not a kind of submission Lantern knows.").arg(payload.kind));
    payload.content = in.object("content", where).object();
    return payload;
}

QString SubmissionPayload::newSubmissionId()
{
    ensureSodium();
    QByteArray raw(16, '\0');
    randombytes_buf(raw.data(), static_cast<std::size_t>(raw.size()));
    return QString::fromLatin1(raw.toHex());
}

QJsonObject concernContentJson(const SubmittedConcern& concern)
{
    QJsonArray children;
    for (const SubmittedChild& child : concern.children)
        children.append(QJsonObject{{QStringLiteral("name"), child.name},
                                    {QStringLiteral("year_group"), child.yearGroup},
                                    {QStringLiteral("from_roster"), child.fromRoster},
                                    {QStringLiteral("role"), childRoleName(child.role)}});
    return QJsonObject{
        {QStringLiteral("occurred"), concern.occurred.value()},
        {QStringLiteral("location"), concern.location},
        {QStringLiteral("children"), children},
        {QStringLiteral("categories"), QJsonArray::fromStringList(concern.categoryIds)},
        {QStringLiteral("account"), concern.account},
        {QStringLiteral("child_words"), concern.childWords},
        {QStringLiteral("body_map"),
         QJsonDocument::fromJson(ConcernValidator::bodyMapJson(concern.bodyMap).toUtf8()).array()},
        {QStringLiteral("immediate_action"), concern.immediateAction},
    };
}

SubmittedConcern concernFromContent(const QJsonObject& content, const QString& where)
{
    const JsonReader in(content, where);
    SubmittedConcern concern;
    concern.occurred = occurredFrom(in);
    concern.location = in.string("location");
    const QJsonArray children = in.array("children");
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QString childWhere = QStringLiteral("%1, child %2").arg(where).arg(i + 1);
        if (!children.at(i).isObject())
            in.fail(ModelText::tr("child %1 is not an object.").arg(i + 1));
        const JsonReader named(children.at(i).toObject(), childWhere);
        SubmittedChild child;
        child.name = named.string("name");
        child.yearGroup = named.string("year_group");
        child.fromRoster = named.boolean("from_roster");
        const std::optional<ChildRole> role = childRoleFromName(named.string("role"));
        if (!role)
            named.fail(ModelText::tr("the role is not subject, alleged-harmer or witness."));
        child.role = *role;
        concern.children.append(child);
    }
    concern.categoryIds = stringList(in, "categories");
    concern.account = in.string("account");
    concern.childWords = in.string("child_words");
    concern.bodyMap = ConcernValidator::bodyMapFromJson(
        QString::fromUtf8(QJsonDocument(in.array("body_map")).toJson(QJsonDocument::Compact)));
    concern.immediateAction = in.string("immediate_action");
    return concern;
}

QJsonObject adultConcernContentJson(const SubmittedAdultConcern& concern)
{
    return QJsonObject{
        {QStringLiteral("adult"), QJsonObject{{QStringLiteral("name"), concern.adultName},
                                              {QStringLiteral("role"), concern.adultRole},
                                              {QStringLiteral("is_headteacher"), concern.aboutHeadteacher}}},
        {QStringLiteral("occurred"), concern.occurred.value()},
        {QStringLiteral("account"), concern.account},
        {QStringLiteral("response"), concern.response},
        {QStringLiteral("reporter_name"), concern.reporterName},
        {QStringLiteral("self_report"), concern.selfReport},
        {QStringLiteral("reporter_withheld"), concern.reporterWithheld},
    };
}

SubmittedAdultConcern adultConcernFromContent(const QJsonObject& content, const QString& where)
{
    const JsonReader in(content, where);
    SubmittedAdultConcern concern;
    const JsonReader adult = in.object("adult", where + QStringLiteral(", adult"));
    concern.adultName = adult.string("name");
    concern.adultRole = adult.string("role");
    concern.aboutHeadteacher = adult.boolean("is_headteacher");
    concern.occurred = occurredFrom(in);
    concern.account = in.string("account");
    concern.response = in.string("response");
    concern.reporterName = in.string("reporter_name");
    concern.selfReport = in.boolean("self_report");
    concern.reporterWithheld = in.boolean("reporter_withheld");
    return concern;
}

QByteArray SealedSubmission::seal(const SubmissionPayload& payload, const unsigned char* signingSecretKey,
                                  const QByteArray& vaultPublicKey)
{
    ensureSodium();
    if (vaultPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("The submission profile's public key is %1 bytes long (expected %2).")
                        .arg(vaultPublicKey.size())
                        .arg(crypto_box_PUBLICKEYBYTES));
    const QByteArray payloadBytes = payload.toBytes();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(payloadBytes),
                         static_cast<unsigned long long>(payloadBytes.size()), signingSecretKey);
    const QJsonObject envelope{{QStringLiteral("format"), envelopeFormat},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("key_id"), payload.keyId},
                               {QStringLiteral("signature"), toBase64(signature)},
                               {QStringLiteral("payload"), toBase64(payloadBytes)}};
    const QByteArray inner = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    QByteArray sealed(inner.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), bytes(inner),
                        static_cast<unsigned long long>(inner.size()), bytes(vaultPublicKey)) != 0)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("The submission profile's public key is not one a submission can be "
                                  "sealed to; ask the DSL for a new profile."));
    return magic() + sealed;
}

SealedSubmission::Opened SealedSubmission::open(const QByteArray& file, const QByteArray& vaultPublicKey,
                                                const SecureBytes& vaultSecretKey)
{
    ensureSodium();
    if (!file.startsWith(magic()))
        damaged(ModelText::tr("it is not a Lantern submission file (its first bytes are not Lantern's)."));
    const QByteArray sealed = file.mid(magic().size());
    if (sealed.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES))
        damaged(ModelText::tr("it is too short to hold a sealed submission."));
    QByteArray inner(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(inner.data()), bytes(sealed),
                             static_cast<unsigned long long>(sealed.size()), bytes(vaultPublicKey),
                             vaultSecretKey.data()) != 0)
        damaged(ModelText::tr("the seal does not open: the file was changed after it was sealed, or it was "
                              "sealed for another school's vault."));
    const QString where = QStringLiteral("the signed envelope");
    const JsonReader in = JsonReader::parse(inner, where);
    wipeBytes(inner);
    if (in.string("format") != envelopeFormat || in.integer("version") != 1)
        in.fail(ModelText::tr("it is not a Lantern signed submission of a version this Lantern reads."));
    Opened opened;
    opened.keyId = in.string("key_id");
    opened.signature = in.base64("signature");
    opened.payloadBytes = in.base64("payload");
    if (opened.signature.size() != crypto_sign_BYTES)
        in.fail(ModelText::tr("the signature is %1 bytes long (expected %2).")
                    .arg(opened.signature.size())
                    .arg(crypto_sign_BYTES));
    return opened;
}

bool SealedSubmission::Opened::isSignedBy(const QByteArray& signingPublicKey) const
{
    ensureSodium();
    return signingPublicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(bytes(signature), bytes(payloadBytes),
                                       static_cast<unsigned long long>(payloadBytes.size()),
                                       bytes(signingPublicKey)) == 0;
}

} // namespace lantern
