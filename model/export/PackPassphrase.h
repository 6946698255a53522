#pragma once

#include "crypto/SecureBytes.h"

#include <QStringList>

namespace lantern {

// The passphrase of an encrypted referral pack: made by Lantern, never typed by a person.
//
// WinZip AES, the only ZIP encryption that 7-Zip, WinZip and the receiving teams' tools all open, derives its
// key with PBKDF2-HMAC-SHA1 at 1,000 iterations, fixed by the format: a guess costs an attacker almost
// nothing, so the passphrase itself must carry the strength. Eight words drawn uniformly from the EFF large
// word list (resources/wordlists/eff-large-wordlist.txt; 7,772 words once the four with a hyphen are left
// out) give 8 × log2(7,772) ≈ 103.4 bits. The words are lower case a–z and joined by hyphens
// ("abacus-…-zoom"), so they can be read out by phone and typed into 7-Zip exactly.
//
// The passphrase is shown once (the CLI's output, the wizard's last page) and never stored: not in the vault,
// the audit chain, a log or a file.
class PackPassphrase {
public:
    static constexpr int WordCount = 8;
    static constexpr char Separator = '-';

    // The word list, loaded once from the resources (throws Error(Internal) if it is missing or damaged).
    static const QStringList& words();
    // Strength of a generated passphrase in bits: WordCount × log2(words().size()).
    static double bits();

    // A new passphrase in secure memory, each word chosen with libsodium's randombytes_uniform.
    static SecureBytes generate();

    // The words of a passphrase, for showing them numbered or one per line.
    static QStringList split(const SecureBytes& passphrase);

    // A passphrase as a person typed it from a read-out, in the form Lantern made it: lower case, the words
    // separated by single hyphens (spaces, several hyphens or a comma between them are accepted). Empty when
    // the text is not WordCount words of the list (then it is not a generated passphrase, and is used as
    // typed).
    static SecureBytes canonical(const SecureBytes& typed);
};

} // namespace lantern
