#include "submit/SubmissionProfile.h"

#include "calendar/PartialDate.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"
#include "submit/StaffKeyFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <sodium.h>

namespace lantern {

namespace {

const QString formatName = QStringLiteral("lantern-submission-profile");
constexpr std::size_t fingerprintBytes = 20;
constexpr int plainRosterVersion = 1;
const QByteArray rosterFormat("lantern-submission-roster-v1");
constexpr std::size_t rosterKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t sealedKeyBytes = rosterKeyBytes + crypto_box_SEALBYTES;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// The format, the vault and the recipients' key ids in order: a roster cannot be moved to another vault's
// profile, nor its recipients changed, without failing to open.
QByteArray rosterAssociatedData(const QString& vaultId, const QList<SealedRoster::Recipient>& recipients)
{
    QByteArray data = rosterFormat;
    data.append('\0');
    data.append(vaultId.toUtf8());
    for (const SealedRoster::Recipient& recipient : recipients) {
        data.append('\0');
        data.append(recipient.keyId.toUtf8());
    }
    return data;
}

QByteArray rosterJson(const QList<RosterEntry>& roster)
{
    QJsonArray pupils;
    for (const RosterEntry& entry : roster)
        pupils.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                  {QStringLiteral("year_group"), entry.yearGroup}});
    return QJsonDocument(pupils).toJson(QJsonDocument::Compact);
}

QList<RosterEntry> parseRoster(const QJsonArray& pupils, const QString& where)
{
    QList<RosterEntry> roster;
    for (qsizetype i = 0; i < pupils.size(); ++i) {
        const JsonReader pupil(pupils.at(i).toObject(),
                               QStringLiteral("%1, roster entry %2").arg(where).arg(i + 1));
        roster.append({pupil.string("name"), pupil.string("year_group")});
    }
    return roster;
}

} // namespace

void SubmissionProfile::sealRoster(const QList<RosterRecipient>& recipients)
{
    ensureSodium();
    SealedRoster sealed;
    const SecureBytes rosterKey = SecureBytes::random(rosterKeyBytes);
    for (const RosterRecipient& recipient : recipients) {
        const QByteArray x25519 = staffBoxPublicKey(recipient.publicKey, recipient.keyId);
        QByteArray sealedKey(static_cast<qsizetype>(sealedKeyBytes), '\0');
        crypto_box_seal(reinterpret_cast<unsigned char*>(sealedKey.data()), rosterKey.data(),
                        rosterKey.size(), bytes(x25519));
        sealed.recipients.append({recipient.keyId, sealedKey});
    }
    const QByteArray ad = rosterAssociatedData(vaultId, sealed.recipients);
    const QByteArray plain = rosterJson(roster);
    sealed.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(sealed.nonce.data(), static_cast<std::size_t>(sealed.nonce.size()));
    sealed.ciphertext.resize(plain.size() +
                             static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.ciphertext.data()), &length, bytes(plain),
        static_cast<unsigned long long>(plain.size()), bytes(ad), static_cast<unsigned long long>(ad.size()),
        nullptr, bytes(sealed.nonce), rosterKey.data());
    sealedRoster = sealed;
}

bool SubmissionProfile::openRoster(const StaffSigningKey& key)
{
    if (!sealedRoster)
        return true; // a version-1 profile: the roster was read in plain text
    ensureSodium();
    roster.clear();
    const SealedRoster& sealed = *sealedRoster;
    const auto mine =
        std::find_if(sealed.recipients.cbegin(), sealed.recipients.cend(),
                     [&key](const SealedRoster::Recipient& r) { return r.keyId == key.keyId(); });
    if (mine == sealed.recipients.cend())
        return false;
    const QString damaged =
        ModelText::tr("%1: the roster cannot be opened with your staff key; it was altered. Ask the DSL to "
                      "enrol you again.")
            .arg(fileName());
    const SecureBytes x25519Secret = key.boxSecretKey();
    const QByteArray x25519Public = key.boxPublicKey();
    SecureBytes rosterKey(rosterKeyBytes);
    if (mine->sealedKey.size() != static_cast<qsizetype>(sealedKeyBytes) ||
        crypto_box_seal_open(rosterKey.data(), bytes(mine->sealedKey), sealedKeyBytes, bytes(x25519Public),
                             x25519Secret.data()) != 0)
        throw Error(ErrorKind::Damaged, damaged);
    const QByteArray ad = rosterAssociatedData(vaultId, sealed.recipients);
    if (sealed.ciphertext.size() < static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        throw Error(ErrorKind::Damaged, damaged);
    SecureBytes plain(static_cast<std::size_t>(sealed.ciphertext.size()) -
                      crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &length, nullptr, bytes(sealed.ciphertext),
                                                   static_cast<unsigned long long>(sealed.ciphertext.size()),
                                                   bytes(ad), static_cast<unsigned long long>(ad.size()),
                                                   bytes(sealed.nonce), rosterKey.data()) != 0)
        throw Error(ErrorKind::Damaged, damaged);
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(length)));
    if (!document.isArray())
        throw Error(ErrorKind::Damaged, damaged);
    roster = parseRoster(document.array(), fileName());
    return true;
}

QString SubmissionProfile::fingerprintOf(const QByteArray& publicKey)
{
    ensureSodium();
    unsigned char digest[fingerprintBytes];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    const QString hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QByteArray SubmissionProfile::toJson() const
{
    if (!sealedRoster)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("The submission profile's roster was not sealed; nothing was written."));
    QJsonArray recipients;
    for (const SealedRoster::Recipient& recipient : sealedRoster->recipients)
        recipients.append(QJsonObject{{QStringLiteral("key_id"), recipient.keyId},
                                      {QStringLiteral("sealed_key"), toBase64(recipient.sealedKey)}});
    const QJsonObject sealed{{QStringLiteral("nonce"), toBase64(sealedRoster->nonce)},
                             {QStringLiteral("ciphertext"), toBase64(sealedRoster->ciphertext)},
                             {QStringLiteral("recipients"), recipients}};
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("school"), schoolName},
                           {QStringLiteral("vault_id"), vaultId},
                           {QStringLiteral("public_key"), toBase64(publicKey)},
                           {QStringLiteral("fingerprint"), fingerprint()},
                           {QStringLiteral("inbox"), inbox},
                           {QStringLiteral("created_at"), isoUtc(createdAt)},
                           {QStringLiteral("sealed_roster"), sealed}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SubmissionProfile SubmissionProfile::parse(const QByteArray& json, const QString& where)
{
    const JsonReader in = JsonReader::parse(json, where);
    const qint64 version =
        in.requireFormat(formatName, formatVersion, QStringLiteral("it is not a Lantern submission profile."),
                         QStringLiteral("use it"));
    SubmissionProfile profile;
    profile.schoolName = in.string("school");
    profile.vaultId = in.string("vault_id");
    profile.publicKey = in.base64("public_key");
    if (profile.publicKey.size() != crypto_box_PUBLICKEYBYTES)
        in.fail(ModelText::tr("the public key is %1 bytes long (expected %2).")
                    .arg(profile.publicKey.size())
                    .arg(crypto_box_PUBLICKEYBYTES));
    if (in.string("fingerprint") != profile.fingerprint())
        in.fail(ModelText::tr("the fingerprint does not match the public key; the profile was altered."));
    profile.inbox = in.string("inbox");
    profile.createdAt = fromIsoUtc(in.string("created_at"));
    if (version <= plainRosterVersion) {
        // Made before rosters were sealed: still read, so that staff can go on sending until the DSL enrols
        // them again or publishes the profile again.
        profile.roster = parseRoster(in.array("roster"), where);
        return profile;
    }
    const JsonReader sealedIn = in.object("sealed_roster", where + QStringLiteral(", sealed_roster"));
    SealedRoster sealed;
    sealed.nonce = sealedIn.base64("nonce");
    sealed.ciphertext = sealedIn.base64("ciphertext");
    if (sealed.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        sealedIn.fail(ModelText::tr("the nonce is %1 bytes long (expected %2).")
                          .arg(sealed.nonce.size())
                          .arg(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES));
    const QJsonArray recipients = sealedIn.array("recipients");
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const JsonReader recipient(recipients.at(i).toObject(),
                                   QStringLiteral("%1, roster recipient %2").arg(where).arg(i + 1));
        sealed.recipients.append({recipient.string("key_id"), recipient.base64("sealed_key")});
    }
    profile.sealedRoster = sealed;
    return profile;
}

SubmissionProfile SubmissionProfile::load(const QString& path)
{
    return parse(readWholeFile(path), QDir::toNativeSeparators(path));
}

void SubmissionProfile::save(const QString& path) const
{
    writeFileAtomically(path, toJson());
}

} // namespace lantern
