#include "vault/CompartmentPolicyStore.h"

#include "storage/Database.h"

namespace lantern {

namespace {

const char* const headteacherReadsCasesKey = "headteacher_reads_cases";

} // namespace

CompartmentPolicy readCompartmentPolicy(Database& db)
{
    Statement query(db, "SELECT value FROM cases.vault_meta WHERE key = :key;");
    query.bind(":key", QString::fromLatin1(headteacherReadsCasesKey));
    CompartmentPolicy policy;
    policy.headteacherReadsCases = query.step() && query.text(0) == QLatin1String("yes");
    return policy;
}

void writeCompartmentPolicy(Database& db, const CompartmentPolicy& policy)
{
    Statement write(db, "INSERT OR REPLACE INTO cases.vault_meta (key, value) VALUES (:key, :value);");
    write.bind(":key", QString::fromLatin1(headteacherReadsCasesKey))
        .bind(":value", policy.headteacherReadsCases ? QStringLiteral("yes") : QStringLiteral("no"));
    write.run();
}

} // namespace lantern
