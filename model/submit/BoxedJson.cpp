#include "submit/BoxedJson.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"

#include <QJsonDocument>
#include <sodium.h>

namespace lantern {

namespace {

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

} // namespace

QByteArray boxJson(const QByteArray& magic, const QJsonObject& object, const QByteArray& recipientPublicKey,
                   const SecureBytes& senderSecretKey)
{
    ensureSodium();
    if (recipientPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
        senderSecretKey.size() != crypto_box_SECRETKEYBYTES)
        throw Error(ErrorKind::Internal, QStringLiteral("boxJson: a key of the wrong size"));
    const QByteArray plain = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray nonce(crypto_box_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    QByteArray cipher(plain.size() + static_cast<qsizetype>(crypto_box_MACBYTES), '\0');
    if (crypto_box_easy(reinterpret_cast<unsigned char*>(cipher.data()), bytes(plain),
                        static_cast<unsigned long long>(plain.size()), bytes(nonce),
                        bytes(recipientPublicKey), senderSecretKey.data()) != 0)
        throw Error(ErrorKind::Internal, QStringLiteral("boxJson: crypto_box_easy failed"));
    return magic + nonce + cipher;
}

QJsonObject openBoxedJson(const QByteArray& magic, const QByteArray& box, const QByteArray& senderPublicKey,
                          const SecureBytes& recipientSecretKey, const QString& where)
{
    ensureSodium();
    const qsizetype header = magic.size() + static_cast<qsizetype>(crypto_box_NONCEBYTES);
    if (!box.startsWith(magic) || box.size() < header + static_cast<qsizetype>(crypto_box_MACBYTES))
        throw Error(ErrorKind::Damaged, ModelText::tr("%1 is not a Lantern receipt.").arg(where));
    const QByteArray nonce = box.mid(magic.size(), crypto_box_NONCEBYTES);
    const QByteArray cipher = box.mid(header);
    SecureBytes plain(static_cast<std::size_t>(cipher.size()) - crypto_box_MACBYTES);
    if (senderPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
        crypto_box_open_easy(plain.data(), bytes(cipher), static_cast<unsigned long long>(cipher.size()),
                             bytes(nonce), bytes(senderPublicKey), recipientSecretKey.data()) != 0)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("%1 does not open: it was changed, or was not written for you by the "
                                  "school's Lantern.")
                        .arg(where));
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(
        reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plain.size())));
    if (!document.isObject())
        throw Error(ErrorKind::Damaged, ModelText::tr("%1 holds no receipt.").arg(where));
    return document.object();
}

} // namespace lantern
