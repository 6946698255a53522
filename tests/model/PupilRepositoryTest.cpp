// The school roll as a DSL, a deputy, staff and the administrator meet it: adding and correcting pupils, the
// checks on what they type, finding a child by any name they use, and who may see what.
#include "records/PupilRepository.h"

#include "core/Error.h"
#include "records/PupilValidator.h"
#include "reference/NhsNumber.h"
#include "reference/Upn.h"
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

Pupil pupil(const char* forename, const char* surname, int serial)
{
    Pupil p;
    p.upn = makeUpn(999, 4001, 15, serial);
    p.legalForename = u(forename);
    p.legalSurname = u(surname);
    p.dateOfBirth = QDate(2015, 3, 5);
    p.sex = QStringLiteral("F");
    p.yearGroup = QStringLiteral("7");
    return p;
}

// The message of the Error `action` throws (and that it is the expected kind), for asserting what people
// read.
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

Contact contact(qint64 pupilId, const QString& name, const QString& relationship)
{
    Contact c;
    c.pupilId = pupilId;
    c.name = name;
    c.relationship = relationship;
    return c;
}

QStringList surnames(const QList<Pupil>& pupils)
{
    QStringList out;
    for (const Pupil& p : pupils)
        out.append(p.legalSurname);
    return out;
}

class PupilRepositoryTest : public RecordsFixture {
protected:
    // The audit entries with exactly this action.
    QList<AuditEntry> auditOf(const char* action)
    {
        AuditFilter filter;
        filter.actionPrefix = QString::fromLatin1(action);
        QList<AuditEntry> entries = m_vault->audit().entries(filter);
        entries.removeIf([&](const AuditEntry& entry) { return entry.action != filter.actionPrefix; });
        return entries;
    }
};

TEST_F(PupilRepositoryTest, NamesFromManyCulturesComeBackExactlyAsTyped)
{
    PupilRepository pupils(dsl());
    const QList<Pupil> children = {
        pupil("محمد", "الحسيني", 1), pupil("Łukasz", "Wiśniewski", 2),      pupil("Hồng", "Nguyễn", 3),
        pupil("小明", "王", 4),      pupil("Siobhán", "Ó Súilleabháin", 5),
    };
    for (const Pupil& child : children) {
        Pupil stored = child;
        stored.id = pupils.add(child);
        const std::optional<Pupil> found = pupils.find(stored.id);
        ASSERT_TRUE(found.has_value());
        EXPECT_EQ(found->legalForename, child.legalForename);
        EXPECT_EQ(found->legalSurname, child.legalSurname);
        EXPECT_EQ(found->upn, child.upn);
        EXPECT_EQ(found->dateOfBirth, child.dateOfBirth);
        EXPECT_EQ(found->yearGroup, QStringLiteral("7"));
    }
    EXPECT_EQ(pupils.list().size(), 5);
}

TEST_F(PupilRepositoryTest, TextIsStoredComposedAndTidied)
{
    PupilRepository pupils(dsl());
    Pupil typed = pupil("Zoe\u0308", "  Smith   Jones ", 1); // "Zoë" decomposed, as macOS types it
    typed.legalForename = QStringLiteral("Zoe") + QChar(0x0308);
    typed.upn = typed.upn.toLower() + QStringLiteral(" ");
    typed.nhsNumber = QStringLiteral("999 000 0018");
    const qint64 id = pupils.add(typed);
    const Pupil found = *pupils.find(id);
    EXPECT_EQ(found.legalForename, u("Zoë"));
    EXPECT_EQ(found.legalSurname, u("Smith Jones"));
    EXPECT_EQ(found.upn, makeUpn(999, 4001, 15, 1));
    EXPECT_EQ(found.nhsNumber, QStringLiteral("9990000018"));
}

TEST_F(PupilRepositoryTest, UpdateChangesTheRosterAndAuditsWhatChanged)
{
    PupilRepository pupils(dsl());
    Pupil child = pupil("Amara", "Okafor", 1);
    child.id = pupils.add(child);
    child.legalSurname = QStringLiteral("Okafor-Bello");
    child.yearGroup = QStringLiteral("8");
    child.childProtectionPlan = true;
    pupils.update(child);

    const Pupil found = *pupils.find(child.id);
    EXPECT_EQ(found.legalSurname, QStringLiteral("Okafor-Bello"));
    EXPECT_EQ(found.yearGroup, QStringLiteral("8"));
    EXPECT_TRUE(found.childProtectionPlan);
    EXPECT_EQ(found.flags(), QStringList{QStringLiteral("CP")});

    const QList<AuditEntry> updates = auditOf("pupil.update");
    ASSERT_EQ(updates.size(), 1);
    EXPECT_EQ(updates[0].actor, QStringLiteral("dsl"));
    EXPECT_EQ(updates[0].objectId, QString::number(child.id));
    EXPECT_TRUE(updates[0].details.startsWith(QStringLiteral("fields: legal_surname, cp_status, year_group")))
        << updates[0].details.toStdString();
    EXPECT_TRUE(updates[0].details.contains(u("legal_surname: “Okafor” → “Okafor-Bello”")));
    EXPECT_TRUE(updates[0].details.contains(u("year_group: “7” → “8”")));
    // Special category data: that it changed, not what to.
    EXPECT_FALSE(updates[0].details.contains(u("cp_status:")));

    pupils.update(child); // the roster said the same again
    EXPECT_EQ(auditOf("pupil.update").size(), 1);
}

TEST_F(PupilRepositoryTest, UpdatingAnUnknownPupilIsNotFound)
{
    PupilRepository pupils(dsl());
    Pupil ghost = pupil("No", "One", 1);
    ghost.id = 4242;
    failure(ErrorKind::NotFound, [&] { pupils.update(ghost); });
}

TEST_F(PupilRepositoryTest, EachValidationMessageNamesItsField)
{
    PupilRepository pupils(dsl());
    pupils.add(pupil("First", "Pupil", 1));
    const QString taken = makeUpn(999, 4001, 15, 1);

    Pupil badUpn = pupil("Ada", "Lovelace", 2);
    badUpn.upn =
        (badUpn.upn[0] == QLatin1Char('A') ? QStringLiteral("B") : QStringLiteral("A")) + badUpn.upn.mid(1);
    EXPECT_TRUE(
        failure(ErrorKind::InvalidInput, [&] { pupils.add(badUpn); }).contains(u("check letter should be")));

    Pupil badNhs = pupil("Ada", "Lovelace", 3);
    badNhs.nhsNumber = QStringLiteral("9990000019");
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] { pupils.add(badNhs); }).contains(u("NHS number")));

    Pupil badEthnicity = pupil("Ada", "Lovelace", 4);
    badEthnicity.ethnicity = QStringLiteral("XXXX");
    const QString ethnicity = failure(ErrorKind::InvalidInput, [&] { pupils.add(badEthnicity); });
    EXPECT_TRUE(ethnicity.startsWith(u("Ethnicity:"))) << ethnicity.toStdString();
    EXPECT_TRUE(ethnicity.contains(u("XXXX")));

    Pupil future = pupil("Ada", "Lovelace", 5);
    future.dateOfBirth = QDate(2027, 1, 5); // the fixture's clock says 25 November 2026
    EXPECT_EQ(failure(ErrorKind::InvalidInput, [&] { pupils.add(future); }),
              u("Date of birth 2027-01-05 is in the future (today is 25 November 2026)."));

    Pupil noSurname = pupil("Ada", "  ", 6);
    EXPECT_EQ(failure(ErrorKind::InvalidInput, [&] { pupils.add(noSurname); }),
              u("Legal surname is required."));
    Pupil noForename = pupil("", "Lovelace", 6);
    EXPECT_EQ(failure(ErrorKind::InvalidInput, [&] { pupils.add(noForename); }),
              u("Legal forename is required."));

    Pupil duplicate = pupil("Ada", "Lovelace", 1);
    const QString message = failure(ErrorKind::InvalidInput, [&] { pupils.add(duplicate); });
    EXPECT_TRUE(message.contains(taken)) << message.toStdString();
    EXPECT_TRUE(message.contains(u("already belongs to another pupil")));

    Pupil badSex = pupil("Ada", "Lovelace", 7);
    badSex.sex = QStringLiteral("X");
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] { pupils.add(badSex); }).startsWith(u("Sex:")));

    Pupil badSen = pupil("Ada", "Lovelace", 8);
    badSen.senStatus = QStringLiteral("S"); // a statement: withdrawn in 2014
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] { pupils.add(badSen); }).startsWith(u("SEN status")));

    Pupil badCarer = pupil("Ada", "Lovelace", 9);
    badCarer.youngCarer = QStringLiteral("Y");
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] { pupils.add(badCarer); }).startsWith(u("Young carer")));

    Pupil badKinship = pupil("Ada", "Lovelace", 10);
    badKinship.kinshipCare = QStringLiteral("KX");
    EXPECT_TRUE(
        failure(ErrorKind::InvalidInput, [&] { pupils.add(badKinship); }).startsWith(u("Kinship care")));

    // Nothing rejected reached the roll or the audit chain.
    EXPECT_EQ(pupils.list().size(), 1);
    EXPECT_EQ(auditOf("pupil.add").size(), 1);
}

TEST_F(PupilRepositoryTest, DatesOfBirthMustFitASchoolPupil)
{
    PupilRepository pupils(dsl());
    Pupil baby = pupil("Baby", "Young", 1);
    baby.dateOfBirth = QDate(2025, 6, 1);
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.add(baby);
                }).startsWith(u("Date of birth 2025-06-01 makes the pupil under 2 years old")));
    Pupil adult = pupil("Old", "Enough", 2);
    adult.dateOfBirth = QDate(1996, 11, 24);
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.add(adult);
                }).startsWith(u("Date of birth 1996-11-24 makes the pupil 30 years old")));
    Pupil none = pupil("No", "Date", 3);
    none.dateOfBirth = QDate();
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.add(none);
                }).startsWith(u("Date of birth is required")));

    Pupil two = pupil("Just", "Two", 4);
    two.dateOfBirth = QDate(2024, 11, 25);
    EXPECT_NO_THROW(pupils.add(two));
    Pupil twentyFive = pupil("Just", "TwentyFive", 5);
    twentyFive.dateOfBirth = QDate(2001, 11, 26);
    EXPECT_NO_THROW(pupils.add(twentyFive));
}

TEST_F(PupilRepositoryTest, AMissingUpnNeedsAReasonCode)
{
    PupilRepository pupils(dsl());
    Pupil noUpn = pupil("Newly", "Arrived", 1);
    noUpn.upn.clear();
    const QString message = failure(ErrorKind::InvalidInput, [&] { pupils.add(noUpn); });
    EXPECT_TRUE(message.startsWith(u("UPN is missing"))) << message.toStdString();
    EXPECT_TRUE(message.contains(u("UN1")));
    noUpn.upnUnknownReason = QStringLiteral("UN99");
    EXPECT_TRUE(
        failure(ErrorKind::InvalidInput, [&] { pupils.add(noUpn); }).startsWith(u("UPN unknown reason")));
    noUpn.upnUnknownReason = QStringLiteral("UN2");
    const qint64 id = pupils.add(noUpn);
    const Pupil found = *pupils.find(id);
    EXPECT_TRUE(found.upn.isEmpty());
    EXPECT_EQ(found.upnUnknownReason, QStringLiteral("UN2"));
    // Two pupils without a UPN are not duplicates of each other.
    Pupil another = noUpn;
    another.legalForename = QStringLiteral("Also");
    EXPECT_NO_THROW(pupils.add(another));
}

TEST_F(PupilRepositoryTest, SearchIgnoresCaseAndAccentsAndMatchesTheStartsOfWords)
{
    PupilRepository pupils(dsl());
    pupils.add(pupil("Zoë", "Smith", 1));
    Pupil kasia = pupil("Katarzyna", "Łódzka", 2);
    kasia.preferredForename = QStringLiteral("Kasia");
    pupils.add(kasia);
    pupils.add(pupil("Hồng", "Nguyễn", 3));
    pupils.add(pupil("Zoe", "Adeyemi", 4));
    Pupil irish = pupil("Siobhán", "Ó Súilleabháin", 5);
    irish.preferredSurname = QStringLiteral("Sullivan");
    pupils.add(irish);

    EXPECT_EQ(surnames(pupils.search(QStringLiteral("zoe"))), (QStringList{u("Adeyemi"), u("Smith")}));
    EXPECT_EQ(surnames(pupils.search(u("ZOË"))), (QStringList{u("Adeyemi"), u("Smith")}));
    EXPECT_EQ(surnames(pupils.search(QStringLiteral("zoe smi"))), QStringList{u("Smith")});
    EXPECT_EQ(surnames(pupils.search(QStringLiteral("lodz"))), QStringList{u("Łódzka")});
    EXPECT_EQ(surnames(pupils.search(u("łódź"))), QStringList{u("Łódzka")});
    EXPECT_EQ(surnames(pupils.search(QStringLiteral("kasia"))), QStringList{u("Łódzka")});
    EXPECT_EQ(surnames(pupils.search(QStringLiteral("nguyen"))), QStringList{u("Nguyễn")});
    EXPECT_EQ(surnames(pupils.search(QStringLiteral("suilleabhain"))), QStringList{u("Ó Súilleabháin")});
    EXPECT_EQ(surnames(pupils.search(QStringLiteral("sullivan"))), QStringList{u("Ó Súilleabháin")});
    // By UPN, whole or its start, in any case.
    EXPECT_EQ(surnames(pupils.search(makeUpn(999, 4001, 15, 3).toLower())), QStringList{u("Nguyễn")});
    EXPECT_EQ(pupils.search(makeUpn(999, 4001, 15, 3).left(6)).size(), 1);
    // The middle of a word is not a match, and wildcards mean themselves.
    EXPECT_TRUE(pupils.search(QStringLiteral("mith")).isEmpty());
    // Punctuation alone is no words at all: the whole roll, as for an empty search box.
    EXPECT_EQ(pupils.search(QStringLiteral("%")).size(), 5);
    EXPECT_EQ(pupils.search(QStringLiteral("  ")).size(), 5);
    EXPECT_TRUE(pupils.search(QStringLiteral("z_e")).isEmpty());
    // Searching is not viewing a record.
    EXPECT_TRUE(auditOf("pupil.view").isEmpty());
}

TEST_F(PupilRepositoryTest, TheListIsInBritishOrderBySurnameThenForename)
{
    PupilRepository pupils(dsl());
    int serial = 0;
    for (const auto& [forename, surname] : std::initializer_list<std::pair<const char*, const char*>>{
             {"Zara", "Zhang"},
             {"Ben", "Dean"},
             {"Amy", "Leeds"},
             {"Zara", "Lee"},
             {"Ana", "de la Cruz"},
             {"Łucja", "Łukasz"},
             {"Lily", "Lukas"},
             {"Aoife", "Ó Súilleabháin"},
             {"Tom", "Abbott"},
             {"Adam", "Abbott"},
             {"Mo", "Lyons"},
         })
        pupils.add(pupil(forename, surname, ++serial));
    const QList<Pupil> listed = pupils.list();
    EXPECT_EQ(surnames(listed),
              (QStringList{u("Abbott"), u("Abbott"), u("de la Cruz"), u("Dean"), u("Lee"), u("Leeds"),
                           u("Lukas"), u("Łukasz"), u("Lyons"), u("Ó Súilleabháin"), u("Zhang")}));
    EXPECT_EQ(listed[0].legalForename, QStringLiteral("Adam"));
    EXPECT_EQ(listed[1].legalForename, QStringLiteral("Tom"));
}

TEST_F(PupilRepositoryTest, TheListSortsByTheNameTheChildUses)
{
    PupilRepository pupils(dsl());
    Pupil known = pupil("Mohammed", "Zaman", 1);
    known.preferredSurname = QStringLiteral("Ahmed");
    pupils.add(known);
    pupils.add(pupil("Bea", "Brown", 2));
    EXPECT_EQ(surnames(pupils.list()), (QStringList{u("Zaman"), u("Brown")}));
}

TEST_F(PupilRepositoryTest, StaffAndAdministratorCannotReadPupils)
{
    qint64 id = 0;
    {
        PupilRepository pupils(dsl());
        id = pupils.add(pupil("Zoë", "Smith", 1));
    }
    for (const char* name : {"staff", "admin", "head"}) {
        PupilRepository pupils(as(QString::fromLatin1(name)));
        SCOPED_TRACE(name);
        EXPECT_TRUE(
            failure(ErrorKind::PermissionDenied, [&] { pupils.find(id); }).contains(u("read pupil records")));
        failure(ErrorKind::PermissionDenied, [&] { pupils.findByUpn(makeUpn(999, 4001, 15, 1)); });
        failure(ErrorKind::PermissionDenied, [&] { pupils.list(); });
        failure(ErrorKind::PermissionDenied, [&] { pupils.search(QStringLiteral("zoe")); });
        failure(ErrorKind::PermissionDenied, [&] { pupils.contacts(id); });
        failure(ErrorKind::PermissionDenied, [&] { pupils.siblings(id); });
    }
    AuditFilter views;
    views.actionPrefix = QStringLiteral("pupil.");
    views.actor = QStringLiteral("staff");
    EXPECT_TRUE(m_vault->audit().entries(views).isEmpty());
}

TEST_F(PupilRepositoryTest, TheDslTeamKeepTheRosterAndAnAdministratorNoLongerCan)
{
    {
        PupilRepository pupils(as(QStringLiteral("deputy")));
        Pupil child = pupil("Roster", "Import", 1);
        child.id = pupils.add(child);
        EXPECT_EQ(pupils.idForUpn(child.upn.toLower()), child.id);
        child.yearGroup = QStringLiteral("8");
        pupils.update(child);
        pupils.markLeft(child.id, QDate(2026, 7, 22));
        Contact mother = contact(child.id, QStringLiteral("Ngozi Import"), QStringLiteral("Mother"));
        EXPECT_GT(pupils.addContact(mother), 0);
    }
    // The roster lives in the case records: an administrator, staff and the head hold no key to it.
    for (const char* name : {"admin", "staff", "head"}) {
        SCOPED_TRACE(name);
        PupilRepository pupils(as(QString::fromLatin1(name)));
        EXPECT_TRUE(failure(ErrorKind::PermissionDenied, [&] {
                        pupils.add(pupil("Not", "Allowed", 2));
                    }).contains(u("change the pupil roster")));
        failure(ErrorKind::PermissionDenied, [&] { pupils.idForUpn(makeUpn(999, 4001, 15, 1)); });
    }
    PupilRepository pupils(dsl());
    const std::optional<Pupil> found = pupils.findByUpn(makeUpn(999, 4001, 15, 1));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->yearGroup, QStringLiteral("8"));
    EXPECT_EQ(found->leavingDate, QDate(2026, 7, 22));
    const QList<AuditEntry> left = auditOf("pupil.leave");
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].actor, QStringLiteral("deputy"));
    EXPECT_EQ(left[0].details, QStringLiteral("leaving_date: 2026-07-22"));
}

TEST_F(PupilRepositoryTest, ViewingAPupilIsAuditedWithTheActingUser)
{
    qint64 id = 0;
    {
        PupilRepository pupils(dsl());
        id = pupils.add(pupil("Zoë", "Smith", 1));
        pupils.list();
        EXPECT_TRUE(auditOf("pupil.view").isEmpty());
    }
    PupilRepository pupils(as(QStringLiteral("deputy")));
    ASSERT_TRUE(pupils.find(id).has_value());
    ASSERT_TRUE(pupils.findByUpn(makeUpn(999, 4001, 15, 1).toLower()).has_value());
    const QList<AuditEntry> views = auditOf("pupil.view");
    ASSERT_EQ(views.size(), 2);
    for (const AuditEntry& view : views) {
        EXPECT_EQ(view.actor, QStringLiteral("deputy"));
        EXPECT_EQ(view.objectType, QStringLiteral("pupil"));
        EXPECT_EQ(view.objectId, QString::number(id));
    }
    EXPECT_FALSE(pupils.find(id + 100).has_value());
    EXPECT_EQ(auditOf("pupil.view").size(), 2);
    EXPECT_TRUE(m_vault->audit().verify().intact());
}

TEST_F(PupilRepositoryTest, InternalLookupNeitherChecksNorAudits)
{
    qint64 id = 0;
    {
        PupilRepository pupils(dsl());
        id = pupils.add(pupil("Zoë", "Smith", 1));
    }
    // For what another part of the model does with the pupil (which checks its own permission). Only a
    // session holding the case key has the pupils at all.
    PupilRepository pupils(as(QStringLiteral("deputy")));
    EXPECT_EQ(pupils.lookupForRecords(id)->legalSurname, QStringLiteral("Smith"));
    EXPECT_TRUE(auditOf("pupil.view").isEmpty());
}

TEST_F(PupilRepositoryTest, ContactsAreKeptInPriorityOrderAndReadingThemIsAudited)
{
    PupilRepository pupils(dsl());
    const qint64 id = pupils.add(pupil("Zoë", "Smith", 1));
    Contact gran = contact(id, u("Bríd Ní Bhriain"), QStringLiteral("Grandmother"));
    gran.priority = 2;
    gran.phone = QStringLiteral("01632 960001");
    Contact mother = contact(id, QStringLiteral("Claire Smith"), QStringLiteral("Mother"));
    mother.parentalResponsibility = true;
    mother.livesWithChild = true;
    mother.email = QStringLiteral("claire@example.org");
    pupils.addContact(gran);
    pupils.addContact(mother);

    const QList<Contact> contacts = pupils.contacts(id);
    ASSERT_EQ(contacts.size(), 2);
    EXPECT_EQ(contacts[0].name, QStringLiteral("Claire Smith"));
    EXPECT_TRUE(contacts[0].parentalResponsibility);
    EXPECT_TRUE(contacts[0].livesWithChild);
    EXPECT_EQ(contacts[0].email, QStringLiteral("claire@example.org"));
    EXPECT_EQ(contacts[1].name, u("Bríd Ní Bhriain"));
    EXPECT_FALSE(contacts[1].parentalResponsibility);
    EXPECT_EQ(contacts[1].phone, QStringLiteral("01632 960001"));
    const QList<AuditEntry> views = auditOf("pupil.contacts.view");
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views[0].actor, QStringLiteral("dsl"));
    EXPECT_EQ(auditOf("pupil.contact.add").size(), 2);

    EXPECT_EQ(failure(ErrorKind::InvalidInput,
                      [&] { pupils.addContact(contact(id, QStringLiteral(" "), u("Father"))); }),
              u("Contact name is required."));
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.addContact(contact(id, u("Dad"), QString()));
                }).startsWith(u("Contact relationship is required")));
    Contact badEmail = contact(id, u("Dad"), u("Father"));
    badEmail.email = QStringLiteral("07700 900123");
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.addContact(badEmail);
                }).startsWith(u("Contact email")));
    failure(ErrorKind::NotFound, [&] { pupils.addContact(contact(id + 50, u("Dad"), u("Father"))); });
}

TEST_F(PupilRepositoryTest, SiblingLinksAreStoredOnceAndSeenFromBothSides)
{
    PupilRepository pupils(dsl());
    const qint64 zoe = pupils.add(pupil("Zoë", "Smith", 1));
    const qint64 sam = pupils.add(pupil("Sam", "Smith", 2));
    const qint64 ali = pupils.add(pupil("Ali", "Khan", 3));
    pupils.linkPupils(sam, zoe, QStringLiteral("Sibling"));
    pupils.linkPupils(zoe, ali, QStringLiteral("cousin"));

    const QList<LinkedPupil> zoes = pupils.siblings(zoe);
    ASSERT_EQ(zoes.size(), 2);
    EXPECT_EQ(zoes[0].pupil.legalForename, QStringLiteral("Ali")); // Khan before Smith
    EXPECT_EQ(zoes[0].link.relationship, QStringLiteral("cousin"));
    EXPECT_EQ(zoes[1].pupil.legalForename, QStringLiteral("Sam"));
    EXPECT_EQ(zoes[1].link.relationship, QStringLiteral("sibling"));
    EXPECT_EQ(zoes[1].link.pupilId, zoe);
    EXPECT_EQ(zoes[1].link.linkedPupilId, sam);

    const QList<LinkedPupil> sams = pupils.siblings(sam);
    ASSERT_EQ(sams.size(), 1);
    EXPECT_EQ(sams[0].pupil.legalForename, u("Zoë"));

    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.linkPupils(zoe, sam, QStringLiteral("sibling"));
                }).contains(u("already linked")));
    failure(ErrorKind::InvalidInput, [&] { pupils.linkPupils(zoe, zoe, QStringLiteral("sibling")); });
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.linkPupils(sam, ali, QStringLiteral("friend"));
                }).startsWith(u("Relationship")));
    failure(ErrorKind::NotFound, [&] { pupils.linkPupils(sam, ali + 10, QStringLiteral("sibling")); });
    EXPECT_EQ(auditOf("pupil.link").size(), 2);
    EXPECT_EQ(auditOf("pupil.links.view").size(), 2);

    PupilRepository asAdmin(as(QStringLiteral("admin")));
    failure(ErrorKind::PermissionDenied, [&] { asAdmin.linkPupils(sam, ali, QStringLiteral("cousin")); });
}

TEST_F(PupilRepositoryTest, APupilWhoHasGrownPastTheAgeBoundsCanStillBeUpdated)
{
    PupilRepository pupils(dsl());
    Pupil child = pupil("Old", "Leaver", 1);
    child.dateOfBirth = QDate(2001, 12, 1); // 24 today
    child.id = pupils.add(child);
    m_clock.set(QDateTime(QDate(2028, 1, 10), QTime(9, 0), Qt::UTC)); // 26 now
    child.yearGroup = QStringLiteral("14");
    EXPECT_NO_THROW(pupils.update(child));
    EXPECT_NO_THROW(pupils.markLeft(child.id, QDate(2027, 7, 20)));
    child.dateOfBirth = QDate(2001, 11, 30); // a changed date is checked again
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.update(child);
                }).contains(u("makes the pupil 26 years old")));
}

TEST_F(PupilRepositoryTest, LeavingDateCannotComeBeforeBirth)
{
    PupilRepository pupils(dsl());
    const qint64 id = pupils.add(pupil("Zoë", "Smith", 1));
    EXPECT_TRUE(failure(ErrorKind::InvalidInput, [&] {
                    pupils.markLeft(id, QDate(2014, 1, 1));
                }).startsWith(u("Leaving date 2014-01-01 is before the date of birth")));
    EXPECT_FALSE(pupils.find(id)->leavingDate.has_value());
}

} // namespace
} // namespace lantern::test
