// libFuzzer target: what a staff member's Lantern reads from the school: the submission profile
// (submission-profile.json, SubmissionProfile::parse, then its sealed roster opened with the staff key it was
// sealed to and searched as the staff member types) and their own staff key file (staff-key.json,
// StaffKeyFile::parse). Every input is given to both readers (each refuses the other's format at once). A
// file that loads must also save and load again. tests/fuzz/corpus/README.md says how each seed was made.
#include "FuzzKeys.h"
#include "FuzzSupport.h"
#include "submit/RosterSearch.h"
#include "submit/StaffKeyFile.h"
#include "submit/SubmissionProfile.h"

#include <optional>

namespace {

using namespace lantern;

void readProfile(const QByteArray& bytes)
{
    std::optional<SubmissionProfile> profile;
    fuzz::refusing([&] { profile = SubmissionProfile::parse(bytes, QStringLiteral("the profile")); });
    if (!profile)
        return;
    static_cast<void>(profile->fingerprint());
    if (profile->sealedRoster) // a version-1 profile is read, never written
        fuzz::mustLoadAgain("A submission profile",
                            [&] { SubmissionProfile::parse(profile->toJson(), QStringLiteral("again")); });
    fuzz::refusing([&] {
        if (!profile->openRoster(fuzz::fuzzStaffKey()))
            return;
        const RosterSearch search(profile->roster);
        for (const QString& typed :
             {QStringLiteral("dai"), QStringLiteral("year 2"), QStringLiteral("zoe o")})
            static_cast<void>(search.search(typed));
    });
}

void readStaffKey(const QByteArray& bytes)
{
    std::optional<StaffKeyFile> key;
    fuzz::refusing([&] { key = StaffKeyFile::parse(bytes, QStringLiteral("the staff key")); });
    if (!key)
        return;
    // Unlocking runs Argon2id with the file's settings (validated on parsing): far too slow to fuzz.
    fuzz::mustLoadAgain("A staff key", [&] { StaffKeyFile::parse(key->toJson(), QStringLiteral("again")); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    readProfile(bytes);
    readStaffKey(bytes);
    return 0;
}
