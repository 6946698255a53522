// libFuzzer target: keyslots.json as the vault reads it before asking for a password (KeySlotFile::parse),
// then what it does with the slots before unwrapping one: finding them, their roles, the file's MAC. A file
// that loads must also save and load again. Unwrapping a slot runs Argon2id: far too slow to fuzz.
#include "FuzzSupport.h"
#include "crypto/SecureBytes.h"
#include "vault/KeySlotFile.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace lantern;
    std::optional<KeySlotFile> file;
    fuzz::refusing([&] { file = KeySlotFile::parse(fuzz::bytesOf(data, size)); });
    if (!file)
        return 0;
    static_cast<void>(file->findRecovery());
    for (const KeySlot& slot : file->keySlots) {
        static_cast<void>(roleOfSlot(slot));
        static_cast<void>(file->findById(slot.id));
        static_cast<void>(file->findByUser(slot.user));
    }
    static const SecureBytes masterKey = [] {
        SecureBytes key(32);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = static_cast<unsigned char>(i);
        return key;
    }();
    static_cast<void>(file->isAuthentic(masterKey));
    fuzz::mustLoadAgain("A keyslots.json", [&] { KeySlotFile::parse(file->toJson()); });
    return 0;
}
