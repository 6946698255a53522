#pragma once

#include "users/Role.h"

#include <QList>
#include <QString>
#include <optional>

namespace lantern {

// The vault's encrypted stores, each with its own random key (DESIGN.md §3, docs/ARCHITECTURE.md "Who holds
// which key"). A key slot wraps exactly the keys of the compartments its role reads, so that the first line
// of defence is that a user who must not read something holds no key that decrypts it.
enum class Compartment {
    Directory,   // users, roles, the school's details, the vault's own audit chain: every signed-in person
    Cases,       // pupils and everything recorded about them: the DSL team (and the recovery key)
    Adults,      // the adults register: the headteacher and the DSL team (and the recovery key)
    Headteacher, // concerns about the headteacher: the chair of governors (and the recovery key) only
};

QList<Compartment> allCompartments();
// "directory", "cases", "adults", "headteacher": as written in keyslots.json and used as the schema name the
// store is attached under.
QString compartmentName(Compartment compartment);
std::optional<Compartment> compartmentFromName(const QString& name);
// "pupils' case records", for people.
QString compartmentTitle(Compartment compartment);

// What the school decides about who reads which compartment, beyond the fixed role table.
struct CompartmentPolicy {
    // DESIGN.md §3: pupils' case records are the DSL team's, "the headteacher if the school chooses". The
    // choice is kept in the case store itself (only a holder of the case key can read or change it), and a
    // headteacher given the key reads the records but does not write or export them (users/Permissions.h).
    bool headteacherReadsCases = false;
};

// The role table under `policy`. `role` Recovery is the printed recovery key, which holds every key so that
// the school can always get its records back.
bool roleReads(Role role, Compartment compartment, const CompartmentPolicy& policy);
// The most any school lets `role` read: for a decision that must be taken before the policy can be read (a
// session's stores are attached before the case store's policy is known).
bool roleMayRead(Role role, Compartment compartment);

} // namespace lantern
