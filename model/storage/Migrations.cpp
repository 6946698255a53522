#include "storage/Migrations.h"

#include "core/Error.h"
#include "storage/Database.h"

#include <iterator>

namespace lantern {

namespace {

struct Step {
    int version;
    const char* sql;
};

// Append new steps at the end; never edit a step that has shipped.
const Step steps[] = {
    {1, R"sql(
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('dsl','deputy','head','staff','admin','chair','governor')),
    enabled      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at_utc       TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    details      TEXT NOT NULL,
    prev_hash    BLOB NOT NULL,
    hash         BLOB NOT NULL
);
-- Append-only in normal operation; the hash chain catches anyone who drops these triggers to edit it.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
};

} // namespace

int Migrations::currentVersion() { return std::rbegin(steps)->version; }

void Migrations::apply(Database& db)
{
    const int found = db.userVersion();
    if (found > currentVersion())
        throw Error(ErrorKind::NewerVersion,
                    QStringLiteral("This vault was written by a newer version of Lantern (schema %1; this "
                                   "program understands up to %2). Install the newer Lantern to open it.")
                        .arg(found)
                        .arg(currentVersion()));
    for (const Step& step : steps) {
        if (step.version <= found)
            continue;
        Transaction transaction(db);
        db.exec(step.sql);
        db.setUserVersion(step.version);
        transaction.commit();
    }
}

} // namespace lantern
