// What was shared: information shared with, received from or not shared with other agencies (each in the
// chronology and the audit chain, amended never overwritten), and what each referral pack disclosed, kept in
// the vault beside its referral.
#include "records/SharingRepository.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "records/AuditViewer.h"
#include "records/ChronologyRepository.h"
#include "records/PackDisclosureRepository.h"
#include "records/ReferralRepository.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"
#include "vault/VaultTransaction.h"

using namespace lantern;
using namespace lantern::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

SharingDetails details(SharingDirection direction, const char* withWhom, const char* what, const char* why,
                       const char* lawfulBasis, const QDateTime& when)
{
    SharingDetails d;
    d.direction = direction;
    d.method = SharingMethod::Phone;
    d.occurredAt = when;
    d.withWhom = s(withWhom);
    d.what = s(what);
    d.why = s(why);
    d.lawfulBasis = s(lawfulBasis);
    return d;
}

class SharingRepositoryTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        pupil = addTestPupil(dsl(), TestPupil(s("Oisín"), s("Ó Briain")));
    }

    QDateTime hoursAgo(int hours) const { return m_clock.nowUtc().addSecs(-3600 * hours); }

    // The error `add` throws, or an empty one when it stores the record.
    Error refusal(const SharingDetails& d)
    {
        try {
            SharingRepository(dsl()).add(pupil, d);
        } catch (const Error& error) {
            return error;
        }
        return Error(ErrorKind::Internal, QString());
    }

    qint64 pupil = 0;
};

TEST_F(SharingRepositoryTest, EachDirectionIsStoredAndListedMostRecentFirst)
{
    SharingRepository sharing(dsl());
    const qint64 shared = sharing.add(
        pupil, details(SharingDirection::Shared, "PC Smith, Northshire Police", "Dates of the three absences",
                       "Missing-episode enquiry", "UK GDPR 6(1)(e); DPA 2018 Sch 1 para 18", hoursAgo(30)));
    SharingDetails received = details(SharingDirection::Received, "Nurse Okafor, school nursing",
                                      "Missed health appointments", "To plan support", "", hoursAgo(20));
    received.method = SharingMethod::Email;
    const qint64 receivedId = sharing.add(pupil, received);
    const qint64 notShared =
        sharing.add(pupil, details(SharingDirection::NotShared, "Mr Jones (father's solicitor)",
                                   "The child's attendance record",
                                   "No consent and no safeguarding purpose; "
                                   "father has no parental responsibility",
                                   "", hoursAgo(2)));

    const QList<SharingRecord> records = SharingRepository(dsl()).records(pupil);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].id, notShared);
    EXPECT_EQ(records[1].id, receivedId);
    EXPECT_EQ(records[2].id, shared);
    EXPECT_EQ(records[0].current.direction, SharingDirection::NotShared);
    EXPECT_EQ(records[0].current.why, s("No consent and no safeguarding purpose; father has no parental "
                                        "responsibility"));
    EXPECT_EQ(records[1].current.method, SharingMethod::Email);
    EXPECT_EQ(records[1].current.withWhom, s("Nurse Okafor, school nursing"));
    EXPECT_EQ(records[2].current.lawfulBasis, s("UK GDPR 6(1)(e); DPA 2018 Sch 1 para 18"));
    EXPECT_EQ(records[2].current.occurredAt, hoursAgo(30));
    EXPECT_EQ(records[2].current.version, 1);
    EXPECT_EQ(records[2].current.amendedBy, QStringLiteral("dsl"));
    EXPECT_EQ(records[2].pupilId, pupil);
    EXPECT_EQ(SharingRepository(dsl()).get(receivedId).current.what, s("Missed health appointments"));
}

TEST_F(SharingRepositoryTest, EachGoesInTheChronologyAndADecisionNotToShareIsSignificant)
{
    SharingRepository sharing(dsl());
    const qint64 shared = sharing.add(pupil, details(SharingDirection::Shared, "PC Smith, Northshire Police",
                                                     "Dates of the three absences", "Missing-episode enquiry",
                                                     "UK GDPR 6(1)(e)", hoursAgo(30)));
    const qint64 notShared =
        sharing.add(pupil, details(SharingDirection::NotShared, "Mr Jones (father's solicitor)",
                                   "Attendance record", "No safeguarding purpose", "", hoursAgo(2)));

    const QList<ChronologyEntry> chronology = ChronologyRepository(dsl()).entries(pupil);
    ASSERT_EQ(chronology.size(), 2);
    EXPECT_EQ(chronology[0].type, QStringLiteral("information-sharing"));
    EXPECT_EQ(ChronologyTypes::label(chronology[0].type), QStringLiteral("Information sharing"));
    EXPECT_EQ(chronology[0].sourceId, shared);
    EXPECT_EQ(chronology[0].summary,
              s("Shared with PC Smith, Northshire Police (phone): Dates of the three absences"));
    EXPECT_EQ(chronology[0].whyItMatters, s("Missing-episode enquiry"));
    EXPECT_FALSE(chronology[0].significant);
    EXPECT_EQ(chronology[1].sourceId, notShared);
    EXPECT_EQ(chronology[1].summary,
              s("Decided not to share with Mr Jones (father's solicitor) (phone): Attendance record"));
    EXPECT_EQ(chronology[1].whyItMatters, s("No safeguarding purpose"));
    EXPECT_TRUE(chronology[1].significant);
}

TEST_F(SharingRepositoryTest, EveryChangeAndEveryViewIsAudited)
{
    const qint64 id =
        SharingRepository(dsl()).add(pupil, details(SharingDirection::Received, "Dami Okafor, Front Door",
                                                    "Outcome of the strategy "
                                                    "discussion",
                                                    "To plan school support", "", hoursAgo(3)));
    SharingRepository(as(QStringLiteral("deputy"))).records(pupil);
    SharingRepository(as(QStringLiteral("deputy"))).get(id);

    const QList<AuditEntry> added = auditEntries(dsl(), QStringLiteral("sharing.add"));
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added[0].actor, QStringLiteral("dsl"));
    EXPECT_EQ(added[0].objectType, QStringLiteral("sharing"));
    EXPECT_EQ(added[0].objectId, QString::number(id));
    EXPECT_EQ(added[0].details, QStringLiteral("pupil %1; received; phone").arg(pupil));
    // No case text in the chain.
    EXPECT_FALSE(added[0].details.contains(QStringLiteral("Okafor")));
    const QList<AuditEntry> views = auditEntries(dsl(), QStringLiteral("sharing.view"));
    ASSERT_EQ(views.size(), 2);
    EXPECT_EQ(views[0].actor, QStringLiteral("deputy"));
    EXPECT_EQ(views[0].objectType, QStringLiteral("pupil"));
    EXPECT_EQ(views[1].objectType, QStringLiteral("sharing"));
    EXPECT_EQ(views[1].objectId, QString::number(id));

    // The audit page's pupil filter finds them all.
    AuditQuery about;
    about.pupilId = pupil;
    about.action = QStringLiteral("sharing.");
    EXPECT_EQ(AuditViewer(dsl()).search(about).size(), 3);
}

TEST_F(SharingRepositoryTest, ADecisionNotToShareWithoutAReasonIsRefusedNamingTheField)
{
    const Error error =
        refusal(details(SharingDirection::NotShared, "Mr Jones", "Attendance record", "  ", "", hoursAgo(1)));
    EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
    EXPECT_EQ(error.field(), QString(SharingField::why));
    EXPECT_TRUE(error.message().startsWith(QStringLiteral("Reason for not sharing:")))
        << error.message().toStdString();
    EXPECT_TRUE(SharingRepository(dsl()).records(pupil).isEmpty());
    EXPECT_TRUE(ChronologyRepository(dsl()).entries(pupil).isEmpty());
}

TEST_F(SharingRepositoryTest, MissingOrMisplacedFieldsAndFutureTimesAreRefusedNamingTheField)
{
    const auto check = [&](const SharingDetails& d, QLatin1String field, const char* start) {
        const Error error = refusal(d);
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput) << start;
        EXPECT_EQ(error.field(), QString(field)) << start;
        EXPECT_TRUE(error.message().startsWith(QString::fromLatin1(start))) << error.message().toStdString();
    };
    check(details(SharingDirection::Shared, " ", "What", "Why", "Basis", hoursAgo(1)), SharingField::withWhom,
          "With whom:");
    check(details(SharingDirection::Received, "PC Smith", "", "Why", "", hoursAgo(1)), SharingField::what,
          "What:");
    check(details(SharingDirection::Shared, "PC Smith", "What", "", "Basis", hoursAgo(1)), SharingField::why,
          "Why:");
    check(details(SharingDirection::Shared, "PC Smith", "What", "Why", "", hoursAgo(1)),
          SharingField::lawfulBasis, "Lawful basis:");
    check(details(SharingDirection::Received, "PC Smith", "What", "Why", "Basis", hoursAgo(1)),
          SharingField::lawfulBasis, "Lawful basis:");
    check(details(SharingDirection::Shared, "PC Smith", "What", "Why", "Basis", hoursAgo(-2)),
          SharingField::occurredAt, "When:");
    check(details(SharingDirection::Shared, "PC Smith", "What", "Why", "Basis", QDateTime()),
          SharingField::occurredAt, "When:");
    EXPECT_TRUE(SharingRepository(dsl()).records(pupil).isEmpty());
}

TEST_F(SharingRepositoryTest, AnAmendmentKeepsTheHistoryAndSupersedesTheChronologyEntry)
{
    const qint64 id = SharingRepository(dsl()).add(
        pupil, details(SharingDirection::Shared, "PC Smith", "Dates of absences", "Missing-episode enquiry",
                       "UK GDPR 6(1)(e)", hoursAgo(5)));
    m_clock.advanceSeconds(3600);
    SharingDetails corrected = SharingRepository(dsl()).get(id).current;
    corrected.withWhom = s("PC Smyth, Northshire Police");
    SharingRepository(as(QStringLiteral("deputy"))).amend(id, corrected, s("Officer's name misspelt"));

    const SharingRecord record = SharingRepository(dsl()).get(id);
    ASSERT_EQ(record.history.size(), 2);
    EXPECT_EQ(record.history[0].withWhom, s("PC Smith"));
    EXPECT_TRUE(record.history[0].amendReason.isEmpty());
    EXPECT_EQ(record.current.version, 2);
    EXPECT_EQ(record.current.withWhom, s("PC Smyth, Northshire Police"));
    EXPECT_EQ(record.current.amendedBy, QStringLiteral("deputy"));
    EXPECT_EQ(record.current.amendReason, s("Officer's name misspelt"));
    EXPECT_EQ(record.current.amendedAt, m_clock.nowUtc());

    ChronologyFilter all;
    all.includeSuperseded = true;
    const QList<ChronologyEntry> chronology = ChronologyRepository(dsl()).entries(pupil, all);
    ASSERT_EQ(chronology.size(), 2);
    EXPECT_FALSE(chronology[0].isCurrent());
    EXPECT_EQ(chronology[0].amendReason, s("Officer's name misspelt"));
    EXPECT_TRUE(chronology[1].isCurrent());
    EXPECT_TRUE(chronology[1].summary.contains(s("PC Smyth")));

    const QList<AuditEntry> amended = auditEntries(dsl(), QStringLiteral("sharing.amend"));
    ASSERT_EQ(amended.size(), 1);
    EXPECT_EQ(amended[0].actor, QStringLiteral("deputy"));
    EXPECT_EQ(amended[0].objectId, QString::number(id));

    // No reason, or nothing changed: refused, and nothing is added.
    EXPECT_THROW(SharingRepository(dsl()).amend(id, corrected, QString()), Error);
    try {
        SharingRepository(dsl()).amend(id, corrected, s("Again"));
        ADD_FAILURE() << "an amendment changing nothing was stored";
    } catch (const Error& error) {
        EXPECT_EQ(error.message(), AmendmentRules::nothingChangedMessage());
    }
    EXPECT_EQ(SharingRepository(dsl()).get(id).history.size(), 2);
}

TEST_F(SharingRepositoryTest, StaffHeadAndAdministratorCannotReadOrAdd)
{
    for (const char* name : {"staff", "admin", "head"}) {
        SharingRepository repository(as(QString::fromLatin1(name)));
        try {
            repository.add(pupil,
                           details(SharingDirection::Received, "PC Smith", "What", "Why", "", hoursAgo(1)));
            ADD_FAILURE() << name << " recorded information sharing";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << name;
        }
        EXPECT_THROW(repository.records(pupil), Error) << name;
    }
}

// --- what a referral pack disclosed ------------------------------------------------------------------------

class PackDisclosureTest : public SharingRepositoryTest {
protected:
    qint64 packReferral(qint64 pupilId, const QString& packSha)
    {
        Referral referral;
        referral.pupilId = pupilId;
        referral.toWhom = s("Northshire Children's Front Door");
        referral.referredAt = m_clock.nowUtc();
        referral.method = ReferralMethod::Pack;
        referral.packSha256 = packSha;
        return ReferralRepository(dsl()).add(referral);
    }

    PackDisclosure disclosure(qint64 referralId) const
    {
        PackDisclosure d;
        d.referralId = referralId;
        d.pupilId = pupil;
        d.packId = QStringLiteral("7d3f0c1e-2b4a-4c8e-9a51-0f6e2d1b3c77");
        d.packSha256 = sha;
        d.exportedAt = m_clock.nowUtc();
        d.exportedBy = QStringLiteral("dsl");
        d.periodFrom = QDate(2026, 5, 1);
        d.periodTo = QDate(2026, 11, 24);
        d.sections = {QStringLiteral("child"), QStringLiteral("concerns"), QStringLiteral("chronology"),
                      QStringLiteral("voice")};
        // Deliberately not sorted: the pack's order is kept.
        d.itemsIncluded = {QStringLiteral("concern:12"),   QStringLiteral("decision:4"),
                           QStringLiteral("voice:7"),      QStringLiteral("chronology:31"),
                           QStringLiteral("chronology:2"), QStringLiteral("concern:3")};
        d.itemsRedacted = {QStringLiteral("concern:3"), QStringLiteral("concern:12")};
        d.itemsLeftOut = 2;
        d.recipientTeam = s("Front Door (MASH)");
        d.recipientAuthority = s("Northshire County Council");
        d.serviceRequested = QStringLiteral("section-47");
        d.urgency = QStringLiteral("today");
        d.reason = s("Oisín said his uncle hit him;\nbruising seen on his forearm.");
        d.lawfulBasis = s("UK GDPR 6(1)(e); DPA 2018 Sch 1 para 18");
        d.consent = QStringLiteral("not-sought");
        d.consentDetail = s("Seeking consent would place him at greater risk");
        d.parentsAware = QStringLiteral("no");
        d.parentsAwareDetail = s("Advised by social care not to tell them yet");
        d.encrypted = true;
        return d;
    }

    const QString sha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
};

TEST_F(PackDisclosureTest, EveryFieldComesBackExactlyWithTheItemsInPackOrder)
{
    const qint64 referralId = packReferral(pupil, sha);
    const PackDisclosure written = disclosure(referralId);
    PackDisclosureRepository(dsl()).record(written);

    const std::optional<PackDisclosure> read = PackDisclosureRepository(dsl()).forReferral(referralId);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->referralId, referralId);
    EXPECT_EQ(read->pupilId, pupil);
    EXPECT_EQ(read->packId, written.packId);
    EXPECT_EQ(read->packSha256, sha);
    EXPECT_EQ(read->exportedAt, written.exportedAt);
    EXPECT_EQ(read->exportedBy, QStringLiteral("dsl"));
    EXPECT_EQ(read->periodFrom, QDate(2026, 5, 1));
    EXPECT_EQ(read->periodTo, QDate(2026, 11, 24));
    EXPECT_EQ(read->sections, written.sections);
    EXPECT_EQ(read->itemsIncluded, written.itemsIncluded);
    EXPECT_EQ(read->itemsRedacted, written.itemsRedacted);
    EXPECT_EQ(read->itemsLeftOut, 2);
    EXPECT_EQ(read->recipientTeam, written.recipientTeam);
    EXPECT_EQ(read->recipientAuthority, written.recipientAuthority);
    EXPECT_EQ(read->serviceRequested, QStringLiteral("section-47"));
    EXPECT_EQ(read->urgency, QStringLiteral("today"));
    EXPECT_EQ(read->reason, written.reason);
    EXPECT_EQ(read->lawfulBasis, written.lawfulBasis);
    EXPECT_EQ(read->consent, QStringLiteral("not-sought"));
    EXPECT_EQ(read->consentDetail, written.consentDetail);
    EXPECT_EQ(read->parentsAware, QStringLiteral("no"));
    EXPECT_EQ(read->parentsAwareDetail, written.parentsAwareDetail);
    EXPECT_TRUE(read->encrypted);

    const QList<AuditEntry> recorded = auditEntries(dsl(), QStringLiteral("referral.disclosure"));
    ASSERT_EQ(recorded.size(), 2); // the record and the view
    EXPECT_EQ(recorded[0].action, QStringLiteral("referral.disclosure"));
    EXPECT_EQ(recorded[0].objectId, QString::number(referralId));
    EXPECT_EQ(recorded[1].action, QStringLiteral("referral.disclosure.view"));
}

TEST_F(PackDisclosureTest, AReferralMadeOtherwiseHasNoDisclosure)
{
    const qint64 referralId = packReferral(pupil, QString());
    EXPECT_FALSE(PackDisclosureRepository(dsl()).forReferral(referralId).has_value());
    EXPECT_EQ(auditEntries(dsl(), QStringLiteral("referral.disclosure.view")).size(), 1);
    try {
        PackDisclosureRepository(dsl()).forReferral(referralId + 100);
        ADD_FAILURE() << "a missing referral was read";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::NotFound);
    }
}

TEST_F(PackDisclosureTest, AReferralOfAnotherPupilIsRefused)
{
    const qint64 other = addTestPupil(dsl(), TestPupil(s("Zoë"), s("Nguyễn")));
    const qint64 referralId = packReferral(other, sha);
    try {
        PackDisclosureRepository(dsl()).record(disclosure(referralId));
        ADD_FAILURE() << "a disclosure was kept with another child's referral";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("not a referral of pupil")))
            << error.message().toStdString();
    }
    EXPECT_FALSE(PackDisclosureRepository(dsl()).forReferral(referralId).has_value());
}

TEST_F(PackDisclosureTest, ItIsRecordedOnceWithTheReferralsOwnHashAndOnlyRedactsIncludedItems)
{
    const qint64 referralId = packReferral(pupil, sha);
    PackDisclosure wrongHash = disclosure(referralId);
    wrongHash.packSha256 = QString(64, QLatin1Char('0'));
    EXPECT_THROW(PackDisclosureRepository(dsl()).record(wrongHash), Error);
    PackDisclosure strayRedaction = disclosure(referralId);
    strayRedaction.itemsRedacted.append(QStringLiteral("concern:99"));
    EXPECT_THROW(PackDisclosureRepository(dsl()).record(strayRedaction), Error);

    PackDisclosureRepository(dsl()).record(disclosure(referralId));
    try {
        PackDisclosureRepository(dsl()).record(disclosure(referralId));
        ADD_FAILURE() << "a disclosure was recorded twice";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("never changed")))
            << error.message().toStdString();
    }
}

TEST_F(PackDisclosureTest, ItJoinsTheCallersTransaction)
{
    qint64 referralId = 0;
    {
        // As ReferralPackBuilder does: the referral and its disclosure in one VaultTransaction, here never
        // committed, so neither is kept.
        VaultTransaction transaction(dsl());
        referralId = packReferral(pupil, sha);
        PackDisclosureRepository(dsl()).record(disclosure(referralId));
    }
    EXPECT_TRUE(ReferralRepository(dsl()).referrals(pupil).isEmpty());
    EXPECT_TRUE(auditEntries(dsl(), QStringLiteral("referral.disclosure")).isEmpty());

    {
        VaultTransaction transaction(dsl());
        referralId = packReferral(pupil, sha);
        PackDisclosureRepository(dsl()).record(disclosure(referralId));
        transaction.commit();
    }
    EXPECT_TRUE(PackDisclosureRepository(dsl()).forReferral(referralId).has_value());
}

} // namespace
