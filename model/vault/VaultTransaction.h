#pragma once

#include <memory>

namespace lantern {

class Transaction;
class Vault;

// One unit of work over an unlocked vault, for the services (import, export) that put several repositories'
// writes and an audit entry together: all of them are stored, or none. Nests inside another (as a savepoint),
// as the repositories' own transactions do. Destroyed without commit(), it rolls back. It exposes no SQL:
// storage stays behind the vault and the repositories.
class VaultTransaction {
public:
    explicit VaultTransaction(Vault& vault);
    ~VaultTransaction();
    VaultTransaction(const VaultTransaction&) = delete;
    VaultTransaction& operator=(const VaultTransaction&) = delete;

    void commit();

private:
    std::unique_ptr<Transaction> m_transaction;
};

} // namespace lantern
