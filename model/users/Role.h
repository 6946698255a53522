#pragma once

#include <QString>
#include <optional>

namespace lantern {

// What a signed-in person may do is decided by role, in model/, for every operation (DESIGN.md §1).
enum class Role {
    Dsl,      // designated safeguarding lead
    Deputy,   // deputy DSL
    Head,     // headteacher
    Staff,    // any adult in school: records concerns, reads only their own receipts
    Admin,    // users, key slots, backups, settings; never case content
    Chair,    // chair of governors: concerns about the headteacher
    Governor, // aggregate, anonymised figures
    Recovery, // a session opened with the printed recovery key: key management only
};

QString roleName(Role role); // "dsl", "deputy", … as stored and typed on the CLI
std::optional<Role> roleFromName(const QString& name);
QString roleTitle(Role role); // "Designated safeguarding lead", for people

} // namespace lantern
