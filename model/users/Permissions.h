#pragma once

#include "users/User.h"

namespace lantern {

// Everything a role may do, checked in model/ before every operation (the interface only hides what would
// fail).
enum class Permission {
    ReadPupilRecords,  // pupils, concerns, decisions, chronology, voice, plans, referrals, attachments
    WritePupilRecords, // add and amend those
    // Record a new concern straight into the case records: only those who hold the case key (the DSL team).
    // Every other adult in school sends a sealed submission (SubmitConcern), which a DSL imports.
    RecordConcern,
    SubmitConcern,   // be enrolled to send sealed staff submissions (every adult in school)
    ReadOwnReceipts, // see the receipts of concerns one recorded oneself in the vault (the DSL team)
    ManageRoster,    // add and update pupils' identifying details (import, pupil add): the case key
    ManageSchool,    // school details, DSL contacts
    ManageUsers,     // users and key slots
    ViewAuditLog,
    Export, // referral packs and other exports
    // The adults register (model/adults/AdultsAccess.h): low-level concerns about adults.
    KeepAdultsRegister,      // see and keep the register: headteacher, DSL and deputies
    KeepHeadteacherConcerns, // see and keep concerns about the headteacher: chair of governors only
    // Record a low-level concern about an adult in the vault: those who hold the adults register's key (or,
    // for the headteacher, the chair). Everyone else sends a sealed submission.
    RecordAdultConcern,
};

bool hasPermission(const User& user, Permission permission);
// Throws Error(PermissionDenied) naming the role and what was refused ("A staff member cannot read pupil
// records.").
void requirePermission(const User& user, Permission permission);

// Publishing the vault's submission profile and enrolling staff keys hand out keys and carry the roster's
// names out of the vault: that needs both Permission::ManageUsers and Permission::Export, which is the DSL.
// (Here rather than in submit/ so that the records layer, which keeps the submission system's tables, checks
// the same rule.)
void requireSubmissionManager(const User& user);
// Whether requireSubmissionManager(user) passes: for the interface, to offer only what would be allowed.
bool canManageSubmissions(const User& user);

} // namespace lantern
