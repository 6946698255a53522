// Referral packs: a demo-like child's pack checked by tools other than Lantern (python3-jsonschema, 7-Zip,
// poppler), the preflight and its overrides, and what an export records.
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "export/PackPassphrase.h"
#include "export/PackVerifier.h"
#include "export/ReferralPackBuilder.h"
#include "export/ReferralPackPrint.h"
#include "records/AgencyRepository.h"
#include "records/AttachmentRepository.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "records/DecisionRepository.h"
#include "records/HouseholdRepository.h"
#include "records/MeetingRepository.h"
#include "records/PackDisclosureRepository.h"
#include "records/PlanRepository.h"
#include "records/PupilRepository.h"
#include "records/ReferralRepository.h"
#include "records/SchoolRepository.h"
#include "records/VoiceRepository.h"
#include "reference/Upn.h"
#include "support/AuditTampering.h"
#include "support/ExternalTools.h"
#include "support/RecordsFixture.h"
#include "support/SyntheticSchool.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <memory>

using namespace lantern;
using namespace lantern::test;

namespace {

[[maybe_unused]] const auto* const g_gui = test::useOffscreenGui("ReferralPackTest");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The independent check of referral.json: python3-jsonschema against schema v2, not Lantern's code.
ToolRun validate(const QString& jsonPath)
{
    return validateJson(QStringLiteral("referral-pack-v2.schema.json"), jsonPath);
}

ToolRun extract(const QString& pack, const QString& folder, const QString& passphrase = {})
{
    return extractPack(pack, folder, passphrase);
}

QJsonObject readJson(const QString& path)
{
    return readJsonFile(path);
}

class ReferralPackTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        buildDemoChild();
    }

    // A child like the demo school's: roster details, a family, a sibling, a concern with a decision, the
    // child's voice, a manual chronology entry, an agency, a plan, a meeting and an attachment.
    void buildDemoChild()
    {
        Vault& vault = dsl();
        addSyntheticSchool(vault);

        PupilRepository pupils(vault);
        Pupil child;
        child.upn = makeUpn(999, 2001, 19, 7);
        child.legalForename = s("Zoë");
        child.legalMiddleNames = s("Anne");
        child.legalSurname = s("Nguyễn");
        child.preferredForename = s("Zozo");
        child.dateOfBirth = QDate(2017, 4, 1);
        child.sex = QStringLiteral("F");
        child.ethnicity = QStringLiteral("WBRI");
        child.nhsNumber = QStringLiteral("9990000018");
        child.firstLanguage = QStringLiteral("ENG");
        child.senStatus = QStringLiteral("K");
        child.senNeedTypes = {QStringLiteral("SEMH")};
        child.disabilities = {QStringLiteral("BEH")};
        child.yearGroup = QStringLiteral("4");
        child.postcode = QStringLiteral("ZZ99 3AA");
        child.address = s("1 Example Street, Demo Town");
        pupilId = pupils.add(child);
        upn = child.upn;
        Pupil brother;
        brother.upn = makeUpn(999, 2001, 21, 8);
        brother.legalForename = s("Minh");
        brother.legalSurname = s("Nguyễn");
        brother.dateOfBirth = QDate(2019, 9, 3);
        brother.sex = QStringLiteral("M");
        const qint64 brotherId = pupils.add(brother);
        pupils.linkPupils(pupilId, brotherId, QStringLiteral("sibling"));
        Contact mother;
        mother.pupilId = pupilId;
        mother.name = s("Lan Nguyễn");
        mother.relationship = QStringLiteral("Mother");
        mother.parentalResponsibility = true;
        mother.livesWithChild = true;
        mother.phone = QStringLiteral("07700 900001");
        pupils.addContact(mother);
        Contact father;
        father.pupilId = pupilId;
        father.name = s("Peter Jones");
        father.relationship = QStringLiteral("Father");
        father.parentalResponsibility = true;
        father.priority = 2;
        pupils.addContact(father);

        addConcernAndVoice(vault, pupilId);

        HouseholdRepository household(vault);
        HouseholdMemberDetails baby;
        baby.name = s("Unborn baby");
        baby.relationship = s("Unborn sibling");
        baby.expectedDeliveryDate = QDate(2027, 2, 14);
        household.add(pupilId, baby);
        HouseholdMemberDetails partner;
        partner.name = s("Tomasz Kowal");
        partner.relationship = s("Mother's partner");
        partner.dateOfBirth = QDate(1990, 5, 6);
        partner.needsInterpreter = true;
        partner.language = QStringLiteral("OTH");
        partner.notes = s("Speaks Polish.");
        household.add(pupilId, partner);

        ManualChronologyEntry moved;
        moved.when = PartialDate::month(2026, 9);
        moved.type = QStringLiteral("house-move");
        moved.summary = s("Moved to a one-bedroom flat with mother and brother.");
        moved.source = s("Mother");
        ChronologyRepository(vault).addManual(pupilId, moved);

        AgencyRepository agencies(vault);
        Agency health;
        health.name = s("Demo School Nursing Service");
        health.kind = AgencyKind::Health;
        const qint64 healthId = agencies.addAgency(health);
        Involvement nurse;
        nurse.agencyId = healthId;
        nurse.contactName = s("Dami Okafor");
        nurse.contactRole = s("School nurse");
        nurse.startedOn = QDate(2026, 3, 1);
        agencies.involve(pupilId, nurse);
        Plan plan;
        plan.pupilId = pupilId;
        plan.type = PlanType::FamilyHelp;
        plan.startedOn = QDate(2026, 6, 1);
        plan.endedOn = std::nullopt;
        plan.leadPractitioner = s("Jo Bloggs");
        PlanRepository(vault).add(plan);
        Meeting meeting;
        meeting.pupilId = pupilId;
        meeting.type = MeetingType::TeamAroundTheFamily;
        meeting.heldOn = QDate(2026, 10, 14);
        meeting.outcome = s("Family help plan reviewed; mother engaging.");
        MeetingRepository(vault).add(meeting);

        AttachmentRepository(vault).add(AttachmentOwner::pupil(pupilId), s("Zoë's drawing.png"),
                                        QByteArrayLiteral("\x89PNG\r\n\x1a\n synthetic drawing"),
                                        s("Drawing of home"));
    }

    void addConcernAndVoice(Vault& vault, qint64 id, bool withVoice = true)
    {
        NewConcern concern;
        concern.occurred = PartialDate::day(QDate(2026, 11, 2));
        concern.location = s("Classroom");
        concern.children = {{id, ChildRole::Subject, {}, {}}};
        concern.categoryIds = {QStringLiteral("neglect"), QStringLiteral("domestic-abuse")};
        concern.account =
            s("Arrived hungry for the third day running; said the shouting at home kept her awake.");
        concern.childWords = s("Mummy and him were shouting again. I hid under the covers.");
        const qint64 concernId = ConcernRepository(vault).record(concern);
        NewDecision decision;
        decision.outcome = QStringLiteral("family-help-request");
        decision.reasons = s("Pattern of neglect indicators and domestic abuse disclosed.");
        decision.parentsInformed = ParentsInformed::No;
        decision.parentsNotInformedReason =
            s("Telling the father could increase the risk to mother and child.");
        DecisionRepository(vault).add(concernId, decision);
        if (!withVoice)
            return;
        VoiceContent voice;
        voice.captured = PartialDate::day(QDate(2026, 11, 3));
        voice.method = QStringLiteral("drawing");
        voice.words = s("I want it to be quiet at night. I like school because there is breakfast.");
        voice.wishesAndFeelings = s("Wants to stay with mum and her brother.");
        voice.toldWhatHappensNext = true;
        VoiceRepository(vault).add(id, voice);
    }

    ReferralPackRequest request() const
    {
        ReferralPackRequest r;
        r.pupilId = pupilId;
        r.from = QDate(2026, 1, 1);
        r.to = QDate(2026, 11, 25);
        r.narrative.reason = s("Escalating neglect indicators and disclosure of domestic abuse at home.");
        r.narrative.worried = s("Zoë is often hungry and tired and describes frequent shouting at night.");
        r.narrative.workingWell = s("Mother engages with school and the family help plan.");
        r.narrative.needsToHappen = s("An assessment of the home situation and support for mother.");
        r.narrative.actionsSummary = s("Breakfast club place, daily check-ins with a trusted adult.");
        r.basis.lawfulBasis = s("UK GDPR Article 6(1)(e) public task (Education Act 2002 s175)");
        r.basis.consent = ConsentDecision{ConsentOutcome::NotSought,
                                          std::nullopt,
                                          {},
                                          s("Seeking consent could place the child at increased risk.")};
        r.basis.parentsAware = ParentsAwareDecision{true, {}};
        r.ask =
            FamilyHelpRequest{ServiceRequested::Section17Assessment, RequestUrgency::Within24Hours, true,
                              s("Mother is at home and is protective; the school will check in tomorrow.")};
        r.recipient = Recipient{s("Children's Services Front Door"), s("Demo Borough Council")};
        r.parentsViews = s("Mother agrees the family needs help and wants support with housing.");
        r.attendance = AttendanceFigures{91.5, 3.0, 5.5, s("School MIS, autumn term")};
        return r;
    }

    // Unencrypted unless asked, so that tests of the content can read the pack directly; the default of
    // exportPack itself (encrypted) has tests of its own.
    ReferralPackResult exportTo(const QString& path, const ReferralPackRequest& r,
                                PackProtection protection = PackProtection::Unencrypted)
    {
        return ReferralPackBuilder(dsl()).exportPack(path, r, protection);
    }

    QList<AuditEntry> audit(const QString& action)
    {
        AuditFilter filter;
        filter.actionPrefix = action;
        return dsl().audit().entries(filter);
    }

    qint64 pupilId = 0;
    QString upn;
};

TEST_F(ReferralPackTest, ADemoChildsPackValidatesAgainstTheSchemaWithAnIndependentValidator)
{
    const QString pack = m_temp.path(QStringLiteral("referral.zip"));
    const ReferralPackResult result = exportTo(pack, request());
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    const QString folder = m_temp.path(QStringLiteral("out"));
    const ToolRun unzipped = extract(pack, folder);
    ASSERT_EQ(unzipped.exitCode, 0) << unzipped.out.toStdString() << unzipped.err.toStdString();

    const QString json = folder + QStringLiteral("/referral.json");
    const ToolRun validated = validate(json);
    EXPECT_EQ(validated.exitCode, 0) << validated.err.toStdString();
    // A copy for docs/REFERRAL-PACK.md: LANTERN_REFERRAL_SAMPLE=/tmp/referral.json ./ReferralPackTest
    if (const QString sample = qEnvironmentVariable("LANTERN_REFERRAL_SAMPLE"); !sample.isEmpty()) {
        QFile::remove(sample);
        QFile::copy(json, sample);
    }

    const QJsonObject referral = readJson(json);
    const QJsonObject child = referral.value(QStringLiteral("child")).toObject();
    EXPECT_EQ(child.value(QStringLiteral("upn")).toString(), upn);
    EXPECT_EQ(child.value(QStringLiteral("first_name")).toString(), s("Zoë"));
    EXPECT_EQ(child.value(QStringLiteral("sex")).toString(), QStringLiteral("F"));
    EXPECT_EQ(child.value(QStringLiteral("ethnicity")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("WBRI"));
    EXPECT_EQ(child.value(QStringLiteral("disabilities")).toArray(), QJsonArray{QStringLiteral("BEH")});
    const QJsonObject why = referral.value(QStringLiteral("referral")).toObject();
    EXPECT_EQ(
        why.value(QStringLiteral("referral_source")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("2A"));
    // neglect is 16A; domestic abuse in the household 3B and 3C
    EXPECT_EQ(why.value(QStringLiteral("cin_factor_codes")).toArray(),
              (QJsonArray{QStringLiteral("16A"), QStringLiteral("3B"), QStringLiteral("3C")}));
    const QJsonArray contacts =
        referral.value(QStringLiteral("family")).toObject().value(QStringLiteral("contacts")).toArray();
    ASSERT_EQ(contacts.size(), 2);
    EXPECT_EQ(contacts.at(0).toObject().value(QStringLiteral("relationship_code")).toString(),
              QStringLiteral("MTH"));
    const QJsonArray siblings =
        referral.value(QStringLiteral("family")).toObject().value(QStringLiteral("siblings")).toArray();
    ASSERT_EQ(siblings.size(), 1);
    EXPECT_EQ(siblings.at(0).toObject().value(QStringLiteral("relationship_code")).toString(),
              QStringLiteral("SIB"));
    const QJsonArray plans = referral.value(QStringLiteral("plans")).toArray();
    ASSERT_EQ(plans.size(), 1);
    EXPECT_EQ(plans.at(0).toObject().value(QStringLiteral("standard_type")).toString(),
              QStringLiteral("early-help"));
    // The chronology carries the standard's types where one fits: the concern is a safeguarding-concern.
    bool concernTyped = false;
    for (const QJsonValue& entry : referral.value(QStringLiteral("chronology")).toArray())
        concernTyped = concernTyped || entry.toObject().value(QStringLiteral("standard_type")).toString() ==
                                           QLatin1String("safeguarding-concern");
    EXPECT_TRUE(concernTyped);
    EXPECT_EQ(referral.value(QStringLiteral("voice")).toArray().size(), 1);
    EXPECT_DOUBLE_EQ(referral.value(QStringLiteral("attendance"))
                         .toObject()
                         .value(QStringLiteral("attendance_pct"))
                         .toDouble(),
                     91.5);

    // The attachment is under a neutral name in the ZIP; its real name and hash are only inside the JSON.
    const QJsonArray attachments = referral.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 1);
    const QJsonObject attachment = attachments.at(0).toObject();
    EXPECT_EQ(attachment.value(QStringLiteral("path")).toString(), QStringLiteral("attachments/001.png"));
    EXPECT_EQ(attachment.value(QStringLiteral("file_name")).toString(), s("Zoë's drawing.png"));
    EXPECT_EQ(attachment.value(QStringLiteral("sha256")).toString(),
              PackManifest::sha256Hex(fileBytes(folder + QStringLiteral("/attachments/001.png"))));
    const ToolRun listing = runTool(QStringLiteral("7z"), {QStringLiteral("l"), pack});
    EXPECT_FALSE(listing.out.contains(QStringLiteral("drawing"))) << listing.out.toStdString();
}

TEST_F(ReferralPackTest, TheFamilyHelpTermsAndTheHouseholdRoundTripIntoTheJson)
{
    ReferralPackRequest r = request();
    r.basis.consent = ConsentDecision{ConsentOutcome::Refused, QDate(2026, 11, 20), s("Father"),
                                      s("He said the school is interfering.")};
    const QJsonObject json = ReferralPackBuilder(dsl()).draft(r).json;
    EXPECT_EQ(json.value(QStringLiteral("schema_version")).toString(), QStringLiteral("2.0.0"));
    const QJsonObject ask = json.value(QStringLiteral("request")).toObject();
    EXPECT_EQ(ask.value(QStringLiteral("service")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("section-17"));
    EXPECT_EQ(ask.value(QStringLiteral("urgency")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("within-24-hours"));
    EXPECT_EQ(ask.value(QStringLiteral("safe_to_go_home_today")), QJsonValue(true));
    EXPECT_EQ(ask.value(QStringLiteral("safe_to_go_home_detail")).toString(), r.ask->safeToGoHomeDetail);
    const QJsonObject to = json.value(QStringLiteral("to_whom")).toObject();
    EXPECT_EQ(to.value(QStringLiteral("team")).toString(), s("Children's Services Front Door"));
    EXPECT_EQ(to.value(QStringLiteral("local_authority")).toString(), s("Demo Borough Council"));
    EXPECT_EQ(json.value(QStringLiteral("parents_views")).toString(), r.parentsViews);
    const QJsonObject consent = json.value(QStringLiteral("basis_for_sharing"))
                                    .toObject()
                                    .value(QStringLiteral("consent"))
                                    .toObject();
    EXPECT_EQ(consent.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    EXPECT_EQ(consent.value(QStringLiteral("when")).toString(), QStringLiteral("2026-11-20"));
    EXPECT_EQ(consent.value(QStringLiteral("by_whom")).toString(), s("Father"));
    EXPECT_EQ(consent.value(QStringLiteral("reason")).toString(), s("He said the school is interfering."));
    const QJsonArray household = json.value(QStringLiteral("household")).toArray();
    ASSERT_EQ(household.size(), 2);
    const QJsonObject baby = household.at(0).toObject();
    EXPECT_EQ(baby.value(QStringLiteral("expected_delivery_date")).toString(), QStringLiteral("2027-02-14"));
    EXPECT_TRUE(baby.value(QStringLiteral("date_of_birth")).isNull());
    const QJsonObject partner = household.at(1).toObject();
    EXPECT_EQ(partner.value(QStringLiteral("relationship")).toString(), s("Mother's partner"));
    EXPECT_EQ(partner.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("1990-05-06"));
    EXPECT_TRUE(partner.value(QStringLiteral("needs_interpreter")).toBool());
    EXPECT_EQ(partner.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("OTH"));
    // The chronology carries the child's exact words of the concern, verbatim.
    bool words = false;
    for (const QJsonValue& entry : json.value(QStringLiteral("chronology")).toArray())
        words = words || entry.toObject().value(QStringLiteral("child_words")).toString() ==
                             s("Mummy and him were shouting again. I hid under the covers.");
    EXPECT_TRUE(words);
    // Family help asked without consent given is a preflight finding.
    r.ask->service = ServiceRequested::FamilyHelp;
    QStringList codes;
    for (const PreflightIssue& issue : ReferralPreflight(dsl()).check(r))
        codes.append(issue.code);
    EXPECT_TRUE(codes.contains(QStringLiteral("family-help-without-consent")));
    r.basis.consent = ConsentDecision{ConsentOutcome::Given, QDate(2026, 11, 21), s("Mother"), {}};
    codes.clear();
    for (const PreflightIssue& issue : ReferralPreflight(dsl()).check(r))
        codes.append(issue.code);
    EXPECT_FALSE(codes.contains(QStringLiteral("family-help-without-consent")));
}

TEST_F(ReferralPackTest, APackWithoutOptionalSectionsStillValidatesAndLeavesThemOut)
{
    ReferralPackRequest r = request();
    r.sections = {ReferralSection::Chronology, ReferralSection::Voice};
    const QString pack = m_temp.path(QStringLiteral("short.zip"));
    ASSERT_EQ(exportTo(pack, r).status, PackWriteStatus::Written);
    const QString folder = m_temp.path(QStringLiteral("short"));
    ASSERT_EQ(extract(pack, folder).exitCode, 0);
    const QString json = folder + QStringLiteral("/referral.json");
    const ToolRun validated = validate(json);
    EXPECT_EQ(validated.exitCode, 0) << validated.err.toStdString();
    const QJsonObject referral = readJson(json);
    EXPECT_FALSE(referral.contains(QStringLiteral("family")));
    EXPECT_FALSE(referral.contains(QStringLiteral("attachments")));
    EXPECT_FALSE(QFileInfo::exists(folder + QStringLiteral("/attachments")));
    // The referral still names its categories of harm, read from the period's concerns.
    EXPECT_EQ(referral.value(QStringLiteral("referral"))
                  .toObject()
                  .value(QStringLiteral("categories_of_harm"))
                  .toArray()
                  .size(),
              2);
}

TEST_F(ReferralPackTest, ThePdfHoldsTheChildsNameEveryHeadingAndTheMarkingOnEveryPage)
{
    const QString pack = m_temp.path(QStringLiteral("referral.zip"));
    ASSERT_EQ(exportTo(pack, request()).status, PackWriteStatus::Written);
    const QString folder = m_temp.path(QStringLiteral("pdf"));
    ASSERT_EQ(extract(pack, folder).exitCode, 0);
    const ToolRun text = runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                  folder + QStringLiteral("/referral.pdf"), QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString all = text.out.normalized(QString::NormalizationForm_C);
    EXPECT_TRUE(all.contains(s("Zoë Anne Nguyễn"))) << all.toStdString();
    for (const QString& heading : ReferralPackPrint::headings(request()))
        EXPECT_TRUE(all.contains(heading)) << heading.toStdString();
    EXPECT_TRUE(all.contains(s("I want it to be quiet at night")));
    QStringList pages = all.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    ASSERT_GE(pages.size(), 2);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EXPECT_EQ(pages.at(i).count(QStringLiteral("OFFICIAL-SENSITIVE")), 2) << "page " << i + 1;
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())))
            << "page " << i + 1;
    }
}

TEST_F(ReferralPackTest, APupilWithoutAVoiceEntryInThePeriodFailsPreflightUntilAReasonIsGiven)
{
    Vault& vault = dsl();
    Pupil quiet;
    quiet.upn = makeUpn(999, 2001, 20, 9);
    quiet.legalForename = s("Siobhán");
    quiet.legalSurname = s("Ó Súilleabháin");
    quiet.dateOfBirth = QDate(2016, 1, 5);
    quiet.sex = QStringLiteral("F");
    const qint64 quietId = PupilRepository(vault).add(quiet);
    addConcernAndVoice(vault, quietId, false);

    ReferralPackRequest r = request();
    r.pupilId = quietId;
    const QList<PreflightIssue> issues = ReferralPreflight(vault).check(r);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.at(0).code, QStringLiteral("no-voice"));

    const QString pack = m_temp.path(QStringLiteral("quiet.zip"));
    try {
        exportTo(pack, r);
        FAIL() << "exported without the child's voice";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("no-voice"))) << error.message().toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(pack));
    EXPECT_TRUE(ReferralRepository(dsl()).referrals(quietId).isEmpty());
    ReferralPackRequest blankReason = r;
    blankReason.overrides = {{QStringLiteral("no-voice"), QStringLiteral("   ")}};
    EXPECT_THROW(exportTo(pack, blankReason), Error);

    const QString reason = s("Siobhán was absent all week; her voice will follow from the home visit.");
    r.overrides = {{QStringLiteral("no-voice"), reason}};
    const ReferralPackResult result = exportTo(pack, r);
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    ASSERT_EQ(result.overridden.size(), 1);

    const QString folder = m_temp.path(QStringLiteral("quiet"));
    ASSERT_EQ(extract(pack, folder).exitCode, 0);
    const QString json = folder + QStringLiteral("/referral.json");
    EXPECT_EQ(validate(json).exitCode, 0);
    const QJsonArray overrides = readJson(json)
                                     .value(QStringLiteral("preflight"))
                                     .toObject()
                                     .value(QStringLiteral("overrides"))
                                     .toArray();
    ASSERT_EQ(overrides.size(), 1);
    EXPECT_EQ(overrides.at(0).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("no-voice"));
    EXPECT_EQ(overrides.at(0).toObject().value(QStringLiteral("reason")).toString(), reason);

    const QList<AuditEntry> exports = audit(QStringLiteral("referral.export"));
    ASSERT_EQ(exports.size(), 1);
    EXPECT_TRUE(exports.at(0).details.contains(QStringLiteral("override no-voice: ") + reason))
        << exports.at(0).details.toStdString();
    EXPECT_TRUE(dsl().audit().verify().intact());
}

TEST_F(ReferralPackTest, PreflightListsEveryMissingDecision)
{
    ReferralPackRequest r = request();
    r.from = QDate(2025, 1, 1);
    r.to = QDate(2025, 6, 30); // nothing recorded then
    r.basis = SharingBasis{};
    r.basis.consent = ConsentDecision{}; // not sought, no reason: not a decision yet
    r.ask.reset();
    QStringList codes;
    for (const PreflightIssue& issue : ReferralPreflight(dsl()).check(r))
        codes.append(issue.code);
    EXPECT_EQ(codes,
              (QStringList{QStringLiteral("no-voice"), QStringLiteral("no-lawful-basis"),
                           QStringLiteral("no-consent-decision"), QStringLiteral("no-request"),
                           QStringLiteral("no-chronology"), QStringLiteral("no-parents-aware-decision")}));
    r.overrides = {{QStringLiteral("no-such-check"), QStringLiteral("because")}};
    EXPECT_THROW(exportTo(m_temp.path(QStringLiteral("x.zip")), r), Error);
}

TEST_F(ReferralPackTest, AnExportRecordsAReferralWithTheManifestHashAndAnAuditEntry)
{
    const QString pack = m_temp.path(QStringLiteral("referral.zip"));
    const ReferralPackResult result = exportTo(pack, request());
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    ASSERT_TRUE(result.referralId.has_value());

    const PackVerifyReport report = PackVerifier::verify(pack);
    EXPECT_TRUE(report.ok);
    EXPECT_EQ(report.summary.manifestSha256, result.manifestSha256);

    const QList<Referral> referrals = ReferralRepository(dsl()).referrals(pupilId);
    ASSERT_EQ(referrals.size(), 1);
    EXPECT_EQ(referrals.at(0).id, *result.referralId);
    EXPECT_EQ(referrals.at(0).method, ReferralMethod::Pack);
    EXPECT_EQ(referrals.at(0).packSha256, result.manifestSha256);
    ChronologyFilter filter;
    filter.types = {QStringLiteral("referral")};
    const QList<ChronologyEntry> entries = ChronologyRepository(dsl()).entries(pupilId, filter);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries.at(0).significant);

    const QList<AuditEntry> exports = audit(QStringLiteral("referral.export"));
    ASSERT_EQ(exports.size(), 1);
    EXPECT_EQ(exports.at(0).actor, QStringLiteral("dsl"));
    EXPECT_EQ(exports.at(0).objectId, QString::number(pupilId));
    EXPECT_TRUE(exports.at(0).details.contains(result.manifestSha256));
}

TEST_F(ReferralPackTest, TheSharingRecordOfAnExportMatchesWhatThePackHolds)
{
    const QString pack = m_temp.path(QStringLiteral("referral.zip"));
    ReferralPackRequest r = request();
    r.include = {};
    const ReferralPackResult result = exportTo(pack, r);
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    const QString folder = m_temp.path(QStringLiteral("shared"));
    ASSERT_EQ(extract(pack, folder).exitCode, 0);
    const QJsonObject json = readJson(folder + QStringLiteral("/referral.json"));

    const std::optional<PackDisclosure> kept =
        PackDisclosureRepository(dsl()).forReferral(*result.referralId);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->packId, json.value(QStringLiteral("pack_id")).toString());
    EXPECT_EQ(kept->packSha256, result.manifestSha256);
    QStringList sections;
    for (const QJsonValue& section : json.value(QStringLiteral("sections_included")).toArray())
        sections.append(section.toString());
    EXPECT_EQ(kept->sections, sections);
    // Every item the JSON carries, and nothing else, is in the record, in the same order within each kind.
    QStringList items;
    for (const QJsonValue& concern : json.value(QStringLiteral("concerns")).toArray())
        items.append(
            QStringLiteral("concern:%1").arg(concern.toObject().value(QStringLiteral("id")).toInteger()));
    for (const QJsonValue& decision :
         json.value(QStringLiteral("actions_taken")).toObject().value(QStringLiteral("decisions")).toArray())
        items.append(
            QStringLiteral("decision:%1").arg(decision.toObject().value(QStringLiteral("id")).toInteger()));
    for (const QJsonValue& voice : json.value(QStringLiteral("voice")).toArray())
        items.append(
            QStringLiteral("voice:%1").arg(voice.toObject().value(QStringLiteral("id")).toInteger()));
    for (const QJsonValue& entry : json.value(QStringLiteral("chronology")).toArray())
        items.append(
            QStringLiteral("chronology:%1").arg(entry.toObject().value(QStringLiteral("id")).toInteger()));
    QStringList keptItems = kept->itemsIncluded;
    keptItems.sort();
    items.sort();
    EXPECT_EQ(keptItems, items);
    EXPECT_FALSE(items.isEmpty());
    const QJsonObject minimisation = json.value(QStringLiteral("minimisation")).toObject();
    EXPECT_EQ(kept->itemsLeftOut, minimisation.value(QStringLiteral("items_left_out")).toInt());
    EXPECT_EQ(kept->reason,
              json.value(QStringLiteral("referral")).toObject().value(QStringLiteral("reason")).toString());
    const QJsonObject basis = json.value(QStringLiteral("basis_for_sharing")).toObject();
    EXPECT_EQ(kept->lawfulBasis, basis.value(QStringLiteral("lawful_basis")).toString());
    EXPECT_EQ(kept->consent,
              basis.value(QStringLiteral("consent")).toObject().value(QStringLiteral("outcome")).toString());
    EXPECT_TRUE(kept->consentDetail.contains(
        basis.value(QStringLiteral("consent")).toObject().value(QStringLiteral("reason")).toString()));
    EXPECT_EQ(kept->parentsAware, QStringLiteral("yes"));
    const QJsonObject to = json.value(QStringLiteral("to_whom")).toObject();
    EXPECT_EQ(kept->recipientTeam, to.value(QStringLiteral("team")).toString());
    EXPECT_EQ(kept->recipientAuthority, to.value(QStringLiteral("local_authority")).toString());
    const QJsonObject ask = json.value(QStringLiteral("request")).toObject();
    EXPECT_EQ(kept->serviceRequested,
              ask.value(QStringLiteral("service")).toObject().value(QStringLiteral("code")).toString());
    EXPECT_EQ(kept->urgency,
              ask.value(QStringLiteral("urgency")).toObject().value(QStringLiteral("code")).toString());
    EXPECT_FALSE(kept->encrypted);
    EXPECT_EQ(kept->periodFrom, r.from);
    EXPECT_EQ(kept->periodTo, r.to);
}

TEST_F(ReferralPackTest, ThePacksManifestAnchorsTheAuditChainForALaterCheck)
{
    const QString pack = m_temp.path(QStringLiteral("referral.zip"));
    ASSERT_EQ(exportTo(pack, request()).status, PackWriteStatus::Written);
    const QString folder = m_temp.path(QStringLiteral("out"));
    ASSERT_EQ(extract(pack, folder).exitCode, 0);

    // The manifest as the receiving team keeps it is an anchor: signed by the exporting DSL, of this vault.
    const AuditAnchor anchor = AuditAnchor::load(folder + QStringLiteral("/manifest.json"));
    EXPECT_EQ(anchor.signedBy, QStringLiteral("dsl"));
    const QList<AuditEntry> exports = audit(QStringLiteral("referral.export"));
    ASSERT_EQ(exports.size(), 1);
    EXPECT_LT(anchor.seq, exports.first().seq); // the head before the export's own entries
    Vault& vault = dsl();
    EXPECT_TRUE(vault.audit().verifyAgainst({anchor}, vault.vaultId()).intact());

    // Whoever later cuts the chain back to before the export is found out by the pack they sent.
    truncateAuditAfter(vault.database(), anchor.seq - 1, "cases"); // the pack anchors the cases chain
    const AuditVerification result = vault.audit().verifyAgainst({anchor}, vault.vaultId());
    ASSERT_FALSE(result.intact());
    EXPECT_EQ(*result.firstBrokenSeq, anchor.seq);
}

TEST_F(ReferralPackTest, BuildingAPackIsAnAuditedViewOfTheRecord)
{
    const qsizetype before = audit(QStringLiteral("pupil.view")).size();
    const ReferralPackDraft draft = ReferralPackBuilder(as(QStringLiteral("deputy"))).draft(request());
    EXPECT_TRUE(draft.unresolved.isEmpty());
    const QList<AuditEntry> views = audit(QStringLiteral("pupil.view"));
    ASSERT_EQ(views.size(), before + 1);
    EXPECT_EQ(views.last().actor, QStringLiteral("deputy"));
    EXPECT_EQ(views.last().objectId, QString::number(pupilId));
    EXPECT_FALSE(audit(QStringLiteral("voice.view")).isEmpty());
}

TEST_F(ReferralPackTest, OnlyTheSafeguardingLeadsMayExport)
{
    for (const char* username : {"staff", "head", "admin"}) {
        Vault& vault = as(QString::fromLatin1(username));
        const QString pack = m_temp.path(QStringLiteral("denied.zip"));
        try {
            ReferralPackBuilder(vault).exportPack(pack, request());
            FAIL() << username << " exported a referral pack";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied) << username;
        }
        EXPECT_THROW(ReferralPreflight(vault).check(request()), Error) << username;
        EXPECT_FALSE(QFileInfo::exists(pack));
    }
    EXPECT_TRUE(audit(QStringLiteral("referral.export")).isEmpty());
}

TEST_F(ReferralPackTest, AnExportIsEncryptedByDefaultUnderAGeneratedPassphraseThatIsNotKept)
{
    const QString pack = m_temp.path(QStringLiteral("secret.zip"));
    ReferralPackResult result = ReferralPackBuilder(dsl()).exportPack(pack, request());
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    const QString passphrase = QString::fromLatin1(reinterpret_cast<const char*>(result.passphrase.data()),
                                                   static_cast<qsizetype>(result.passphrase.size()));
    EXPECT_EQ(PackPassphrase::split(result.passphrase).size(), PackPassphrase::WordCount)
        << passphrase.toStdString();

    // Neither the child's details nor the names of the files can be read without it.
    const QByteArray bytes = fileBytes(pack);
    for (const char* hidden :
         {"Nguy", "OFFICIAL", "referral.json", "referral.pdf", "manifest.json", "attachments/"})
        EXPECT_FALSE(bytes.contains(hidden)) << hidden;
    const PackVerifyReport report = PackVerifier::verify(pack, result.passphrase.clone());
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.summary.namesHidden);
    EXPECT_EQ(report.summary.manifestSha256, result.manifestSha256);

    // Lantern keeps no copy: not on the referral, not in the audit chain.
    const QList<AuditEntry> exports = audit(QStringLiteral("referral.export"));
    ASSERT_EQ(exports.size(), 1);
    EXPECT_TRUE(exports.first().details.contains(QStringLiteral("encrypted")));
    for (const AuditEntry& entry : dsl().audit().entries())
        EXPECT_FALSE(entry.details.contains(passphrase)) << entry.action.toStdString();
    const QList<Referral> referrals = ReferralRepository(dsl()).referrals(pupilId);
    ASSERT_EQ(referrals.size(), 1);
    EXPECT_FALSE(referrals.first().toWhom.contains(passphrase));
    EXPECT_EQ(referrals.first().packSha256, result.manifestSha256);

    // Each export has its own passphrase.
    const ReferralPackResult second =
        ReferralPackBuilder(dsl()).exportPack(m_temp.path(QStringLiteral("second.zip")), request());
    EXPECT_FALSE(second.passphrase.equals(result.passphrase));
}

TEST_F(ReferralPackTest, AnEncryptedPackOpensWith7ZipAndThePassphraseOnly)
{
    const QString pack = m_temp.path(QStringLiteral("secret.zip"));
    const ReferralPackResult result = exportTo(pack, request(), PackProtection::Encrypted);
    ASSERT_EQ(result.status, PackWriteStatus::Written);
    const QString passphrase = QString::fromLatin1(reinterpret_cast<const char*>(result.passphrase.data()),
                                                   static_cast<qsizetype>(result.passphrase.size()));

    const QString wrong = m_temp.path(QStringLiteral("wrong"));
    EXPECT_NE(extract(pack, wrong, QStringLiteral("not the passphrase")).exitCode, 0);
    EXPECT_NE(
        extract(wrong + QStringLiteral("/referral-pack.zip"), wrong + QStringLiteral("/inner")).exitCode, 0);
    EXPECT_FALSE(readJson(wrong + QStringLiteral("/inner/referral.json")).contains(QStringLiteral("child")));

    // What the receiving team does: the passphrase once, then the archive inside.
    const QString right = m_temp.path(QStringLiteral("right"));
    const ToolRun opened = extract(pack, right, passphrase);
    ASSERT_EQ(opened.exitCode, 0) << opened.out.toStdString();
    const ToolRun inner =
        extract(right + QStringLiteral("/referral-pack.zip"), right + QStringLiteral("/inner"));
    ASSERT_EQ(inner.exitCode, 0) << inner.out.toStdString();
    EXPECT_EQ(validate(right + QStringLiteral("/inner/referral.json")).exitCode, 0);
    EXPECT_TRUE(QFileInfo::exists(right + QStringLiteral("/inner/referral.pdf")));
    EXPECT_TRUE(QFileInfo::exists(right + QStringLiteral("/inner/manifest.json")));
}

TEST_F(ReferralPackTest, ACancelledExportLeavesNoPackAndRecordsNothing)
{
    const QString pack = m_temp.path(QStringLiteral("cancelled.zip"));
    const ReferralPackResult result =
        ReferralPackBuilder(dsl()).exportPack(pack, request(), PackProtection::Encrypted,
                                              [](qint64 done, qint64 total) { return done < total / 2; });
    EXPECT_EQ(result.status, PackWriteStatus::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(pack));
    EXPECT_TRUE(
        QDir(m_temp.path()).entryList({QStringLiteral("*.zip*")}, QDir::Files | QDir::Hidden).isEmpty());
    EXPECT_TRUE(ReferralRepository(dsl()).referrals(pupilId).isEmpty());
    EXPECT_TRUE(audit(QStringLiteral("referral.export")).isEmpty());
}

} // namespace
