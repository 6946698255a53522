#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lantern {

// A small JSON object encrypted and authenticated from one X25519 key pair to another (libsodium's
// crypto_box: X25519, XSalsa20-Poly1305): only the recipient's secret key opens it, and it opens only with
// the sender's public key, so a box cannot be made by anyone without the sender's secret key. The bytes are
// `magic`, a random 24-byte nonce, then the ciphertext. Used where a receipt must be readable by one person
// and written by one party: the DSL team's acknowledgement to a staff member, a staff member's own receipts.
QByteArray boxJson(const QByteArray& magic, const QJsonObject& object, const QByteArray& recipientPublicKey,
                   const SecureBytes& senderSecretKey);

// The object in `box`. Throws Error(Damaged) naming `where` when the bytes are not such a box, or it does not
// open (changed, made by another sender, or for another recipient).
QJsonObject openBoxedJson(const QByteArray& magic, const QByteArray& box, const QByteArray& senderPublicKey,
                          const SecureBytes& recipientSecretKey, const QString& where);

} // namespace lantern
