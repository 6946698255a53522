#pragma once

#include "adults/Adult.h"

namespace lantern {

class Vault;

// The adults register's settings (pattern threshold and period, retention after leaving), kept in the vault.
class AdultsSettings {
public:
    explicit AdultsSettings(Vault& vault);

    // Keepers of the register and the chair of governors.
    AdultsRegisterSettings get();
    // The headteacher and the DSL team only. Threshold 2 to 20, period 1 to 3650 days, retention 0 to 1200
    // months. Audited "adults.settings.change" with the old and new values.
    void set(const AdultsRegisterSettings& settings);

    static constexpr int kMaxThreshold = 20;
    static constexpr int kMaxPeriodDays = 3650;
    static constexpr int kMaxRetentionMonths = 1200;

private:
    Vault& m_vault;
};

} // namespace lantern
