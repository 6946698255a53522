#pragma once

#include "records/Agency.h"

#include <QDate>
#include <QList>
#include <optional>

namespace lantern {

class Vault;

// Agencies and their involvement with children. Adding and ending need WritePupilRecords, reading needs
// ReadPupilRecords; reading a child's involvements is audited ("involvement.view").
class AgencyRepository {
public:
    explicit AgencyRepository(Vault& vault);

    // Throws Error(InvalidInput) naming the field: an empty name.
    qint64 addAgency(const Agency& agency);
    QList<Agency> agencies();
    // Throws Error(NotFound) for an unknown id.
    Agency agency(qint64 id);

    // Records that `involvement.agencyId` works with the pupil. Dates may not be in the future and an end may
    // not precede the start.
    qint64 involve(qint64 pupilId, const Involvement& involvement);
    QList<Involvement> involvements(qint64 pupilId);
    // Sets the end date once; a second end is refused (the first stays as recorded).
    void endInvolvement(qint64 involvementId, const QDate& endedOn);

private:
    Vault& m_vault;
};

} // namespace lantern
