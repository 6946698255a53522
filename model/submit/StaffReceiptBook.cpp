#include "submit/StaffReceiptBook.h"

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "submit/BoxedJson.h"
#include "submit/StaffKeyFile.h"
#include "submit/SubmissionAcknowledgement.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace lantern {

namespace {

const QByteArray magic("LNTNRCP1");
const QString formatName = QStringLiteral("lantern-staff-receipts");

} // namespace

StaffReceiptBook::StaffReceiptBook(const QString& folder, const StaffSigningKey& key)
    : m_folder(folder)
    , m_key(key)
{}

QString StaffReceiptBook::path() const
{
    return QDir(m_folder).filePath(fileName());
}

QList<QByteArray> StaffReceiptBook::boxes() const
{
    if (!QFileInfo::exists(path()))
        return {};
    const QString where = QDir::toNativeSeparators(path());
    const JsonReader book = JsonReader::parse(readWholeFile(path()), where);
    book.requireFormat(formatName, formatVersion, ModelText::tr("it is not a book of Lantern receipts."),
                       ModelText::tr("open it again"));
    if (book.string("key_id") != m_key.keyId())
        book.fail(
            ModelText::tr("it holds the receipts of another staff key (%1).").arg(book.string("key_id")));
    QList<QByteArray> result;
    const QJsonArray entries = book.array("receipts");
    for (const QJsonValue& entry : entries) {
        const QByteArray box = QByteArray::fromBase64(entry.toString().toLatin1());
        if (box.isEmpty())
            book.fail(ModelText::tr("a receipt is not base64."));
        result.append(box);
    }
    return result;
}

void StaffReceiptBook::add(const SubmissionReceipt& receipt)
{
    QJsonArray entries;
    for (const QByteArray& box : boxes())
        entries.append(toBase64(box));
    const QJsonObject entry{
        {QStringLiteral("submission_id"), receipt.submissionId},
        {QStringLiteral("created_at"), receipt.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), receipt.kind}};
    entries.append(toBase64(boxJson(magic, entry, m_key.boxPublicKey(), m_key.boxSecretKey())));
    const QJsonObject book{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("key_id"), m_key.keyId()},
                           {QStringLiteral("receipts"), entries}};
    writeFileAtomically(path(), QJsonDocument(book).toJson());
}

QList<SubmissionReceipt> StaffReceiptBook::receipts() const
{
    const QString where = QDir::toNativeSeparators(path());
    const SecureBytes secret = m_key.boxSecretKey();
    const QByteArray mine = m_key.boxPublicKey();
    QList<SubmissionReceipt> result;
    int number = 0;
    for (const QByteArray& box : boxes()) {
        const QString entryWhere = ModelText::tr("%1, receipt %2").arg(where).arg(++number);
        const JsonReader entry(openBoxedJson(magic, box, mine, secret, entryWhere), entryWhere);
        SubmissionReceipt receipt;
        receipt.submissionId = entry.string("submission_id");
        receipt.createdAt = QDateTime::fromString(entry.string("created_at"), Qt::ISODateWithMs);
        receipt.kind = entry.string("kind");
        if (!receipt.createdAt.isValid())
            entry.fail(ModelText::tr("its time is not a time."));
        result.append(receipt);
    }
    return result;
}

QList<StaffReceiptBook::Sent>
StaffReceiptBook::withAcknowledgements(const QString& inbox, const QByteArray& vaultSubmissionPublicKey) const
{
    QList<Sent> result;
    for (const SubmissionReceipt& receipt : receipts()) {
        Sent sent{receipt, ModelText::tr("Not yet received by the DSL team.")};
        try {
            if (const std::optional<SubmissionAcknowledgement> acknowledgement =
                    SubmissionAcknowledgement::find(inbox, receipt.submissionId, vaultSubmissionPublicKey,
                                                    m_key))
                sent.status = acknowledgement->describe();
        } catch (const Error& error) {
            sent.status = error.message();
        }
        result.append(sent);
    }
    return result;
}

} // namespace lantern
