// libFuzzer target: `pack verify` (PackVerifier::verify) on arbitrary bytes as a referral pack file (libzip
// reads it from a path: the bytes go to a file in the fuzzer's own temporary folder). A pack that asks for a
// passphrase is verified again with the one the encrypted seed pack was made with (FuzzKeys.h), so the
// encrypted entries are read too. Problems with the pack's content are returned, never thrown.
#include "FuzzKeys.h"
#include "FuzzSupport.h"
#include "export/PackVerifier.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace lantern;
    static const QString path = fuzz::writeScratch(QStringLiteral("pack.zip"), QByteArray());
    fuzz::writeScratch(QStringLiteral("pack.zip"), fuzz::bytesOf(data, size));
    bool askedForPassphrase = false;
    fuzz::refusing([&] {
        try {
            static_cast<void>(PackVerifier::verify(path));
        } catch (const Error& error) {
            askedForPassphrase = error.kind() == ErrorKind::AuthenticationFailed;
            throw;
        }
    });
    if (askedForPassphrase) {
        const char* passphrase = fuzz::fuzzPackPassphrase();
        fuzz::refusing([&] {
            static_cast<void>(
                PackVerifier::verify(path, SecureBytes(reinterpret_cast<const unsigned char*>(passphrase),
                                                       std::strlen(passphrase))));
        });
    }
    return 0;
}
