#pragma once

namespace lantern {
class Vault;
}

namespace lantern::test {

// The referral pack tests' school: Oakfield Primary School (synthetic), URN 999001 in "Demo Borough" (LA
// 999), with an office phone and email and Amira Haddad as its DSL contact. Written through SchoolRepository.
void addSyntheticSchool(Vault& vault);

} // namespace lantern::test
