// lantern-cli's audit list and export as a DSL uses them before an inspection: filters, a CSV file that a
// spreadsheet opens safely, and the log recording that it was read and exported.
#include "core/AtomicFile.h"
#include "reference/Upn.h"
#include "support/CliFixture.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class AuditCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        for (int serial : {1, 2}) {
            const CliResult added =
                as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("add")},
                   {QStringLiteral("--upn"), upn(serial), QStringLiteral("--forename"),
                    QStringLiteral("Child%1").arg(serial), QStringLiteral("--surname"),
                    QStringLiteral("Test"), QStringLiteral("--dob"), QStringLiteral("2015-03-05"),
                    QStringLiteral("--sex"), QStringLiteral("F")});
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("pupil"), QStringLiteral("show")},
                                   {QStringLiteral("--pupil"), upn(2)});
        ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    }

    static QString upn(int serial) { return makeUpn(999, 4001, 15, serial); }

    CliResult audit(const char* verb, const QStringList& more, const QString& who = QStringLiteral("amira"))
    {
        return as(who, {QStringLiteral("audit"), QString::fromLatin1(verb)}, more);
    }
};

TEST_F(AuditCliTest, ListFiltersByPupilUserActionAndDay)
{
    const CliResult second = audit("list", {QStringLiteral("--pupil"), upn(2)});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("pupil.add"))) << second.out.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("pupil.view")));
    EXPECT_TRUE(second.out.contains(QStringLiteral("4 entries (pupil 2)")))
        << second.out.toStdString(); // add, view, contacts, links
    const CliResult first = audit("list", {QStringLiteral("--pupil"), QStringLiteral("#1")});
    EXPECT_FALSE(first.out.contains(QStringLiteral("pupil.view"))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("1 entries")));

    const CliResult byAdmin = audit("list", {QStringLiteral("--user"), QStringLiteral("ada")});
    EXPECT_TRUE(byAdmin.out.contains(QStringLiteral("0 entries"))) << byAdmin.out.toStdString();
    const CliResult added = audit("list", {QStringLiteral("--action"), QStringLiteral("user.add")});
    EXPECT_TRUE(added.out.contains(QStringLiteral("3 entries"))) << added.out.toStdString();

    const CliResult longAgo = audit("list", {QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                                             QStringLiteral("--to"), QStringLiteral("2001-12-31")});
    EXPECT_TRUE(longAgo.out.contains(QStringLiteral("0 entries"))) << longAgo.out.toStdString();
    EXPECT_EQ(audit("list", {QStringLiteral("--from"), QStringLiteral("yesterday")}).exitCode, 1);
}

TEST_F(AuditCliTest, ExportWritesTheFilteredLogAsCsvAndIsRecorded)
{
    const QString out = m_temp.path(QStringLiteral("inspection.csv"));
    const CliResult exported =
        audit("export", {QStringLiteral("--pupil"), upn(2), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Exported 4 audit entries")))
        << exported.out.toStdString();
    const QByteArray csv = readWholeFile(out);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"
                               "seq,time_uk,at_utc,actor,actor_name,action"));
    EXPECT_EQ(csv.count("\r\n"), 5);
    EXPECT_TRUE(csv.contains(",Amira Haddad,pupil.view,"));

    const CliResult recorded = audit("list", {QStringLiteral("--action"), QStringLiteral("audit.export")});
    EXPECT_TRUE(recorded.out.contains(QStringLiteral("audit.export"))) << recorded.out.toStdString();
    EXPECT_TRUE(recorded.out.contains(out));
    // Listing is recorded too: the next listing shows the last.
    EXPECT_TRUE(audit("list", {QStringLiteral("--action"), QStringLiteral("audit.view")})
                    .out.contains(QStringLiteral("action audit.export; 1 entries")));
}

TEST_F(AuditCliTest, StaffAndAdministratorsMayNotReadOrExportTheLog)
{
    const QString out = m_temp.path(QStringLiteral("nope.csv"));
    for (const char* who : {"sam", "ada"}) {
        EXPECT_EQ(audit("list", {}, QString::fromLatin1(who)).exitCode, 2) << who;
        EXPECT_EQ(audit("export", {QStringLiteral("--out"), out}, QString::fromLatin1(who)).exitCode, 2)
            << who;
    }
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(audit("export", {}).exitCode, 1); // --out is required
}

} // namespace
