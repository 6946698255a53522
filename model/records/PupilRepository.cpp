#include "records/PupilRepository.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/PupilDirectory.h"
#include "records/PupilValidator.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <algorithm>

namespace lantern {

namespace {

const char* const pupilColumns =
    "SELECT id, upn, upn_unknown_reason, legal_forename, legal_middle_names, legal_surname, "
    "preferred_forename, "
    "preferred_surname, date_of_birth, sex, ethnicity, nhs_number, first_language, sen_status, "
    "sen_need_types, "
    "disabilities, fsm, looked_after, responsible_la, cin_status, cp_status, family_help, young_carer, "
    "private_fostering, kinship_care, year_group, reg_group, postcode, address, admission_date, leaving_date "
    "FROM pupils ";

QStringList splitCodes(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

std::optional<QDate> optionalDate(const std::optional<QString>& text)
{
    if (!text)
        return std::nullopt;
    return QDate::fromString(*text, Qt::ISODate);
}

Pupil readPupil(const Statement& row)
{
    Pupil pupil;
    pupil.id = row.integer(0);
    pupil.upn = row.optionalText(1).value_or(QString());
    pupil.upnUnknownReason = row.optionalText(2).value_or(QString());
    pupil.legalForename = row.text(3);
    pupil.legalMiddleNames = row.text(4);
    pupil.legalSurname = row.text(5);
    pupil.preferredForename = row.text(6);
    pupil.preferredSurname = row.text(7);
    pupil.dateOfBirth = QDate::fromString(row.text(8), Qt::ISODate);
    pupil.sex = row.text(9);
    pupil.ethnicity = row.text(10);
    pupil.nhsNumber = row.optionalText(11).value_or(QString());
    pupil.firstLanguage = row.text(12);
    pupil.senStatus = row.text(13);
    pupil.senNeedTypes = splitCodes(row.text(14));
    pupil.disabilities = splitCodes(row.text(15));
    pupil.freeSchoolMeals = row.integer(16) != 0;
    pupil.lookedAfter = row.integer(17) != 0;
    pupil.responsibleAuthority = row.text(18);
    pupil.childInNeed = row.integer(19) != 0;
    pupil.childProtectionPlan = row.integer(20) != 0;
    pupil.familyHelp = row.integer(21) != 0;
    pupil.youngCarer = row.text(22);
    pupil.privateFostering = row.integer(23) != 0;
    pupil.kinshipCare = row.text(24);
    pupil.yearGroup = row.text(25);
    pupil.registrationGroup = row.text(26);
    pupil.postcode = row.text(27);
    pupil.address = row.text(28);
    pupil.admissionDate = optionalDate(row.optionalText(29));
    pupil.leavingDate = optionalDate(row.optionalText(30));
    return pupil;
}

std::optional<QString> textOrNull(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

std::optional<QString> dateOrNull(const std::optional<QDate>& date)
{
    return date && date->isValid() ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// The words a pupil can be found by, folded the same way as the query (TextServices::searchTokens), space
// separated so a query word can be matched against the start of any word.
QString searchKeyOf(const Pupil& pupil)
{
    const QStringList parts{pupil.legalForename,     pupil.legalMiddleNames, pupil.legalSurname,
                            pupil.preferredForename, pupil.preferredSurname, pupil.upn};
    return TextServices::searchTokens(parts.join(QLatin1Char(' '))).join(QLatin1Char(' '));
}

// Sorted by the names the school uses for the child, surname first: "de la Cruz" before "Dean", "Łukasz"
// among the Ls. A space separates surname and forename, and sorts before any letter, so "Lee Zara" precedes
// "Leeds Amy".
QByteArray sortKeyOf(const Pupil& pupil)
{
    const QString surname = pupil.preferredSurname.isEmpty() ? pupil.legalSurname : pupil.preferredSurname;
    const QString forename =
        pupil.preferredForename.isEmpty() ? pupil.legalForename : pupil.preferredForename;
    return TextServices::collationKey(surname + QLatin1Char(' ') + forename);
}

// One stored column of a pupil, as the audit log describes a change to it. `revealValues` is false for
// special category data (health, ethnicity, statutory statuses): the entry says the field changed but not to
// what, so an audit export cannot disclose it; the record itself holds the value.
struct AuditedField {
    const char* column;
    QString value;
    bool revealValues;
};

QList<AuditedField> auditedFields(const Pupil& p)
{
    const auto date = [](const std::optional<QDate>& d) { return dateOrNull(d).value_or(QString()); };
    return {
        {"upn", p.upn, true},
        {"upn_unknown_reason", p.upnUnknownReason, true},
        {"legal_forename", p.legalForename, true},
        {"legal_middle_names", p.legalMiddleNames, true},
        {"legal_surname", p.legalSurname, true},
        {"preferred_forename", p.preferredForename, true},
        {"preferred_surname", p.preferredSurname, true},
        {"date_of_birth", p.dateOfBirth.toString(Qt::ISODate), true},
        {"sex", p.sex, false},
        {"ethnicity", p.ethnicity, false},
        {"nhs_number", p.nhsNumber, true},
        {"first_language", p.firstLanguage, false},
        {"sen_status", p.senStatus, false},
        {"sen_need_types", p.senNeedTypes.join(QLatin1Char(',')), false},
        {"disabilities", p.disabilities.join(QLatin1Char(',')), false},
        {"fsm", yesNo(p.freeSchoolMeals), false},
        {"looked_after", yesNo(p.lookedAfter), false},
        {"responsible_la", p.responsibleAuthority, false},
        {"cin_status", yesNo(p.childInNeed), false},
        {"cp_status", yesNo(p.childProtectionPlan), false},
        {"family_help", yesNo(p.familyHelp), false},
        {"young_carer", p.youngCarer, false},
        {"private_fostering", yesNo(p.privateFostering), false},
        {"kinship_care", p.kinshipCare, false},
        {"year_group", p.yearGroup, true},
        {"reg_group", p.registrationGroup, true},
        {"postcode", p.postcode, false},
        {"address", p.address, false},
        {"admission_date", date(p.admissionDate), true},
        {"leaving_date", date(p.leavingDate), true},
    };
}

// "fields: legal_surname, year_group; legal_surname: "Smith" → "Jones"; year_group: "7" → "8"". Empty when
// nothing changed.
QString changeDetails(const Pupil& before, const Pupil& after)
{
    const QList<AuditedField> old = auditedFields(before);
    const QList<AuditedField> now = auditedFields(after);
    QStringList names;
    QStringList values;
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (old[i].value == now[i].value)
            continue;
        const QString name = QString::fromLatin1(old[i].column);
        names.append(name);
        if (old[i].revealValues)
            values.append(QStringLiteral("%1: \u201C%2\u201D \u2192 \u201C%3\u201D")
                              .arg(name, old[i].value, now[i].value));
    }
    if (names.isEmpty())
        return {};
    QStringList parts{QStringLiteral("fields: ") + names.join(QStringLiteral(", "))};
    parts += values;
    return parts.join(QStringLiteral("; "));
}

QString pupilIdText(qint64 id)
{
    return QString::number(id);
}

const QStringList linkRelationships{QStringLiteral("sibling"), QStringLiteral("half-sibling"),
                                    QStringLiteral("step-sibling"), QStringLiteral("cousin"),
                                    QStringLiteral("other")};

} // namespace

PupilRepository::PupilRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 PupilRepository::add(const Pupil& input)
{
    requirePermission(m_vault.user(), Permission::ManageRoster);
    Pupil pupil = PupilValidator::normalized(input);
    pupil.id = 0;
    Database& db = m_vault.database();
    Transaction transaction(db);
    PupilValidator(db, PupilValidator::schoolDate(m_vault.clock().nowUtc())).validate(pupil);
    write(pupil, true);
    pupil.id = db.lastInsertId();
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("pupil.add"), QStringLiteral("pupil"), pupilIdText(pupil.id),
        QStringLiteral("upn: %1; name: %2")
            .arg(pupil.upn.isEmpty() ? QStringLiteral("none (") + pupil.upnUnknownReason + QLatin1Char(')')
                                     : pupil.upn,
                 pupil.legalName()));
    transaction.commit();
    return pupil.id;
}

void PupilRepository::update(const Pupil& input)
{
    requirePermission(m_vault.user(), Permission::ManageRoster);
    const Pupil pupil = PupilValidator::normalized(input);
    Database& db = m_vault.database();
    Transaction transaction(db);
    const std::optional<Pupil> before = lookupForRecords(pupil.id);
    if (!before)
        throw Error(ErrorKind::NotFound, ModelText::tr("No pupil has id %1.").arg(pupil.id));
    PupilValidator validator(db, PupilValidator::schoolDate(m_vault.clock().nowUtc()));
    validator.setStoredDateOfBirth(before->dateOfBirth);
    validator.validate(pupil);
    const QString details = changeDetails(*before, pupil);
    if (details.isEmpty())
        return; // the roster said what we already had: nothing to record
    write(pupil, false);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.update"), QStringLiteral("pupil"),
                           pupilIdText(pupil.id), details);
    transaction.commit();
}

void PupilRepository::write(const Pupil& pupil, bool isNew)
{
    Database& db = m_vault.database();
    const QString now = isoUtc(m_vault.clock().nowUtc());
    Statement statement = isNew ? db.prepare(R"sql(
INSERT INTO pupils (upn, upn_unknown_reason, legal_forename, legal_middle_names, legal_surname, preferred_forename,
    preferred_surname, date_of_birth, sex, ethnicity, nhs_number, first_language, sen_status, sen_need_types,
    disabilities, fsm, looked_after, responsible_la, cin_status, cp_status, family_help, young_carer,
    private_fostering, kinship_care, year_group, reg_group, postcode, address, admission_date, leaving_date,
    search_key, sort_key, created_at, updated_at)
VALUES (:upn, :reason, :forename, :middle, :surname, :pforename, :psurname, :dob, :sex, :ethnicity, :nhs,
    :language, :sen, :needs, :disabilities, :fsm, :cla, :la, :cin, :cp, :fh, :carer, :fostering, :kinship, :year,
    :reg, :postcode, :address, :admitted, :left, :search, :sort, :now, :now))sql")
                                : db.prepare(R"sql(
UPDATE pupils SET upn = :upn, upn_unknown_reason = :reason, legal_forename = :forename,
    legal_middle_names = :middle, legal_surname = :surname, preferred_forename = :pforename,
    preferred_surname = :psurname, date_of_birth = :dob, sex = :sex, ethnicity = :ethnicity, nhs_number = :nhs,
    first_language = :language, sen_status = :sen, sen_need_types = :needs, disabilities = :disabilities,
    fsm = :fsm, looked_after = :cla, responsible_la = :la, cin_status = :cin, cp_status = :cp,
    family_help = :fh, young_carer = :carer, private_fostering = :fostering, kinship_care = :kinship,
    year_group = :year, reg_group = :reg, postcode = :postcode, address = :address, admission_date = :admitted,
    leaving_date = :left, search_key = :search, sort_key = :sort, updated_at = :now
WHERE id = :id)sql");
    statement.bind(":upn", textOrNull(pupil.upn))
        .bind(":reason", textOrNull(pupil.upnUnknownReason))
        .bind(":forename", pupil.legalForename)
        .bind(":middle", pupil.legalMiddleNames)
        .bind(":surname", pupil.legalSurname)
        .bind(":pforename", pupil.preferredForename)
        .bind(":psurname", pupil.preferredSurname)
        .bind(":dob", pupil.dateOfBirth.toString(Qt::ISODate))
        .bind(":sex", pupil.sex)
        .bind(":ethnicity", pupil.ethnicity)
        .bind(":nhs", textOrNull(pupil.nhsNumber))
        .bind(":language", pupil.firstLanguage)
        .bind(":sen", pupil.senStatus)
        .bind(":needs", pupil.senNeedTypes.join(QLatin1Char(',')))
        .bind(":disabilities", pupil.disabilities.join(QLatin1Char(',')))
        .bind(":fsm", pupil.freeSchoolMeals)
        .bind(":cla", pupil.lookedAfter)
        .bind(":la", pupil.responsibleAuthority)
        .bind(":cin", pupil.childInNeed)
        .bind(":cp", pupil.childProtectionPlan)
        .bind(":fh", pupil.familyHelp)
        .bind(":carer", pupil.youngCarer)
        .bind(":fostering", pupil.privateFostering)
        .bind(":kinship", pupil.kinshipCare)
        .bind(":year", pupil.yearGroup)
        .bind(":reg", pupil.registrationGroup)
        .bind(":postcode", pupil.postcode)
        .bind(":address", pupil.address)
        .bind(":admitted", dateOrNull(pupil.admissionDate))
        .bind(":left", dateOrNull(pupil.leavingDate))
        .bind(":search", searchKeyOf(pupil))
        .bindBlob(":sort", sortKeyOf(pupil))
        .bind(":now", now);
    if (!isNew)
        statement.bind(":id", pupil.id);
    statement.run();
}

void PupilRepository::markLeft(qint64 pupilId, const QDate& date)
{
    requirePermission(m_vault.user(), Permission::ManageRoster);
    if (!date.isValid())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Leaving date is required (YYYY-MM-DD)."));
    Database& db = m_vault.database();
    Transaction transaction(db);
    std::optional<Pupil> pupil = lookupForRecords(pupilId);
    if (!pupil)
        throw Error(ErrorKind::NotFound, ModelText::tr("No pupil has id %1.").arg(pupilId));
    if (pupil->leavingDate == date)
        return;
    pupil->leavingDate = date;
    PupilValidator validator(db, PupilValidator::schoolDate(m_vault.clock().nowUtc()));
    validator.setStoredDateOfBirth(pupil->dateOfBirth);
    validator.validate(*pupil);
    db.prepare("UPDATE pupils SET leaving_date = :left, updated_at = :now WHERE id = :id")
        .bind(":left", date.toString(Qt::ISODate))
        .bind(":now", isoUtc(m_vault.clock().nowUtc()))
        .bind(":id", pupilId)
        .run();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.leave"), QStringLiteral("pupil"),
                           pupilIdText(pupilId),
                           QStringLiteral("leaving_date: ") + date.toString(Qt::ISODate));
    transaction.commit();
}

std::optional<qint64> PupilRepository::idForUpn(const QString& upn)
{
    return PupilDirectory(m_vault).idByUpn(upn, Permission::ManageRoster);
}

std::optional<Pupil> PupilRepository::lookupForRecords(qint64 pupilId)
{
    const QByteArray sql = QByteArray(pupilColumns) + "WHERE id = :id";
    Statement statement = m_vault.database().prepare(sql.constData());
    statement.bind(":id", pupilId);
    if (!statement.step())
        return std::nullopt;
    return readPupil(statement);
}

std::optional<Pupil> PupilRepository::audited(std::optional<Pupil> pupil)
{
    if (!pupil)
        return pupil;
    Transaction transaction(m_vault.database());
    m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.view"), QStringLiteral("pupil"),
                           pupilIdText(pupil->id));
    transaction.commit();
    return pupil;
}

std::optional<Pupil> PupilRepository::find(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    return audited(lookupForRecords(pupilId));
}

std::optional<Pupil> PupilRepository::findByUpn(const QString& upn)
{
    const std::optional<qint64> id = PupilDirectory(m_vault).idByUpn(upn, Permission::ReadPupilRecords);
    if (!id)
        return std::nullopt;
    return audited(lookupForRecords(*id));
}

QList<Pupil> PupilRepository::list()
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    const QByteArray sql = QByteArray(pupilColumns) + "ORDER BY sort_key, id";
    Statement statement = m_vault.database().prepare(sql.constData());
    QList<Pupil> pupils;
    while (statement.step())
        pupils.append(readPupil(statement));
    return pupils;
}

QList<Pupil> PupilRepository::search(const QString& text)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    const QStringList words = TextServices::searchTokens(TextServices::normalizeForStorage(text));
    if (words.isEmpty())
        return list();
    // Each word must begin some word of the key: match " word" within " " + key. LIKE's wildcards in what was
    // typed are escaped so that "_" and "%" mean themselves.
    QByteArray sql = QByteArray(pupilColumns) + "WHERE 1";
    for (qsizetype i = 0; i < words.size(); ++i)
        sql += " AND (' ' || search_key) LIKE :w" + QByteArray::number(i) + " ESCAPE '\\'";
    sql += " ORDER BY sort_key, id";
    Statement statement = m_vault.database().prepare(sql.constData());
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString escaped = words[i];
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QByteArray name = ":w" + QByteArray::number(i);
        const QString pattern = QStringLiteral("% ") + escaped + QLatin1Char('%');
        statement.bind(name.constData(), pattern);
    }
    QList<Pupil> pupils;
    while (statement.step())
        pupils.append(readPupil(statement));
    return pupils;
}

void PupilRepository::requireExists(qint64 pupilId)
{
    Statement statement = m_vault.database().prepare("SELECT 1 FROM pupils WHERE id = :id");
    statement.bind(":id", pupilId);
    if (!statement.step())
        throw Error(ErrorKind::NotFound, ModelText::tr("No pupil has id %1.").arg(pupilId));
}

qint64 PupilRepository::addContact(const Contact& input)
{
    requirePermission(m_vault.user(), Permission::ManageRoster);
    const auto line = [](const QString& text) {
        return TextServices::normalizeForStorage(text).simplified();
    };
    Contact contact = input;
    contact.name = line(contact.name);
    contact.relationship = line(contact.relationship);
    contact.phone = line(contact.phone);
    contact.email = line(contact.email);
    contact.address = TextServices::normalizeForStorage(contact.address).trimmed();
    contact.notes = TextServices::normalizeForStorage(contact.notes).trimmed();
    if (contact.name.isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Contact name is required."));
    if (contact.relationship.isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Contact relationship is required (for example Mother, Grandfather, Foster "
                                  "carer)."));
    if (!contact.email.isEmpty() &&
        (!contact.email.contains(QLatin1Char('@')) || contact.email.contains(QLatin1Char(' '))))
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("Contact email \u201C%1\u201D is not an email address.").arg(contact.email));
    if (contact.priority < 1)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Contact priority must be 1 or more (1 is contacted first), not %1.")
                        .arg(contact.priority));
    Database& db = m_vault.database();
    Transaction transaction(db);
    requireExists(contact.pupilId);
    db.prepare(R"sql(
INSERT INTO contacts (pupil_id, name, relationship, parental_responsibility, lives_with_child, phone, email, address,
    notes, priority, created_at)
VALUES (:pupil, :name, :relationship, :pr, :lives, :phone, :email, :address, :notes, :priority, :now))sql")
        .bind(":pupil", contact.pupilId)
        .bind(":name", contact.name)
        .bind(":relationship", contact.relationship)
        .bind(":pr", contact.parentalResponsibility)
        .bind(":lives", contact.livesWithChild)
        .bind(":phone", contact.phone)
        .bind(":email", contact.email)
        .bind(":address", contact.address)
        .bind(":notes", contact.notes)
        .bind(":priority", contact.priority)
        .bind(":now", isoUtc(m_vault.clock().nowUtc()))
        .run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(
        m_vault.user().username, QStringLiteral("pupil.contact.add"), QStringLiteral("pupil"),
        pupilIdText(contact.pupilId),
        QStringLiteral("contact %1: %2 (%3); parental responsibility: %4; lives with child: %5")
            .arg(QString::number(id), contact.name, contact.relationship,
                 yesNo(contact.parentalResponsibility), yesNo(contact.livesWithChild)));
    transaction.commit();
    return id;
}

QList<std::pair<QString, QString>> PupilRepository::contactNamesForRoster(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ManageRoster);
    Statement statement =
        m_vault.database().prepare("SELECT name, relationship FROM contacts WHERE pupil_id = :pupil");
    statement.bind(":pupil", pupilId);
    QList<std::pair<QString, QString>> names;
    while (statement.step())
        names.append({statement.text(0), statement.text(1)});
    return names;
}

QList<PupilRepository::OnRoll> PupilRepository::onRollWithUpn()
{
    requirePermission(m_vault.user(), Permission::ManageRoster);
    Statement statement = m_vault.database().prepare(
        "SELECT id, upn, legal_forename, legal_middle_names, legal_surname FROM pupils "
        "WHERE leaving_date IS NULL AND upn IS NOT NULL ORDER BY upn");
    QList<OnRoll> pupils;
    while (statement.step()) {
        QStringList name{statement.text(2), statement.text(3), statement.text(4)};
        name.removeAll(QString());
        pupils.append({statement.integer(0), statement.text(1), name.join(QLatin1Char(' '))});
    }
    return pupils;
}

QList<Contact> PupilRepository::contacts(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    requireExists(pupilId);
    Statement statement = db.prepare(R"sql(
SELECT id, pupil_id, name, relationship, parental_responsibility, lives_with_child, phone, email, address, notes,
    priority
FROM contacts WHERE pupil_id = :pupil ORDER BY priority, id)sql");
    statement.bind(":pupil", pupilId);
    QList<Contact> found;
    while (statement.step()) {
        Contact contact;
        contact.id = statement.integer(0);
        contact.pupilId = statement.integer(1);
        contact.name = statement.text(2);
        contact.relationship = statement.text(3);
        contact.parentalResponsibility = statement.integer(4) != 0;
        contact.livesWithChild = statement.integer(5) != 0;
        contact.phone = statement.text(6);
        contact.email = statement.text(7);
        contact.address = statement.text(8);
        contact.notes = statement.text(9);
        contact.priority = static_cast<int>(statement.integer(10));
        found.append(contact);
    }
    m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.contacts.view"),
                           QStringLiteral("pupil"), pupilIdText(pupilId));
    transaction.commit();
    return found;
}

void PupilRepository::linkPupils(qint64 pupilId, qint64 otherPupilId, const QString& relationship)
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    const QString kind = TextServices::normalizeForStorage(relationship).simplified().toLower();
    if (!linkRelationships.contains(kind))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Relationship \u201C%1\u201D is not one Lantern links: use %2.")
                        .arg(relationship, linkRelationships.join(ModelText::tr(", "))));
    if (pupilId == otherPupilId)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("A pupil cannot be linked to themselves."));
    Database& db = m_vault.database();
    Transaction transaction(db);
    requireExists(pupilId);
    requireExists(otherPupilId);
    // Stored once, lower id first, so that "A is B's sibling" and "B is A's sibling" cannot both exist or
    // disagree.
    const qint64 first = std::min(pupilId, otherPupilId);
    const qint64 second = std::max(pupilId, otherPupilId);
    Statement existing =
        db.prepare("SELECT relationship FROM pupil_links WHERE pupil_id = :a AND linked_pupil_id = :b");
    existing.bind(":a", first).bind(":b", second);
    if (existing.step())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("These pupils are already linked (as %1).").arg(existing.text(0)));
    db.prepare(
          "INSERT INTO pupil_links (pupil_id, linked_pupil_id, relationship) VALUES (:a, :b, :relationship)")
        .bind(":a", first)
        .bind(":b", second)
        .bind(":relationship", kind)
        .run();
    m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.link"), QStringLiteral("pupil"),
                           pupilIdText(pupilId),
                           QStringLiteral("linked pupil %1 as %2").arg(pupilIdText(otherPupilId), kind));
    transaction.commit();
}

QList<LinkedPupil> PupilRepository::siblings(qint64 pupilId)
{
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    Database& db = m_vault.database();
    Transaction transaction(db);
    requireExists(pupilId);
    Statement statement = db.prepare(R"sql(
SELECT CASE WHEN pupil_id = :id THEN linked_pupil_id ELSE pupil_id END, relationship
FROM pupil_links WHERE pupil_id = :id OR linked_pupil_id = :id)sql");
    statement.bind(":id", pupilId);
    QList<LinkedPupil> found;
    while (statement.step()) {
        LinkedPupil linked;
        linked.link = {pupilId, statement.integer(0), statement.text(1)};
        if (std::optional<Pupil> other = lookupForRecords(linked.link.linkedPupilId))
            linked.pupil = *other;
        found.append(linked);
    }
    std::sort(found.begin(), found.end(), [](const LinkedPupil& a, const LinkedPupil& b) {
        return sortKeyOf(a.pupil) < sortKeyOf(b.pupil);
    });
    m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.links.view"),
                           QStringLiteral("pupil"), pupilIdText(pupilId));
    transaction.commit();
    return found;
}

} // namespace lantern
