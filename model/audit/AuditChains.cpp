#include "audit/AuditChains.h"

#include "core/Error.h"
#include "core/ModelText.h"

#include <algorithm>

namespace lantern {

namespace {

const QString directory = QString::fromLatin1(AuditLog::MainChain);

} // namespace

AuditChains::AuditChains(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

void AuditChains::add(const QString& schema)
{
    auto log = std::make_unique<AuditLog>(m_db, m_clock, schema);
    if (m_signer)
        log->setSigner(m_signerUser, m_signer);
    const QString name = log->name();
    m_chains[name] = std::move(log);
}

QStringList AuditChains::names() const
{
    QStringList result;
    for (const auto& [name, log] : m_chains)
        result.append(name);
    return result;
}

void AuditChains::setSigner(const QString& username, const SigningKey* key)
{
    m_signerUser = username;
    m_signer = key;
    for (auto& [name, log] : m_chains)
        log->setSigner(username, key);
}

void AuditChains::recordKeyIssued(const QString& forUser, const SecureBytes& signingSeed)
{
    chain(directory).recordKeyIssued(forUser, signingSeed);
}

void AuditChains::trustDirectoryKeys() const
{
    const auto found = m_chains.find(directory);
    if (found == m_chains.end())
        return;
    const auto issued = found->second->issuedKeys();
    for (const auto& [name, log] : m_chains) {
        if (name != directory)
            log->trustIssuedKeys(issued);
    }
}

QString AuditChains::primaryChain() const
{
    return has(QStringLiteral("cases")) ? QStringLiteral("cases") : directory;
}

AuditAnchor AuditChains::anchor(const QString& vaultId, const QString& chainName) const
{
    const QString name = chainName.isEmpty() ? primaryChain() : chainName;
    const auto found = m_chains.find(name);
    if (found == m_chains.end())
        throw Error(ErrorKind::NotFound, ModelText::tr("This session has no %1 audit chain.").arg(name));
    return found->second->anchor(vaultId);
}

AuditHead AuditChains::head(const QString& chainName) const
{
    const QString name = chainName.isEmpty() ? primaryChain() : chainName;
    const auto found = m_chains.find(name);
    if (found == m_chains.end())
        throw Error(ErrorKind::NotFound, ModelText::tr("This session has no %1 audit chain.").arg(name));
    return found->second->head();
}

AuditVerification AuditChains::verifyAgainst(const QList<AuditAnchor>& anchors, const QString& vaultId) const
{
    for (const AuditAnchor& each : anchors) {
        if (!has(each.chain))
            throw Error(
                ErrorKind::PermissionDenied,
                ModelText::tr("%1 anchors the audit chain \"%2\", whose store this session does not "
                              "hold: check it as someone who holds that key.")
                    .arg(each.source.isEmpty() ? ModelText::tr("An anchor") : each.source, each.chain));
    }
    trustDirectoryKeys();
    AuditVerification total;
    for (const auto& [name, log] : m_chains) {
        QList<AuditAnchor> mine;
        for (const AuditAnchor& each : anchors) {
            if (each.chain == name)
                mine.append(each);
        }
        AuditVerification one = log->verifyAgainst(mine, vaultId);
        total.entriesChecked += one.entriesChecked;
        total.anchorsChecked += one.anchorsChecked;
        if (!one.intact() && total.intact()) {
            total.firstBrokenSeq = one.firstBrokenSeq;
            total.problem = one.problem;
            total.chain = name;
        }
    }
    return total;
}

bool AuditChains::has(const QString& chain) const
{
    return m_chains.count(chain) > 0;
}

QString AuditChains::chainFor(const QString& action) const
{
    const auto startsWith = [&action](const char* prefix) {
        return action.startsWith(QLatin1String(prefix));
    };
    QString chain;
    if (startsWith("vault.") || startsWith("user.") || startsWith("key.") || startsWith("school.") ||
        startsWith("audit."))
        chain = directory;
    else if (startsWith("adult.") || startsWith("adults."))
        chain = has(QStringLiteral("headteacher")) && !has(QStringLiteral("adults"))
                    ? QStringLiteral("headteacher")
                    : QStringLiteral("adults");
    else
        chain = QStringLiteral("cases");
    if (!has(chain))
        throw Error(
            ErrorKind::Internal,
            ModelText::tr("The audit entry \"%1\" belongs in the %2 store, which this session has not "
                          "opened; nothing was written.")
                .arg(action, chain));
    return chain;
}

qint64 AuditChains::append(const QString& actor, const QString& action, const QString& objectType,
                           const QString& objectId, const QString& details)
{
    return m_chains.at(chainFor(action))->append(actor, action, objectType, objectId, details);
}

AuditVerification AuditChains::verify() const
{
    return verifyAgainst({}, QString());
}

QList<AuditEntry> AuditChains::entries(const AuditFilter& filter) const
{
    QList<AuditEntry> result;
    for (const auto& [name, log] : m_chains) {
        AuditFilter each = filter;
        QList<AuditEntry> found = log->entries(each);
        for (AuditEntry& entry : found)
            entry.chain = name;
        result.append(found);
    }
    std::stable_sort(result.begin(), result.end(), [](const AuditEntry& a, const AuditEntry& b) {
        return a.atUtc != b.atUtc ? a.atUtc < b.atUtc : a.chain < b.chain;
    });
    if (filter.limit > 0 && result.size() > filter.limit)
        result.resize(filter.limit);
    return result;
}

AuditLog& AuditChains::chain(const QString& name)
{
    const auto found = m_chains.find(name);
    if (found == m_chains.end())
        throw Error(ErrorKind::NotFound, ModelText::tr("This session has no %1 audit chain.").arg(name));
    return *found->second;
}

} // namespace lantern
