#include "crypto/PasswordKdf.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "core/TestHooks.h"
#include "crypto/Sodium.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <sodium.h>

namespace lantern {

namespace {

// One derivation should take at least this long on the machine that creates the slot; we aim a little above
// it so that ordinary timing noise does not land us below.
constexpr double minimumSeconds = 0.5;
constexpr double targetSeconds = 0.65;
constexpr quint64 firstOps = 2;
// Beyond this a slow machine would make every unlock a wait; a fast one simply gets more than the minimum.
constexpr quint64 maximumCalibratedOps = 10;

KdfParams cheapTestProfile()
{
    KdfParams params;
    params.opsLimit = 1;
    params.memLimitBytes = 8ull * 1024 * 1024;
    return params;
}

double secondsToDerive(const KdfParams& params)
{
    const SecureBytes password = SecureBytes::random(16);
    const auto start = std::chrono::steady_clock::now();
    (void)deriveKey(password, params);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    return elapsed.count();
}

KdfParams calibrate()
{
    KdfParams params;
    params.opsLimit = firstOps;
    params.memLimitBytes = KdfParams::minimumNewSlotMemory;
    params.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    const double seconds = secondsToDerive(params);
    if (seconds < minimumSeconds) {
        // Argon2id's time grows linearly with the pass count, so one measurement predicts the rest.
        const double scaled =
            std::ceil(static_cast<double>(firstOps) * targetSeconds / std::max(seconds, 0.001));
        params.opsLimit = std::min(maximumCalibratedOps, static_cast<quint64>(scaled));
    }
    params.salt.clear();
    return params;
}

} // namespace

KdfParams KdfParams::calibratedDefault()
{
    static const KdfParams calibrated = calibrate(); // once per process: it costs a second
    return calibrated;
}

KdfParams KdfParams::forNewSlot()
{
    ensureSodium();
    KdfParams params = cheapKdfRequested() ? cheapTestProfile() : calibratedDefault();
    params.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(params.salt.data(), static_cast<std::size_t>(params.salt.size()));
    return params;
}

void KdfParams::validate(const QString& where) const
{
    const auto damaged = [&where](const QString& what) {
        return Error(ErrorKind::Damaged, ModelText::tr("%1: %2").arg(where, what));
    };
    if (algorithm != argon2id13())
        throw damaged(ModelText::tr("the key-derivation algorithm \"%1\" is not supported (expected %2).")
                          .arg(algorithm, argon2id13()));
    if (static_cast<std::size_t>(salt.size()) != crypto_pwhash_SALTBYTES)
        throw damaged(ModelText::tr("the salt is %1 bytes long (expected %2).")
                          .arg(salt.size())
                          .arg(crypto_pwhash_SALTBYTES));
    if (opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || opsLimit > maximumOps)
        throw damaged(ModelText::tr("the key-derivation pass count %1 is outside the accepted range %2–%3.")
                          .arg(opsLimit)
                          .arg(crypto_pwhash_argon2id_OPSLIMIT_MIN)
                          .arg(maximumOps));
    if (memLimitBytes < crypto_pwhash_argon2id_MEMLIMIT_MIN || memLimitBytes > maximumMemory)
        throw damaged(
            ModelText::tr("the key-derivation memory size of %1 bytes is outside the accepted range "
                          "%2–%3 bytes.")
                .arg(memLimitBytes)
                .arg(crypto_pwhash_argon2id_MEMLIMIT_MIN)
                .arg(maximumMemory));
}

SecureBytes deriveKey(const SecureBytes& password, const KdfParams& params)
{
    ensureSodium();
    params.validate(QStringLiteral("Key-derivation settings"));
    SecureBytes key(KdfParams::keyBytes);
    // An empty SecureBytes has a null pointer; libsodium wants a valid pointer even for length zero.
    static const char nothing = 0;
    const char* passwordData = password.empty() ? &nothing : reinterpret_cast<const char*>(password.data());
    const int result =
        crypto_pwhash(key.data(), key.size(), passwordData, password.size(),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (result != 0)
        throw Error(ErrorKind::Internal, ModelText::tr("Could not set aside %1 MiB of memory to check the "
                                                       "password. Close other programs and try again.")
                                             .arg(params.memLimitBytes / (1024 * 1024)));
    return key;
}

} // namespace lantern
