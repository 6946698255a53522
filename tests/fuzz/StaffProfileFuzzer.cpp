// libFuzzer target: what a staff member's Lantern reads from the school: the submission profile
// (submission-profile.json, SubmissionProfile::parse, then its sealed roster opened with the staff key it was
// sealed to and searched as the staff member types), their own staff key file (staff-key.json,
// StaffKeyFile::parse), and the DSL team's acknowledgement of a submission from the inbox's receipts/ folder
// (SubmissionAcknowledgement::open, boxed from the vault's submission key to the staff key). Bytes that start
// "LNTNACK1" are opened as an acknowledgement file; bytes that name its format are boxed by the fuzzer first,
// so that the JSON inside is fuzzed past the box; every other input is given to the profile and key readers
// (each refuses the other's format at once). A file that loads must also save and load again.
// tests/fuzz/corpus/README.md says how each seed was made.
#include "FuzzKeys.h"
#include "FuzzSupport.h"
#include "submit/RosterSearch.h"
#include "submit/StaffKeyFile.h"
#include "submit/SubmissionAcknowledgement.h"
#include "submit/SubmissionProfile.h"

#include <optional>
#include <sodium.h>

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

void readAcknowledgement(const QByteArray& file)
{
    std::optional<SubmissionAcknowledgement> acknowledgement;
    fuzz::refusing([&] {
        acknowledgement =
            SubmissionAcknowledgement::open(file, fuzz::fuzzVaultKeys().publicKey, fuzz::fuzzStaffKey(),
                                            fuzz::fuzzSubmissionId(), QStringLiteral("the receipt"));
    });
    if (!acknowledgement)
        return;
    static_cast<void>(acknowledgement->describe());
    fuzz::mustLoadAgain("An acknowledgement", [&] {
        SubmissionAcknowledgement::open(
            acknowledgement->seal(fuzz::fuzzStaffKey().publicKey(), fuzz::fuzzVaultKeys().secretKey),
            fuzz::fuzzVaultKeys().publicKey, fuzz::fuzzStaffKey(), fuzz::fuzzSubmissionId(),
            QStringLiteral("again"));
    });
}

// `plain` boxed as the vault's import boxes an acknowledgement (submit/BoxedJson.h).
QByteArray boxed(const QByteArray& plain)
{
    QByteArray nonce(crypto_box_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    QByteArray cipher(plain.size() + static_cast<qsizetype>(crypto_box_MACBYTES), '\0');
    crypto_box_easy(reinterpret_cast<unsigned char*>(cipher.data()),
                    reinterpret_cast<const unsigned char*>(plain.constData()),
                    static_cast<unsigned long long>(plain.size()),
                    reinterpret_cast<const unsigned char*>(nonce.constData()),
                    reinterpret_cast<const unsigned char*>(fuzz::fuzzStaffKey().boxPublicKey().constData()),
                    fuzz::fuzzVaultKeys().secretKey.data());
    return fuzz::acknowledgementMagic() + nonce + cipher;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    if (bytes.startsWith(fuzz::acknowledgementMagic())) {
        readAcknowledgement(bytes);
    } else if (bytes.contains("lantern-submission-acknowledgement")) {
        readAcknowledgement(boxed(bytes));
    } else {
        readProfile(bytes);
        readStaffKey(bytes);
    }
    return 0;
}
