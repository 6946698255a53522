// Write-only staff submissions, end to end in one process: the DSL enrols a member of staff, whose Lantern
// (holding only the profile and the staff key) seals a concern into the inbox; the DSL imports it. Forged,
// tampered, replayed and duplicated files are refused with their reasons, and nothing a staff member holds
// opens the vault.
#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "core/Error.h"
#include "records/ConcernRepository.h"
#include "records/SchoolRepository.h"
#include "reference/Upn.h"
#include "storage/Database.h"
#include "submit/InboxImporter.h"
#include "submit/RosterSearch.h"
#include "submit/StaffEnrolment.h"
#include "submit/StaffSubmitter.h"
#include "submit/SubmissionKeys.h"
#include "submit/SubmissionProfiles.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"
#include "vault/KeySlotFile.h"
#include "vault/VaultPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <sodium.h>

using namespace lantern;
using namespace lantern::test;

namespace {

using Result = InboxFileOutcome::Result;

class SubmissionTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        SchoolDetails school;
        school.name = QStringLiteral("Hillside Primary");
        SchoolRepository(dsl()).setDetails(school);
        m_amy = addPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"), QStringLiteral("Year 7"), 1);
        addPupil(QStringLiteral("Zoë"), QStringLiteral("Kowalski"), QStringLiteral("Year 8"), 2);
        ASSERT_TRUE(QDir().mkpath(inbox()));
        SubmissionProfiles(dsl()).setInbox(inbox());
    }

    qint64 addPupil(const QString& forename, const QString& surname, const QString& year, int serial)
    {
        return addTestPupil(
            dsl(), TestPupil(forename, surname).withUpn(makeUpn(999, 1234, 20, serial)).inYear(year));
    }

    QString inbox() const { return m_temp.path(QStringLiteral("inbox")); }
    QString keyFolder(const QString& user) const { return m_temp.path(QStringLiteral("keys-") + user); }
    static SecureBytes staffPassword(const QString& user)
    {
        return SecureBytes::fromUtf8((user + QStringLiteral(" staff key password")).toUtf8());
    }

    Enrolment enrol(const QString& user)
    {
        return StaffEnrolment(dsl()).enrol(user, staffPassword(user), keyFolder(user));
    }

    static SubmittedConcern aboutAmy()
    {
        SubmittedConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24T14:03"), QStringLiteral("When"));
        concern.location = QStringLiteral("Playground");
        concern.children = {
            {QStringLiteral("Amy Okafor"), QStringLiteral("Year 7"), true, ChildRole::Subject}};
        concern.categoryIds = {QStringLiteral("neglect")};
        concern.account =
            QStringLiteral("Amy arrived without a coat and said she had not eaten since yesterday.");
        concern.childWords = QStringLiteral("There wasn't any food  at home.");
        concern.immediateAction = QStringLiteral("Gave her breakfast; told the DSL.");
        concern.bodyMap = {{BodyMapMark::Side::Front, 0.4, 0.3, QStringLiteral("graze")}};
        return concern;
    }

    // What the staff member's own Lantern does: open the folder, unlock the key, seal, write.
    SubmissionReceipt submitAs(const QString& user, const SubmittedConcern& concern = aboutAmy())
    {
        const StaffFolder folder = StaffFolder::open(keyFolder(user));
        const StaffSigningKey key = folder.key.unlock(staffPassword(user));
        return StaffSubmitter(folder.profile, key, m_clock).submitConcern(concern);
    }

    InboxImportReport importInbox() { return InboxImporter(dsl()).importAll(); }

    static QStringList filesIn(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files, QDir::Name);
    }

    static SubmittedAdultConcern aboutTheHeadteacher()
    {
        SubmittedAdultConcern concern;
        concern.adultRole = QStringLiteral("staff");
        concern.aboutHeadteacher = true;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11"), QStringLiteral("When"));
        concern.account = QStringLiteral("Shouted at a teaching assistant in front of Year 4.");
        return concern;
    }

    qint64 m_amy = 0;
};

TEST_F(SubmissionTest, AStaffSubmissionArrivesInTriageAsTheStaffMemberWroteIt)
{
    enrol(QStringLiteral("staff"));
    const SubmissionReceipt receipt = submitAs(QStringLiteral("staff"));
    EXPECT_EQ(receipt.submissionId.size(), 32);
    EXPECT_EQ(receipt.createdAt, m_clock.nowUtc());
    EXPECT_EQ(filesIn(inbox()), QStringList{receipt.submissionId + QStringLiteral(".lantern-submission")});

    m_clock.advanceSeconds(3600);
    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    const InboxFileOutcome& outcome = report.files.first();
    EXPECT_EQ(outcome.result, Result::Imported) << outcome.reason.toStdString();
    EXPECT_EQ(outcome.submissionId, receipt.submissionId);
    EXPECT_EQ(outcome.submittedBy, QStringLiteral("staff"));
    EXPECT_EQ(outcome.recordType, QStringLiteral("concern"));

    ConcernRepository concerns(dsl());
    const Concern concern = concerns.get(outcome.recordId);
    EXPECT_EQ(concern.status, ConcernStatus::New);
    EXPECT_EQ(concern.recordedBy, QStringLiteral("staff"));
    EXPECT_EQ(concern.recordedAt, receipt.createdAt); // when the staff member recorded it, not the import
    EXPECT_EQ(concern.source, QStringLiteral("staff-submission"));
    const ConcernVersion& v = concern.current;
    EXPECT_EQ(v.occurred.value(), QStringLiteral("2026-11-24T14:03"));
    EXPECT_EQ(v.location, QStringLiteral("Playground"));
    ASSERT_EQ(v.children.size(), 1);
    EXPECT_EQ(v.children.first().pupilId, m_amy);
    EXPECT_EQ(v.categoryIds, QStringList{QStringLiteral("neglect")});
    EXPECT_EQ(v.childWords, QStringLiteral("There wasn't any food  at home.")); // verbatim, double space kept
    EXPECT_EQ(v.immediateAction, QStringLiteral("Gave her breakfast; told the DSL."));
    ASSERT_EQ(v.bodyMap.size(), 1);
    EXPECT_EQ(v.bodyMap.first().note, QStringLiteral("graze"));

    QList<qint64> inboxIds;
    for (const ConcernSummary& summary : concerns.inbox())
        inboxIds.append(summary.id);
    EXPECT_EQ(inboxIds, QList<qint64>{outcome.recordId});
    EXPECT_EQ(filesIn(inbox() + QStringLiteral("/processed")), QStringList{outcome.fileName});
    EXPECT_TRUE(filesIn(inbox()).isEmpty());

    const QList<AuditEntry> imports = auditEntries(dsl(), QStringLiteral("submission.import"));
    ASSERT_EQ(imports.size(), 1);
    EXPECT_EQ(imports.first().actor, QStringLiteral("dsl"));
    EXPECT_EQ(imports.first().objectId, receipt.submissionId);
    EXPECT_TRUE(dsl().audit().verify().intact());
    // The staff member keeps the receipt Lantern Submit gave them; the vault, whose case records they hold no
    // key to, shows them nothing.
    try {
        ConcernRepository(as(QStringLiteral("staff"))).receipts();
        ADD_FAILURE() << "staff read receipts in the vault";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied);
        EXPECT_TRUE(error.message().contains(QStringLiteral("read concern receipts"))) << error.what();
    }
}

TEST_F(SubmissionTest, TheProfileListsOnlyNamesAndYearGroups)
{
    enrol(QStringLiteral("staff"));
    const QString path = m_temp.path(QStringLiteral("profile.json"));
    const SubmissionProfile profile = SubmissionProfiles(dsl()).exportTo(path);
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(root.value(QStringLiteral("school")).toString(), QStringLiteral("Hillside Primary"));
    EXPECT_EQ(root.value(QStringLiteral("vault_id")).toString(), dsl().vaultId());
    EXPECT_EQ(root.value(QStringLiteral("inbox")).toString(), QDir(inbox()).absolutePath());
    EXPECT_EQ(root.value(QStringLiteral("fingerprint")).toString(), profile.fingerprint());
    EXPECT_EQ(profile.fingerprint().size(), 49); // ten groups of four hex digits
    EXPECT_FALSE(root.contains(QStringLiteral("roster")));

    // What the staff member reads once their key is unlocked: names and year groups, nothing else.
    SubmissionProfile loaded = SubmissionProfile::load(path);
    EXPECT_TRUE(loaded.roster.isEmpty());
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    ASSERT_TRUE(loaded.openRoster(folder.key.unlock(staffPassword(QStringLiteral("staff")))));
    QStringList names;
    for (const RosterEntry& pupil : loaded.roster)
        names.append(pupil.name + QStringLiteral(", ") + pupil.yearGroup);
    names.sort();
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Amy Okafor, Year 7"), QStringLiteral("Zoë Kowalski, Year 8")}));
    EXPECT_FALSE(fileBytes(path).contains(makeUpn(999, 1234, 20, 1).toLatin1()));
    EXPECT_FALSE(fileBytes(path).contains("2015-04-01"));
    EXPECT_EQ(auditEntries(dsl(), QStringLiteral("submission.profile.export")).size(), 1);
}

// Every way a name could sit in a file: UTF-8, UTF-16 either way round, any case.
bool holdsName(const QByteArray& file, const QString& name)
{
    for (const QString& form : {name, name.toLower(), name.toUpper()}) {
        const QByteArray utf16(reinterpret_cast<const char*>(form.utf16()), form.size() * 2);
        QByteArray utf16be = utf16;
        for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
            std::swap(utf16be[i], utf16be[i + 1]);
        if (file.contains(form.toUtf8()) || file.contains(utf16) || file.contains(utf16be))
            return true;
    }
    return false;
}

TEST_F(SubmissionTest, AStolenKeyFolderShowsNoPupilsName)
{
    enrol(QStringLiteral("staff"));
    int files = 0;
    QDirIterator it(keyFolder(QStringLiteral("staff")), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = fileBytes(path);
        ++files;
        // (Not "Amy" alone: three letters turn up by chance in base64.)
        for (const char* name : {"Okafor", "Kowalski", "Amy Okafor", "Zoë"})
            EXPECT_FALSE(holdsName(bytes, QString::fromUtf8(name))) << name << " in " << path.toStdString();
    }
    EXPECT_EQ(files, 2);

    // With the right password the staff member still finds the child.
    StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    EXPECT_TRUE(folder.profile.roster.isEmpty());
    const StaffSigningKey key = folder.key.unlock(staffPassword(QStringLiteral("staff")));
    ASSERT_TRUE(folder.profile.openRoster(key));
    const QList<DirectoryPupil> found = RosterSearch(folder.profile.roster).search(QStringLiteral("okaf"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(folder.profile.roster.at(static_cast<qsizetype>(found.first().id - 1)).name,
              QStringLiteral("Amy Okafor"));
}

TEST_F(SubmissionTest, ARepublishedProfileIsSealedToEveryStaffKeyInUse)
{
    const QString before = m_temp.path(QStringLiteral("before.json"));
    SubmissionProfiles(dsl()).exportTo(before);
    const Enrolment first = enrol(QStringLiteral("staff"));
    QDir().rename(keyFolder(QStringLiteral("staff")), keyFolder(QStringLiteral("staff-old")));
    enrol(QStringLiteral("staff")); // revokes the first key
    enrol(QStringLiteral("deputy"));
    const QString after = m_temp.path(QStringLiteral("after.json"));
    SubmissionProfile published = SubmissionProfiles(dsl()).exportTo(after);
    QStringList recipients;
    for (const SealedRoster::Recipient& recipient : published.sealedRoster->recipients)
        recipients.append(recipient.keyId);
    EXPECT_EQ(recipients.size(), 2);
    EXPECT_FALSE(recipients.contains(first.keyId));

    for (const char* user : {"staff", "deputy"}) {
        const QString username = QString::fromLatin1(user);
        const StaffFolder folder = StaffFolder::open(keyFolder(username));
        const StaffSigningKey key = folder.key.unlock(staffPassword(username));
        SubmissionProfile refreshed = SubmissionProfile::load(after);
        EXPECT_TRUE(refreshed.openRoster(key)) << user;
        EXPECT_EQ(refreshed.roster.size(), 2) << user;
        // Published before they were enrolled: not theirs to read; they type the child instead.
        SubmissionProfile old = SubmissionProfile::load(before);
        EXPECT_FALSE(old.openRoster(key)) << user;
        EXPECT_TRUE(old.roster.isEmpty());
    }
    // The revoked key reads nothing published after it was replaced.
    const StaffFolder old = StaffFolder::open(keyFolder(QStringLiteral("staff-old")));
    SubmissionProfile refreshed = SubmissionProfile::load(after);
    EXPECT_FALSE(refreshed.openRoster(old.key.unlock(staffPassword(QStringLiteral("staff")))));
}

TEST_F(SubmissionTest, AnAlteredSealedRosterIsRefusedAsDamaged)
{
    enrol(QStringLiteral("staff"));
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    const StaffSigningKey key = folder.key.unlock(staffPassword(QStringLiteral("staff")));
    SubmissionProfile altered = folder.profile;
    altered.sealedRoster->ciphertext[3] = static_cast<char>(altered.sealedRoster->ciphertext[3] ^ 1);
    try {
        altered.openRoster(key);
        ADD_FAILURE() << "an altered roster opened";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    }
    SubmissionProfile moved = folder.profile;
    moved.vaultId = QStringLiteral("another-vault");
    EXPECT_THROW(moved.openRoster(key), Error);
}

TEST_F(SubmissionTest, AFormat1ProfileWithAPlainRosterIsStillRead)
{
    // Written by Lantern before rosters were sealed; read until the DSL enrols the staff member again or
    // publishes the profile again.
    const SubmissionProfile current = SubmissionProfiles(dsl()).build();
    QJsonObject root = QJsonDocument::fromJson(current.toJson()).object();
    root.remove(QStringLiteral("sealed_roster"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("roster"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Amy Okafor")},
                                       {QStringLiteral("year_group"), QStringLiteral("Year 7")}}});
    SubmissionProfile old =
        SubmissionProfile::parse(QJsonDocument(root).toJson(), QStringLiteral("old.json"));
    EXPECT_FALSE(old.sealedRoster.has_value());
    ASSERT_EQ(old.roster.size(), 1);
    enrol(QStringLiteral("staff"));
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    EXPECT_TRUE(old.openRoster(folder.key.unlock(staffPassword(QStringLiteral("staff")))));
    EXPECT_EQ(old.roster.first().name, QStringLiteral("Amy Okafor"));
}

TEST_F(SubmissionTest, OnlyTheDslPublishesTheProfileAndEnrolsStaff)
{
    for (const char* user : {"deputy", "staff", "admin", "head"}) {
        Vault& vault = as(QString::fromLatin1(user));
        EXPECT_THROW(SubmissionProfiles(vault).build(), Error) << user;
        try {
            StaffEnrolment(vault).enrol(QStringLiteral("staff2"), staffPassword(QStringLiteral("staff2")),
                                        keyFolder(QStringLiteral("staff2")));
            ADD_FAILURE() << user << " enrolled a member of staff";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << user;
        }
    }
    EXPECT_FALSE(QFileInfo::exists(keyFolder(QStringLiteral("staff2"))));
    // An administrator records no concerns, so needs no staff key.
    try {
        enrol(QStringLiteral("admin"));
        ADD_FAILURE() << "an administrator was enrolled";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
    }
}

// The rule the Users page greys its "Staff key…" button by is the one enrolment applies, with its message.
TEST_F(SubmissionTest, RefuseStaffKeySaysWhetherAndWhyEnrolmentWouldBeRefused)
{
    dsl().removeUser(QStringLiteral("staff2"));
    const QList<User> everyone = dsl().users();
    for (const char* actor : {"dsl", "deputy", "admin", "head", "staff"}) {
        Vault& vault = as(QString::fromLatin1(actor));
        EXPECT_EQ(canManageSubmissions(vault.user()), qstrcmp(actor, "dsl") == 0) << actor;
        for (const User& target : everyone) {
            const std::optional<Error> refusal = refuseStaffKey(vault.user(), target);
            try {
                StaffEnrolment(vault).enrol(target.username, staffPassword(target.username),
                                            keyFolder(target.username));
                EXPECT_FALSE(refusal.has_value()) << actor << " enrolled " << target.username.toStdString();
            } catch (const Error& error) {
                ASSERT_TRUE(refusal.has_value()) << actor << ", " << target.username.toStdString() << ": "
                                                 << error.message().toStdString();
                EXPECT_EQ(refusal->kind(), error.kind());
                if (error.kind() == ErrorKind::InvalidInput) {
                    EXPECT_EQ(refusal->message(), error.message());
                }
            }
        }
    }
    const QStringList refused = {QStringLiteral("admin"), QStringLiteral("staff2")};
    for (const User& target : everyone)
        EXPECT_EQ(QFileInfo::exists(keyFolder(target.username)), !refused.contains(target.username))
            << target.username.toStdString();
    const std::optional<User> disabled = dsl().findUser(QStringLiteral("staff2"));
    ASSERT_TRUE(disabled.has_value());
    EXPECT_TRUE(refuseStaffKey(dsl().user(), *disabled)->message().contains(QStringLiteral("disabled")));
}

TEST_F(SubmissionTest, AVaultGetsItsSubmissionKeyPairWhenFirstNeededAndKeepsIt)
{
    EXPECT_FALSE(SubmissionKeys::read(dsl()).has_value());
    const QByteArray first = SubmissionProfiles(dsl()).build().publicKey;
    ASSERT_TRUE(SubmissionKeys::read(dsl()).has_value());
    EXPECT_EQ(SubmissionProfiles(dsl()).build().publicKey, first);
    EXPECT_EQ(auditEntries(dsl(), QStringLiteral("submission.key.create")).size(), 1);
    // It lives in cases.db, so it survives locking and unlocking as another user.
    EXPECT_EQ(SubmissionKeys::read(as(QStringLiteral("deputy")))->publicKey, first);
}

TEST_F(SubmissionTest, AFileSignedWithAKeyTheVaultNeverEnrolledIsRefusedAsForged)
{
    enrol(QStringLiteral("staff"));
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    // Someone makes their own staff key (as if enrolled) and seals to the published profile.
    const StaffKeyFile stranger =
        StaffKeyFile::create(QStringLiteral("staff"), QStringLiteral("Nguyễn Thị Lan"), dsl().vaultId(),
                             staffPassword(QStringLiteral("x")));
    const StaffSigningKey strangerKey = stranger.unlock(staffPassword(QStringLiteral("x")));
    StaffSubmitter(folder.profile, strangerKey, m_clock).submitConcern(aboutAmy());

    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files.first().result, Result::Rejected);
    EXPECT_TRUE(report.files.first().reason.startsWith(QStringLiteral("forged:")));
    EXPECT_TRUE(report.files.first().reason.contains(QStringLiteral("never enrolled")));
    EXPECT_EQ(filesIn(inbox() + QStringLiteral("/rejected")), QStringList{report.files.first().fileName});
    EXPECT_TRUE(ConcernRepository(dsl()).inbox().isEmpty());
}

TEST_F(SubmissionTest, AFileSignedWithTheWrongKeyUnderAnEnrolledKeyIdIsRefusedAsForged)
{
    const Enrolment enrolment = enrol(QStringLiteral("staff"));
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(publicKey, secretKey.data());
    const StaffSigningKey impostor(enrolment.keyId, QStringLiteral("staff"), dsl().vaultId(),
                                   std::move(secretKey));
    StaffSubmitter(folder.profile, impostor, m_clock).submitConcern(aboutAmy());

    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files.first().result, Result::Rejected);
    EXPECT_TRUE(report.files.first().reason.contains(QStringLiteral("forged: its signature is not")))
        << report.files.first().reason.toStdString();
    const QList<AuditEntry> rejections = auditEntries(dsl(), QStringLiteral("submission.reject"));
    ASSERT_EQ(rejections.size(), 1);
    EXPECT_EQ(rejections.first().objectId, report.files.first().fileName);
    EXPECT_TRUE(rejections.first().details.contains(QStringLiteral("forged")));
}

TEST_F(SubmissionTest, AFileChangedInAnyByteIsRefusedAsTampered)
{
    enrol(QStringLiteral("staff"));
    const SubmissionReceipt receipt = submitAs(QStringLiteral("staff"));
    const QByteArray original = fileBytes(receipt.filePath);
    QFile::remove(receipt.filePath);
    // The magic, the ephemeral public key, the ciphertext and the last byte of the authentication tag.
    const QList<qsizetype> offsets{0, 12, 60, original.size() / 2, original.size() - 1};
    for (qsizetype offset : offsets) {
        QByteArray changed = original;
        changed[offset] = static_cast<char>(changed[offset] ^ 0x01);
        QFile file(inbox() + QStringLiteral("/changed-at-%1.lantern-submission").arg(offset));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(changed);
    }
    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), offsets.size());
    for (const InboxFileOutcome& outcome : report.files) {
        EXPECT_EQ(outcome.result, Result::Rejected) << outcome.fileName.toStdString();
        EXPECT_TRUE(outcome.reason.startsWith(QStringLiteral("tampered"))) << outcome.reason.toStdString();
    }
    EXPECT_EQ(filesIn(inbox() + QStringLiteral("/rejected")).size(), offsets.size());
    EXPECT_TRUE(ConcernRepository(dsl()).inbox().isEmpty());
}

TEST_F(SubmissionTest, ASubmissionAlreadyImportedIsRefusedAsReplayed)
{
    enrol(QStringLiteral("staff"));
    const SubmissionReceipt receipt = submitAs(QStringLiteral("staff"));
    ASSERT_EQ(importInbox().count(Result::Imported), 1);
    // The processed file is put back into the inbox, under its own name and under another.
    const QString processed =
        inbox() + QStringLiteral("/processed/") + QFileInfo(receipt.filePath).fileName();
    ASSERT_TRUE(QFile::copy(processed, receipt.filePath));
    ASSERT_TRUE(QFile::copy(processed, inbox() + QStringLiteral("/again.lantern-submission")));

    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 2);
    for (const InboxFileOutcome& outcome : report.files) {
        EXPECT_EQ(outcome.result, Result::Rejected);
        EXPECT_TRUE(outcome.reason.startsWith(QStringLiteral("replayed: submission ") + receipt.submissionId))
            << outcome.reason.toStdString();
    }
    EXPECT_EQ(ConcernRepository(dsl()).inbox().size(), 1);
}

TEST_F(SubmissionTest, TwoCopiesOfOneSubmissionInOneImportAreFiledOnce)
{
    enrol(QStringLiteral("staff"));
    const SubmissionReceipt receipt = submitAs(QStringLiteral("staff"));
    const QString copy = inbox() + QStringLiteral("/copy of submission.lantern-submission");
    ASSERT_TRUE(QFile::copy(receipt.filePath, copy));
    QFile(copy).setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime);

    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 2);
    EXPECT_EQ(report.files.at(0).result, Result::Imported);
    EXPECT_EQ(report.files.at(1).result, Result::Rejected);
    EXPECT_TRUE(report.files.at(1).reason.startsWith(QStringLiteral("duplicate:")));
    EXPECT_TRUE(report.files.at(1).reason.contains(report.files.at(0).fileName));
    EXPECT_EQ(ConcernRepository(dsl()).inbox().size(), 1);
}

TEST_F(SubmissionTest, ReEnrolmentRevokesThePreviousKey)
{
    const Enrolment first = enrol(QStringLiteral("staff"));
    // A submission made with the first key but still in the inbox when the key is replaced.
    const SubmissionReceipt old = submitAs(QStringLiteral("staff"));
    QDir().rename(keyFolder(QStringLiteral("staff")), keyFolder(QStringLiteral("staff-old")));
    const Enrolment second = enrol(QStringLiteral("staff"));
    EXPECT_EQ(second.revokedKeyIds, QStringList{first.keyId});
    m_clock.advanceSeconds(60);
    const SubmissionReceipt fresh = submitAs(QStringLiteral("staff"));
    QFile(fresh.filePath)
        .setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime);

    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 2);
    EXPECT_EQ(report.files.at(0).submissionId, old.submissionId);
    EXPECT_EQ(report.files.at(0).result, Result::Rejected);
    EXPECT_TRUE(report.files.at(0).reason.contains(QStringLiteral("revoked")))
        << report.files.at(0).reason.toStdString();
    EXPECT_EQ(report.files.at(1).result, Result::Imported);
    EXPECT_EQ(auditEntries(dsl(), QStringLiteral("submission.staff.revoke")).size(), 1);
}

TEST_F(SubmissionTest, ASubmissionFromADisabledUserIsRefused)
{
    enrol(QStringLiteral("staff"));
    submitAs(QStringLiteral("staff"));
    dsl().removeUser(QStringLiteral("staff"));
    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files.first().result, Result::Rejected);
    EXPECT_TRUE(report.files.first().reason.contains(QStringLiteral("disabled")));
}

TEST_F(SubmissionTest, AChildNotOnTheRollIsHeldInTheInboxUntilTheRollIsPutRight)
{
    enrol(QStringLiteral("staff"));
    SubmittedConcern concern = aboutAmy();
    concern.children = {{QStringLiteral("Kofi Mensah"), QStringLiteral("Year 7"), false, ChildRole::Subject}};
    const SubmissionReceipt receipt = submitAs(QStringLiteral("staff"), concern);

    InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files.first().result, Result::Held);
    EXPECT_TRUE(report.files.first().reason.contains(QStringLiteral("\"Kofi Mensah\" in Year 7")));
    EXPECT_TRUE(QFileInfo::exists(receipt.filePath));

    addPupil(QStringLiteral("Kofi"), QStringLiteral("Mensah"), QStringLiteral("Year 7"), 3);
    report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files.first().result, Result::Imported);
}

TEST_F(SubmissionTest, TwoPupilsOfOneNameAreHeldUntilTheDslChoosesWhichIsMeant)
{
    const qint64 otherAmy =
        addPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"), QStringLiteral("Year 7"), 3);
    enrol(QStringLiteral("staff"));
    SubmittedConcern concern = aboutAmy();
    concern.children.append(
        {QStringLiteral("Zoë Kowalski"), QStringLiteral("Year 8"), true, ChildRole::Witness});
    const SubmissionReceipt receipt = submitAs(QStringLiteral("staff"), concern);

    InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    const InboxFileOutcome held = report.files.first();
    ASSERT_EQ(held.result, Result::Held);
    EXPECT_TRUE(held.reason.contains(QStringLiteral("2 pupils on the roll are \"Amy Okafor\" in Year 7")))
        << held.reason.toStdString();
    ASSERT_EQ(held.unmatched.size(), 1); // Zoë is settled; only Amy needs the DSL
    EXPECT_EQ(held.unmatched.first().index, 0);
    EXPECT_EQ(held.unmatched.first().candidates, (QList<qint64>{m_amy, otherAmy}));
    EXPECT_TRUE(QFileInfo::exists(receipt.filePath));

    const InboxFileOutcome outcome = InboxImporter(dsl()).importHeld(held.fileName, {{0, otherAmy}});
    ASSERT_EQ(outcome.result, Result::Imported) << outcome.reason.toStdString();
    const Concern filed = ConcernRepository(dsl()).get(outcome.recordId);
    ASSERT_EQ(filed.current.children.size(), 2);
    EXPECT_EQ(filed.current.children.at(0).pupilId, otherAmy);
    EXPECT_EQ(filed.current.children.at(1).displayName, QStringLiteral("Zoë Kowalski"));
    EXPECT_FALSE(QFileInfo::exists(receipt.filePath));
    EXPECT_TRUE(importInbox().files.isEmpty());

    // Who chose whom is in the chain with the import.
    const QList<AuditEntry> imports = auditEntries(dsl(), QStringLiteral("submission.import"));
    ASSERT_EQ(imports.size(), 1);
    EXPECT_TRUE(imports.first().details.contains(
        QStringLiteral("child 1 \"Amy Okafor\" in Year 7 chosen as pupil %1 by dsl").arg(otherAmy)))
        << imports.first().details.toStdString();
}

TEST_F(SubmissionTest, AChoiceOfNoPupilOrNoChildIsRefusedAndTheFileWaits)
{
    addPupil(QStringLiteral("Amy"), QStringLiteral("Okafor"), QStringLiteral("Year 7"), 3);
    enrol(QStringLiteral("staff"));
    const SubmissionReceipt receipt = submitAs(QStringLiteral("staff"));
    const QString file = QFileInfo(receipt.filePath).fileName();
    ASSERT_EQ(importInbox().count(Result::Held), 1);

    InboxImporter importer(dsl());
    try {
        importer.importHeld(file, {{0, 9999}});
        FAIL() << "a pupil not on the roll was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("no pupil 9999")))
            << error.message().toStdString();
    }
    try {
        importer.importHeld(file, {{1, m_amy}});
        FAIL() << "a choice for a child the submission does not name was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("no child 2"))) << error.message().toStdString();
    }
    try {
        importer.importHeld(QStringLiteral("not-there.lantern-submission"), {{0, m_amy}});
        FAIL() << "a file not in the inbox was imported";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::NotFound);
    }
    // No choice at all: still held, with the children to choose for.
    const InboxFileOutcome again = importer.importHeld(file, {});
    EXPECT_EQ(again.result, Result::Held);
    EXPECT_EQ(again.unmatched.size(), 1);
    EXPECT_TRUE(QFileInfo::exists(receipt.filePath));
    EXPECT_TRUE(ConcernRepository(dsl()).inbox().isEmpty());
}

TEST_F(SubmissionTest, TypedNamesMatchWhateverTheirCaseAndAccents)
{
    enrol(QStringLiteral("staff"));
    SubmittedConcern concern = aboutAmy();
    concern.children = {{QStringLiteral("zoe  KOWALSKI"), QString(), false, ChildRole::Subject}};
    submitAs(QStringLiteral("staff"), concern);
    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    ASSERT_EQ(report.files.first().result, Result::Imported) << report.files.first().reason.toStdString();
    EXPECT_EQ(
        ConcernRepository(dsl()).get(report.files.first().recordId).current.children.first().displayName,
        QStringLiteral("Zoë Kowalski"));
}

TEST_F(SubmissionTest, TheStaffMachineChecksTheConcernBeforeSealingIt)
{
    enrol(QStringLiteral("staff"));
    SubmittedConcern concern = aboutAmy();
    concern.account.clear();
    try {
        submitAs(QStringLiteral("staff"), concern);
        ADD_FAILURE() << "a concern without an account was sealed";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().startsWith(QStringLiteral("Account:")));
    }
    EXPECT_TRUE(filesIn(inbox()).isEmpty());
}

TEST_F(SubmissionTest, AConcernAboutTheHeadteacherIsNotSentForTheDslTeamToOpen)
{
    // Only the DSL team's Lantern opens a submission, and a concern about the headteacher is the chair of
    // governors' alone: the staff member is told to take it to the chair, and nothing is written.
    enrol(QStringLiteral("staff"));
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    const StaffSigningKey key = folder.key.unlock(staffPassword(QStringLiteral("staff")));
    const SubmittedAdultConcern aboutHead = aboutTheHeadteacher();
    try {
        StaffSubmitter(folder.profile, key, m_clock).submitAdultConcern(aboutHead);
        FAIL() << "a concern about the headteacher was sealed for the DSL team";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("chair of governors")))
            << error.message().toStdString();
    }
    EXPECT_TRUE(filesIn(inbox()).isEmpty());
}

TEST_F(SubmissionTest, AnOlderSubmitsConcernAboutTheHeadteacherIsHeldAndTheRestOfTheInboxIsImported)
{
    // One sealed by a Lantern Submit from before the refusal: the DSL holds no key to the headteacher store,
    // so cannot file it; it must not stop the rest of the inbox being imported, nor be lost.
    enrol(QStringLiteral("staff"));
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    const StaffSigningKey key = folder.key.unlock(staffPassword(QStringLiteral("staff")));
    const SubmittedAdultConcern aboutHead = aboutTheHeadteacher();
    SubmissionPayload payload;
    payload.submissionId = SubmissionPayload::newSubmissionId();
    payload.vaultId = folder.profile.vaultId;
    payload.keyId = key.keyId();
    payload.username = key.username();
    payload.createdAt = m_clock.nowUtc();
    payload.kind = SubmissionPayload::adultConcernKind();
    payload.content = adultConcernContentJson(aboutHead);
    const QString heldFile = payload.submissionId + SealedSubmission::fileSuffix();
    QFile file(inbox() + QLatin1Char('/') + heldFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(SealedSubmission::seal(payload, key.secretKey(), folder.profile.publicKey));
    file.close();
    m_clock.advanceSeconds(60);
    submitAs(QStringLiteral("staff"));

    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 2);
    EXPECT_EQ(report.count(Result::Imported), 1);
    ASSERT_EQ(report.count(Result::Held), 1);
    for (const InboxFileOutcome& outcome : report.files) {
        if (outcome.result != Result::Held)
            continue;
        EXPECT_EQ(outcome.submissionId, payload.submissionId);
        EXPECT_TRUE(outcome.reason.contains(QStringLiteral("chair of governors")))
            << outcome.reason.toStdString();
        EXPECT_FALSE(outcome.reason.contains(QStringLiteral("Shouted")));
    }
    EXPECT_EQ(filesIn(inbox()), QStringList{heldFile});
    EXPECT_TRUE(AdultRegister(dsl()).list().isEmpty());
}

TEST_F(SubmissionTest, AConcernAboutAnAdultGoesToTheAdultsRegister)
{
    enrol(QStringLiteral("staff"));
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    const StaffSigningKey key = folder.key.unlock(staffPassword(QStringLiteral("staff")));
    SubmittedAdultConcern concern;
    concern.adultName = QStringLiteral("Mr Example");
    concern.adultRole = QStringLiteral("volunteer");
    concern.occurred = PartialDate::parse(QStringLiteral("2026-11"), QStringLiteral("When"));
    concern.account = QStringLiteral("Gave a pupil his personal phone number.");
    StaffSubmitter(folder.profile, key, m_clock).submitAdultConcern(concern);

    const InboxImportReport report = importInbox();
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files.first().result, Result::Imported) << report.files.first().reason.toStdString();
    EXPECT_EQ(report.files.first().recordType, QStringLiteral("adult-concern"));
    const QList<AdultSummary> adults = AdultRegister(dsl()).list();
    ASSERT_EQ(adults.size(), 1);
    const Adult adult = AdultRegister(dsl()).get(adults.first().id);
    ASSERT_EQ(adult.concerns.size(), 1);
    EXPECT_EQ(adult.concerns.first().id, report.files.first().recordId);
    EXPECT_EQ(adult.concerns.first().reporterUsername, QStringLiteral("staff"));
    EXPECT_EQ(adult.concerns.first().source, QStringLiteral("submission"));
}

// Every value in the staff folder that decodes to 32 bytes (base64 or hex), tried as each store's raw key.
void collectCandidates(const QJsonValue& value, QList<QByteArray>& out)
{
    if (value.isObject()) {
        for (const QJsonValue& child : value.toObject())
            collectCandidates(child, out);
    } else if (value.isArray()) {
        for (const QJsonValue& child : value.toArray())
            collectCandidates(child, out);
    } else if (value.isString()) {
        const QByteArray text = value.toString().toLatin1();
        for (const QByteArray& decoded : {QByteArray::fromBase64(text), QByteArray::fromHex(text),
                                          QByteArray::fromHex(text.simplified().replace(' ', ""))}) {
            if (decoded.size() == 32)
                out.append(decoded);
        }
    }
}

bool opensRecords(const QString& records, const QByteArray& key)
{
    try {
        Database::open(records, SecureBytes(reinterpret_cast<const unsigned char*>(key.constData()), 32),
                       Database::Mode::OpenExisting);
        return true;
    } catch (const Error&) {
        return false;
    }
}

bool holdsKey(const QByteArray& file, const QByteArray& key)
{
    return file.contains(key) || file.contains(key.toBase64()) || file.contains(key.toHex()) ||
           file.contains(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

TEST_F(SubmissionTest, NothingAStaffMemberHoldsOpensTheVault)
{
    enrol(QStringLiteral("staff"));
    const SubmissionReceipt receipt = submitAs(QStringLiteral("staff"));
    const VaultPaths paths(vaultFolder());

    // The keys that matter, read as the DSL can: the master key (the directory's) and the compartment keys
    // from the DSL's slot, the vault's secret key.
    const KeySlotFile slots = KeySlotFile::load(paths.keySlots());
    const std::optional<KeySlot::Keys> keys =
        slots.findByUser(QStringLiteral("dsl"))->open(secret("dsl password 123"), slots.vaultId);
    ASSERT_TRUE(keys);
    const auto bytesOf = [](const SecureBytes& key) {
        return QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
    };
    QList<std::pair<QString, QByteArray>> stores{{paths.directory(), bytesOf(keys->current)}};
    for (Compartment each : {Compartment::Cases, Compartment::Adults}) {
        ASSERT_EQ(keys->compartments.count(compartmentName(each)), 1u) << compartmentName(each).toStdString();
        stores.append({paths.store(each), bytesOf(keys->compartments.at(compartmentName(each)))});
    }
    const QByteArray vaultSecret = [this] {
        const std::optional<SubmissionKeys::Pair> pair = SubmissionKeys::read(dsl());
        return QByteArray(reinterpret_cast<const char*>(pair->secretKey.data()), 32);
    }();
    m_vault.reset(); // the test opens the stores itself below
    for (const auto& [store, key] : stores)
        ASSERT_TRUE(opensRecords(store, key))
            << store.toStdString() << ": the check below could not tell a key that opens it";

    QList<QByteArray> staffFiles;
    QList<QByteArray> candidates;
    QDirIterator it(keyFolder(QStringLiteral("staff")), QDir::Files);
    while (it.hasNext()) {
        staffFiles.append(fileBytes(it.next()));
        collectCandidates(QJsonDocument::fromJson(staffFiles.last()).object(), candidates);
    }
    staffFiles.append(fileBytes(receipt.filePath));
    ASSERT_EQ(staffFiles.size(), 3);
    EXPECT_GE(candidates.size(), 2); // at least the two public keys
    const QByteArray sealed = staffFiles.last();
    for (const auto& [store, key] : stores) {
        SCOPED_TRACE(store.toStdString());
        for (const QByteArray& candidate : candidates)
            EXPECT_FALSE(opensRecords(store, candidate)) << candidate.toHex().toStdString();
        // Nor any 32 bytes of the sealed submission, taken at every offset.
        for (qsizetype offset = 0; offset + 32 <= sealed.size(); offset += 8)
            EXPECT_FALSE(opensRecords(store, sealed.mid(offset, 32))) << offset;
        for (const QByteArray& file : staffFiles)
            EXPECT_FALSE(holdsKey(file, key));
    }
    for (const QByteArray& file : staffFiles)
        EXPECT_FALSE(holdsKey(file, vaultSecret));
}

TEST_F(SubmissionTest, TheStaffKeyIsUselessWithoutItsPassword)
{
    enrol(QStringLiteral("staff"));
    const StaffFolder folder = StaffFolder::open(keyFolder(QStringLiteral("staff")));
    for (const char* wrong : {"", "staff password 123", "staff staff key passworD"}) {
        try {
            folder.key.unlock(secret(wrong));
            ADD_FAILURE() << "the staff key opened with \"" << wrong << "\"";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::AuthenticationFailed);
        }
    }
    // Moved to another user's name (its bound data changed), it no longer opens even with the password.
    StaffKeyFile renamed = folder.key;
    renamed.username = QStringLiteral("staff2");
    EXPECT_THROW(renamed.unlock(staffPassword(QStringLiteral("staff"))), Error);
    EXPECT_NO_THROW(folder.key.unlock(staffPassword(QStringLiteral("staff"))));
}

} // namespace
