#include "audit/AuditChains.h"

#include "core/Error.h"
#include "core/ModelText.h"

#include <algorithm>

namespace lantern {

namespace {

const QString directory = QStringLiteral("directory");

QString chainName(const QString& schema)
{
    return schema == QLatin1String("main") ? directory : schema;
}

} // namespace

AuditChains::AuditChains(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

void AuditChains::add(const QString& schema)
{
    m_chains[chainName(schema)] = std::make_unique<AuditLog>(m_db, m_clock, schema);
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
    AuditVerification total;
    for (const auto& [name, log] : m_chains) {
        AuditVerification one = log->verify();
        total.entriesChecked += one.entriesChecked;
        if (!one.intact() && total.intact()) {
            total.firstBrokenSeq = one.firstBrokenSeq;
            total.problem = QStringLiteral("%1 chain: %2").arg(name, one.problem);
            total.chain = name;
        }
    }
    return total;
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
