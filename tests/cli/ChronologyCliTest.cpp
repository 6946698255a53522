// lantern-cli's chronology, voice and search commands as a DSL's script meets them: output, formats, refusals
// and exit codes.
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lantern;
using namespace lantern::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

class ChronologyCliTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        addTestPupil(dsl(), TestPupil(s("Zoë"), s("Nguyễn")).withUpn(QStringLiteral("B801200005001")));
        m_vault.reset(); // the CLI needs the vault unlocked by nobody else
    }

    CliResult cli(const QStringList& words, const char* user, const QStringList& more)
    {
        QStringList args = words;
        args << vaultFolder() << QStringLiteral("--as") << QString::fromLatin1(user) << more;
        return runCli(args, QString::fromLatin1(user) + QStringLiteral(" password 123\n"));
    }
    CliResult add(const QStringList& more, const char* user = "dsl")
    {
        return cli({QStringLiteral("chronology"), QStringLiteral("add")}, user,
                   QStringList{QStringLiteral("--pupil"), QStringLiteral("B801200005001")} + more);
    }
    CliResult show(const QStringList& more = {}, const char* user = "dsl")
    {
        return cli({QStringLiteral("chronology")}, user,
                   QStringList{QStringLiteral("--pupil"), QStringLiteral("B801200005001")} + more);
    }
};

TEST_F(ChronologyCliTest, AddedEntriesPrintInDateOrderAsTextJsonAndCsv)
{
    CliResult added = add({QStringLiteral("--date"), QStringLiteral("2026-05-10"), QStringLiteral("--type"),
                           QStringLiteral("house-move"), QStringLiteral("--summary"),
                           s("Moved to her aunt's flat in Łódź")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(s("Zoë Nguyễn"))) << added.out.toStdString();
    added = add({QStringLiteral("--date"), QStringLiteral("2026-03"), QStringLiteral("--type"),
                 QStringLiteral("bereavement"), QStringLiteral("--summary"), s("Grandmother died"),
                 QStringLiteral("--significant"), QStringLiteral("--why"), s("Her main carer"),
                 QStringLiteral("--effect"), s("Withdrawn"), QStringLiteral("--source"), s("Mother")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    const CliResult text = show();
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const qsizetype march = text.out.indexOf(s("! March 2026"));
    const qsizetype may = text.out.indexOf(s("10 May 2026"));
    EXPECT_GE(march, 0) << text.out.toStdString();
    EXPECT_GT(may, march);
    EXPECT_TRUE(text.out.contains(s("House move")));

    const CliResult json = show({QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.out.toStdString();
    ASSERT_EQ(document.array().size(), 2);
    const QJsonObject first = document.array()[0].toObject();
    EXPECT_EQ(first[QStringLiteral("date")].toString(), QStringLiteral("2026-03"));
    EXPECT_EQ(first[QStringLiteral("why_it_matters")].toString(), s("Her main carer"));
    EXPECT_EQ(document.array()[1].toObject()[QStringLiteral("summary")].toString(),
              s("Moved to her aunt's flat in Łódź"));

    const CliResult csv =
        show({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--significant")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 2) << csv.out.toStdString();
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("2026-03,month,bereavement,Grandmother died,Mother,")));
}

TEST_F(ChronologyCliTest, FiltersByDateAndType)
{
    ASSERT_EQ(add({QStringLiteral("--date"), QStringLiteral("2026-01-20"), QStringLiteral("--type"),
                   QStringLiteral("health"), QStringLiteral("--summary"), s("Asthma review")})
                  .exitCode,
              0);
    ASSERT_EQ(add({QStringLiteral("--date"), QStringLiteral("2026-06-11"), QStringLiteral("--type"),
                   QStringLiteral("exclusion"), QStringLiteral("--summary"), s("Suspended for two days")})
                  .exitCode,
              0);
    const CliResult since = show({QStringLiteral("--from"), QStringLiteral("2026-03")});
    EXPECT_EQ(since.exitCode, 0);
    EXPECT_FALSE(since.out.contains(s("Asthma")));
    EXPECT_TRUE(since.out.contains(s("Suspended")));
    const CliResult health = show({QStringLiteral("--type"), QStringLiteral("health")});
    EXPECT_TRUE(health.out.contains(s("Asthma")));
    EXPECT_FALSE(health.out.contains(s("Suspended")));
    const CliResult none = show({QStringLiteral("--to"), QStringLiteral("2025")});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.contains(s("no entries match"))) << none.out.toStdString();
    EXPECT_EQ(show({QStringLiteral("--type"), QStringLiteral("holiday")}).exitCode, 1);
    EXPECT_EQ(show({QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 1);
}

TEST_F(ChronologyCliTest, RefusalsHaveExitCodesAndSayWhy)
{
    const CliResult future =
        add({QStringLiteral("--date"), QStringLiteral("2099-01-01"), QStringLiteral("--type"),
             QStringLiteral("other"), QStringLiteral("--summary"), s("Not yet")});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.contains(s("in the future"))) << future.err.toStdString();
    const CliResult badDate =
        add({QStringLiteral("--date"), QStringLiteral("2026-02-30"), QStringLiteral("--type"),
             QStringLiteral("other"), QStringLiteral("--summary"), s("x")});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.err.contains(s("--date"))) << badDate.err.toStdString();
    const CliResult noSummary = add({QStringLiteral("--date"), QStringLiteral("2026-02-03"),
                                     QStringLiteral("--type"), QStringLiteral("other")});
    EXPECT_EQ(noSummary.exitCode, 1);
    EXPECT_TRUE(noSummary.err.contains(s("--summary"))) << noSummary.err.toStdString();

    const CliResult unknown = cli({QStringLiteral("chronology")}, "dsl",
                                  {QStringLiteral("--pupil"), QStringLiteral("A950000178301")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(s("A950000178301"))) << unknown.err.toStdString();

    // Staff may not read a chronology, nor learn whether a UPN is on the roll.
    const CliResult staff = show({}, "staff");
    EXPECT_EQ(staff.exitCode, 2);
    EXPECT_FALSE(staff.out.contains(s("Zoë")));
    const CliResult staffUnknown = cli({QStringLiteral("chronology")}, "staff",
                                       {QStringLiteral("--pupil"), QStringLiteral("A950000178301")});
    EXPECT_EQ(staffUnknown.exitCode, 2);
    EXPECT_EQ(add({QStringLiteral("--date"), QStringLiteral("2026-02-03"), QStringLiteral("--type"),
                   QStringLiteral("other"), QStringLiteral("--summary"), s("x")},
                  "admin")
                  .exitCode,
              2);
    EXPECT_TRUE(show().out.contains(s("no entries")));
}

TEST_F(ChronologyCliTest, VoiceIsRecordedListedAndInTheChronology)
{
    const CliResult added =
        cli({QStringLiteral("voice"), QStringLiteral("add")}, "deputy",
            {QStringLiteral("--pupil"), QStringLiteral("b801200005001"), QStringLiteral("--date"),
             QStringLiteral("2026-11-20"), QStringLiteral("--method"), QStringLiteral("interpreter"),
             QStringLiteral("--words"), s("Con muốn ở với bà ngoại"), QStringLiteral("--adaptations"),
             s("Vietnamese interpreter in person"), QStringLiteral("--wishes"),
             s("To live with her grandmother"), QStringLiteral("--told-next")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    const CliResult listed = cli({QStringLiteral("voice"), QStringLiteral("list")}, "dsl",
                                 {QStringLiteral("--pupil"), QStringLiteral("B801200005001")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(s("\u201CCon muốn ở với bà ngoại\u201D"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(s("Through an interpreter")));
    EXPECT_TRUE(listed.out.contains(s("Told what happens next: yes")));

    EXPECT_TRUE(show().out.contains(s("Child's voice")));

    const CliResult noWords =
        cli({QStringLiteral("voice"), QStringLiteral("add")}, "dsl",
            {QStringLiteral("--pupil"), QStringLiteral("B801200005001"), QStringLiteral("--date"),
             QStringLiteral("2026-11-20"), QStringLiteral("--method"), QStringLiteral("telepathy"),
             QStringLiteral("--words"), s("hello")});
    EXPECT_EQ(noWords.exitCode, 1);
    EXPECT_TRUE(noWords.err.contains(s("Method"))) << noWords.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("voice"), QStringLiteral("list")}, "staff",
                  {QStringLiteral("--pupil"), QStringLiteral("B801200005001")})
                  .exitCode,
              2);
}

TEST_F(ChronologyCliTest, SearchFindsPupilsAndRecordsWithoutAccents)
{
    ASSERT_EQ(add({QStringLiteral("--date"), QStringLiteral("2026-05-10"), QStringLiteral("--type"),
                   QStringLiteral("house-move"), QStringLiteral("--summary"), s("Moved to Łódź")})
                  .exitCode,
              0);
    const CliResult found = cli({QStringLiteral("search")}, "dsl", {QStringLiteral("lodz")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains(s("Chronology (1)"))) << found.out.toStdString();
    EXPECT_TRUE(found.out.contains(s("Moved to Łódź")));
    EXPECT_TRUE(found.out.contains(s("Zoë Nguyễn")));

    const CliResult pupil =
        cli({QStringLiteral("search")}, "dsl", {QStringLiteral("zoe"), QStringLiteral("nguyen")});
    EXPECT_EQ(pupil.exitCode, 0);
    EXPECT_TRUE(pupil.out.contains(s("Pupils (1)"))) << pupil.out.toStdString();

    const CliResult nothing = cli({QStringLiteral("search")}, "dsl", {QStringLiteral("zebra")});
    EXPECT_EQ(nothing.exitCode, 0);
    EXPECT_TRUE(nothing.out.contains(s("Nothing matches")));
    EXPECT_EQ(cli({QStringLiteral("search")}, "staff", {QStringLiteral("zoe")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("search")}, "dsl", {}).exitCode, 1);
}

} // namespace
