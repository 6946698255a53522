#include "support/SyntheticSchool.h"

#include "records/SchoolRepository.h"

namespace lantern::test {

void addSyntheticSchool(Vault& vault)
{
    SchoolRepository school(vault);
    SchoolDetails details;
    details.name = QStringLiteral("Oakfield Primary School (synthetic)");
    details.urn = QStringLiteral("999001");
    details.laCode = QStringLiteral("999");
    details.laName = QStringLiteral("Demo Borough");
    details.phone = QStringLiteral("01632 960000");
    details.email = QStringLiteral("office@oakfield.example");
    school.setDetails(details);
    school.addSafeguardingContact({0, QStringLiteral("dsl"), QStringLiteral("Amira Haddad"),
                                   QStringLiteral("01632 960001"), QStringLiteral("dsl@oakfield.example"),
                                   true});
}

} // namespace lantern::test
