#pragma once

#include "records/InformationSharing.h"
#include "records/VersionedRecord.h"

#include <QLatin1String>
#include <QList>

namespace lantern {

class Vault;

// The identifiers of a sharing record's fields, carried by the errors about them (Error::field()).
namespace SharingField {
inline constexpr QLatin1String withWhom{"sharing.withWhom"};
inline constexpr QLatin1String what{"sharing.what"};
inline constexpr QLatin1String why{"sharing.why"};
inline constexpr QLatin1String lawfulBasis{"sharing.lawfulBasis"};
inline constexpr QLatin1String occurredAt{"sharing.occurredAt"};
inline constexpr QLatin1String amendReason = AmendmentField::reason; // records/VersionedRecord.h
} // namespace SharingField

// Information about a child shared with or received from another agency outside a referral pack, and
// decisions not to share (records/InformationSharing.h). The DSL team writes them
// (Permission::WritePupilRecords) and reads them (ReadPupilRecords). Each change writes its rows, its
// chronology entry ("information-sharing"; significant for a decision not to share) and its audit entry in
// one transaction; each read is audited "sharing.view".
class SharingRepository {
public:
    explicit SharingRepository(Vault& vault);

    // Throws Error(InvalidInput) naming the field: with whom, what and why are required (for a decision not
    // to share, why is the reason for not sharing); a lawful basis is required to share and given only then;
    // when it happened is required and not in the future. Audited "sharing.add".
    qint64 add(qint64 pupilId, const SharingDetails& details);
    // A new version with `details` (validated as add) and `reason` (required); the chronology entry is
    // superseded, earlier versions stay readable. Audited "sharing.amend".
    void amend(qint64 id, const SharingDetails& details, const QString& reason);
    // The pupil's records, the most recent (by when it happened, as it now stands) first, each with its
    // history.
    QList<SharingRecord> records(qint64 pupilId);
    // One record with its history; Error(NotFound) when there is none.
    SharingRecord get(qint64 id);

private:
    SharingDetails validated(const SharingDetails& details) const;

    Vault& m_vault;
};

} // namespace lantern
