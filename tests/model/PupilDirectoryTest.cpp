// The narrow door through which a concern names a child: names and year groups only, audited, and nothing for
// roles that may not record concerns. Since compartments only the DSL team (who hold the case key) record
// concerns in the vault; staff name children in Lantern Submit.
#include "records/PupilDirectory.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "records/PupilRepository.h"
#include "reference/Upn.h"
#include "support/RecordsFixture.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class PupilDirectoryTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        PupilRepository pupils(dsl());
        m_amy = pupils.add(pupil("Amy", "Okafor", "", 1, "6"));
        m_zoe = pupils.add(pupil("Zoë", "Kowalski", "Zee", 2, "4"));
        m_left = pupils.add(pupil("Amos", "Leaver", "", 3, "6"));
        pupils.markLeft(m_left, QDate(2026, 7, 20));
    }

    static Pupil pupil(const char* forename, const char* surname, const char* preferred, int serial,
                       const char* year)
    {
        Pupil p;
        p.upn = makeUpn(999, 4001, 15, serial);
        p.legalForename = QString::fromUtf8(forename);
        p.legalSurname = QString::fromUtf8(surname);
        p.preferredForename = QString::fromUtf8(preferred);
        p.dateOfBirth = QDate(2015, 3, 5);
        p.sex = QStringLiteral("F");
        p.yearGroup = QString::fromUtf8(year);
        return p;
    }

    QList<AuditEntry> directoryViews(Vault& vault)
    {
        QList<AuditEntry> views;
        for (const AuditEntry& entry : vault.audit().entries()) {
            if (entry.action == QStringLiteral("pupil.directory.view"))
                views.append(entry);
        }
        return views;
    }

    qint64 m_amy = 0;
    qint64 m_zoe = 0;
    qint64 m_left = 0;
};

TEST_F(PupilDirectoryTest, ItShowsOnlyTheNameTheSchoolUsesAndTheYear)
{
    Vault& deputy = as(QStringLiteral("deputy"));
    const QList<DirectoryPupil> found = PupilDirectory(deputy).search(QStringLiteral("zoe"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, m_zoe);
    EXPECT_EQ(found[0].displayName, QStringLiteral("Zee Kowalski")); // preferred name, not the legal one
    EXPECT_EQ(found[0].yearGroup, QStringLiteral("4"));
}

TEST_F(PupilDirectoryTest, StaffHoldNoCaseKeySoCannotSearchIt)
{
    Vault& staff = as(QStringLiteral("staff"));
    try {
        PupilDirectory(staff).search(QStringLiteral("zoe"));
        ADD_FAILURE() << "staff searched the roll";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied);
        EXPECT_TRUE(error.message().contains(QStringLiteral("record a concern in the case records")))
            << error.what();
    }
    // Nor read the record itself.
    EXPECT_THROW(PupilRepository(staff).search(QStringLiteral("zoe")), Error);
    EXPECT_TRUE(directoryViews(staff).isEmpty());
}

TEST_F(PupilDirectoryTest, EverySearchIsAuditedWithTheUserAndNotWhatWasTyped)
{
    Vault& deputy = as(QStringLiteral("deputy"));
    PupilDirectory(deputy).search(QStringLiteral("okafor"));
    const QList<AuditEntry> views = directoryViews(deputy);
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views[0].actor, QStringLiteral("deputy"));
    EXPECT_EQ(views[0].details, QStringLiteral("1 shown"));
    EXPECT_FALSE(views[0].details.contains(QStringLiteral("okafor"), Qt::CaseInsensitive));
}

TEST_F(PupilDirectoryTest, AnEmptyQueryListsNobodyAndIsNotAudited)
{
    Vault& deputy = as(QStringLiteral("deputy"));
    EXPECT_TRUE(PupilDirectory(deputy).search(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(directoryViews(deputy).isEmpty());
}

TEST_F(PupilDirectoryTest, LeaversAreOfferedToTheDslTeam)
{
    for (const char* username : {"dsl", "deputy"}) {
        const QList<DirectoryPupil> found =
            PupilDirectory(as(QString::fromLatin1(username))).search(QStringLiteral("amos"));
        ASSERT_EQ(found.size(), 1) << username;
        EXPECT_EQ(found[0].id, m_left);
    }
}

TEST_F(PupilDirectoryTest, AUpnFindsTheChildWithoutShowingIt)
{
    const QList<DirectoryPupil> found =
        PupilDirectory(as(QStringLiteral("deputy"))).search(makeUpn(999, 4001, 15, 1));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, m_amy);
    EXPECT_EQ(found[0].displayName, QStringLiteral("Amy Okafor"));
}

TEST_F(PupilDirectoryTest, AUpnTypedAnyWayGivesTheChildsIdAndIsNotAudited)
{
    Vault& deputy = as(QStringLiteral("deputy"));
    const qsizetype entriesBefore = deputy.audit().entries().size();
    PupilDirectory directory(deputy);
    EXPECT_EQ(directory.idByUpn(makeUpn(999, 4001, 15, 1)), m_amy);
    EXPECT_EQ(
        directory.idByUpn(QStringLiteral("  ") + makeUpn(999, 4001, 15, 2).toLower() + QStringLiteral(" ")),
        m_zoe);
    EXPECT_FALSE(directory.idByUpn(makeUpn(999, 4001, 15, 9)).has_value());
    EXPECT_FALSE(directory.idByUpn(QStringLiteral("   ")).has_value());
    EXPECT_EQ(deputy.audit().entries().size(), entriesBefore);
}

TEST_F(PupilDirectoryTest, ByUpnThePermissionIsCheckedBeforeLooking)
{
    Vault& admin = as(QStringLiteral("admin"));
    // Refused alike whether or not the UPN is on the roll, so a refusal says nothing about the roll.
    for (const QString& upn : {makeUpn(999, 4001, 15, 1), makeUpn(999, 4001, 15, 9)}) {
        try {
            PupilDirectory(admin).idByUpn(upn);
            ADD_FAILURE() << "an administrator looked up " << upn.toStdString() << " to record a concern";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied);
        }
    }
    // Nor, holding no case key, to keep the roster any more.
    for (const QString& upn : {makeUpn(999, 4001, 15, 1), makeUpn(999, 4001, 15, 9)}) {
        try {
            PupilDirectory(admin).idByUpn(upn, Permission::ManageRoster);
            ADD_FAILURE() << "an administrator looked up " << upn.toStdString() << " to change the roster";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied);
            EXPECT_TRUE(error.message().contains(QStringLiteral("change the pupil roster"))) << error.what();
        }
    }
    // Keeping the roster, the deputy may.
    EXPECT_EQ(PupilDirectory(as(QStringLiteral("deputy")))
                  .idByUpn(makeUpn(999, 4001, 15, 1), Permission::ManageRoster),
              m_amy);

    // The name by UPN is unaudited, so it is for the DSL team only.
    EXPECT_THROW(PupilDirectory(as(QStringLiteral("staff")))
                     .findByUpn(makeUpn(999, 4001, 15, 2), Permission::RecordConcern),
                 Error);
    const std::optional<DirectoryPupil> zoe = PupilDirectory(dsl()).findByUpn(makeUpn(999, 4001, 15, 2));
    ASSERT_TRUE(zoe.has_value());
    EXPECT_EQ(zoe->id, m_zoe);
    EXPECT_EQ(zoe->displayName, QStringLiteral("Zee Kowalski"));
    EXPECT_EQ(zoe->yearGroup, QStringLiteral("4"));
    EXPECT_FALSE(PupilDirectory(dsl()).findByUpn(makeUpn(999, 4001, 15, 9)).has_value());
}

TEST_F(PupilDirectoryTest, RolesThatCannotRecordConcernsAreRefused)
{
    for (const char* username : {"admin", "staff", "head"}) {
        Vault& vault = as(QString::fromLatin1(username));
        try {
            PupilDirectory(vault).search(QStringLiteral("amy"));
            ADD_FAILURE() << username << " was allowed";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied);
        }
    }
}

} // namespace
