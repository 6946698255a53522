#pragma once

#include "export/ReferralPack.h"

namespace lantern {

// Shares only what is necessary (issue #14; DfE "Information sharing" advice, UK GDPR data minimisation).
//
// A pack is read in full for the period (ReferralPackReader) and then cut down here: every concern, decision,
// voice entry and chronology entry of the period is an item the DSL includes or leaves out. By default an item
// is in when this child is its subject: a concern in which the child was only a witness, or is said to have
// harmed another child, is listed but left out, as is what follows from it in the chronology. Another child's
// decisions and categories of harm are never this child's and never go in. In every item that is included,
// the names of the other children of the period's concerns are replaced by their role and year group
// ("[another child, a witness, Year 6]"), and the pack says how many items were left out and redacted.
class PackMinimiser {
public:
    // Every item of the period in `full` (as read, before minimising), oldest first within each kind, with
    // its default and the DSL's choices (full.request.include / leaveOut) applied. Throws
    // Error(InvalidInput) for a choice naming an item that is not in the period, or including another child's
    // decision.
    static QList<PackItem> items(const ReferralPackContent& full);

    // Keeps only the included items, redacts them and fills content.minimisation. Throws as items() does.
    static void apply(ReferralPackContent& content);
};

} // namespace lantern
