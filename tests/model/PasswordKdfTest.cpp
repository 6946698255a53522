#include "crypto/PasswordKdf.h"

#include "core/Error.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lantern;

namespace {

KdfParams cheapWithSalt(char fill)
{
    KdfParams params = KdfParams::forNewSlot(); // cheap profile: ctest sets LANTERN_TEST_CHEAP_KDF=1
    params.salt.fill(fill);
    return params;
}

ErrorKind kindOfFailure(const KdfParams& params)
{
    try {
        deriveKey(test::secret("correct horse"), params);
    } catch (const Error& error) {
        return error.kind();
    }
    return ErrorKind::Internal;
}

} // namespace

TEST(PasswordKdf, TheSamePasswordAndSaltAlwaysGiveTheSameKey)
{
    const KdfParams params = cheapWithSalt('a');
    const SecureBytes first = deriveKey(test::secret("correct horse"), params);
    const SecureBytes second = deriveKey(test::secret("correct horse"), params);
    EXPECT_EQ(first.size(), 32u);
    EXPECT_TRUE(first.equals(second));
}

TEST(PasswordKdf, ADifferentSaltOrPasswordGivesADifferentKey)
{
    const SecureBytes key = deriveKey(test::secret("correct horse"), cheapWithSalt('a'));
    EXPECT_FALSE(key.equals(deriveKey(test::secret("correct horse"), cheapWithSalt('b'))));
    EXPECT_FALSE(key.equals(deriveKey(test::secret("correct horsf"), cheapWithSalt('a'))));
}

TEST(PasswordKdf, NewSlotsGetAFreshSaltAndRecordArgon2id)
{
    const KdfParams first = KdfParams::forNewSlot();
    const KdfParams second = KdfParams::forNewSlot();
    EXPECT_EQ(first.algorithm, QStringLiteral("argon2id13"));
    EXPECT_EQ(first.salt.size(), 16);
    EXPECT_NE(first.salt, second.salt);
}

TEST(PasswordKdf, SettingsFromATamperedFileAreRejectedBeforeAnyWork)
{
    KdfParams hugeMemory = cheapWithSalt('a');
    hugeMemory.memLimitBytes = 100ull * 1024 * 1024 * 1024;
    EXPECT_EQ(kindOfFailure(hugeMemory), ErrorKind::Damaged);

    KdfParams tooFewPasses = cheapWithSalt('a');
    tooFewPasses.opsLimit = 0;
    EXPECT_EQ(kindOfFailure(tooFewPasses), ErrorKind::Damaged);

    KdfParams tooManyPasses = cheapWithSalt('a');
    tooManyPasses.opsLimit = 1000000;
    EXPECT_EQ(kindOfFailure(tooManyPasses), ErrorKind::Damaged);

    KdfParams tinyMemory = cheapWithSalt('a');
    tinyMemory.memLimitBytes = 1024;
    EXPECT_EQ(kindOfFailure(tinyMemory), ErrorKind::Damaged);

    KdfParams otherAlgorithm = cheapWithSalt('a');
    otherAlgorithm.algorithm = QStringLiteral("argon2i13");
    EXPECT_EQ(kindOfFailure(otherAlgorithm), ErrorKind::Damaged);

    KdfParams shortSalt = cheapWithSalt('a');
    shortSalt.salt.chop(1);
    EXPECT_EQ(kindOfFailure(shortSalt), ErrorKind::Damaged);
}

TEST(PasswordKdf, TheMessageForBadSettingsSaysWhereTheyCameFrom)
{
    KdfParams params = cheapWithSalt('a');
    params.memLimitBytes = 100ull * 1024 * 1024 * 1024;
    try {
        params.validate(QStringLiteral("keyslots.json, slot 2"));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("keyslots.json, slot 2"))) << error.what();
        EXPECT_TRUE(error.message().contains(QStringLiteral("memory"))) << error.what();
    }
}

// Takes about a second: it runs the real calibration that real vaults get.
TEST(PasswordKdf, TheRealCostUsesAtLeast256MiBAndIsAcceptedOnReading)
{
    KdfParams params = KdfParams::calibratedDefault();
    EXPECT_GE(params.memLimitBytes, 256ull * 1024 * 1024);
    EXPECT_GE(params.opsLimit, 2u);
    params.salt = QByteArray(16, 's');
    EXPECT_NO_THROW(params.validate(QStringLiteral("keyslots.json")));
}
