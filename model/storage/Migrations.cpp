#include "storage/Migrations.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"

#include <iterator>

namespace lantern {

namespace {

struct Step {
    int version;
    const char* sql;
    // Since the vault was split into one store per compartment, each store holds only some tables: a step
    // that changes a table runs only in the stores that have it (nullptr: in every store). The version is
    // bumped either way.
    const char* onlyWithTable = nullptr;
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
    {2, R"sql(
-- Safeguarding records (issue: records). Conventions:
--  * Times of recording are UTC ISO-8601 ("2026-11-25T09:30:00.000Z"), from the injected clock.
--  * When something happened is a partial date: *_value is what was known ("2026-03", "2026-03-05",
--    "2026-03-05T14:03"), *_precision says how much ('year','month','day','minute') and *_sort is the
--    first moment it can mean ("2026-03-01T00:00"), used for ordering.
--  * Concerns, decisions and voice entries are never updated in place: content lives in *_versions, one row per
--    version with the amendment's reason and author. Status changes are appended to concern_status_changes.
CREATE TABLE school (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    name               TEXT NOT NULL,
    urn                TEXT NOT NULL DEFAULT '',
    la_code            TEXT NOT NULL DEFAULT '',
    la_name            TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL
);
CREATE TABLE safeguarding_contacts (   -- the DSL and deputies as named on exports
    id                 INTEGER PRIMARY KEY,
    role               TEXT NOT NULL CHECK (role IN ('dsl','deputy')),
    name               TEXT NOT NULL,
    phone              TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    active             INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE pupils (
    id                 INTEGER PRIMARY KEY,
    upn                TEXT UNIQUE,          -- NULL when unknown (upn_unknown_reason says why)
    upn_unknown_reason TEXT,
    legal_forename     TEXT NOT NULL,
    legal_middle_names TEXT NOT NULL DEFAULT '',
    legal_surname      TEXT NOT NULL,
    preferred_forename TEXT NOT NULL DEFAULT '',
    preferred_surname  TEXT NOT NULL DEFAULT '',
    date_of_birth      TEXT NOT NULL,        -- yyyy-MM-dd
    sex                TEXT NOT NULL,        -- DfE M/F/U
    ethnicity          TEXT NOT NULL DEFAULT 'NOBT',
    nhs_number         TEXT,
    first_language     TEXT NOT NULL DEFAULT '',
    sen_status         TEXT NOT NULL DEFAULT 'N',  -- N/K/E
    sen_need_types     TEXT NOT NULL DEFAULT '',   -- comma-separated codes
    disabilities       TEXT NOT NULL DEFAULT '',   -- comma-separated CIN disability codes
    fsm                INTEGER NOT NULL DEFAULT 0,
    looked_after       INTEGER NOT NULL DEFAULT 0,
    responsible_la     TEXT NOT NULL DEFAULT '',
    cin_status         INTEGER NOT NULL DEFAULT 0, -- child in need
    cp_status          INTEGER NOT NULL DEFAULT 0, -- on a child protection plan
    family_help        INTEGER NOT NULL DEFAULT 0,
    young_carer        TEXT NOT NULL DEFAULT 'N',  -- P/S/N
    private_fostering  INTEGER NOT NULL DEFAULT 0,
    kinship_care       TEXT NOT NULL DEFAULT 'ND',
    year_group         TEXT NOT NULL DEFAULT '',
    reg_group          TEXT NOT NULL DEFAULT '',
    postcode           TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    admission_date     TEXT,
    leaving_date       TEXT,
    search_key         TEXT NOT NULL DEFAULT '',   -- TextServices::searchKey of names and UPN
    sort_key           BLOB,                       -- en_GB collation key of "surname forename"
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX pupils_sort ON pupils (sort_key);
CREATE TABLE contacts (
    id                   INTEGER PRIMARY KEY,
    pupil_id             INTEGER NOT NULL REFERENCES pupils(id),
    name                 TEXT NOT NULL,
    relationship         TEXT NOT NULL,
    parental_responsibility INTEGER NOT NULL DEFAULT 0,
    lives_with_child     INTEGER NOT NULL DEFAULT 0,
    phone                TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    address              TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    priority             INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL
);
CREATE INDEX contacts_pupil ON contacts (pupil_id);
CREATE TABLE pupil_links (             -- siblings and other linked children, stored once per pair
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    linked_pupil_id    INTEGER NOT NULL REFERENCES pupils(id),
    relationship       TEXT NOT NULL,  -- 'sibling', 'half-sibling', 'step-sibling', 'cousin', 'other'
    PRIMARY KEY (pupil_id, linked_pupil_id)
);

CREATE TABLE concerns (
    id                 INTEGER PRIMARY KEY,
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL,      -- username
    source             TEXT NOT NULL DEFAULT 'direct'  -- 'direct' or 'staff-submission'
);
CREATE TABLE concern_versions (
    concern_id         INTEGER NOT NULL REFERENCES concerns(id),
    version            INTEGER NOT NULL,
    occurred_value     TEXT NOT NULL,
    occurred_precision TEXT NOT NULL CHECK (occurred_precision IN ('year','month','day','minute')),
    occurred_sort      TEXT NOT NULL,
    location           TEXT NOT NULL DEFAULT '',
    account            TEXT NOT NULL,
    child_words        TEXT NOT NULL DEFAULT '',
    immediate_action   TEXT NOT NULL DEFAULT '',
    body_map           TEXT NOT NULL DEFAULT '[]', -- JSON array of {side, x, y, note}
    amended_at         TEXT NOT NULL,
    amended_by         TEXT NOT NULL,
    amend_reason       TEXT NOT NULL DEFAULT '',   -- empty for version 1
    PRIMARY KEY (concern_id, version)
);
CREATE TABLE concern_children (
    concern_id         INTEGER NOT NULL,
    version            INTEGER NOT NULL,
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    role               TEXT NOT NULL CHECK (role IN ('subject','alleged-harmer','witness')),
    PRIMARY KEY (concern_id, version, pupil_id),
    FOREIGN KEY (concern_id, version) REFERENCES concern_versions(concern_id, version)
);
CREATE INDEX concern_children_pupil ON concern_children (pupil_id);
CREATE TABLE concern_categories (
    concern_id         INTEGER NOT NULL,
    version            INTEGER NOT NULL,
    category_id        TEXT NOT NULL,     -- resources/codes/harm-categories.csv id
    PRIMARY KEY (concern_id, version, category_id),
    FOREIGN KEY (concern_id, version) REFERENCES concern_versions(concern_id, version)
);
CREATE TABLE concern_status_changes (
    id                 INTEGER PRIMARY KEY,
    concern_id         INTEGER NOT NULL REFERENCES concerns(id),
    status             TEXT NOT NULL CHECK (status IN ('new','triaged','open','closed')),
    changed_at         TEXT NOT NULL,
    changed_by         TEXT NOT NULL,
    note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX concern_status_concern ON concern_status_changes (concern_id);

CREATE TABLE decisions (
    id                 INTEGER PRIMARY KEY,
    concern_id         INTEGER NOT NULL REFERENCES concerns(id),
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE INDEX decisions_concern ON decisions (concern_id);
CREATE TABLE decision_versions (
    decision_id        INTEGER NOT NULL REFERENCES decisions(id),
    version            INTEGER NOT NULL,
    outcome            TEXT NOT NULL,     -- see model/records/Decision.h
    reasons            TEXT NOT NULL,
    consulted          TEXT NOT NULL DEFAULT '',
    parents_informed   TEXT NOT NULL CHECK (parents_informed IN ('yes','no','not-yet')),
    parents_not_informed_reason TEXT NOT NULL DEFAULT '',
    decided_by         TEXT NOT NULL,
    decided_at         TEXT NOT NULL,
    review_date        TEXT,
    amended_at         TEXT NOT NULL,
    amended_by         TEXT NOT NULL,
    amend_reason       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (decision_id, version)
);

CREATE TABLE voice_entries (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE INDEX voice_pupil ON voice_entries (pupil_id);
CREATE TABLE voice_versions (
    voice_id           INTEGER NOT NULL REFERENCES voice_entries(id),
    version            INTEGER NOT NULL,
    captured_value     TEXT NOT NULL,
    captured_precision TEXT NOT NULL CHECK (captured_precision IN ('year','month','day','minute')),
    captured_sort      TEXT NOT NULL,
    method             TEXT NOT NULL,     -- conversation, drawing, writing, interpreter, communication-aid, observation
    words              TEXT NOT NULL,     -- verbatim where possible
    adaptations        TEXT NOT NULL DEFAULT '',
    wishes_and_feelings TEXT NOT NULL DEFAULT '',
    told_what_happens_next INTEGER NOT NULL DEFAULT 0,
    amended_at         TEXT NOT NULL,
    amended_by         TEXT NOT NULL,
    amend_reason       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (voice_id, version)
);

CREATE TABLE chronology_entries (
    id                 INTEGER PRIMARY KEY,  -- also the recording order, for ties
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    event_value        TEXT NOT NULL,
    event_precision    TEXT NOT NULL CHECK (event_precision IN ('year','month','day','minute')),
    event_sort         TEXT NOT NULL,
    entry_type         TEXT NOT NULL,
    summary            TEXT NOT NULL,
    source_type        TEXT NOT NULL,        -- 'manual','concern','decision','referral','meeting','plan','voice'
    source_id          INTEGER,
    source_detail      TEXT NOT NULL DEFAULT '', -- who/what the information came from
    why_it_matters     TEXT NOT NULL DEFAULT '',
    effect_on_child    TEXT NOT NULL DEFAULT '',
    significant        INTEGER NOT NULL DEFAULT 0,
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL,
    superseded_by      INTEGER REFERENCES chronology_entries(id), -- set when its source is amended
    amend_reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX chronology_pupil_order ON chronology_entries (pupil_id, event_sort, id);

CREATE TABLE agencies (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    kind               TEXT NOT NULL DEFAULT '', -- 'children's social care', 'health', 'police', ...
    phone              TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT ''
);
CREATE TABLE involvements (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    agency_id          INTEGER NOT NULL REFERENCES agencies(id),
    contact_name       TEXT NOT NULL DEFAULT '',
    contact_role       TEXT NOT NULL DEFAULT '',
    contact_phone      TEXT NOT NULL DEFAULT '',
    contact_email      TEXT NOT NULL DEFAULT '',
    started_on         TEXT,
    ended_on           TEXT,
    notes              TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE TABLE plans (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    plan_type          TEXT NOT NULL CHECK (plan_type IN ('family-help','child-in-need','child-protection','care','pathway')),
    cp_category        TEXT CHECK (cp_category IN ('NEG','PHY','EMO','SAB','MUL')),
    started_on         TEXT NOT NULL,
    ended_on           TEXT,
    lead_practitioner  TEXT NOT NULL DEFAULT '',
    lead_agency_id     INTEGER REFERENCES agencies(id),
    notes              TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL,
    CHECK ((plan_type = 'child-protection') = (cp_category IS NOT NULL))
);
CREATE TABLE meetings (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    meeting_type       TEXT NOT NULL CHECK (meeting_type IN ('strategy-discussion','initial-cp-conference','review-cp-conference','core-group','family-group-decision-making','team-around-the-family','other')),
    held_on            TEXT NOT NULL,
    outcome            TEXT NOT NULL DEFAULT '',
    school_contribution TEXT NOT NULL DEFAULT '',
    attended_by        TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE TABLE referrals (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    concern_id         INTEGER REFERENCES concerns(id),
    agency_id          INTEGER REFERENCES agencies(id),
    to_whom            TEXT NOT NULL,
    referred_at        TEXT NOT NULL,
    method             TEXT NOT NULL,  -- 'phone','online-form','email','in-person','pack'
    receiving_reference TEXT NOT NULL DEFAULT '',
    acknowledged_at    TEXT,
    outcome            TEXT NOT NULL DEFAULT '',
    follow_up_on       TEXT,
    pack_sha256        TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE TABLE referral_updates (       -- acknowledgement and outcome arrive later; appended, never overwritten
    id                 INTEGER PRIMARY KEY,
    referral_id        INTEGER NOT NULL REFERENCES referrals(id),
    field              TEXT NOT NULL CHECK (field IN ('receiving_reference','acknowledged_at','outcome','follow_up_on')),
    value              TEXT NOT NULL,
    changed_at         TEXT NOT NULL,
    changed_by         TEXT NOT NULL
);
CREATE TABLE attachments (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER REFERENCES pupils(id),
    concern_id         INTEGER REFERENCES concerns(id),
    file_name          TEXT NOT NULL,
    media_type         TEXT NOT NULL DEFAULT 'application/octet-stream',
    size_bytes         INTEGER NOT NULL,
    sha256             TEXT NOT NULL,
    content            BLOB NOT NULL,
    description        TEXT NOT NULL DEFAULT '',
    added_at           TEXT NOT NULL,
    added_by           TEXT NOT NULL
);
CREATE INDEX attachments_pupil ON attachments (pupil_id);

-- Full text search over concerns, chronology and voice. The indexed text is TextServices::searchTokens of
-- the content joined by spaces (case and accents folded), so FTS4's simple tokeniser matches what people type.
CREATE VIRTUAL TABLE search_index USING fts4 (object_type, object_id, pupil_ids, keys, notindexed=object_type, notindexed=object_id, notindexed=pupil_ids);
)sql"},
    {3, R"sql(
-- Write-only staff submissions (DESIGN.md §3, docs/ARCHITECTURE.md "Staff submissions"). The vault's X25519
-- key pair is made by code (model/submit/SubmissionKeys) the first time it is needed, so vaults made before
-- this step get one too; the inbox folder is remembered in vault_meta ('submission_inbox').
CREATE TABLE submission_vault_key (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    public_key         BLOB NOT NULL,     -- X25519, 32 bytes; published in the submission profile
    secret_key         BLOB NOT NULL,     -- X25519, 32 bytes; never leaves this encrypted database
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL
);
CREATE TABLE staff_keys (              -- each staff member's enrolled Ed25519 signing key (public half only)
    key_id             TEXT PRIMARY KEY,
    user_id            INTEGER NOT NULL REFERENCES users(id),
    public_key         BLOB NOT NULL UNIQUE,
    enrolled_at        TEXT NOT NULL,
    enrolled_by        TEXT NOT NULL
);
CREATE INDEX staff_keys_user ON staff_keys (user_id);
CREATE TABLE staff_key_revocations (   -- appended when a key is replaced by re-enrolment; never removed
    key_id             TEXT PRIMARY KEY REFERENCES staff_keys(key_id),
    revoked_at         TEXT NOT NULL,
    revoked_by         TEXT NOT NULL,
    reason             TEXT NOT NULL
);
CREATE TABLE imported_submissions (    -- one row per submission id ever imported: replays are refused
    submission_id      TEXT PRIMARY KEY,
    kind               TEXT NOT NULL,     -- 'concern' or 'adult-concern'
    key_id             TEXT NOT NULL REFERENCES staff_keys(key_id),
    username           TEXT NOT NULL,
    created_at         TEXT NOT NULL,     -- the staff machine's clock, UTC
    file_name          TEXT NOT NULL,
    file_sha256        TEXT NOT NULL,
    record_type        TEXT NOT NULL,     -- 'concern', or the adults register's record type
    record_id          INTEGER NOT NULL,
    imported_at        TEXT NOT NULL,
    imported_by        TEXT NOT NULL
);
)sql"},
    {4, R"sql(
-- The adults register (issue 7): low-level concerns about adults (KCSIE Part 4 Section 2). Kept apart from pupil
-- records and never put in search_index, so that the DSL team's search cannot reach concerns about the
-- headteacher. Conventions as in step 2: content in *_versions, partial dates as value/precision/sort.
CREATE TABLE adults (
    id                 INTEGER PRIMARY KEY,
    is_headteacher     INTEGER NOT NULL DEFAULT 0,   -- visible only to the chair of governors
    linked_username    TEXT,                         -- the Lantern user this adult is, when known
    added_at           TEXT NOT NULL,
    added_by           TEXT NOT NULL
);
CREATE TABLE adult_versions (
    adult_id           INTEGER NOT NULL REFERENCES adults(id),
    version            INTEGER NOT NULL,
    name               TEXT NOT NULL,
    role_in_school     TEXT NOT NULL CHECK (role_in_school IN ('staff','supply','volunteer','contractor')),
    left_on            TEXT,                         -- yyyy-MM-dd, when they left employment
    amended_at         TEXT NOT NULL,
    amended_by         TEXT NOT NULL,
    amend_reason       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (adult_id, version)
);
CREATE TABLE adult_concerns (
    id                 INTEGER PRIMARY KEY,
    adult_id           INTEGER NOT NULL REFERENCES adults(id),
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL,                -- who entered it (the importer for a submission)
    reporter_username  TEXT,                         -- the Lantern user who reported it, when one did
    source             TEXT NOT NULL CHECK (source IN ('direct','submission'))
);
CREATE INDEX adult_concerns_adult ON adult_concerns (adult_id);
CREATE TABLE adult_concern_versions (
    concern_id         INTEGER NOT NULL REFERENCES adult_concerns(id),
    version            INTEGER NOT NULL,
    occurred_value     TEXT NOT NULL,
    occurred_precision TEXT NOT NULL CHECK (occurred_precision IN ('year','month','day','minute')),
    occurred_sort      TEXT NOT NULL,
    account            TEXT NOT NULL,
    response           TEXT NOT NULL DEFAULT '',
    reporter_name      TEXT NOT NULL DEFAULT '',
    self_report        INTEGER NOT NULL DEFAULT 0,
    reporter_withheld  INTEGER NOT NULL DEFAULT 0,   -- the reporter's name is not shared with the adult
    amended_at         TEXT NOT NULL,
    amended_by         TEXT NOT NULL,
    amend_reason       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (concern_id, version)
);
CREATE TABLE adult_concern_reviews (
    id                 INTEGER PRIMARY KEY,
    concern_id         INTEGER NOT NULL REFERENCES adult_concerns(id),
    reviewer           TEXT NOT NULL,
    reviewed_on        TEXT NOT NULL,
    notes              TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL
);
CREATE TABLE lado_consultations (
    id                 INTEGER PRIMARY KEY,
    adult_id           INTEGER NOT NULL REFERENCES adults(id),
    consulted_on       TEXT NOT NULL,
    lado_name          TEXT NOT NULL,
    advice             TEXT NOT NULL DEFAULT '',
    outcome            TEXT NOT NULL CHECK (outcome IN ('below-threshold','disciplinary','allegation','police')),
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE TABLE lado_consultation_concerns (      -- the concerns a consultation considered: they no longer prompt
    consultation_id    INTEGER NOT NULL REFERENCES lado_consultations(id),
    concern_id         INTEGER NOT NULL UNIQUE REFERENCES adult_concerns(id),
    PRIMARY KEY (consultation_id, concern_id)
);
CREATE TABLE adults_register_settings (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    pattern_threshold  INTEGER NOT NULL CHECK (pattern_threshold >= 2),
    pattern_period_days INTEGER NOT NULL CHECK (pattern_period_days >= 1),
    retention_months   INTEGER NOT NULL CHECK (retention_months >= 0),
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL
);
)sql"},
    {5, R"sql(
-- The signed audit chain (issue #12): each entry signed by the acting user's Ed25519 key, derived from their key
-- slot. Columns are added, not the table rebuilt, so the append-only triggers stay as they are; entries written
-- before this step keep NULL in both.
ALTER TABLE audit_log ADD COLUMN signer_key BLOB;
ALTER TABLE audit_log ADD COLUMN signature BLOB;
-- Which user each signing key was registered to, and by which entry: a lookup for AuditLog::append only
-- (verify() reads the registrations from the chain itself).
CREATE TABLE audit_signing_keys (
    public_key      BLOB PRIMARY KEY,
    username        TEXT NOT NULL,
    registered_seq  INTEGER NOT NULL
);
)sql"},
    // The child's exact words of a concern or a voice entry, kept with its chronology entry (verbatim, NFC
    // only) so the chronology, its exports and a referral pack's chronology quote them. Empty for the rest
    // and for entries written before this step.
    {6, R"sql(
ALTER TABLE chronology_entries ADD COLUMN child_words TEXT NOT NULL DEFAULT '';
)sql",
     "chronology_entries"},
    // The child's household as the DSL team knows it (issue #14, records/Household.h): a baby, an unborn
    // sibling, a parent's partner living in the home. Kept apart from the MIS contacts, which the roster
    // import owns. Amended, never overwritten (records/VersionedRecord.h): content in
    // household_member_versions, one row per version; a member who leaves is a version with removed = 1. Only
    // in the cases store.
    {7, R"sql(
CREATE TABLE household_members (
    id                 INTEGER PRIMARY KEY,  -- also the order they were recorded in
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE INDEX household_members_pupil ON household_members (pupil_id);
CREATE TABLE household_member_versions (
    member_id          INTEGER NOT NULL REFERENCES household_members(id),
    version            INTEGER NOT NULL,
    name               TEXT NOT NULL,
    relationship       TEXT NOT NULL,
    date_of_birth      TEXT,                 -- yyyy-MM-dd
    expected_delivery  TEXT,                 -- yyyy-MM-dd, an unborn child; never with date_of_birth
    lives_with_child   INTEGER NOT NULL DEFAULT 1,
    parental_responsibility INTEGER NOT NULL DEFAULT 0,
    needs_interpreter  INTEGER NOT NULL DEFAULT 0,
    language           TEXT NOT NULL DEFAULT '',  -- DfE language code, '' when not known
    notes              TEXT NOT NULL DEFAULT '',
    removed            INTEGER NOT NULL DEFAULT 0,
    amended_at         TEXT NOT NULL,
    amended_by         TEXT NOT NULL,
    amend_reason       TEXT NOT NULL DEFAULT '',
    CHECK (date_of_birth IS NULL OR expected_delivery IS NULL),
    PRIMARY KEY (member_id, version)
);
)sql",
     "chronology_entries"},
    // What was shared (issue #14), in the cases store only (where `referrals` is). Information shared with,
    // received from or deliberately not shared with another agency outside a pack: amended by new versions
    // (records/VersionedRecord.h, numbered), never overwritten. And what each referral pack disclosed, one
    // row per referral written with it and never changed (the triggers refuse it), its lists as rows in
    // order.
    {8, R"sql(
CREATE TABLE information_sharing (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE INDEX information_sharing_pupil ON information_sharing (pupil_id);
CREATE TABLE information_sharing_versions (
    sharing_id         INTEGER NOT NULL REFERENCES information_sharing(id),
    version            INTEGER NOT NULL,
    direction          TEXT NOT NULL CHECK (direction IN ('shared','received','not-shared')),
    method             TEXT NOT NULL CHECK (method IN ('phone','email','meeting','letter','secure-portal','in-person','other')),
    occurred_at        TEXT NOT NULL,      -- UTC ISO: when it was shared, received or decided
    with_whom          TEXT NOT NULL,
    what               TEXT NOT NULL,
    why                TEXT NOT NULL,      -- for not-shared, the reason for not sharing
    lawful_basis       TEXT NOT NULL DEFAULT '',
    amended_at         TEXT NOT NULL,
    amended_by         TEXT NOT NULL,
    amend_reason       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sharing_id, version)
);
CREATE TABLE pack_disclosures (
    referral_id        INTEGER PRIMARY KEY REFERENCES referrals(id),
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    pack_id            TEXT NOT NULL,
    pack_sha256        TEXT NOT NULL,
    exported_at        TEXT NOT NULL,
    exported_by        TEXT NOT NULL,
    period_from        TEXT NOT NULL,      -- yyyy-MM-dd
    period_to          TEXT NOT NULL,
    items_left_out     INTEGER NOT NULL CHECK (items_left_out >= 0),
    recipient_team     TEXT NOT NULL,
    recipient_authority TEXT NOT NULL,
    service_requested  TEXT NOT NULL,
    urgency            TEXT NOT NULL,
    reason             TEXT NOT NULL,
    lawful_basis       TEXT NOT NULL,
    consent            TEXT NOT NULL,
    consent_detail     TEXT NOT NULL,
    parents_aware      TEXT NOT NULL,
    parents_aware_detail TEXT NOT NULL,
    encrypted          INTEGER NOT NULL
);
CREATE TABLE pack_disclosure_entries (  -- the sections, the items included and the items redacted, in order
    referral_id        INTEGER NOT NULL REFERENCES pack_disclosures(referral_id),
    list               TEXT NOT NULL CHECK (list IN ('section','included','redacted')),
    position           INTEGER NOT NULL,
    value              TEXT NOT NULL,
    PRIMARY KEY (referral_id, list, position)
);
CREATE TRIGGER pack_disclosures_no_update BEFORE UPDATE ON pack_disclosures
BEGIN SELECT RAISE(ABORT, 'what a pack disclosed is never changed'); END;
CREATE TRIGGER pack_disclosure_entries_no_update BEFORE UPDATE ON pack_disclosure_entries
BEGIN SELECT RAISE(ABORT, 'what a pack disclosed is never changed'); END;
)sql",
     "referrals"},
    // Actions for the DSL team (issue #15, records/Action.h), in the cases store only (where `referrals` is).
    // What was asked is written once; its ending (done with a note, or cancelled with a reason) is a row of
    // its own, at most one per action. Neither is ever changed (the triggers refuse it).
    {9, R"sql(
CREATE TABLE actions (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    what               TEXT NOT NULL,
    due_on             TEXT NOT NULL,      -- yyyy-MM-dd, a UK date
    assigned_to        TEXT NOT NULL,      -- a username of the DSL team
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);
CREATE INDEX actions_pupil ON actions (pupil_id);
CREATE INDEX actions_assignee ON actions (assigned_to, due_on);
CREATE TABLE action_endings (
    action_id          INTEGER PRIMARY KEY REFERENCES actions(id),
    outcome            TEXT NOT NULL CHECK (outcome IN ('done','cancelled')),
    text               TEXT NOT NULL DEFAULT '',  -- done: the note (may be empty); cancelled: the reason
    ended_at           TEXT NOT NULL,
    ended_by           TEXT NOT NULL
);
CREATE TRIGGER actions_no_update BEFORE UPDATE ON actions
BEGIN SELECT RAISE(ABORT, 'an action is never changed; it is done or cancelled'); END;
CREATE TRIGGER action_endings_no_update BEFORE UPDATE ON action_endings
BEGIN SELECT RAISE(ABORT, 'an action ends once'); END;
)sql",
     "referrals"},
};

bool hasTable(Database& db, const char* table)
{
    Statement query(db, "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = :name;");
    query.bind(":name", QString::fromLatin1(table));
    return query.step();
}

} // namespace

int Migrations::currentVersion()
{
    return std::rbegin(steps)->version;
}

void Migrations::apply(Database& db)
{
    const int found = db.userVersion();
    if (found > currentVersion())
        throw Error(ErrorKind::NewerVersion,
                    ModelText::tr("This vault was written by a newer version of Lantern (schema %1; this "
                                  "program understands up to %2). Install the newer Lantern to open it.")
                        .arg(found)
                        .arg(currentVersion()));
    for (const Step& step : steps) {
        if (step.version <= found)
            continue;
        Transaction transaction(db);
        if (!step.onlyWithTable || hasTable(db, step.onlyWithTable))
            db.exec(step.sql);
        db.setUserVersion(step.version);
        transaction.commit();
    }
}

} // namespace lantern
