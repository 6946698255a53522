// Issue #13, "never trip on bad input", at the staff inbox — the one place anyone in school can write: links
// to devices and oversized files are refused without being read, an impossible date is not recorded as the
// concern's time, and text with hidden direction controls, a 3 MiB account or 20,000 children is refused on
// both sides, naming the field.
#include "core/Error.h"
#include "records/ConcernRepository.h"
#include "records/SchoolRepository.h"
#include "reference/Upn.h"
#include "submit/InboxImporter.h"
#include "submit/StaffEnrolment.h"
#include "submit/StaffSubmitter.h"
#include "submit/SubmissionProfiles.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

using Result = InboxFileOutcome::Result;

class InboxEdgesTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        SchoolDetails school;
        school.name = QStringLiteral("Hillside Primary");
        SchoolRepository(dsl()).setDetails(school);
        m_amy = addTestPupil(dsl(), TestPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"))
                                        .withUpn(makeUpn(999, 1234, 20, 1))
                                        .inYear(QStringLiteral("Year 7")));
        ASSERT_TRUE(QDir().mkpath(inbox()));
        SubmissionProfiles(dsl()).setInbox(inbox());
        StaffEnrolment(dsl()).enrol(QStringLiteral("staff"), password(), keys());
        m_folder = std::make_unique<StaffFolder>(StaffFolder::open(keys()));
        m_key = std::make_unique<StaffSigningKey>(m_folder->key.unlock(password()));
        m_folder->profile.openRoster(*m_key);
    }

    QString inbox() const { return m_temp.path(QStringLiteral("inbox")); }
    QString keys() const { return m_temp.path(QStringLiteral("keys")); }
    static SecureBytes password() { return SecureBytes::fromUtf8("staff key password 123"); }

    static SubmittedConcern aboutAmy()
    {
        SubmittedConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24"), QStringLiteral("When"));
        concern.children = {
            {QStringLiteral("Amy Okafor"), QStringLiteral("Year 7"), true, ChildRole::Subject}};
        concern.categoryIds = {QStringLiteral("neglect")};
        concern.account = QStringLiteral("Amy said she had not eaten since yesterday.");
        return concern;
    }

    SubmissionReceipt send(const SubmittedConcern& concern)
    {
        return StaffSubmitter(m_folder->profile, *m_key, m_clock).submitConcern(concern);
    }

    // A submission sealed and signed by the staff key as an altered Lantern Submit would make it: the
    // content as given, not checked on the staff side.
    QString sendUnchecked(const QJsonObject& content, const QDateTime& createdAt)
    {
        SubmissionPayload payload;
        payload.submissionId = SubmissionPayload::newSubmissionId();
        payload.vaultId = m_folder->profile.vaultId;
        payload.keyId = m_key->keyId();
        payload.username = m_key->username();
        payload.createdAt = createdAt;
        payload.kind = SubmissionPayload::concernKind();
        payload.content = content;
        QFile file(inbox() + QLatin1Char('/') + payload.submissionId + SealedSubmission::fileSuffix());
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(SealedSubmission::seal(payload, m_key->secretKey(), m_folder->profile.publicKey));
        return payload.submissionId;
    }

    static const InboxFileOutcome* outcomeFor(const InboxImportReport& report, const QString& fileName)
    {
        for (const InboxFileOutcome& outcome : report.files) {
            if (outcome.fileName == fileName)
                return &outcome;
        }
        return nullptr;
    }

    qint64 m_amy = 0;
    std::unique_ptr<StaffFolder> m_folder;
    std::unique_ptr<StaffSigningKey> m_key;
};

TEST_F(InboxEdgesTest, LinksToDevicesAndOversizedFilesAreRefusedUnreadAndTheRestIsImported)
{
    const SubmissionReceipt genuine = send(aboutAmy());
    ASSERT_TRUE(
        QFile::link(QStringLiteral("/dev/zero"), inbox() + QStringLiteral("/zero.lantern-submission")));
    ASSERT_TRUE(
        QFile::link(QStringLiteral("/dev/urandom"), inbox() + QStringLiteral("/random.lantern-submission")));
    {
        QFile big(inbox() + QStringLiteral("/big.lantern-submission"));
        ASSERT_TRUE(big.open(QIODevice::WriteOnly));
        ASSERT_TRUE(big.resize(9 * 1024 * 1024));
    }

    QElapsedTimer timer;
    timer.start();
    const InboxImportReport report = InboxImporter(dsl()).importAll();
    EXPECT_LT(timer.elapsed(), 30000); // it finished: once it read /dev/zero until memory ran out
    ASSERT_EQ(report.files.size(), 4);
    for (const char* name : {"zero.lantern-submission", "random.lantern-submission"}) {
        const InboxFileOutcome* link = outcomeFor(report, QString::fromLatin1(name));
        ASSERT_NE(link, nullptr) << name;
        EXPECT_EQ(link->result, Result::Rejected) << name;
        EXPECT_EQ(link->reason, QStringLiteral("it is a link, not a file.")) << link->reason.toStdString();
        EXPECT_TRUE(
            QFileInfo(inbox() + QStringLiteral("/rejected/") + QString::fromLatin1(name)).isSymLink());
    }
    const InboxFileOutcome* big = outcomeFor(report, QStringLiteral("big.lantern-submission"));
    ASSERT_NE(big, nullptr);
    EXPECT_EQ(big->result, Result::Rejected);
    EXPECT_TRUE(big->reason.contains(QStringLiteral("larger than it can be"))) << big->reason.toStdString();
    const InboxFileOutcome* imported =
        outcomeFor(report, genuine.submissionId + SealedSubmission::fileSuffix());
    ASSERT_NE(imported, nullptr);
    EXPECT_EQ(imported->result, Result::Imported);
}

TEST_F(InboxEdgesTest, ASubmissionDatedBeforeItsKeyExistedIsRecordedAtTheImportAndTheAuditSaysWhy)
{
    const QString id =
        sendUnchecked(concernContentJson(aboutAmy()), QDateTime(QDate(1900, 1, 1), QTime(9, 0), Qt::UTC));
    m_clock.advanceSeconds(3600);
    const InboxImportReport report = InboxImporter(dsl()).importAll();
    ASSERT_EQ(report.files.size(), 1);
    ASSERT_EQ(report.files.first().result, Result::Imported) << report.files.first().reason.toStdString();
    const Concern concern = ConcernRepository(dsl()).get(report.files.first().recordId);
    EXPECT_EQ(concern.recordedAt, m_clock.nowUtc());
    const QList<AuditEntry> entries = auditEntries(dsl(), QStringLiteral("submission.import"));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries.first().details.contains(QStringLiteral("the sender's clock said 1900-01-01")))
        << entries.first().details.toStdString();
    EXPECT_TRUE(entries.first().objectId == id);
}

TEST_F(InboxEdgesTest, HiddenDirectionControlsAreRefusedOnBothSidesNamingTheField)
{
    SubmittedConcern concern = aboutAmy();
    // After U+202E the rest shows reversed: a different sentence on screen from the one stored.
    concern.account = QStringLiteral("Amy said \u202Eemoh og ot diarfa ma I");
    try {
        send(concern);
        FAIL() << "a hidden direction control was sealed";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_EQ(error.field(), QStringLiteral("concern.account"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("U+202E"))) << error.message().toStdString();
        EXPECT_TRUE(error.message().startsWith(QStringLiteral("Account: character 10")))
            << error.message().toStdString();
    }
    // Sent anyway by an altered Lantern Submit: refused at import, with the reason.
    QJsonObject content = concernContentJson(aboutAmy());
    content.insert(QStringLiteral("account"), concern.account);
    sendUnchecked(content, m_clock.nowUtc());
    const InboxImportReport report = InboxImporter(dsl()).importAll();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files.first().result, Result::Rejected);
    EXPECT_TRUE(report.files.first().reason.contains(QStringLiteral("U+202E")))
        << report.files.first().reason.toStdString();
    // Text in any script is still written as it is.
    concern.account = QStringLiteral("قالت إنها جائعة — she said she was hungry. היא רעבה.");
    EXPECT_NO_THROW(send(concern));
}

TEST_F(InboxEdgesTest, AHugeAccountOrTwentyThousandChildrenAreRefused)
{
    SubmittedConcern concern = aboutAmy();
    concern.account = QString(3 * 1024 * 1024, QLatin1Char('x'));
    try {
        send(concern);
        FAIL() << "a 3 MiB account was sealed";
    } catch (const Error& error) {
        EXPECT_EQ(error.field(), QStringLiteral("concern.account"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("at most 30000")))
            << error.message().toStdString();
    }
    concern = aboutAmy();
    for (int n = 0; n < 20000; ++n)
        concern.children.append(
            {QStringLiteral("Child %1").arg(n), QStringLiteral("Year 7"), false, ChildRole::Witness});
    try {
        send(concern);
        FAIL() << "20,000 children were sealed";
    } catch (const Error& error) {
        EXPECT_EQ(error.field(), QStringLiteral("concern.children"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("at most 40"))) << error.message().toStdString();
    }
    // And at import, whatever the sender's Lantern let through.
    QJsonObject content = concernContentJson(aboutAmy());
    content.insert(QStringLiteral("account"), QString(40000, QLatin1Char('y')));
    sendUnchecked(content, m_clock.nowUtc());
    const InboxImportReport report = InboxImporter(dsl()).importAll();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files.first().result, Result::Rejected);
    EXPECT_TRUE(report.files.first().reason.contains(QStringLiteral("at most 30000")))
        << report.files.first().reason.toStdString();
}

} // namespace
