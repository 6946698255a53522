#include "records/SchoolRepository.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QRegularExpression>

namespace lantern {

namespace {

QString oneLine(const QString& text)
{
    return TextServices::normalizeForStorage(text).simplified();
}

bool allDigits(const QString& text, qsizetype count)
{
    if (text.size() != count)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Deliberately loose: one "@" with something either side and no spaces. A school's mail system is the real
// check; this catches a phone number typed into the wrong box.
bool plausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

void requireEmail(const QString& field, const QString& email)
{
    if (!email.isEmpty() && !plausibleEmail(email))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("%1 \u201C%2\u201D is not an email address.").arg(field, email));
}

SafeguardingContact readContact(const Statement& row)
{
    SafeguardingContact contact;
    contact.id = row.integer(0);
    contact.role = row.text(1);
    contact.name = row.text(2);
    contact.phone = row.text(3);
    contact.email = row.text(4);
    contact.active = row.integer(5) != 0;
    return contact;
}

} // namespace

SchoolRepository::SchoolRepository(Vault& vault)
    : m_vault(vault)
{}

std::optional<SchoolDetails> SchoolRepository::details()
{
    Statement statement =
        m_vault.database().prepare("SELECT name, urn, la_code, la_name, address, phone, email, updated_at, "
                                   "updated_by FROM school WHERE id = 1");
    if (!statement.step())
        return std::nullopt;
    return SchoolDetails{statement.text(0), statement.text(1), statement.text(2),
                         statement.text(3), statement.text(4), statement.text(5),
                         statement.text(6), statement.text(7), statement.text(8)};
}

void SchoolRepository::setDetails(const SchoolDetails& input)
{
    requirePermission(m_vault.user(), Permission::ManageSchool);
    SchoolDetails school{oneLine(input.name),
                         oneLine(input.urn),
                         oneLine(input.laCode),
                         oneLine(input.laName),
                         TextServices::normalizeForStorage(input.address).trimmed(),
                         oneLine(input.phone),
                         oneLine(input.email),
                         {},
                         {}};
    if (school.name.isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("School name is required."));
    if (!school.urn.isEmpty() && !allDigits(school.urn, 6))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("URN \u201C%1\u201D must be the school's 6-digit unique reference number.")
                        .arg(school.urn));
    if (!school.laCode.isEmpty() && !allDigits(school.laCode, 3))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("LA code \u201C%1\u201D must be the local authority's 3-digit number.")
                        .arg(school.laCode));
    requireEmail(ModelText::tr("School email"), school.email);

    Database& db = m_vault.database();
    Transaction transaction(db);
    const std::optional<SchoolDetails> before = details();
    const SchoolDetails old = before.value_or(SchoolDetails{});
    const struct {
        const char* field;
        const QString& was;
        const QString& now;
    } fields[] = {
        {"name", old.name, school.name},          {"urn", old.urn, school.urn},
        {"la_code", old.laCode, school.laCode},   {"la_name", old.laName, school.laName},
        {"address", old.address, school.address}, {"phone", old.phone, school.phone},
        {"email", old.email, school.email},
    };
    QStringList changes;
    for (const auto& field : fields) {
        if (field.was != field.now)
            changes.append(QStringLiteral("%1: \u201C%2\u201D \u2192 \u201C%3\u201D")
                               .arg(QString::fromLatin1(field.field), field.was, field.now));
    }
    if (before && changes.isEmpty())
        return;
    db.prepare(R"sql(
INSERT OR REPLACE INTO school (id, name, urn, la_code, la_name, address, phone, email, updated_at, updated_by)
VALUES (1, :name, :urn, :la_code, :la_name, :address, :phone, :email, :at, :by))sql")
        .bind(":name", school.name)
        .bind(":urn", school.urn)
        .bind(":la_code", school.laCode)
        .bind(":la_name", school.laName)
        .bind(":address", school.address)
        .bind(":phone", school.phone)
        .bind(":email", school.email)
        .bind(":at", isoUtc(m_vault.clock().nowUtc()))
        .bind(":by", m_vault.user().username)
        .run();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("school.update"), QStringLiteral("school"),
                           QStringLiteral("1"), changes.join(QStringLiteral("; ")));
    transaction.commit();
}

qint64 SchoolRepository::addSafeguardingContact(const SafeguardingContact& input)
{
    requirePermission(m_vault.user(), Permission::ManageSchool);
    SafeguardingContact contact = input;
    contact.role = oneLine(contact.role).toLower();
    contact.name = oneLine(contact.name);
    contact.phone = oneLine(contact.phone);
    contact.email = oneLine(contact.email);
    if (contact.role != QLatin1String("dsl") && contact.role != QLatin1String("deputy"))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Safeguarding contact role \u201C%1\u201D is not valid: use dsl or deputy.")
                        .arg(input.role));
    if (contact.name.isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Safeguarding contact name is required."));
    requireEmail(ModelText::tr("Safeguarding contact email"), contact.email);
    Database& db = m_vault.database();
    Transaction transaction(db);
    db.prepare("INSERT INTO safeguarding_contacts (role, name, phone, email, active) "
               "VALUES (:role, :name, :phone, :email, 1)")
        .bind(":role", contact.role)
        .bind(":name", contact.name)
        .bind(":phone", contact.phone)
        .bind(":email", contact.email)
        .run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("school.contact.add"),
                           QStringLiteral("safeguarding_contact"), QString::number(id),
                           QStringLiteral("%1: %2").arg(contact.role, contact.name));
    transaction.commit();
    return id;
}

QList<SafeguardingContact> SchoolRepository::safeguardingContacts(bool includeInactive)
{
    Statement statement =
        m_vault.database().prepare("SELECT id, role, name, phone, email, active FROM safeguarding_contacts "
                                   "WHERE active = 1 OR :all ORDER BY active DESC, role = 'deputy', id");
    statement.bind(":all", includeInactive);
    QList<SafeguardingContact> contacts;
    while (statement.step())
        contacts.append(readContact(statement));
    return contacts;
}

void SchoolRepository::deactivateSafeguardingContact(qint64 contactId)
{
    requirePermission(m_vault.user(), Permission::ManageSchool);
    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement existing = db.prepare("SELECT name, active FROM safeguarding_contacts WHERE id = :id");
    existing.bind(":id", contactId);
    if (!existing.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("No safeguarding contact has id %1.").arg(contactId));
    if (existing.integer(1) == 0)
        return;
    const QString name = existing.text(0);
    existing.reset();
    db.prepare("UPDATE safeguarding_contacts SET active = 0 WHERE id = :id").bind(":id", contactId).run();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("school.contact.deactivate"),
                           QStringLiteral("safeguarding_contact"), QString::number(contactId), name);
    transaction.commit();
}

} // namespace lantern
