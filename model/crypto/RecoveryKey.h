#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace lantern {

// The printed recovery key kept in the school safe: 160 random bits written as 8 groups of 5 Crockford base32
// characters, e.g. "7Q2M-…". In each group 4 characters carry data and the fifth is a check over them and the
// group's position, so a mistyped character, two swapped characters or two swapped groups are caught and the
// group named before any slow key derivation runs.
class RecoveryKey {
public:
    static constexpr int groupCount = 8;
    static constexpr int groupLength = 5;
    static constexpr std::size_t secretBytes = 20;

    static RecoveryKey generate();

    // Reads a key as typed: case-insensitive, spaces and dashes optional, I and L read as 1 and O as 0.
    // Returns the secret (as secret() would). Throws Error(InvalidInput) naming the mistyped group, or saying
    // how many characters are missing or extra.
    static SecureBytes parse(const QString& typed);

    // The printable form, "XXXXX-XXXXX-…". Shown once, when the key is made; never stored.
    QString text() const;
    // The 20 raw bytes: what the recovery key slot uses as its "password".
    SecureBytes secret() const { return m_secret.clone(); }

private:
    explicit RecoveryKey(SecureBytes secret);

    SecureBytes m_secret;
    SecureBytes m_text; // ASCII, kept in secure memory until someone asks for text()
};

} // namespace lantern
