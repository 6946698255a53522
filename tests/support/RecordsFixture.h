#pragma once

#include "core/Clock.h"
#include "support/TestSupport.h"
#include "vault/Vault.h"

#include <gtest/gtest.h>
#include <memory>

namespace lantern::test {

// A real vault on disk with one user of each role, all with password "<username> password 123".
// `as(name)` locks whatever is open and unlocks as that user, so tests can check each role's view.
class RecordsFixture : public ::testing::Test {
protected:
    void SetUp() override;

    Vault& as(const QString& username);
    Vault& dsl() { return as(QStringLiteral("dsl")); }
    QString vaultFolder() const { return m_temp.path(QStringLiteral("school.lantern")); }

    TempFolder m_temp;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<Vault> m_vault;
};

} // namespace lantern::test
