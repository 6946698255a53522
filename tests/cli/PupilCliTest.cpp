// lantern-cli's pupil and school commands as a DSL, a member of staff and the administrator use them: output
// people read, and exit codes scripts rely on (0 done, 1 invalid input, 2 not permitted).
#include "reference/Upn.h"
#include "support/CliFixture.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

class PupilCliTest : public CliVaultTest {
protected:
    CliResult addPupil(const QString& user, const QStringList& details)
    {
        return as(user, {QStringLiteral("pupil"), QStringLiteral("add")}, details);
    }

    static QString upn(int serial) { return makeUpn(999, 4001, 15, serial); }
};

TEST_F(PupilCliTest, AddListSearchAndShowARoundTrip)
{
    const CliResult added = addPupil(
        QStringLiteral("amira"),
        {QStringLiteral("--upn"), upn(1), QStringLiteral("--forename"), u("Zoë"), QStringLiteral("--surname"),
         QStringLiteral("Smith"), QStringLiteral("--dob"), QStringLiteral("2015-03-05"),
         QStringLiteral("--sex"), QStringLiteral("F"), QStringLiteral("--ethnicity"), QStringLiteral("WBRI"),
         QStringLiteral("--year"), QStringLiteral("6"), QStringLiteral("--sen"), QStringLiteral("K"),
         QStringLiteral("--cp-plan"), QStringLiteral("--nhs"), QStringLiteral("999 000 0018")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(upn(1))) << added.out.toStdString();

    ASSERT_EQ(
        addPupil(QStringLiteral("amira"),
                 {QStringLiteral("--upn"), upn(2), QStringLiteral("--forename"), QStringLiteral("Sam"),
                  QStringLiteral("--surname"), QStringLiteral("Smith"),
                  QStringLiteral("--preferred-forename"), QStringLiteral("Sammy"), QStringLiteral("--dob"),
                  QStringLiteral("2017-09-01"), QStringLiteral("--sex"), QStringLiteral("M")})
            .exitCode,
        0);
    ASSERT_EQ(addPupil(QStringLiteral("amira"),
                       {QStringLiteral("--upn"), upn(3), QStringLiteral("--forename"),
                        QStringLiteral("Tomasz"), QStringLiteral("--surname"), u("Łódzki"),
                        QStringLiteral("--dob"), QStringLiteral("2014-01-20"), QStringLiteral("--sex"),
                        QStringLiteral("M"), QStringLiteral("--looked-after")})
                  .exitCode,
              0);

    const CliResult listed = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QStringList rows = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 5) << listed.out.toStdString(); // heading, three pupils, count
    EXPECT_TRUE(rows[0].startsWith(QStringLiteral("UPN")));
    EXPECT_TRUE(rows[1].contains(u("Łódzki, Tomasz")) && rows[1].contains(QStringLiteral("CLA")));
    EXPECT_TRUE(rows[2].contains(QStringLiteral("Smith, Sammy")));
    EXPECT_TRUE(rows[3].contains(u("Smith, Zoë")) && rows[3].contains(QStringLiteral("05/03/2015")) &&
                rows[3].contains(QStringLiteral("CP SEN")))
        << rows[3].toStdString();
    EXPECT_EQ(rows[4], QStringLiteral("3 pupils."));

    const CliResult searched = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("list")},
                                  {QStringLiteral("--search"), QStringLiteral("lodz")});
    ASSERT_EQ(searched.exitCode, 0);
    EXPECT_TRUE(searched.out.contains(u("Łódzki")));
    EXPECT_FALSE(searched.out.contains(QStringLiteral("Smith")));

    const CliResult contact = as(
        QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("contact"), QStringLiteral("add")},
        {QStringLiteral("--pupil"), upn(1), QStringLiteral("--name"), QStringLiteral("Claire Smith"),
         QStringLiteral("--relationship"), QStringLiteral("Mother"),
         QStringLiteral("--parental-responsibility"), QStringLiteral("--lives-with"),
         QStringLiteral("--phone"), QStringLiteral("01632 960001")});
    ASSERT_EQ(contact.exitCode, 0) << contact.err.toStdString();
    const CliResult linked = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("link")},
                                {QStringLiteral("--pupil"), upn(1), QStringLiteral("--with"), upn(2)});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();

    const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("show")},
                               {QStringLiteral("--pupil"), upn(1).toLower()});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.startsWith(u("Zoë Smith\n"))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(upn(1)));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("999 000 0018")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("5 March 2015")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("K (SEN support)")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral(
        "Claire Smith (Mother); parental responsibility; lives with the child; 01632 960001")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("sibling: Sammy Smith (") + upn(2) + QLatin1Char(')')));

    const CliResult verified =
        as(QStringLiteral("amira"), {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
}

TEST_F(PupilCliTest, InvalidInputExitsOneAndNamesTheField)
{
    QString bad = upn(1);
    bad[0] = bad[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CliResult badUpn =
        addPupil(QStringLiteral("amira"),
                 {QStringLiteral("--upn"), bad, QStringLiteral("--forename"), QStringLiteral("Ada"),
                  QStringLiteral("--surname"), QStringLiteral("Lovelace"), QStringLiteral("--dob"),
                  QStringLiteral("2015-03-05"), QStringLiteral("--sex"), QStringLiteral("F")});
    EXPECT_EQ(badUpn.exitCode, 1);
    EXPECT_TRUE(badUpn.err.contains(QStringLiteral("check letter"))) << badUpn.err.toStdString();

    const CliResult badDate =
        addPupil(QStringLiteral("amira"),
                 {QStringLiteral("--upn"), upn(1), QStringLiteral("--forename"), QStringLiteral("Ada"),
                  QStringLiteral("--surname"), QStringLiteral("Lovelace"), QStringLiteral("--dob"),
                  QStringLiteral("05/03/2015"), QStringLiteral("--sex"), QStringLiteral("F")});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("Date of birth"))) << badDate.err.toStdString();

    const CliResult noSurname =
        addPupil(QStringLiteral("amira"),
                 {QStringLiteral("--upn"), upn(1), QStringLiteral("--forename"), QStringLiteral("Ada"),
                  QStringLiteral("--dob"), QStringLiteral("2015-03-05"), QStringLiteral("--sex"),
                  QStringLiteral("F")});
    EXPECT_EQ(noSurname.exitCode, 1);
    EXPECT_TRUE(noSurname.err.contains(QStringLiteral("--surname")));

    const CliResult unknown = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("show")},
                                 {QStringLiteral("--pupil"), upn(9)});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(upn(9)));

    const CliResult listed = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("No pupils are on the roll yet.")));
}

TEST_F(PupilCliTest, StaffAndTheAdministratorAreRefused)
{
    const QStringList zoe{QStringLiteral("--upn"),      upn(1),
                          QStringLiteral("--forename"), u("Zoë"),
                          QStringLiteral("--surname"),  QStringLiteral("Smith"),
                          QStringLiteral("--dob"),      QStringLiteral("2015-03-05"),
                          QStringLiteral("--sex"),      QStringLiteral("F")};
    const CliResult staffAdd = addPupil(QStringLiteral("sam"), zoe);
    EXPECT_EQ(staffAdd.exitCode, 2);
    EXPECT_TRUE(staffAdd.err.contains(QStringLiteral("cannot change the pupil roster")))
        << staffAdd.err.toStdString();

    // The roster is in the case records: an administrator, holding no key to them, can no longer add a pupil.
    const CliResult adminAdd = addPupil(QStringLiteral("ada"), zoe);
    EXPECT_EQ(adminAdd.exitCode, 2);
    EXPECT_TRUE(adminAdd.err.contains(QStringLiteral("cannot change the pupil roster")))
        << adminAdd.err.toStdString();
    EXPECT_EQ(addPupil(QStringLiteral("amira"), zoe).exitCode, 0);

    for (const char* user : {"sam", "ada"}) {
        SCOPED_TRACE(user);
        const CliResult listed =
            as(QString::fromLatin1(user), {QStringLiteral("pupil"), QStringLiteral("list")});
        EXPECT_EQ(listed.exitCode, 2);
        EXPECT_TRUE(listed.err.contains(QStringLiteral("cannot read pupil records")));
        EXPECT_FALSE(listed.out.contains(QStringLiteral("Smith")));
        const CliResult shown =
            as(QString::fromLatin1(user), {QStringLiteral("pupil"), QStringLiteral("show")},
               {QStringLiteral("--pupil"), upn(1)});
        EXPECT_EQ(shown.exitCode, 2);
        EXPECT_FALSE(shown.out.contains(QStringLiteral("Smith")));
    }
}

TEST_F(PupilCliTest, SchoolDetailsAndSafeguardingContacts)
{
    const CliResult set =
        as(QStringLiteral("amira"), {QStringLiteral("school"), QStringLiteral("set")},
           {QStringLiteral("--name"), QStringLiteral("Oakfield Primary School"), QStringLiteral("--urn"),
            QStringLiteral("123456"), QStringLiteral("--la-code"), QStringLiteral("999"),
            QStringLiteral("--la-name"), QStringLiteral("Exampleshire")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    // Leaving an option out keeps its value.
    ASSERT_EQ(as(QStringLiteral("ada"), {QStringLiteral("school"), QStringLiteral("set")},
                 {QStringLiteral("--phone"), QStringLiteral("01632 960000")})
                  .exitCode,
              0);
    const CliResult contact = as(QStringLiteral("amira"),
                                 {QStringLiteral("school"), QStringLiteral("contact"), QStringLiteral("add")},
                                 {QStringLiteral("--role"), QStringLiteral("dsl"), QStringLiteral("--name"),
                                  QStringLiteral("Amira Haddad"), QStringLiteral("--email"),
                                  QStringLiteral("dsl@oakfield.example.org")});
    ASSERT_EQ(contact.exitCode, 0) << contact.err.toStdString();

    const CliResult shown = as(QStringLiteral("sam"), {QStringLiteral("school"), QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.startsWith(QStringLiteral("Oakfield Primary School\n"))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("123456")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("999 Exampleshire")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("01632 960000")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("DSL, Amira Haddad, dsl@oakfield.example.org")));

    const CliResult badUrn = as(QStringLiteral("amira"), {QStringLiteral("school"), QStringLiteral("set")},
                                {QStringLiteral("--urn"), QStringLiteral("12345")});
    EXPECT_EQ(badUrn.exitCode, 1);
    EXPECT_TRUE(badUrn.err.contains(QStringLiteral("URN")));
    const CliResult staffSet = as(QStringLiteral("sam"), {QStringLiteral("school"), QStringLiteral("set")},
                                  {QStringLiteral("--name"), QStringLiteral("Renamed")});
    EXPECT_EQ(staffSet.exitCode, 2);
    const CliResult badRole = as(QStringLiteral("amira"),
                                 {QStringLiteral("school"), QStringLiteral("contact"), QStringLiteral("add")},
                                 {QStringLiteral("--role"), QStringLiteral("head"), QStringLiteral("--name"),
                                  QStringLiteral("Grace")});
    EXPECT_EQ(badRole.exitCode, 1);
}

TEST_F(PupilCliTest, EveryPupilAndSchoolCommandHasHelp)
{
    for (const char* command :
         {"pupil add", "pupil list", "pupil show", "pupil contact add", "pupil link", "school set",
          "school show", "school contact add", "school contact deactivate"}) {
        SCOPED_TRACE(command);
        QStringList args = QString::fromLatin1(command).split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        const CliResult help = runCli(args);
        EXPECT_EQ(help.exitCode, 0);
        EXPECT_TRUE(help.out.contains(QStringLiteral("Usage")));
    }
}

} // namespace
