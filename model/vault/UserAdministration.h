#pragma once

#include "users/User.h"

#include <QString>

namespace lantern {

class Vault;

// Changing what a user is, beside Vault's key-slot operations (add, reset a password, disable, enable), which
// need the master key. The rules for both are users/UserRules.h; every change is one audit entry in the
// same transaction.
class UserAdministration {
public:
    explicit UserAdministration(Vault& vault);

    // Gives `username` another role ("user.role", details "deputy → dsl"). Throws Error: NotFound,
    // PermissionDenied or InvalidInput as UserRules decides.
    void changeRole(const QString& username, Role role);

private:
    Vault& m_vault;
};

} // namespace lantern
