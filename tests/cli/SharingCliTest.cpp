// `share add / list / amend` and `referral show` through lantern-cli: what a DSL records about information
// shared, received or not shared, and what a referral pack disclosed, with their exit codes.
#include "records/PackDisclosureRepository.h"
#include "records/PupilDirectory.h"
#include "records/ReferralRepository.h"
#include "reference/Upn.h"
#include "support/CliFixture.h"
#include "support/TestPupils.h"
#include "vault/Vault.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class SharingCliTest : public CliVaultTest {
protected:
    void SetUp() override
    {
        CliVaultTest::SetUp();
        auto opened = unlock();
        addTestPupil(*opened, TestPupil(QStringLiteral("Zoë"), QStringLiteral("Nguyễn")).withUpn(upn));
    }

    std::unique_ptr<Vault> unlock()
    {
        return Vault::unlock(vault(), QStringLiteral("amira"),
                             secret(password(QStringLiteral("amira")).toUtf8().constData()),
                             SystemClock::instance());
    }

    // `share WORD VAULT --as amira MORE`, with `text` after the password on standard input (for --NAME-file
    // -).
    CliResult share(const char* word, const QStringList& more, const QString& text = {})
    {
        QStringList args{QStringLiteral("share"), QString::fromLatin1(word), vault(), QStringLiteral("--as"),
                         QStringLiteral("amira")};
        return runCli(args << more, line(password(QStringLiteral("amira"))) + text);
    }

    QString textFile(const char* name, const QString& text)
    {
        const QString path = m_temp.path(QString::fromLatin1(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return path;
    }

    const QString upn = makeUpn(999, 1234, 26, 1);
};

TEST_F(SharingCliTest, SharedReceivedAndNotSharedAreRecordedAndListed)
{
    const CliResult shared =
        share("add",
              {QStringLiteral("--pupil"), upn, QStringLiteral("--direction"), QStringLiteral("shared"),
               QStringLiteral("--method"), QStringLiteral("phone"), QStringLiteral("--with"),
               QStringLiteral("PC Smith, Northshire Police"), QStringLiteral("--when"),
               QStringLiteral("2026-11-20 14:05"), QStringLiteral("--lawful-basis"),
               QStringLiteral("UK GDPR 6(1)(e)"), QStringLiteral("--what-file"),
               textFile("what.txt", QStringLiteral("Dates of the three absences\n")),
               QStringLiteral("--why-file"), QStringLiteral("-")},
              QStringLiteral("Missing-episode enquiry\n"));
    ASSERT_EQ(shared.exitCode, 0) << shared.err.toStdString();
    EXPECT_TRUE(shared.out.contains(QStringLiteral("Recorded information sharing 1")))
        << shared.out.toStdString();
    EXPECT_TRUE(shared.out.contains(QStringLiteral("2026-11-20 14:05"))) << shared.out.toStdString();

    const CliResult declined = share(
        "add", {QStringLiteral("--pupil"), upn, QStringLiteral("--direction"), QStringLiteral("not-shared"),
                QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--with"),
                QStringLiteral("Mr Jones, solicitor"), QStringLiteral("--what-file"),
                textFile("asked.txt", QStringLiteral("Her attendance record")), QStringLiteral("--why-file"),
                textFile("reason.txt", QStringLiteral("No consent and no safeguarding purpose"))});
    ASSERT_EQ(declined.exitCode, 0) << declined.err.toStdString();

    const CliResult listed = share("list", {QStringLiteral("--pupil"), upn});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    // Most recent first: the decision not to share (now) before the phone call of 20 November.
    const qsizetype notShared = listed.out.indexOf(QStringLiteral("not-shared"));
    const qsizetype sharedLine = listed.out.indexOf(QStringLiteral("PC Smith, Northshire Police"));
    ASSERT_GE(notShared, 0) << listed.out.toStdString();
    ASSERT_GE(sharedLine, 0) << listed.out.toStdString();
    EXPECT_LT(notShared, sharedLine);
    EXPECT_TRUE(
        listed.out.contains(QStringLiteral("Reason for not sharing: No consent and no safeguarding purpose")))
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Why: Missing-episode enquiry")))
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Lawful basis: UK GDPR 6(1)(e)")))
        << listed.out.toStdString();
}

TEST_F(SharingCliTest, AMissingWhyExitsOneNamingTheOption)
{
    const CliResult result =
        share("add", {QStringLiteral("--pupil"), upn, QStringLiteral("--direction"),
                      QStringLiteral("not-shared"), QStringLiteral("--method"), QStringLiteral("phone"),
                      QStringLiteral("--with"), QStringLiteral("Mr Jones"), QStringLiteral("--what-file"),
                      textFile("asked.txt", QStringLiteral("Her attendance record"))});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--why"))) << result.err.toStdString();
    EXPECT_TRUE(share("list", {QStringLiteral("--pupil"), upn})
                    .out.contains(QStringLiteral("No information sharing")));

    const CliResult badMethod =
        share("add", {QStringLiteral("--pupil"), upn, QStringLiteral("--direction"), QStringLiteral("shared"),
                      QStringLiteral("--method"), QStringLiteral("pigeon"), QStringLiteral("--with"),
                      QStringLiteral("PC Smith")});
    EXPECT_EQ(badMethod.exitCode, 1);
    EXPECT_TRUE(badMethod.err.contains(QStringLiteral("--method: \"pigeon\" is not one of")))
        << badMethod.err.toStdString();
    EXPECT_TRUE(badMethod.err.contains(QStringLiteral("secure-portal"))) << badMethod.err.toStdString();
}

TEST_F(SharingCliTest, AnAmendmentNeedsAReasonAndKeepsTheEarlierVersion)
{
    ASSERT_EQ(
        share("add",
              {QStringLiteral("--pupil"), upn, QStringLiteral("--direction"), QStringLiteral("received"),
               QStringLiteral("--method"), QStringLiteral("meeting"), QStringLiteral("--with"),
               QStringLiteral("Dami Okafor, Front Door"), QStringLiteral("--when"),
               QStringLiteral("2026-11-20 10:00"), QStringLiteral("--what-file"),
               textFile("what.txt", QStringLiteral("Strategy discussion outcome")),
               QStringLiteral("--why-file"), textFile("why.txt", QStringLiteral("To plan support"))})
            .exitCode,
        0);
    const CliResult noReason =
        share("amend", {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--with"),
                        QStringLiteral("Dami Okafor, Northshire Front Door")});
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("Reason"))) << noReason.err.toStdString();
    const CliResult amended =
        share("amend", {QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--with"),
                        QStringLiteral("Dami Okafor, Northshire Front Door"), QStringLiteral("--reason"),
                        QStringLiteral("Team name in full")});
    ASSERT_EQ(amended.exitCode, 0) << amended.err.toStdString();
    const CliResult listed = share("list", {QStringLiteral("--pupil"), upn});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Northshire Front Door  (amended; version 2)")))
        << listed.out.toStdString();
}

TEST_F(SharingCliTest, ReferralShowWithoutADisclosureSaysSo)
{
    const CliResult added =
        runCli({QStringLiteral("referral"), QStringLiteral("add"), vault(), QStringLiteral("--as"),
                QStringLiteral("amira"), QStringLiteral("--pupil"), upn, QStringLiteral("--to"),
                QStringLiteral("Front Door"), QStringLiteral("--date"), QStringLiteral("2026-11-20 09:00"),
                QStringLiteral("--method"), QStringLiteral("phone")},
               line(password(QStringLiteral("amira"))));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("referral"), QStringLiteral("show")},
                               {QStringLiteral("--id"), QStringLiteral("1")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Referral 1 to Front Door (phone)")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Referred: 2026-11-20 09:00 UK time")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("No pack was exported for this referral")))
        << shown.out.toStdString();

    const CliResult missing =
        as(QStringLiteral("amira"), {QStringLiteral("referral"), QStringLiteral("show")},
           {QStringLiteral("--id"), QStringLiteral("7")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no referral with id 7"))) << missing.err.toStdString();
}

TEST_F(SharingCliTest, ReferralShowListsWhatAPackDisclosed)
{
    const QString sha(64, QLatin1Char('a'));
    {
        auto opened = unlock();
        const qint64 pupilId = *PupilDirectory(*opened).idByUpn(upn, Permission::ReadPupilRecords);
        Referral referral;
        referral.pupilId = pupilId;
        referral.toWhom = QStringLiteral("Northshire Front Door");
        referral.referredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        referral.method = ReferralMethod::Pack;
        referral.packSha256 = sha;
        PackDisclosure d;
        d.referralId = ReferralRepository(*opened).add(referral);
        d.pupilId = pupilId;
        d.packId = QStringLiteral("7d3f0c1e-2b4a-4c8e-9a51-0f6e2d1b3c77");
        d.packSha256 = sha;
        d.exportedAt = referral.referredAt;
        d.exportedBy = QStringLiteral("amira");
        d.periodFrom = QDate(2026, 5, 1);
        d.periodTo = QDate(2026, 11, 19);
        d.sections = {QStringLiteral("child"), QStringLiteral("concerns")};
        d.itemsIncluded = {QStringLiteral("concern:2"), QStringLiteral("concern:1")};
        d.itemsRedacted = {QStringLiteral("concern:1")};
        d.itemsLeftOut = 3;
        d.recipientTeam = QStringLiteral("Front Door (MASH)");
        d.recipientAuthority = QStringLiteral("Northshire County Council");
        d.serviceRequested = QStringLiteral("section-47");
        d.urgency = QStringLiteral("today");
        d.reason = QStringLiteral("Bruising seen;\nshe said her uncle did it.");
        d.lawfulBasis = QStringLiteral("UK GDPR 6(1)(e)");
        d.consent = QStringLiteral("not-sought");
        d.consentDetail = QStringLiteral("Would place her at risk");
        d.parentsAware = QStringLiteral("no");
        d.encrypted = true;
        PackDisclosureRepository(*opened).record(d);
    }
    const CliResult shown = as(QStringLiteral("amira"), {QStringLiteral("referral"), QStringLiteral("show")},
                               {QStringLiteral("--id"), QStringLiteral("1")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    for (const QString& expected :
         {QStringLiteral("Period: 2026-05-01 to 2026-11-19"), QStringLiteral("Sections: child, concerns"),
          QStringLiteral("Recipient: Front Door (MASH), Northshire County Council"),
          QStringLiteral("Service requested: Child protection enquiry (section 47); urgency: Today"),
          QStringLiteral("    Bruising seen;\n    she said her uncle did it."),
          QStringLiteral("Consent: Not sought: Would place her at risk"), QStringLiteral("Parents aware: no"),
          QStringLiteral("Items included (2, 1 redacted): concern:2, concern:1 (redacted)"),
          QStringLiteral("Items left out: 3"), QStringLiteral(", encrypted"),
          QString(QStringLiteral("Pack SHA-256: ") + sha)})
        EXPECT_TRUE(shown.out.contains(expected)) << expected.toStdString() << "\n"
                                                  << shown.out.toStdString();
}

} // namespace
