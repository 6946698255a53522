#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace lantern {

// Argon2id settings for one key slot, stored beside the slot so that each slot can carry its own cost.
struct KdfParams {
    static constexpr std::size_t keyBytes = 32;
    static constexpr quint64 minimumNewSlotMemory = 256ull * 1024 * 1024;
    // Limits on values read from a file: a tampered keyslots.json must not make us allocate 100 GB or spin
    // for an hour before the password is even checked.
    static constexpr quint64 maximumMemory = 4ull * 1024 * 1024 * 1024;
    static constexpr quint64 maximumOps = 64;

    static QString argon2id13() { return QStringLiteral("argon2id13"); }

    QString algorithm = argon2id13();
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    QByteArray salt;

    // Settings for a slot being written now: a fresh random salt, and a cost calibrated once per process so
    // that one derivation takes about half a second to a second with at least 256 MiB of memory.
    static KdfParams forNewSlot();
    // The calibrated cost, ignoring the test-only cheap profile (with an empty salt). Measured on first use.
    static KdfParams calibratedDefault();

    // Throws Error(Damaged) naming `where` (e.g. "keyslots.json, slot 0123…") unless these are settings we
    // would accept from disk: the algorithm we use, a salt of the right size, costs within libsodium's
    // minimums and our maximums.
    void validate(const QString& where) const;
};

// Derives the 32-byte key-encryption key from a password with Argon2id. Validates the settings first (so bad
// settings throw Error(Damaged)); throws Error(Internal) if the memory cannot be had.
SecureBytes deriveKey(const SecureBytes& password, const KdfParams& params);

} // namespace lantern
