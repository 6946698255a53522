#include "audit/SignerRegistry.h"

#include "audit/AuditLog.h"
#include "core/ModelText.h"
#include "crypto/SigningKey.h"

namespace lantern {

namespace {

const QString keyPrefix = QStringLiteral("ed25519 ");

} // namespace

QString SignerRegistry::keyDetails(const QByteArray& publicKey)
{
    return keyPrefix + QString::fromLatin1(publicKey.toHex());
}

std::optional<QByteArray> SignerRegistry::keyFromDetails(const QString& details)
{
    if (!details.startsWith(keyPrefix))
        return std::nullopt;
    const QByteArray hex = details.mid(keyPrefix.size()).toLatin1();
    const QByteArray key = QByteArray::fromHex(hex);
    if (static_cast<std::size_t>(key.size()) != SigningKey::publicKeyBytes || key.toHex() != hex)
        return std::nullopt;
    return key;
}

std::optional<QString> SignerRegistry::ownerOf(const QByteArray& publicKey) const
{
    const auto found = m_owners.constFind(publicKey);
    if (found == m_owners.constEnd())
        return std::nullopt;
    return *found;
}

bool SignerRegistry::hasKey(const QString& user) const
{
    for (auto it = m_owners.constBegin(); it != m_owners.constEnd(); ++it)
        if (it.value() == user)
            return true;
    return false;
}

void SignerRegistry::learnFromUnsigned(const AuditEntry& entry)
{
    m_namedBeforeSigning.insert(entry.actor);
    if (entry.objectType == QLatin1String("user"))
        m_namedBeforeSigning.insert(entry.objectId);
    if (entry.action == QLatin1String("vault.recovery-key"))
        m_namedBeforeSigning.insert(QStringLiteral("recovery"));
}

QString SignerRegistry::admit(const AuditEntry& entry)
{
    if (entry.signature.isEmpty() && entry.signerKey.isEmpty()) {
        if (m_signingBegan)
            return ModelText::tr(
                       "entry %1 is not signed, but entries before it are: Lantern did not write it")
                .arg(entry.seq);
        learnFromUnsigned(entry);
        return {};
    }
    if (!SigningKey::verify(entry.signerKey, AuditLog::signedMessage(entry.hash), entry.signature))
        return ModelText::tr("entry %1's signature does not match it: the entry was changed and its hash "
                             "recomputed, or the signature was replaced")
            .arg(entry.seq);
    const bool firstSigned = !m_signingBegan;
    m_signingBegan = true;
    if (entry.action == QLatin1String(keyRegistered))
        return admitRegistration(entry, firstSigned);

    const std::optional<QString> owner = ownerOf(entry.signerKey);
    if (!owner)
        return ModelText::tr("entry %1 is signed by a key that no earlier entry registered").arg(entry.seq);
    if (*owner != entry.actor)
        return ModelText::tr("entry %1 is signed by %2's key, not by %3: it was written in %3's name by "
                             "someone else")
            .arg(entry.seq)
            .arg(*owner, entry.actor);
    if (entry.action == QLatin1String(keyIssued)) {
        const std::optional<QByteArray> issued = keyFromDetails(entry.details);
        if (!issued || entry.objectType != QLatin1String("user"))
            return ModelText::tr("entry %1 issues a signing key but does not name it correctly")
                .arg(entry.seq);
        m_issued[entry.objectId].insert(*issued);
    }
    return {};
}

QString SignerRegistry::admitRegistration(const AuditEntry& entry, bool firstSigned)
{
    const QString& user = entry.actor;
    if (entry.objectType != QLatin1String("user") || entry.objectId != user ||
        keyFromDetails(entry.details) != entry.signerKey)
        return ModelText::tr("entry %1 registers a signing key other than the one it is signed with, or for "
                             "another user")
            .arg(entry.seq);
    if (const std::optional<QString> owner = ownerOf(entry.signerKey))
        return ModelText::tr("entry %1 registers %2's signing key again, for %3")
            .arg(entry.seq)
            .arg(*owner, user);
    const QSet<QByteArray> issued = m_issued.value(user);
    const bool trustedOnFirstUse =
        issued.isEmpty() && !hasKey(user) && (firstSigned || m_namedBeforeSigning.contains(user));
    if (!issued.contains(entry.signerKey) && !trustedOnFirstUse)
        return ModelText::tr("entry %1 registers a signing key for %2 that no earlier entry issued to them: "
                             "the key was made by someone else")
            .arg(entry.seq)
            .arg(user);
    m_owners.insert(entry.signerKey, user);
    return {};
}

} // namespace lantern
