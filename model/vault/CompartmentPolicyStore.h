#pragma once

#include "users/Compartments.h"

namespace lantern {

class Database;

// The school's CompartmentPolicy, kept in the case store's vault_meta: only a session holding the case key
// can read it or change it, so that someone who holds only the directory key (an administrator) cannot turn
// on the headteacher's reading of case records. A store that has never recorded a choice reads as the
// default (the headteacher does not read case records).
CompartmentPolicy readCompartmentPolicy(Database& db);
void writeCompartmentPolicy(Database& db, const CompartmentPolicy& policy);

} // namespace lantern
