#pragma once

#include "users/User.h"

namespace lantern {

// Everything a role may do, checked in model/ before every operation (the interface only hides what would
// fail).
enum class Permission {
    ReadPupilRecords,  // pupils, concerns, decisions, chronology, voice, plans, referrals, attachments
    WritePupilRecords, // add and amend those
    RecordConcern,     // record a new concern (every adult in school)
    ReadOwnReceipts,   // see the receipts of concerns one recorded oneself
    ManageRoster,      // add and update pupils' identifying details (import, pupil add)
    ManageSchool,      // school details, DSL contacts
    ManageUsers,       // users and key slots
    ViewAuditLog,
    Export, // referral packs and other exports
    // The adults register (model/adults/AdultsAccess.h): low-level concerns about adults.
    KeepAdultsRegister,      // see and keep the register: headteacher, DSL and deputies
    KeepHeadteacherConcerns, // see and keep concerns about the headteacher: chair of governors only
    RecordAdultConcern,      // record a low-level concern about an adult (every adult in school)
};

bool hasPermission(const User& user, Permission permission);
// Throws Error(PermissionDenied) naming the role and what was refused ("A staff member cannot read pupil
// records.").
void requirePermission(const User& user, Permission permission);

} // namespace lantern
