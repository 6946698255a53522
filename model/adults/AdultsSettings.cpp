#include "adults/AdultsSettings.h"

#include "adults/AdultsAccess.h"
#include "adults/AdultsStore.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace {

void requireRange(int value, int low, int high, const QString& field)
{
    if (value < low || value > high)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("%1: %2 is outside %3 to %4.").arg(field).arg(value).arg(low).arg(high));
}

} // namespace

AdultsSettings::AdultsSettings(Vault& vault)
    : m_vault(vault)
{}

AdultsRegisterSettings AdultsSettings::get()
{
    adults::requireRegisterAccess(m_vault.user());
    return adults::readSettings(m_vault.database());
}

void AdultsSettings::set(const AdultsRegisterSettings& settings)
{
    requirePermission(m_vault.user(), Permission::KeepAdultsRegister);
    requireRange(settings.patternThreshold, 2, kMaxThreshold, ModelText::tr("Pattern threshold"));
    requireRange(settings.patternPeriodDays, 1, kMaxPeriodDays, ModelText::tr("Pattern period (days)"));
    requireRange(settings.retentionMonthsAfterLeaving, 0, kMaxRetentionMonths,
                 ModelText::tr("Retention after leaving (months)"));
    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    Transaction transaction(db);
    const AdultsRegisterSettings before = adults::readSettings(db);
    Statement save(db,
                   "INSERT OR REPLACE INTO adults_register_settings (id, pattern_threshold, "
                   "pattern_period_days, retention_months, updated_at, updated_by) VALUES (1, :threshold, "
                   ":period, :retention, :at, :by);");
    save.bind(":threshold", settings.patternThreshold)
        .bind(":period", settings.patternPeriodDays)
        .bind(":retention", settings.retentionMonthsAfterLeaving)
        .bind(":at", adults::nowIso(m_vault))
        .bind(":by", actor);
    save.run();
    m_vault.audit().append(actor, QStringLiteral("adults.settings.change"), QStringLiteral("adults-register"),
                           QStringLiteral("settings"),
                           QStringLiteral("threshold %1 → %2; period %3 → %4 days; retention %5 → %6 months")
                               .arg(before.patternThreshold)
                               .arg(settings.patternThreshold)
                               .arg(before.patternPeriodDays)
                               .arg(settings.patternPeriodDays)
                               .arg(before.retentionMonthsAfterLeaving)
                               .arg(settings.retentionMonthsAfterLeaving));
    transaction.commit();
}

} // namespace lantern
