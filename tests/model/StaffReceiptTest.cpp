// A staff member's receipts (DESIGN.md §3, issue #12): what they sent is kept in their own folder, readable
// only with their password; what the DSL team's import did with it comes back boxed to their key, and a filed
// submission's acknowledgement carries the anchor of the audit chain it was recorded in, which the vault's
// chain verifies against.
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "records/SchoolRepository.h"
#include "reference/Upn.h"
#include "submit/BoxedJson.h"
#include "submit/InboxImporter.h"
#include "submit/StaffEnrolment.h"
#include "submit/StaffReceiptBook.h"
#include "submit/StaffSubmitter.h"
#include "submit/SubmissionAcknowledgement.h"
#include "submit/SubmissionProfiles.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <sodium.h>

using namespace lantern;
using namespace lantern::test;

namespace {

using Outcome = SubmissionAcknowledgement::Outcome;

class StaffReceiptTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        SchoolDetails school;
        school.name = QStringLiteral("Hillside Primary");
        SchoolRepository(dsl()).setDetails(school);
        addTestPupil(dsl(), TestPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"))
                                .withUpn(makeUpn(999, 1234, 20, 1))
                                .inYear(QStringLiteral("Year 7")));
        ASSERT_TRUE(QDir().mkpath(inbox()));
        SubmissionProfiles(dsl()).setInbox(inbox());
        for (const QString& user : {QStringLiteral("staff"), QStringLiteral("head")})
            StaffEnrolment(dsl()).enrol(user, staffPassword(user), keyFolder(user));
    }

    QString inbox() const { return m_temp.path(QStringLiteral("inbox")); }
    QString keyFolder(const QString& user) const { return m_temp.path(QStringLiteral("keys-") + user); }
    static SecureBytes staffPassword(const QString& user)
    {
        return SecureBytes::fromUtf8((user + QStringLiteral(" staff key password")).toUtf8());
    }

    // A staff member's Lantern, unlocked: their folder, key, receipt book and submitter.
    struct StaffSide {
        StaffFolder folder;
        StaffSigningKey key;
        StaffReceiptBook book;
        StaffSubmitter submitter;

        StaffSide(const QString& path, const SecureBytes& password, const Clock& clock)
            : folder(StaffFolder::open(path))
            , key(folder.key.unlock(password))
            , book(path, key)
            , submitter(folder.profile, key, clock)
        {
            folder.profile.openRoster(key);
            submitter.setReceiptBook(&book);
        }

        std::optional<SubmissionAcknowledgement> acknowledgement(const QString& submissionId) const
        {
            return SubmissionAcknowledgement::find(folder.profile.inbox, submissionId,
                                                   folder.profile.publicKey, key);
        }
    };

    std::unique_ptr<StaffSide> staffSide(const QString& user)
    {
        return std::make_unique<StaffSide>(keyFolder(user), staffPassword(user), m_clock);
    }

    static SubmittedConcern about(const QString& child)
    {
        SubmittedConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24T14:03"), QStringLiteral("When"));
        concern.children = {{child, QStringLiteral("Year 7"), true, ChildRole::Subject}};
        concern.categoryIds = {QStringLiteral("neglect")};
        concern.account =
            QStringLiteral("Arrived without a coat and said she had not eaten since yesterday.");
        return concern;
    }

    InboxImportReport importInbox() { return InboxImporter(dsl()).importAll(); }
};

TEST_F(StaffReceiptTest, WhatAStaffMemberSentIsKeptInTheirFolderAndReadOnlyWithTheirKey)
{
    auto staff = staffSide(QStringLiteral("staff"));
    const SubmissionReceipt first = staff->submitter.submitConcern(about(QStringLiteral("Amy Okafor")));
    m_clock.advanceSeconds(90);
    const SubmissionReceipt second = staff->submitter.submitConcern(about(QStringLiteral("Amy Okafor")));
    EXPECT_TRUE(first.notKept.isEmpty()) << first.notKept.toStdString();

    // Read again in a new session of the staff member's Lantern: both, oldest first.
    const QList<SubmissionReceipt> kept = staffSide(QStringLiteral("staff"))->book.receipts();
    ASSERT_EQ(kept.size(), 2);
    EXPECT_EQ(kept.at(0).submissionId, first.submissionId);
    EXPECT_EQ(kept.at(0).createdAt, first.createdAt);
    EXPECT_EQ(kept.at(1).submissionId, second.submissionId);
    EXPECT_EQ(kept.at(1).kind, QStringLiteral("concern"));

    // The file shows neither submission id.
    const QByteArray file =
        readWholeFile(keyFolder(QStringLiteral("staff")) + QStringLiteral("/sent-receipts.json"));
    EXPECT_FALSE(file.contains(first.submissionId.toLatin1()));
    EXPECT_FALSE(file.contains(second.submissionId.toLatin1()));

    // Another staff member's key does not read it, even copied into their folder.
    auto head = staffSide(QStringLiteral("head"));
    QFile::copy(keyFolder(QStringLiteral("staff")) + QStringLiteral("/sent-receipts.json"),
                keyFolder(QStringLiteral("head")) + QStringLiteral("/sent-receipts.json"));
    try {
        head->book.receipts();
        FAIL() << "another key read the receipts";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("sent-receipts.json")))
            << error.message().toStdString();
    }
}

TEST_F(StaffReceiptTest, AFiledSubmissionIsAcknowledgedWithTheAnchorOfTheChainItWasRecordedIn)
{
    auto staff = staffSide(QStringLiteral("staff"));
    const SubmissionReceipt receipt = staff->submitter.submitConcern(about(QStringLiteral("Amy Okafor")));
    EXPECT_FALSE(staff->acknowledgement(receipt.submissionId).has_value()); // not imported yet

    m_clock.advanceSeconds(3600);
    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_TRUE(report.files.first().acknowledgementProblem.isEmpty());

    const std::optional<SubmissionAcknowledgement> acknowledged =
        staff->acknowledgement(receipt.submissionId);
    ASSERT_TRUE(acknowledged.has_value());
    EXPECT_EQ(acknowledged->outcome, Outcome::Filed);
    EXPECT_EQ(acknowledged->recordedAs, QStringLiteral("concern"));
    EXPECT_EQ(acknowledged->at, m_clock.nowUtc());
    ASSERT_TRUE(acknowledged->anchor.has_value());
    EXPECT_EQ(acknowledged->anchor->chain, QStringLiteral("cases"));
    EXPECT_EQ(acknowledged->anchor->signedBy, QStringLiteral("dsl"));
    EXPECT_TRUE(acknowledged->anchor->signatureValid());
    EXPECT_TRUE(acknowledged->describe().contains(
        QStringLiteral("recorded (audit entry %1)").arg(acknowledged->anchor->seq)))
        << acknowledged->describe().toStdString();

    // The anchor the staff member holds is one the vault's chain verifies against, now and later.
    dsl().audit().append(QStringLiteral("dsl"), QStringLiteral("pupil.view"), QStringLiteral("pupil"),
                         QStringLiteral("1"));
    EXPECT_TRUE(dsl().audit().verifyAgainst({*acknowledged->anchor}, dsl().vaultId()).intact());
}

TEST_F(StaffReceiptTest, OnlyTheSenderReadsTheAcknowledgementAndOnlyTheVaultCouldHaveWrittenIt)
{
    auto staff = staffSide(QStringLiteral("staff"));
    const SubmissionReceipt receipt = staff->submitter.submitConcern(about(QStringLiteral("Amy Okafor")));
    importInbox();
    const QString path = SubmissionAcknowledgement::pathIn(inbox(), receipt.submissionId);
    const QByteArray genuine = readWholeFile(path);

    // Another member of staff, with their own key, opens nothing.
    try {
        staffSide(QStringLiteral("head"))->acknowledgement(receipt.submissionId);
        FAIL() << "another key opened the acknowledgement";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    }

    // Someone with write access to the inbox, who knows the staff member's public key, boxes a false "filed"
    // with a key pair of their own: it does not open as the vault's.
    unsigned char forgerPublic[crypto_box_PUBLICKEYBYTES];
    SecureBytes forgerSecret(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(forgerPublic, forgerSecret.data());
    const QJsonObject forged{{QStringLiteral("format"), QStringLiteral("lantern-submission-acknowledgement")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("submission_id"), receipt.submissionId},
                             {QStringLiteral("outcome"), QStringLiteral("filed")}};
    writeFileAtomically(
        path, boxJson(QByteArrayLiteral("LNTNACK1"), forged, staff->key.boxPublicKey(), forgerSecret));
    try {
        staff->acknowledgement(receipt.submissionId);
        FAIL() << "a forged acknowledgement opened";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
        EXPECT_TRUE(error.message().contains(QStringLiteral("not written for you by the school's Lantern")))
            << error.message().toStdString();
    }

    // Nor is the genuine acknowledgement of one submission accepted as another's.
    const SubmissionReceipt other = staff->submitter.submitConcern(about(QStringLiteral("Amy Okafor")));
    writeFileAtomically(SubmissionAcknowledgement::pathIn(inbox(), other.submissionId), genuine);
    EXPECT_THROW(staff->acknowledgement(other.submissionId), Error);
}

TEST_F(StaffReceiptTest, AHeldSubmissionSaysSoAndIsAcknowledgedAgainWhenFiled)
{
    auto staff = staffSide(QStringLiteral("staff"));
    const SubmissionReceipt receipt = staff->submitter.submitConcern(about(QStringLiteral("Kofi Mensah")));
    importInbox();
    std::optional<SubmissionAcknowledgement> acknowledged = staff->acknowledgement(receipt.submissionId);
    ASSERT_TRUE(acknowledged.has_value());
    EXPECT_EQ(acknowledged->outcome, Outcome::Held);
    EXPECT_TRUE(acknowledged->describe().contains(QStringLiteral("confirming which child you meant")))
        << acknowledged->describe().toStdString();
    EXPECT_FALSE(acknowledged->anchor.has_value());

    addTestPupil(dsl(), TestPupil(QStringLiteral("Kofi"), QStringLiteral("Mensah"))
                            .withUpn(makeUpn(999, 1234, 20, 2))
                            .inYear(QStringLiteral("Year 7")));
    importInbox();
    acknowledged = staff->acknowledgement(receipt.submissionId);
    ASSERT_TRUE(acknowledged.has_value());
    EXPECT_EQ(acknowledged->outcome, Outcome::Filed);
    EXPECT_TRUE(acknowledged->anchor.has_value());
}

TEST_F(StaffReceiptTest, ARefusedSubmissionSaysWhyAndAReplayedCopyLeavesTheFiledAcknowledgementAlone)
{
    auto staff = staffSide(QStringLiteral("staff"));
    const SubmissionReceipt receipt = staff->submitter.submitConcern(about(QStringLiteral("Amy Okafor")));
    const QByteArray sealed = readWholeFile(receipt.filePath);
    importInbox();
    const QByteArray filed = readWholeFile(SubmissionAcknowledgement::pathIn(inbox(), receipt.submissionId));

    // The same file dropped into the inbox again is refused as replayed; the sender's "filed" stands.
    writeFileAtomically(receipt.filePath, sealed);
    const InboxImportReport replayed = importInbox();
    ASSERT_EQ(replayed.files.size(), 1);
    EXPECT_EQ(replayed.files.first().result, InboxFileOutcome::Result::Rejected);
    EXPECT_EQ(readWholeFile(SubmissionAcknowledgement::pathIn(inbox(), receipt.submissionId)), filed);

    // A staff member disabled before their submission is imported is told it was refused, and why.
    const SubmissionReceipt late = staff->submitter.submitConcern(about(QStringLiteral("Amy Okafor")));
    dsl().removeUser(QStringLiteral("staff"));
    importInbox();
    const std::optional<SubmissionAcknowledgement> refused = staff->acknowledgement(late.submissionId);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->outcome, Outcome::Rejected);
    EXPECT_TRUE(refused->describe().contains(QStringLiteral("disabled")))
        << refused->describe().toStdString();
}

} // namespace
