#include "crypto/SecureBytes.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"

#include <cstring>
#include <sodium.h>
#include <utility>

namespace lantern {

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw Error(ErrorKind::Internal, ModelText::tr("Could not allocate protected memory for a key."));
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::SecureBytes(const unsigned char* data, std::size_t size)
    : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(const QByteArray& utf8)
{
    return SecureBytes(reinterpret_cast<const unsigned char*>(utf8.constData()),
                       static_cast<std::size_t>(utf8.size()));
}

void SecureBytes::wipe()
{
    if (m_data)
        sodium_free(m_data); // sodium_free zeroes before releasing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), m_data, m_size);
    SecureBytes trimmed(hex.data(), m_size * 2); // without the terminating NUL
    return trimmed;
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace lantern
