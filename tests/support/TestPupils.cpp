#include "support/TestPupils.h"

#include "records/PupilRepository.h"

namespace lantern::test {

qint64 addTestPupil(Vault& vault, const TestPupil& pupil)
{
    Pupil record;
    record.upn = pupil.upn;
    record.upnUnknownReason = pupil.upn.isEmpty() ? pupil.upnUnknownReason : QString();
    record.legalForename = pupil.forename;
    record.legalSurname = pupil.surname;
    record.preferredForename = pupil.preferredForename;
    record.dateOfBirth = pupil.dateOfBirth;
    record.sex = pupil.sex;
    record.yearGroup = pupil.yearGroup;
    return PupilRepository(vault).add(record);
}

} // namespace lantern::test
