// Agencies, plans, meetings, referrals and attachments as a DSL meets them, on a real vault.
#include "core/Error.h"
#include "records/AgencyRepository.h"
#include "records/AttachmentRepository.h"
#include "records/ChronologyRepository.h"
#include "records/MeetingRepository.h"
#include "records/PlanRepository.h"
#include "records/PupilRepository.h"
#include "records/ReferralRepository.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"
#include "vault/VaultPaths.h"

#include <QFile>
#include <QFileInfo>
#include <functional>

using namespace lantern;
using namespace lantern::test;

namespace {

qint64 insertPupil(Vault& vault, const QString& forename, const QString& surname)
{
    return addTestPupil(vault, TestPupil(forename, surname));
}

// A statutory flag on the pupil's record (Pupil::childProtectionPlan, …), read as the DSL reads it.
bool pupilFlag(Vault& vault, qint64 pupilId, bool Pupil::*flag)
{
    const std::optional<Pupil> pupil = PupilRepository(vault).find(pupilId);
    EXPECT_TRUE(pupil.has_value());
    return pupil && (*pupil).*flag;
}

struct ChronologyRow {
    QString value;
    QString summary;
    QString sourceType;
    qint64 sourceId = 0;
    bool significant = false;
};

// The pupil's current chronology entries in event order.
QList<ChronologyRow> chronology(Vault& vault, qint64 pupilId)
{
    QList<ChronologyRow> rows;
    for (const ChronologyEntry& entry : ChronologyRepository(vault).entries(pupilId))
        rows.append({entry.when.value(), entry.summary, entry.sourceType, entry.sourceId.value_or(0),
                     entry.significant});
    return rows;
}

QList<AuditEntry> auditFor(Vault& vault, const QString& action)
{
    AuditFilter filter;
    filter.actionPrefix = action;
    QList<AuditEntry> matching;
    for (const AuditEntry& entry : vault.audit().entries(filter))
        if (entry.action == action)
            matching.append(entry);
    return matching;
}

void expectError(ErrorKind kind, const QString& needle, const std::function<void()>& action)
{
    try {
        action();
        ADD_FAILURE() << "expected an error mentioning " << needle.toStdString();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), kind) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(needle, Qt::CaseInsensitive))
            << "\"" << error.message().toStdString() << "\" should mention " << needle.toStdString();
    }
}

class CaseworkTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        m_pupil = insertPupil(dsl(), QStringLiteral("Zoë"), QStringLiteral("Nguyễn"));
    }

    QDate today() const { return fixedNow().date(); } // 25 November 2026, 09:30 UTC = 09:30 GMT

    qint64 m_pupil = 0;
};

TEST_F(CaseworkTest, AgenciesAreListedByNameAndNeedOne)
{
    AgencyRepository agencies(dsl());
    const qint64 police = agencies.addAgency(
        {0, QStringLiteral("Thames Valley Police"), AgencyKind::Police, QStringLiteral("101"), {}});
    agencies.addAgency(
        {0, QStringLiteral("Children's Services Front Door"), AgencyKind::ChildrensSocialCare, {}, {}});
    const QList<Agency> all = agencies.agencies();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).name, QStringLiteral("Children's Services Front Door"));
    EXPECT_EQ(all.at(0).kind, AgencyKind::ChildrensSocialCare);
    EXPECT_EQ(agencies.agency(police).phone, QStringLiteral("101"));
    EXPECT_EQ(auditFor(dsl(), QStringLiteral("agency.add")).size(), 2);
    expectError(ErrorKind::InvalidInput, QStringLiteral("name"), [&] {
        agencies.addAgency({0, QStringLiteral("   "), AgencyKind::Health, {}, {}});
    });
    EXPECT_EQ(agencyKindFromName(QStringLiteral("childrens-social-care")), AgencyKind::ChildrensSocialCare);
}

TEST_F(CaseworkTest, InvolvementEndsOnceAndItsListIsAudited)
{
    AgencyRepository agencies(dsl());
    const qint64 health =
        agencies.addAgency({0, QStringLiteral("School nursing"), AgencyKind::Health, {}, {}});
    Involvement involvement;
    involvement.agencyId = health;
    involvement.contactName = QStringLiteral("Siân Evans");
    involvement.contactRole = QStringLiteral("School nurse");
    involvement.startedOn = QDate(2026, 9, 1);
    const qint64 id = agencies.involve(m_pupil, involvement);

    QList<Involvement> listed = agencies.involvements(m_pupil);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0).agencyName, QStringLiteral("School nursing"));
    EXPECT_EQ(listed.at(0).contactName, QStringLiteral("Siân Evans"));
    EXPECT_TRUE(listed.at(0).isOpen());
    const QList<AuditEntry> views = auditFor(dsl(), QStringLiteral("involvement.view"));
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views.at(0).actor, QStringLiteral("dsl"));
    EXPECT_EQ(views.at(0).objectId, QString::number(m_pupil));

    expectError(ErrorKind::InvalidInput, QStringLiteral("before its start"),
                [&] { agencies.endInvolvement(id, QDate(2026, 8, 1)); });
    agencies.endInvolvement(id, QDate(2026, 11, 20));
    expectError(ErrorKind::InvalidInput, QStringLiteral("already ended"),
                [&] { agencies.endInvolvement(id, QDate(2026, 11, 24)); });
    listed = agencies.involvements(m_pupil);
    EXPECT_EQ(listed.at(0).endedOn, QDate(2026, 11, 20)); // the first end stands

    involvement.startedOn = today().addDays(1);
    expectError(ErrorKind::InvalidInput, QStringLiteral("future"),
                [&] { agencies.involve(m_pupil, involvement); });
    involvement.startedOn.reset();
    involvement.agencyId = 999;
    expectError(ErrorKind::NotFound, QStringLiteral("agency"),
                [&] { agencies.involve(m_pupil, involvement); });
}

TEST_F(CaseworkTest, ChildProtectionPlanNeedsItsCensusCategoryAndNoOtherPlanHasOne)
{
    PlanRepository plans(dsl());
    Plan plan;
    plan.pupilId = m_pupil;
    plan.type = PlanType::ChildProtection;
    plan.startedOn = QDate(2026, 10, 1);
    expectError(ErrorKind::InvalidInput, QStringLiteral("category"), [&] { plans.add(plan); });
    plan.cpCategory = QStringLiteral("XYZ");
    expectError(ErrorKind::InvalidInput, QStringLiteral("category"), [&] { plans.add(plan); });

    plan.type = PlanType::ChildInNeed;
    plan.cpCategory = QStringLiteral("NEG");
    expectError(ErrorKind::InvalidInput, QStringLiteral("category"), [&] { plans.add(plan); });

    plan.type = PlanType::ChildProtection;
    plan.startedOn = today().addDays(1);
    expectError(ErrorKind::InvalidInput, QStringLiteral("start date"), [&] { plans.add(plan); });
    EXPECT_TRUE(plans.plans(m_pupil).isEmpty());
    EXPECT_FALSE(pupilFlag(dsl(), m_pupil, &Pupil::childProtectionPlan));
}

TEST_F(CaseworkTest, ChildProtectionPlanSetsThePupilsFlagUntilItEnds)
{
    PlanRepository plans(dsl());
    Plan plan;
    plan.pupilId = m_pupil;
    plan.type = PlanType::ChildProtection;
    plan.cpCategory = QStringLiteral("neg"); // typed in lower case, stored as the census code
    plan.startedOn = QDate(2026, 10, 1);
    plan.leadPractitioner = QStringLiteral("Dami Okafor");
    const qint64 first = plans.add(plan);
    EXPECT_TRUE(pupilFlag(dsl(), m_pupil, &Pupil::childProtectionPlan));
    EXPECT_FALSE(pupilFlag(dsl(), m_pupil, &Pupil::childInNeed));
    const QList<AuditEntry> status = auditFor(dsl(), QStringLiteral("pupil.status"));
    ASSERT_EQ(status.size(), 1);
    EXPECT_EQ(status.at(0).objectId, QString::number(m_pupil));

    QList<ChronologyRow> rows = chronology(dsl(), m_pupil);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).sourceType, QStringLiteral("plan"));
    EXPECT_EQ(rows.at(0).sourceId, first);
    EXPECT_EQ(rows.at(0).value, QStringLiteral("2026-10-01"));
    EXPECT_TRUE(rows.at(0).significant);
    EXPECT_TRUE(rows.at(0).summary.contains(QStringLiteral("Neglect"))) << rows.at(0).summary.toStdString();

    // A second CP plan (re-categorised) keeps the flag when the first ends.
    plan.cpCategory = QStringLiteral("MUL");
    plan.startedOn = QDate(2026, 11, 1);
    const qint64 second = plans.add(plan);
    plans.end(first, QDate(2026, 11, 1));
    EXPECT_TRUE(pupilFlag(dsl(), m_pupil, &Pupil::childProtectionPlan));
    plans.end(second, QDate(2026, 11, 24));
    EXPECT_FALSE(pupilFlag(dsl(), m_pupil, &Pupil::childProtectionPlan));
    EXPECT_EQ(auditFor(dsl(), QStringLiteral("pupil.status")).size(), 2);
    expectError(ErrorKind::InvalidInput, QStringLiteral("already ended"),
                [&] { plans.end(second, QDate(2026, 11, 25)); });

    rows = chronology(dsl(), m_pupil);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_TRUE(rows.last().summary.contains(QStringLiteral("ended")));
    EXPECT_EQ(rows.last().value, QStringLiteral("2026-11-24"));

    const QList<Plan> listed = plans.plans(m_pupil);
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(0).id, second); // most recent first
    EXPECT_EQ(listed.at(1).cpCategory, QStringLiteral("NEG"));
    EXPECT_EQ(listed.at(1).endedOn, QDate(2026, 11, 1));
    const QList<AuditEntry> views = auditFor(dsl(), QStringLiteral("plan.view"));
    ASSERT_EQ(views.size(), 1);
    EXPECT_EQ(views.at(0).objectId, QString::number(m_pupil));
}

TEST_F(CaseworkTest, ChildInNeedAndFamilyHelpPlansSetTheirOwnFlags)
{
    PlanRepository plans(dsl());
    Plan cin;
    cin.pupilId = m_pupil;
    cin.type = PlanType::ChildInNeed;
    cin.startedOn = QDate(2026, 6, 1);
    const qint64 cinId = plans.add(cin);
    Plan help = cin;
    help.type = PlanType::FamilyHelp;
    plans.add(help);
    EXPECT_TRUE(pupilFlag(dsl(), m_pupil, &Pupil::childInNeed));
    EXPECT_TRUE(pupilFlag(dsl(), m_pupil, &Pupil::familyHelp));
    EXPECT_FALSE(pupilFlag(dsl(), m_pupil, &Pupil::childProtectionPlan));
    plans.end(cinId, QDate(2026, 9, 1));
    EXPECT_FALSE(pupilFlag(dsl(), m_pupil, &Pupil::childInNeed));
    EXPECT_TRUE(pupilFlag(dsl(), m_pupil, &Pupil::familyHelp));
    // CIN plans are in the chronology but not flagged significant; only CP plans are.
    for (const ChronologyRow& row : chronology(dsl(), m_pupil))
        EXPECT_FALSE(row.significant) << row.summary.toStdString();
}

TEST_F(CaseworkTest, MeetingsGoIntoTheChronologyAndScheduledOnesHaveNoOutcome)
{
    MeetingRepository meetings(dsl());
    Meeting strategy;
    strategy.pupilId = m_pupil;
    strategy.type = MeetingType::StrategyDiscussion;
    strategy.heldOn = QDate(2026, 11, 20);
    strategy.outcome = QStringLiteral("Section 47 enquiry to begin");
    strategy.schoolContribution = QStringLiteral("Attendance and the concern log");
    const qint64 strategyId = meetings.add(strategy);

    Meeting coreGroup;
    coreGroup.pupilId = m_pupil;
    coreGroup.type = MeetingType::CoreGroup;
    coreGroup.heldOn = today().addDays(7);
    coreGroup.outcome = QStringLiteral("Plan agreed");
    expectError(ErrorKind::InvalidInput, QStringLiteral("outcome"), [&] { meetings.add(coreGroup); });
    coreGroup.outcome.clear();
    meetings.add(coreGroup); // scheduled

    const QList<ChronologyRow> rows = chronology(dsl(), m_pupil);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).sourceType, QStringLiteral("meeting"));
    EXPECT_EQ(rows.at(0).sourceId, strategyId);
    EXPECT_TRUE(rows.at(0).significant);
    EXPECT_TRUE(rows.at(0).summary.contains(QStringLiteral("Strategy discussion")));
    EXPECT_FALSE(rows.at(1).significant);
    EXPECT_TRUE(rows.at(1).summary.contains(QStringLiteral("scheduled")));

    const QList<Meeting> listed = meetings.meetings(m_pupil);
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(1).schoolContribution, QStringLiteral("Attendance and the concern log"));
    ASSERT_EQ(auditFor(dsl(), QStringLiteral("meeting.view")).size(), 1);
    EXPECT_EQ(auditFor(dsl(), QStringLiteral("meeting.add")).size(), 2);
    EXPECT_EQ(meetingTypeLabel(MeetingType::InitialCpConference),
              QStringLiteral("Initial child protection conference"));
}

TEST_F(CaseworkTest, ReferralUpdatesAreAppendedWithTheirHistory)
{
    ReferralRepository referrals(dsl());
    Referral referral;
    referral.pupilId = m_pupil;
    referral.toWhom = QStringLiteral("Children's Services Front Door");
    referral.referredAt = QDateTime(QDate(2026, 11, 20), QTime(14, 3), Qt::UTC);
    referral.method = ReferralMethod::OnlineForm;
    referral.followUpOn = QDate(2026, 11, 20);
    expectError(ErrorKind::InvalidInput, QStringLiteral("follow-up date"), [&] { referrals.add(referral); });
    referral.followUpOn = QDate(2026, 11, 23);
    const qint64 id = referrals.add(referral);

    const QList<ChronologyRow> rows = chronology(dsl(), m_pupil);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).sourceType, QStringLiteral("referral"));
    EXPECT_EQ(rows.at(0).value, QStringLiteral("2026-11-20T14:03")); // GMT in November: UK time = UTC
    EXPECT_TRUE(rows.at(0).significant);

    referrals.recordUpdate(id, ReferralField::ReceivingReference, QStringLiteral("FD-2026-1142"));
    referrals.recordUpdate(id, ReferralField::Outcome, QStringLiteral("Passed to assessment team"));
    m_clock.advanceSeconds(3600);
    referrals.recordUpdate(id, ReferralField::Outcome, QStringLiteral("Child and family assessment"));
    expectError(ErrorKind::InvalidInput, QStringLiteral("before the referral"), [&] {
        referrals.recordUpdate(id, ReferralField::AcknowledgedAt, QStringLiteral("2026-11-19 10:00"));
    });
    expectError(ErrorKind::InvalidInput, QStringLiteral("follow-up date"),
                [&] { referrals.recordUpdate(id, ReferralField::FollowUpOn, QStringLiteral("2026-11-19")); });

    const ReferralState state = referrals.current(id);
    EXPECT_EQ(state.current.outcome, QStringLiteral("Child and family assessment"));
    EXPECT_EQ(state.current.receivingReference, QStringLiteral("FD-2026-1142"));
    EXPECT_TRUE(state.original.outcome.isEmpty());
    ASSERT_EQ(state.history.size(), 3);
    EXPECT_EQ(state.history.at(1).value, QStringLiteral("Passed to assessment team"));
    EXPECT_EQ(state.history.at(2).changedBy, QStringLiteral("dsl"));

    // The base row is never written over.
    Statement base(dsl().database(), "SELECT outcome, receiving_reference FROM referrals WHERE id = :id;");
    base.bind(":id", id);
    ASSERT_TRUE(base.step());
    EXPECT_TRUE(base.text(0).isEmpty());
    EXPECT_TRUE(base.text(1).isEmpty());

    const QList<Referral> listed = referrals.referrals(m_pupil);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0).outcome, QStringLiteral("Child and family assessment"));
    const QList<AuditEntry> views = auditFor(dsl(), QStringLiteral("referral.view"));
    ASSERT_EQ(views.size(), 2);
    EXPECT_EQ(views.at(1).objectType, QStringLiteral("pupil"));
    EXPECT_EQ(views.at(1).objectId, QString::number(m_pupil));
    EXPECT_EQ(auditFor(dsl(), QStringLiteral("referral.update")).size(), 3);
}

TEST_F(CaseworkTest, UnacknowledgedReferralsAreFoundUntilAcknowledged)
{
    ReferralRepository referrals(dsl());
    Referral old;
    old.pupilId = m_pupil;
    old.toWhom = QStringLiteral("Early help hub");
    old.referredAt = fixedNow().addDays(-4);
    old.method = ReferralMethod::Email;
    const qint64 oldId = referrals.add(old);
    Referral recent = old;
    recent.referredAt = fixedNow().addSecs(-3600);
    referrals.add(recent);

    QList<Referral> waiting = referrals.unacknowledged(3);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.at(0).id, oldId);
    EXPECT_EQ(referrals.unacknowledged(0).size(), 2);

    referrals.recordUpdate(oldId, ReferralField::AcknowledgedAt, QStringLiteral("2026-11-24 16:00"));
    EXPECT_TRUE(referrals.unacknowledged(3).isEmpty());
    EXPECT_EQ(referrals.current(oldId).current.acknowledgedAt,
              QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));

    Referral future = old;
    future.referredAt = fixedNow().addDays(1);
    expectError(ErrorKind::InvalidInput, QStringLiteral("future"), [&] { referrals.add(future); });
    Referral nobody = old;
    nobody.toWhom = QStringLiteral(" ");
    expectError(ErrorKind::InvalidInput, QStringLiteral("to whom"), [&] { referrals.add(nobody); });
}

TEST_F(CaseworkTest, AttachmentBytesStayInsideTheEncryptedVault)
{
    const QByteArray marker = QByteArrayLiteral("LANTERN-TEST-MARKER-7f3a9c1e-handwritten-note-scan");
    QByteArray bytes;
    for (int i = 0; i < 200; ++i)
        bytes += marker;
    AttachmentRepository attachments(dsl());
    const qint64 id =
        attachments.add(AttachmentOwner::pupil(m_pupil), QStringLiteral("/home/dsl/Scans/note.pdf"), bytes,
                        QStringLiteral("Scan of the class teacher's note"));
    const QList<Attachment> listed = attachments.list(AttachmentOwner::pupil(m_pupil));
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0).fileName, QStringLiteral("note.pdf")); // the folder is not kept
    EXPECT_EQ(listed.at(0).mediaType, QStringLiteral("application/pdf"));
    EXPECT_EQ(listed.at(0).sizeBytes, bytes.size());
    EXPECT_EQ(listed.at(0).sha256, AttachmentRepository::sha256Hex(bytes));
    EXPECT_EQ(AttachmentRepository::sha256Hex(QByteArrayLiteral("abc")),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(attachments.content(id), bytes);
    const QList<AuditEntry> views = auditFor(dsl(), QStringLiteral("attachment.view"));
    ASSERT_EQ(views.size(), 2); // the list, then the content
    EXPECT_EQ(views.at(1).objectType, QStringLiteral("attachment"));
    EXPECT_EQ(views.at(1).objectId, QString::number(id));

    m_vault.reset(); // closed: everything is on disk
    // The attachment is in the case records; no store holds it, or its name, in plaintext.
    const VaultPaths paths(vaultFolder());
    ASSERT_GT(fileBytes(paths.store(Compartment::Cases)).size(), bytes.size());
    for (Compartment store : allCompartments()) {
        if (!QFileInfo::exists(paths.store(store)))
            continue; // the headteacher store is made by the chair's first unlock
        const QByteArray raw = fileBytes(paths.store(store));
        EXPECT_FALSE(raw.contains(marker.left(20))) << compartmentName(store).toStdString();
        EXPECT_FALSE(raw.contains(QByteArrayLiteral("note.pdf"))) << compartmentName(store).toStdString();
    }
}

TEST_F(CaseworkTest, ExportWritesExactlyTheBytesAndIsAudited)
{
    QByteArray bytes(4096, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(i * 7 % 256);
    AttachmentRepository attachments(dsl());
    const qint64 id = attachments.add(AttachmentOwner::pupil(m_pupil), QStringLiteral("drawing.png"), bytes);
    EXPECT_EQ(attachments.metadata(id).mediaType, QStringLiteral("image/png"));
    const QString out = m_temp.path(QStringLiteral("exported.png"));
    attachments.exportTo(id, out);
    EXPECT_EQ(fileBytes(out), bytes);
    EXPECT_EQ(QFile(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    const QList<AuditEntry> exports = auditFor(dsl(), QStringLiteral("attachment.export"));
    ASSERT_EQ(exports.size(), 1);
    EXPECT_EQ(exports.at(0).objectId, QString::number(id));
    EXPECT_TRUE(exports.at(0).details.contains(out));
    EXPECT_EQ(exports.at(0).actor, QStringLiteral("dsl"));

    // A failed write leaves no audit entry claiming an export.
    EXPECT_THROW(attachments.exportTo(id, m_temp.path(QStringLiteral("no-such-folder/x.png"))), Error);
    EXPECT_EQ(auditFor(dsl(), QStringLiteral("attachment.export")).size(), 1);
}

TEST_F(CaseworkTest, TooLargeAttachmentIsRefusedNamingTheFileAndTheLimit)
{
    const QByteArray big(static_cast<qsizetype>(AttachmentRepository::maxBytes + 1), 'x');
    AttachmentRepository attachments(dsl());
    try {
        attachments.add(AttachmentOwner::pupil(m_pupil), QStringLiteral("video.mp4"), big);
        FAIL() << "a file over the limit was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("video.mp4"))) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("20971521 bytes")))
            << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("20.0 MiB"))) << error.message().toStdString();
    }
    EXPECT_TRUE(attachments.list(AttachmentOwner::pupil(m_pupil)).isEmpty());
    const QByteArray exact(static_cast<qsizetype>(AttachmentRepository::maxBytes), 'x');
    EXPECT_GT(attachments.add(AttachmentOwner::pupil(m_pupil), QStringLiteral("at-limit.bin"), exact), 0);
    expectError(ErrorKind::NotFound, QStringLiteral("concern"), [&] {
        attachments.add(AttachmentOwner::concern(4242), QStringLiteral("a.txt"), QByteArrayLiteral("x"));
    });
}

TEST_F(CaseworkTest, DeputyMayDoCaseworkButStaffAndAdministratorMayNot)
{
    // Set up one of everything as the DSL, then try each operation as each role.
    qint64 agencyId = 0, involvementId = 0, planId = 0, referralId = 0, attachmentId = 0;
    {
        Vault& vault = dsl();
        agencyId =
            AgencyRepository(vault).addAgency({0, QStringLiteral("Police"), AgencyKind::Police, {}, {}});
        Involvement involvement;
        involvement.agencyId = agencyId;
        involvementId = AgencyRepository(vault).involve(m_pupil, involvement);
        Plan plan;
        plan.pupilId = m_pupil;
        plan.type = PlanType::Care;
        plan.startedOn = QDate(2026, 1, 5);
        planId = PlanRepository(vault).add(plan);
        Referral referral;
        referral.pupilId = m_pupil;
        referral.toWhom = QStringLiteral("MASH");
        referral.referredAt = fixedNow().addDays(-1);
        referralId = ReferralRepository(vault).add(referral);
        attachmentId = AttachmentRepository(vault).add(AttachmentOwner::pupil(m_pupil),
                                                       QStringLiteral("a.txt"), QByteArrayLiteral("text"));
    }
    const QString out = m_temp.path(QStringLiteral("out.txt"));
    const QList<std::pair<const char*, std::function<void(Vault&)>>> operations = {
        {"agency add",
         [](Vault& v) {
             AgencyRepository(v).addAgency({0, QStringLiteral("X"), AgencyKind::Other, {}, {}});
         }},
        {"agency list", [](Vault& v) { AgencyRepository(v).agencies(); }},
        {"involve",
         [&](Vault& v) {
             Involvement i;
             i.agencyId = agencyId;
             AgencyRepository(v).involve(m_pupil, i);
         }},
        {"involvements", [&](Vault& v) { AgencyRepository(v).involvements(m_pupil); }},
        {"plan add",
         [&](Vault& v) {
             Plan p;
             p.pupilId = m_pupil;
             p.type = PlanType::Pathway;
             p.startedOn = QDate(2026, 2, 1);
             PlanRepository(v).add(p);
         }},
        {"plans", [&](Vault& v) { PlanRepository(v).plans(m_pupil); }},
        {"meeting add",
         [&](Vault& v) {
             Meeting m;
             m.pupilId = m_pupil;
             m.heldOn = QDate(2026, 3, 1);
             MeetingRepository(v).add(m);
         }},
        {"meetings", [&](Vault& v) { MeetingRepository(v).meetings(m_pupil); }},
        {"referral update",
         [&](Vault& v) {
             ReferralRepository(v).recordUpdate(referralId, ReferralField::Outcome, QStringLiteral("NFA"));
         }},
        {"referrals", [&](Vault& v) { ReferralRepository(v).referrals(m_pupil); }},
        {"unacknowledged", [](Vault& v) { ReferralRepository(v).unacknowledged(1); }},
        {"attachment content", [&](Vault& v) { AttachmentRepository(v).content(attachmentId); }},
        {"attachment export", [&](Vault& v) { AttachmentRepository(v).exportTo(attachmentId, out); }},
    };
    for (const char* role : {"staff", "admin", "head"}) {
        Vault& vault = as(QString::fromLatin1(role));
        const qint64 auditBefore = vault.audit().entries().size();
        for (const auto& [name, operation] : operations)
            EXPECT_THROW(
                try { operation(vault); } catch (const Error& error) {
                    EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << role << " " << name;
                    throw;
                },
                Error)
                << role << " " << name;
        EXPECT_THROW(AgencyRepository(vault).endInvolvement(involvementId, QDate(2026, 11, 1)), Error)
            << role;
        EXPECT_THROW(PlanRepository(vault).end(planId, QDate(2026, 11, 1)), Error) << role;
        EXPECT_EQ(vault.audit().entries().size(), auditBefore) << role << ": a refusal changes nothing";
    }
    EXPECT_FALSE(QFile::exists(out));

    Vault& deputy = as(QStringLiteral("deputy"));
    for (const auto& [name, operation] : operations)
        EXPECT_NO_THROW(operation(deputy)) << "deputy " << name;
    EXPECT_EQ(auditFor(deputy, QStringLiteral("plan.view")).last().actor, QStringLiteral("deputy"));
}

} // namespace
