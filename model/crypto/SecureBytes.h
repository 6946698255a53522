#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace lantern {

// Bytes held in libsodium secure memory: guard pages, mlock()ed so they never reach swap, excluded from core
// dumps, and zeroed when freed. Keys and passwords live only in these. Move-only: a copy would be a second
// place to forget to wipe.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    // Takes a UTF-8 copy of text; the caller should wipe its own QString where it can.
    static SecureBytes fromUtf8(const QByteArray& utf8);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    // Zeroes and frees now rather than at destruction (lock, close).
    void wipe();
    SecureBytes clone() const;
    bool equals(const SecureBytes& other) const;
    // Lower-case hex, itself in secure memory: the form SQLCipher's raw-key PRAGMA takes.
    SecureBytes toHex() const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Zeroes a Qt byte array in place (for transient buffers that had to be ordinary memory).
void wipeBytes(QByteArray& bytes);

} // namespace lantern
