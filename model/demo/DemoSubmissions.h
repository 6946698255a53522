#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace lantern {

class Clock;
class Vault;

// What DemoSubmissions::send made, for the summary `lantern-cli demo` prints.
struct DemoStaffSetup {
    QString keyFolder;   // the folder a DSL would hand to the member of staff
    QString inbox;       // the shared folder submissions go into
    QString fingerprint; // the school's key, as the staff window shows it
    int submissions = 0; // sealed into the inbox, waiting for the DSL's import
};

// The staff side of the demo school, for trying staff mode and the DSL's inbox import without a second
// computer: a member of staff is enrolled (their key folder protected by `staffKeyPassword`) and three
// submissions arrive in the inbox as they would from staff computers — a concern about a child on the roll,
// one naming a child whose surname the member of staff misspelt (held until the DSL chooses the child), and a
// low-level concern about a supply teacher. Synthetic like the rest of the demo: the children are chosen from
// the demo roll, the adult's name is made up.
class DemoSubmissions {
public:
    // `dsl` is an open session of a DSL of the demo vault; `clock` gives the time the submissions were made.
    static DemoStaffSetup send(Vault& dsl, const QString& staffUsername, const SecureBytes& staffKeyPassword,
                               const QString& keyFolder, const QString& inbox, const Clock& clock);
};

} // namespace lantern
