#include "submit/SubmissionProfile.h"

#include "calendar/PartialDate.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <sodium.h>

namespace lantern {

namespace {

const QString formatName = QStringLiteral("lantern-submission-profile");
constexpr std::size_t fingerprintBytes = 20;

} // namespace

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
    QJsonArray pupils;
    for (const RosterEntry& entry : roster)
        pupils.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                  {QStringLiteral("year_group"), entry.yearGroup}});
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("school"), schoolName},
                           {QStringLiteral("vault_id"), vaultId},
                           {QStringLiteral("public_key"), toBase64(publicKey)},
                           {QStringLiteral("fingerprint"), fingerprint()},
                           {QStringLiteral("inbox"), inbox},
                           {QStringLiteral("created_at"), isoUtc(createdAt)},
                           {QStringLiteral("roster"), pupils}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SubmissionProfile SubmissionProfile::parse(const QByteArray& json, const QString& where)
{
    const JsonReader in = JsonReader::parse(json, where);
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
    const QJsonArray pupils = in.array("roster");
    for (qsizetype i = 0; i < pupils.size(); ++i) {
        const JsonReader pupil(pupils.at(i).toObject(),
                               QStringLiteral("%1, roster entry %2").arg(where).arg(i + 1));
        profile.roster.append({pupil.string("name"), pupil.string("year_group")});
    }
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
