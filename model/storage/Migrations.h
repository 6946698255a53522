#pragma once

namespace lantern {

class Database;

// The schema, as an ordered list of versioned steps. Each step runs in its own transaction together with the
// PRAGMA user_version bump, so a failed step leaves the previous version intact. SQLite 3.15 has no
// ALTER TABLE … RENAME/DROP COLUMN: a step that changes a column rebuilds the table (create new, copy, drop,
// rename) inside its transaction. A step that changes a table runs only in a store that has it (each of the
// vault's stores holds the tables of its compartment: vault/VaultStores.h).
class Migrations {
public:
    // The schema version this build of Lantern writes.
    static int currentVersion();
    // Brings `db` up to currentVersion(). Throws Error(NewerVersion) if the file was written by a newer
    // Lantern.
    static void apply(Database& db);
};

} // namespace lantern
