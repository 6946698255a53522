// Vault::verifyCopy: a backup is checked by opening it as an unlock would, with the keys this session holds.
#include "audit/AuditChains.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"
#include "vault/VaultStores.h"

#include <QFileInfo>

namespace lantern {

AuditVerification Vault::verifyCopy(const QString& folder) const
{
    const VaultPaths copy(folder);
    Database directory = Database::open(copy.directory(), m_masterKey, Database::Mode::OpenExisting);
    directory.checkIntegrity();
    AuditChains chains(directory, m_clock);
    chains.add(QStringLiteral("main"));
    for (const auto& [compartment, key] : m_compartmentKeys) {
        const QString store = copy.store(compartment);
        // The headteacher store exists only once a chair (or the recovery key) has unlocked.
        if (compartment == Compartment::Headteacher && !QFileInfo::exists(store))
            continue;
        vaultStores::attach(directory, store, compartment, key, vaultId());
        chains.add(compartmentName(compartment));
    }
    return chains.verify();
}

} // namespace lantern
