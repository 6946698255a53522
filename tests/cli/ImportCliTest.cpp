// `lantern-cli import` as a school's administrator uses it: the report people read (counts, then every
// rejected line with its reason) and the exit codes scripts rely on (0 imported or a clean dry run, 1
// anything rejected, 2 not permitted).
#include "reference/Upn.h"
#include "support/CliFixture.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(LANTERN_SOURCE_DIR "/tests/fixtures/import/") + QString::fromUtf8(name);
}

class ImportCliTest : public CliVaultTest {
protected:
    CliResult import(const QString& user, const QString& file, const QStringList& more = {})
    {
        QStringList args{QStringLiteral("import"), vault(), QStringLiteral("--as"), user, file};
        args << more;
        return runCli(args, line(password(user)));
    }

    CliResult list()
    {
        return as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("list")});
    }
};

TEST_F(ImportCliTest, ADryRunReportsEachRejectedLineAndWritesNothing)
{
    const CliResult dry =
        import(QStringLiteral("amira"), fixture("one-bad-row.csv"), {QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 1) << "a dry run that finds a rejected row exits 1";
    EXPECT_TRUE(
        dry.out.contains(QStringLiteral("Would add 3 pupils, change 0, mark 0 as left; 0 unchanged; 1 "
                                        "rejected row.")))
        << dry.out.toStdString();
    EXPECT_TRUE(
        dry.out.contains(QStringLiteral("line 4: UPN A999900024099: the check letter should be V, not A.")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
    EXPECT_TRUE(list().out.contains(QStringLiteral("No pupils are on the roll yet.")));

    const CliResult clean =
        import(QStringLiteral("amira"), fixture("bom.csv"), {QStringLiteral("--dry-run")});
    EXPECT_EQ(clean.exitCode, 0) << clean.out.toStdString() << clean.err.toStdString();
    EXPECT_TRUE(list().out.contains(QStringLiteral("No pupils are on the roll yet.")));
}

TEST_F(ImportCliTest, ARejectedRowRefusesTheFileUnlessValidOnlyIsGiven)
{
    const CliResult refused = import(QStringLiteral("amira"), fixture("one-bad-row.csv"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.contains(QStringLiteral("Nothing was imported because 1 row was rejected")))
        << refused.out.toStdString();
    EXPECT_TRUE(list().out.contains(QStringLiteral("No pupils are on the roll yet.")));

    const CliResult valid =
        import(QStringLiteral("amira"), fixture("one-bad-row.csv"), {QStringLiteral("--valid-only")});
    EXPECT_EQ(valid.exitCode, 0) << valid.out.toStdString() << valid.err.toStdString();
    EXPECT_TRUE(valid.out.contains(QStringLiteral("Imported: added 3 pupils, changed 0, marked 0 as left; 1 "
                                                  "rejected row left out.")))
        << valid.out.toStdString();
    const CliResult roll = list();
    EXPECT_TRUE(roll.out.contains(QStringLiteral("3 pupils."))) << roll.out.toStdString();
    EXPECT_FALSE(roll.out.contains(QStringLiteral("A999900024099")));
}

TEST_F(ImportCliTest, ACtfIsRecognisedByItsContentAndImported)
{
    // Copied without its .xml extension: detected by "<?xml".
    const QString copy = m_temp.path(QStringLiteral("export.ctf"));
    ASSERT_TRUE(QFile::copy(fixture("ctf-sample.xml"), copy));
    const CliResult done = import(QStringLiteral("amira"), copy, {QStringLiteral("--partial")});
    EXPECT_EQ(done.exitCode, 0) << done.out.toStdString() << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Common Transfer File 25.0"))) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Imported: added 3 pupils")));
    const CliResult roll = list();
    EXPECT_TRUE(roll.out.contains(QStringLiteral("Larkspur, Pip"))) << roll.out.toStdString();
    EXPECT_TRUE(roll.out.contains(QStringLiteral("CLA")));
}

// One of the three on the roll is more than the share (20%) a full file may mark as left unconfirmed.
TEST_F(ImportCliTest, AFullFileMarksAbsentPupilsAsLeftOnceConfirmedAndSaysSo)
{
    ASSERT_EQ(import(QStringLiteral("amira"), fixture("mis-headings.csv")).exitCode, 0);
    const CliResult unconfirmed = import(QStringLiteral("amira"), fixture("full-roll.csv"));
    EXPECT_EQ(unconfirmed.exitCode, 1);
    EXPECT_TRUE(unconfirmed.err.contains(QStringLiteral(
        "This full-roll file would mark 1 of the 3 pupils on the roll as left (more than 20%).")))
        << unconfirmed.err.toStdString();
    EXPECT_TRUE(unconfirmed.err.contains(QStringLiteral("Nothing was imported")));
    EXPECT_TRUE(unconfirmed.err.contains(QStringLiteral("--confirm-leavers")));
    EXPECT_FALSE(list().out.contains(QStringLiteral("left ")));

    const CliResult full =
        import(QStringLiteral("amira"), fixture("full-roll.csv"), {QStringLiteral("--confirm-leavers")});
    EXPECT_EQ(full.exitCode, 0) << full.out.toStdString() << full.err.toStdString();
    EXPECT_TRUE(full.out.contains(QStringLiteral("marked as left"))) << full.out.toStdString();
    EXPECT_TRUE(full.out.contains(makeUpn(999, 9000, 24, 3)));
    EXPECT_TRUE(full.out.contains(QStringLiteral("Imported: added 0 pupils, changed 1, marked 1 as left.")))
        << full.out.toStdString();
    EXPECT_TRUE(list().out.contains(QStringLiteral("left ")));
}

// A "full roll" export with its header and no pupils would mark the whole roll as left.
TEST_F(ImportCliTest, AHeaderOnlyFullFileIsRefusedSayingHowManyWouldBeMarkedAsLeft)
{
    ASSERT_EQ(import(QStringLiteral("amira"), fixture("mis-headings.csv")).exitCode, 0);
    const QString empty = m_temp.path(QStringLiteral("empty-export.csv"));
    QFile file(empty);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("UPN,Legal Surname,Legal Forename,Date of Birth,Sex,Year Group\n");
    file.close();

    const CliResult dry = import(QStringLiteral("amira"), empty, {QStringLiteral("--dry-run")});
    EXPECT_TRUE(
        dry.out.contains(QStringLiteral("names no pupils, so it would mark all 3 pupils on the roll as "
                                        "left")))
        << dry.out.toStdString();
    const CliResult refused = import(QStringLiteral("amira"), empty);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("would mark all 3 pupils on the roll as left")))
        << refused.err.toStdString();
    EXPECT_FALSE(list().out.contains(QStringLiteral("left ")));
    // Partial files mark nobody as left, so there is nothing to confirm.
    EXPECT_EQ(import(QStringLiteral("amira"), empty, {QStringLiteral("--partial")}).exitCode, 0);
    EXPECT_FALSE(list().out.contains(QStringLiteral("left ")));
}

TEST_F(ImportCliTest, AFileInAnotherEncodingIsRefusedWithWhatToDo)
{
    const CliResult latin =
        import(QStringLiteral("amira"), fixture("latin1.csv"), {QStringLiteral("--valid-only")});
    EXPECT_EQ(latin.exitCode, 1);
    EXPECT_TRUE(latin.out.contains(QStringLiteral("not UTF-8 (line 3)"))) << latin.out.toStdString();
    EXPECT_TRUE(latin.out.contains(QStringLiteral("Nothing was imported")));
}

TEST_F(ImportCliTest, StaffAndAnAdministratorCannotImportTheRoll)
{
    // The roll is in the case records, whose key only the DSL team hold: an administrator can no longer
    // import it.
    for (const char* user : {"sam", "ada"}) {
        const CliResult denied = import(QString::fromLatin1(user), fixture("bom.csv"));
        EXPECT_EQ(denied.exitCode, 2) << user;
        EXPECT_TRUE(denied.err.contains(QStringLiteral("change the pupil roster")))
            << denied.err.toStdString();
    }
    EXPECT_TRUE(list().out.contains(QStringLiteral("No pupils are on the roll yet.")));
}

TEST_F(ImportCliTest, AMissingFileIsNamed)
{
    const CliResult missing = import(QStringLiteral("amira"), m_temp.path(QStringLiteral("nope.csv")));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.csv"))) << missing.err.toStdString();
}

} // namespace
