// The school's details and named safeguarding contacts, as they appear on every export: who may change them,
// what is checked, and that each change is in the audit chain.
#include "records/SchoolRepository.h"

#include "core/Error.h"
#include "support/RecordsFixture.h"

#include <gtest/gtest.h>
#include <ostream>

inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace lantern::test {
namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

template <typename Action> QString failure(ErrorKind kind, Action action)
{
    try {
        action();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), kind) << error.message().toStdString();
        return error.message();
    }
    ADD_FAILURE() << "no error was thrown";
    return {};
}

SafeguardingContact person(const QString& role, const QString& name, const QString& phone = {},
                           const QString& email = {})
{
    SafeguardingContact c;
    c.role = role;
    c.name = name;
    c.phone = phone;
    c.email = email;
    return c;
}

SchoolDetails oakfield()
{
    SchoolDetails school;
    school.name = QStringLiteral("Oakfield Primary School");
    school.urn = QStringLiteral("123456");
    school.laCode = QStringLiteral("999");
    school.laName = QStringLiteral("Exampleshire");
    school.address = QStringLiteral("1 School Lane\r\nExampletown\r\nEX1 2AB");
    school.phone = QStringLiteral("01632 960000");
    school.email = QStringLiteral("office@oakfield.example.org");
    return school;
}

class SchoolRepositoryTest : public RecordsFixture {
protected:
    QList<AuditEntry> auditOf(const char* action)
    {
        AuditFilter filter;
        filter.actionPrefix = QString::fromLatin1(action);
        return m_vault->audit().entries(filter);
    }
};

TEST_F(SchoolRepositoryTest, DetailsAreUnsetUntilTheDslSetsThem)
{
    SchoolRepository school(dsl());
    EXPECT_FALSE(school.details().has_value());
    school.setDetails(oakfield());
    const SchoolDetails stored = *school.details();
    EXPECT_EQ(stored.name, QStringLiteral("Oakfield Primary School"));
    EXPECT_EQ(stored.urn, QStringLiteral("123456"));
    EXPECT_EQ(stored.laCode, QStringLiteral("999"));
    EXPECT_EQ(stored.address, QStringLiteral("1 School Lane\nExampletown\nEX1 2AB"));
    EXPECT_EQ(stored.updatedBy, QStringLiteral("dsl"));
    EXPECT_EQ(stored.updatedAt, QStringLiteral("2026-11-25T09:30:00.000Z"));
}

TEST_F(SchoolRepositoryTest, AnyoneUnlockedMayReadTheDetails)
{
    SchoolRepository(dsl()).setDetails(oakfield());
    for (const char* name : {"staff", "admin", "deputy", "head"}) {
        SCOPED_TRACE(name);
        SchoolRepository school(as(QString::fromLatin1(name)));
        EXPECT_EQ(school.details()->name, QStringLiteral("Oakfield Primary School"));
    }
}

TEST_F(SchoolRepositoryTest, OnlyTheDslAndAdministratorMayChangeThem)
{
    for (const char* name : {"staff", "deputy", "head"}) {
        SCOPED_TRACE(name);
        SchoolRepository school(as(QString::fromLatin1(name)));
        EXPECT_TRUE(failure(ErrorKind::PermissionDenied, [&] {
                        school.setDetails(oakfield());
                    }).contains(u("change the school's details")));
        failure(ErrorKind::PermissionDenied, [&] {
            school.addSafeguardingContact(person(QStringLiteral("dsl"), QStringLiteral("Someone")));
        });
    }
    SchoolRepository school(as(QStringLiteral("admin")));
    school.setDetails(oakfield());
    EXPECT_EQ(school.details()->updatedBy, QStringLiteral("admin"));
}

TEST_F(SchoolRepositoryTest, EachDetailIsCheckedAndTheMessageNamesIt)
{
    SchoolRepository school(dsl());
    SchoolDetails details = oakfield();
    details.name = QStringLiteral("   ");
    EXPECT_EQ(failure(ErrorKind::InvalidInput, [&] { school.setDetails(details); }),
              u("School name is required."));
    details = oakfield();
    details.urn = QStringLiteral("12345");
    EXPECT_TRUE(
        failure(ErrorKind::InvalidInput, [&] { school.setDetails(details); }).startsWith(u("URN “12345”")));
    details = oakfield();
    details.laCode = QStringLiteral("93A");
    EXPECT_TRUE(
        failure(ErrorKind::InvalidInput, [&] { school.setDetails(details); }).startsWith(u("LA code “93A”")));
    details = oakfield();
    details.email = QStringLiteral("01632 960000");
    EXPECT_TRUE(
        failure(ErrorKind::InvalidInput, [&] { school.setDetails(details); }).startsWith(u("School email")));
    EXPECT_FALSE(school.details().has_value());
    EXPECT_TRUE(auditOf("school.").isEmpty());
}

TEST_F(SchoolRepositoryTest, ChangesAreAuditedWithOldAndNewValues)
{
    SchoolRepository school(dsl());
    school.setDetails(oakfield());
    SchoolDetails renamed = oakfield();
    renamed.name = QStringLiteral("Oakfield Academy");
    school.setDetails(renamed);
    school.setDetails(renamed); // nothing changed: nothing recorded
    const QList<AuditEntry> updates = auditOf("school.update");
    ASSERT_EQ(updates.size(), 2);
    EXPECT_TRUE(updates[0].details.contains(u("urn: “” → “123456”")));
    EXPECT_EQ(updates[1].details, u("name: “Oakfield Primary School” → “Oakfield Academy”"));
    EXPECT_EQ(updates[1].actor, QStringLiteral("dsl"));
}

TEST_F(SchoolRepositoryTest, SafeguardingContactsListDslsFirstAndCanBeRetired)
{
    SchoolRepository school(dsl());
    const qint64 deputy = school.addSafeguardingContact(
        person(QStringLiteral("deputy"), u("Tomasz Wiśniewski"), QStringLiteral("01632 960002")));
    const qint64 lead = school.addSafeguardingContact(person(QStringLiteral("DSL"), u("Amira Haddad"),
                                                             QStringLiteral("01632 960001"),
                                                             QStringLiteral("dsl@oakfield.example.org")));
    QList<SafeguardingContact> contacts =
        SchoolRepository(as(QStringLiteral("staff"))).safeguardingContacts();
    ASSERT_EQ(contacts.size(), 2);
    EXPECT_EQ(contacts[0].id, lead);
    EXPECT_EQ(contacts[0].role, QStringLiteral("dsl"));
    EXPECT_EQ(contacts[0].email, QStringLiteral("dsl@oakfield.example.org"));
    EXPECT_EQ(contacts[1].name, u("Tomasz Wiśniewski"));

    SchoolRepository asDsl(dsl());
    asDsl.deactivateSafeguardingContact(deputy);
    contacts = asDsl.safeguardingContacts();
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts[0].id, lead);
    const QList<SafeguardingContact> everyone = asDsl.safeguardingContacts(true);
    ASSERT_EQ(everyone.size(), 2);
    EXPECT_FALSE(everyone[1].active);

    EXPECT_EQ(auditOf("school.contact.add").size(), 2);
    const QList<AuditEntry> retired = auditOf("school.contact.deactivate");
    ASSERT_EQ(retired.size(), 1);
    EXPECT_EQ(retired[0].objectId, QString::number(deputy));
    failure(ErrorKind::NotFound, [&] { asDsl.deactivateSafeguardingContact(999); });
}

TEST_F(SchoolRepositoryTest, SafeguardingContactsAreChecked)
{
    SchoolRepository school(dsl());
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    school.addSafeguardingContact(person(QStringLiteral("head"), QStringLiteral("Grace")));
                }).contains(u("use dsl or deputy")));
    EXPECT_EQ(failure(ErrorKind::InvalidInput,
                      [&] { school.addSafeguardingContact(person(QStringLiteral("dsl"), QString())); }),
              u("Safeguarding contact name is required."));
    EXPECT_TRUE(school.safeguardingContacts(true).isEmpty());
}

} // namespace
} // namespace lantern::test
