#pragma once

#include "export/PrintDocument.h"
#include "export/ReferralPack.h"
#include "export/ReferralPreflight.h"

#include <QStringList>

namespace lantern {

// referral.pdf of a referral pack: the same content as referral.json laid out for a reader on A4, with a
// heading per section, tables for lists (the chronology as a table) and the child's own words as quotes.
// The document title (the PDF's metadata) says only "Referral pack": the child's name is in the body.
class ReferralPackPrint {
public:
    ReferralPackPrint() = delete;

    static PrintDocument build(const ReferralPackContent& content, const QList<PreflightIssue>& overridden,
                               const QString& packId);
    // The level-1 headings a pack with these sections has, in order (tests and the wizard's preview).
    static QStringList headings(const ReferralPackRequest& request);
};

} // namespace lantern
