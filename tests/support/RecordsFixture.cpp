#include "support/RecordsFixture.h"

namespace lantern::test {

namespace {

SecureBytes passwordFor(const QString& username)
{
    const QByteArray text = (username + QStringLiteral(" password 123")).toUtf8();
    return SecureBytes(reinterpret_cast<const unsigned char*>(text.constData()),
                       static_cast<std::size_t>(text.size()));
}

} // namespace

void RecordsFixture::SetUp()
{
    m_vault = Vault::create(vaultFolder(), {QStringLiteral("dsl"), QStringLiteral("Amira Haddad"), Role::Dsl},
                            passwordFor(QStringLiteral("dsl")), m_clock);
    const struct {
        const char* username;
        const char* name;
        Role role;
    } others[] = {
        {"deputy", "Tomasz Wiśniewski", Role::Deputy},
        {"staff", "Nguyễn Thị Lan", Role::Staff},
        {"staff2", "Siobhán Ó Súilleabháin", Role::Staff},
        {"admin", "Chen Jing", Role::Admin},
        {"head", "Grace Mensah", Role::Head},
    };
    for (const auto& other : others)
        m_vault->addUser({QString::fromUtf8(other.username), QString::fromUtf8(other.name), other.role},
                         passwordFor(QString::fromUtf8(other.username)));
}

Vault& RecordsFixture::as(const QString& username)
{
    if (m_vault && m_vault->user().username == username)
        return *m_vault;
    m_vault.reset();
    m_vault = Vault::unlock(vaultFolder(), username, passwordFor(username), m_clock);
    return *m_vault;
}

} // namespace lantern::test
