#include "vault/VaultTransaction.h"

#include "storage/Database.h"
#include "vault/Vault.h"

namespace lantern {

VaultTransaction::VaultTransaction(Vault& vault)
    : m_transaction(std::make_unique<Transaction>(vault.database()))
{}

VaultTransaction::~VaultTransaction() = default;

void VaultTransaction::commit()
{
    m_transaction->commit();
}

} // namespace lantern
