// referral.jsonld: a referral pack in the draft Safeguarding Standard's JSON-LD, checked the way a receiver's
// tools would check it (extracted with 7-Zip, validated by python3-jsonschema against the draft's shapes as
// written in resources/schema/safeguarding-standard-draft.shapes.json), and the witness case: a child who
// only saw a concern about another child carries none of that child's harm, decisions or name.
#include "export/ReferralPackJsonLd.h"

#include "core/Error.h"
#include "export/PackManifest.h"
#include "export/PackVerifier.h"
#include "export/ReferralPackBuilder.h"
#include "export/ReferralPackJson.h"
#include "export/ReferralPreflight.h"
#include "records/AgencyRepository.h"
#include "records/ConcernRepository.h"
#include "records/DecisionRepository.h"
#include "records/PlanRepository.h"
#include "records/PupilRepository.h"
#include "records/SchoolRepository.h"
#include "records/VoiceRepository.h"
#include "reference/Upn.h"
#include "support/ExternalTools.h"
#include "support/RecordsFixture.h"
#include "support/SyntheticSchool.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <functional>

using namespace lantern;
using namespace lantern::test;

namespace {

[[maybe_unused]] const auto* const g_gui = test::useOffscreenGui("ReferralPackJsonLdTest");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

ToolRun validate(const QString& schema, const QString& path)
{
    return validateJson(schema, path);
}

ToolRun validateShapes(const QString& jsonLdPath)
{
    return validate(QStringLiteral("safeguarding-standard-draft.shapes.json"), jsonLdPath);
}

// referral.json against schema v2, for the witness case.
ToolRun validateV2(const QString& jsonPath)
{
    return validate(QStringLiteral("referral-pack-v2.schema.json"), jsonPath);
}

QJsonObject readJson(const QString& path)
{
    return readJsonFile(path);
}

void writeJson(const QString& path, const QJsonObject& object)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

QList<QJsonObject> ofType(const QJsonObject& document, const QString& type)
{
    QList<QJsonObject> found;
    for (const QJsonValue& entity : document.value(QStringLiteral("@graph")).toArray())
        if (entity.toObject().value(QStringLiteral("@type")).toString() == type)
            found.append(entity.toObject());
    return found;
}

QJsonObject byId(const QJsonObject& document, const QString& id)
{
    for (const QJsonValue& entity : document.value(QStringLiteral("@graph")).toArray())
        if (entity.toObject().value(QStringLiteral("@id")).toString() == id)
            return entity.toObject();
    return {};
}

// Every object anywhere in `value`, for checks that must hold wherever a shape nests.
void everyObject(const QJsonValue& value, QList<QJsonObject>& objects)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        objects.append(object);
        for (const QJsonValue& child : object)
            everyObject(child, objects);
    } else if (value.isArray()) {
        for (const QJsonValue& child : value.toArray())
            everyObject(child, objects);
    }
}

QStringList involvements(const QJsonObject& event)
{
    QStringList codes;
    for (const QJsonValue& subject : event.value(QStringLiteral("subjectPerson")).toArray())
        codes.append(subject.toObject().value(QStringLiteral("involvement")).toString());
    return codes;
}

class ReferralPackJsonLdTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        Vault& vault = dsl();
        addSyntheticSchool(vault);
        buildChild(vault);
        buildOtherChildsConcernSeenByAWitness(vault);
    }

    // A demo-like child: NHS number and UPN, SEN support for SEMH, free school meals, a mother and a brother,
    // a concern she is the subject of with a decision, her voice and a family help plan.
    void buildChild(Vault& vault)
    {
        PupilRepository pupils(vault);
        Pupil child;
        child.upn = makeUpn(999, 2001, 19, 7);
        child.legalForename = s("Zoë");
        child.legalMiddleNames = s("Anne");
        child.legalSurname = s("Nguyễn");
        child.dateOfBirth = QDate(2017, 4, 1);
        child.sex = QStringLiteral("F");
        child.ethnicity = QStringLiteral("WBRI");
        child.nhsNumber = QStringLiteral("9990000018");
        child.firstLanguage = QStringLiteral("ENG");
        child.senStatus = QStringLiteral("K");
        child.senNeedTypes = {QStringLiteral("SEMH"), QStringLiteral("NSA")};
        child.freeSchoolMeals = true;
        child.yearGroup = QStringLiteral("4");
        child.postcode = QStringLiteral("ZZ99 3AA");
        pupilId = pupils.add(child);
        upn = child.upn;
        Pupil brother;
        brother.upn = makeUpn(999, 2001, 21, 8);
        brother.legalForename = s("Minh");
        brother.legalSurname = s("Nguyễn");
        brother.dateOfBirth = QDate(2019, 9, 3);
        brother.sex = QStringLiteral("M");
        pupils.linkPupils(pupilId, pupils.add(brother), QStringLiteral("sibling"));
        Contact mother;
        mother.pupilId = pupilId;
        mother.name = s("Lan Nguyễn");
        mother.relationship = QStringLiteral("Mother");
        mother.parentalResponsibility = true;
        mother.livesWithChild = true;
        mother.phone = QStringLiteral("07700 900001");
        pupils.addContact(mother);

        NewConcern concern;
        concern.occurred = PartialDate::day(QDate(2026, 11, 2));
        concern.location = s("Classroom");
        concern.children = {{pupilId, ChildRole::Subject, {}, {}}};
        concern.categoryIds = {QStringLiteral("neglect")};
        concern.account = s("Arrived hungry for the third day running.");
        concern.childWords = s("There was no tea again.");
        const qint64 concernId = ConcernRepository(vault).record(concern);
        NewDecision decision;
        decision.outcome = QStringLiteral("family-help-request");
        decision.reasons = s("Pattern of neglect indicators.");
        decision.parentsInformed = ParentsInformed::Yes;
        DecisionRepository(vault).add(concernId, decision);
        addVoice(vault, pupilId);

        Plan plan;
        plan.pupilId = pupilId;
        plan.type = PlanType::FamilyHelp;
        plan.startedOn = QDate(2026, 6, 1);
        plan.leadPractitioner = s("Jo Bloggs");
        PlanRepository(vault).add(plan);
    }

    void addVoice(Vault& vault, qint64 id)
    {
        VoiceContent voice;
        voice.captured = PartialDate::day(QDate(2026, 11, 3));
        voice.method = QStringLiteral("conversation");
        voice.words = s("I like school because there is breakfast.");
        voice.toldWhatHappensNext = true;
        VoiceRepository(vault).add(id, voice);
    }

    // Kacper is hurt in the playground; Ola saw it. Ola's pack is about Ola.
    void buildOtherChildsConcernSeenByAWitness(Vault& vault)
    {
        PupilRepository pupils(vault);
        Pupil other;
        other.upn = makeUpn(999, 2001, 22, 3);
        other.legalForename = s("Kacper");
        other.legalSurname = s("Wiśniewski");
        other.dateOfBirth = QDate(2016, 2, 9);
        other.sex = QStringLiteral("M");
        otherUpn = other.upn;
        const qint64 otherId = pupils.add(other);
        Pupil witness;
        witness.upn = makeUpn(999, 2001, 23, 4);
        witness.legalForename = s("Ola");
        witness.legalSurname = s("Adeyemi");
        witness.dateOfBirth = QDate(2016, 5, 12);
        witness.sex = QStringLiteral("F");
        witness.yearGroup = QStringLiteral("Year 5");
        witnessId = pupils.add(witness);

        NewConcern concern;
        concern.occurred = PartialDate::minute(QDateTime(QDate(2026, 10, 20), QTime(12, 40)));
        concern.location = s("Playground, by the climbing frame");
        concern.children = {{otherId, ChildRole::Subject, {}, {}}, {witnessId, ChildRole::Witness, {}, {}}};
        concern.categoryIds = {QStringLiteral("physical-abuse")};
        concern.account = s("Kacper Wiśniewski showed bruises on his arm and said his uncle did it.");
        concern.childWords = s("Uncle Marek grabbed me.");
        const qint64 concernId = ConcernRepository(vault).record(concern);
        witnessedConcernId = concernId;
        NewDecision decision;
        decision.outcome = QStringLiteral("referral-to-childrens-social-care");
        decision.reasons = s("Bruising with a disclosure naming an adult at home.");
        decision.parentsInformed = ParentsInformed::Yes;
        DecisionRepository(vault).add(concernId, decision);
        addVoice(vault, witnessId);
    }

    ReferralPackRequest request(qint64 id) const
    {
        ReferralPackRequest r;
        r.pupilId = id;
        r.from = QDate(2026, 1, 1);
        r.to = QDate(2026, 11, 25);
        r.narrative.reason = s("Escalating neglect indicators.");
        r.narrative.worried = s("Often hungry and tired.");
        r.narrative.workingWell = s("Mother engages with school.");
        r.narrative.needsToHappen = s("An assessment of the home situation.");
        r.basis.lawfulBasis = s("UK GDPR Article 6(1)(e) public task (Education Act 2002 s175)");
        r.basis.consent =
            ConsentDecision{ConsentOutcome::Given, QDate(2026, 11, 20), s("Lan Nguyễn, mother"), {}};
        r.basis.parentsAware = ParentsAwareDecision{true, {}};
        r.ask = FamilyHelpRequest{ServiceRequested::FamilyHelp, RequestUrgency::Within24Hours, true, {}};
        r.recipient = Recipient{s("Family Help Hub"), s("Demo Borough Council")};
        r.parentsViews = s("Mother wants help with food and sleep.");
        r.attendance = AttendanceFigures{91.5, 3.0, 5.5, s("School MIS, autumn term")};
        return r;
    }

    // Exports (unencrypted, so the test reads it as a receiver would after the passphrase) and extracts the
    // pack with 7-Zip; returns the folder.
    QString exportAndExtract(const ReferralPackRequest& r, const QString& name)
    {
        const QString pack = m_temp.path(name + QStringLiteral(".zip"));
        const ReferralPackResult result =
            ReferralPackBuilder(dsl()).exportPack(pack, r, PackProtection::Unencrypted);
        EXPECT_EQ(result.status, PackWriteStatus::Written);
        const QString folder = m_temp.path(name);
        const ToolRun extracted =
            runTool(QStringLiteral("7z"), {QStringLiteral("x"), QStringLiteral("-y"), QStringLiteral("-p"),
                                           QStringLiteral("-o") + folder, pack});
        EXPECT_EQ(extracted.exitCode, 0) << extracted.out.toStdString();
        return folder;
    }

    qint64 pupilId = 0;
    qint64 witnessId = 0;
    qint64 witnessedConcernId = 0;
    QString upn;
    QString otherUpn;
};

TEST_F(ReferralPackJsonLdTest, APackCarriesReferralJsonLdThatFollowsTheDraftStandardsShapes)
{
    const QString folder = exportAndExtract(request(pupilId), QStringLiteral("zoe"));
    const QString path = folder + QStringLiteral("/referral.jsonld");
    const ToolRun validated = validateShapes(path);
    EXPECT_EQ(validated.exitCode, 0) << validated.err.toStdString();
    // A copy for docs/REFERRAL-PACK.md: LANTERN_REFERRAL_JSONLD_SAMPLE=/tmp/referral.jsonld
    if (const QString sample = qEnvironmentVariable("LANTERN_REFERRAL_JSONLD_SAMPLE"); !sample.isEmpty()) {
        QFile::remove(sample);
        QFile::copy(path, sample);
    }

    // It is in the manifest, and the receiver's check covers it.
    QStringList problems;
    const PackManifest manifest =
        PackManifest::fromJson(fileBytes(folder + QStringLiteral("/manifest.json")), problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    bool listed = false;
    for (const PackManifestFile& file : manifest.files())
        if (file.path == QLatin1String(PackManifest::ReferralJsonLd)) {
            listed = true;
            EXPECT_EQ(file.sha256, PackManifest::sha256Hex(fileBytes(path)));
        }
    EXPECT_TRUE(listed);
    EXPECT_TRUE(PackVerifier::verify(m_temp.path(QStringLiteral("zoe.zip"))).ok);

    const QJsonObject document = readJson(path);
    EXPECT_TRUE(document.value(QStringLiteral("@context"))
                    .toArray()
                    .contains(QString::fromLatin1(ReferralPackJsonLd::SafeguardingContext)));

    // Every @type is an entity or object of the drafts, and every identifier names its system.
    const QSet<QString> known{QStringLiteral("Person"),          QStringLiteral("Organisation"),
                              QStringLiteral("Service"),         QStringLiteral("Professional"),
                              QStringLiteral("ServiceEpisode"),  QStringLiteral("LifeEvent"),
                              QStringLiteral("SubjectPerson"),   QStringLiteral("RelatedProfessional"),
                              QStringLiteral("TimeInformation"), QStringLiteral("Finding"),
                              QStringLiteral("Observation"),     QStringLiteral("Measurement"),
                              QStringLiteral("Identifier"),      QStringLiteral("Name"),
                              QStringLiteral("PartialDate"),     QStringLiteral("Address"),
                              QStringLiteral("Contact"),         QStringLiteral("PersonRelationship")};
    QList<QJsonObject> objects;
    everyObject(document, objects);
    int identifiers = 0;
    for (const QJsonObject& object : objects) {
        const QString type = object.value(QStringLiteral("@type")).toString();
        if (object.contains(QStringLiteral("@type"))) {
            EXPECT_TRUE(known.contains(type)) << type.toStdString();
        }
        if (type == QLatin1String("Identifier")) {
            ++identifiers;
            EXPECT_FALSE(object.value(QStringLiteral("system")).toString().isEmpty());
            EXPECT_FALSE(object.value(QStringLiteral("value")).toString().isEmpty());
        }
    }
    EXPECT_GT(identifiers, 10);

    // The child: NHS number and UPN with their systems, a name in parts, the standard's sex and ethnicity
    // codes beside the DfE ones, and her mother and brother as related people.
    const QJsonObject child = byId(document, QStringLiteral("_:child"));
    ASSERT_FALSE(child.isEmpty());
    const QJsonArray childIds = child.value(QStringLiteral("identifier")).toArray();
    ASSERT_EQ(childIds.size(), 2);
    EXPECT_EQ(childIds.at(0).toObject().value(QStringLiteral("system")).toString(),
              QStringLiteral("https://fhir.nhs.uk/Id/nhs-number"));
    EXPECT_EQ(childIds.at(0).toObject().value(QStringLiteral("value")).toString(),
              QStringLiteral("9990000018"));
    EXPECT_EQ(childIds.at(1).toObject().value(QStringLiteral("value")).toString(), upn);
    const QJsonObject name = child.value(QStringLiteral("name")).toArray().at(0).toObject();
    EXPECT_EQ(name.value(QStringLiteral("familyName")).toArray(), QJsonArray{s("Nguyễn")});
    EXPECT_EQ(name.value(QStringLiteral("givenName")).toArray(), (QJsonArray{s("Zoë"), s("Anne")}));
    EXPECT_EQ(child.value(QStringLiteral("dateOfBirth")).toObject().value(QStringLiteral("date")).toString(),
              QStringLiteral("2017-04-01"));
    EXPECT_EQ(child.value(QStringLiteral("sexCode")).toString(), QStringLiteral("2"));
    EXPECT_EQ(child.value(QStringLiteral("ethnicityCode")).toString(), QStringLiteral("13"));
    EXPECT_EQ(child.value(QStringLiteral("lantern:dfeEthnicity")).toString(), QStringLiteral("WBRI"));
    QStringList relationships;
    for (const QJsonValue& related : child.value(QStringLiteral("relatedPerson")).toArray())
        relationships.append(
            related.toObject().value(QStringLiteral("relationship")).toArray().at(0).toString());
    EXPECT_EQ(relationships, (QStringList{QStringLiteral("MTH"), QStringLiteral("SIB")}));
    EXPECT_EQ(ofType(document, QStringLiteral("Person")).size(), 3);

    // The school as a primary-school Service (a Year 4 child), the DSL as the referral's author.
    const QList<QJsonObject> services = ofType(document, QStringLiteral("Service"));
    ASSERT_EQ(services.size(), 1);
    EXPECT_EQ(services.at(0).value(QStringLiteral("type")).toArray(),
              QJsonArray{QStringLiteral("primary-school")});
    const QList<QJsonObject> professionals = ofType(document, QStringLiteral("Professional"));
    ASSERT_EQ(professionals.size(), 1);
    EXPECT_EQ(
        professionals.at(0).value(QStringLiteral("name")).toObject().value(QStringLiteral("preferredName")),
        QJsonValue(s("Amira Haddad")));

    // The referral and her concern as LifeEvents, her plan as a ServiceEpisode.
    const QJsonObject referral = byId(document, QStringLiteral("_:referral"));
    EXPECT_EQ(referral.value(QStringLiteral("type")).toArray(), QJsonArray{QStringLiteral("referral")});
    EXPECT_EQ(involvements(referral), QStringList{QStringLiteral("SBJ")});
    EXPECT_EQ(referral.value(QStringLiteral("lantern:reason")).toString(),
              s("Escalating neglect indicators."));
    const QJsonObject ask = referral.value(QStringLiteral("lantern:request")).toObject();
    EXPECT_EQ(ask.value(QStringLiteral("service")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("family-help"));
    EXPECT_EQ(ask.value(QStringLiteral("urgency")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("within-24-hours"));
    EXPECT_TRUE(ask.value(QStringLiteral("safeToGoHomeToday")).toBool());
    EXPECT_EQ(referral.value(QStringLiteral("lantern:recipient")).toObject().value(QStringLiteral("team")),
              QJsonValue(s("Family Help Hub")));
    const QJsonObject consent = referral.value(QStringLiteral("lantern:basisForSharing"))
                                    .toObject()
                                    .value(QStringLiteral("consent"))
                                    .toObject();
    EXPECT_EQ(consent.value(QStringLiteral("outcome")).toString(), QStringLiteral("given"));
    EXPECT_EQ(consent.value(QStringLiteral("when")).toString(), QStringLiteral("2026-11-20"));
    const QList<QJsonObject> events = ofType(document, QStringLiteral("LifeEvent"));
    ASSERT_EQ(events.size(), 2);
    const QJsonObject concern = events.at(1);
    EXPECT_EQ(concern.value(QStringLiteral("type")).toArray(),
              QJsonArray{QStringLiteral("safeguarding-concern")});
    EXPECT_EQ(involvements(concern), QStringList{QStringLiteral("SBJ")});
    EXPECT_EQ(concern.value(QStringLiteral("timeInformation"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("startDateTime")),
              QJsonValue(QStringLiteral("2026-11-02")));
    EXPECT_EQ(concern.value(QStringLiteral("lantern:categoryOfHarm"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("cinFactorCodes")),
              QJsonValue(QJsonArray{QStringLiteral("16A")}));
    const QList<QJsonObject> episodes = ofType(document, QStringLiteral("ServiceEpisode"));
    ASSERT_EQ(episodes.size(), 1);
    EXPECT_EQ(episodes.at(0).value(QStringLiteral("type")).toArray(),
              QJsonArray{QStringLiteral("early-help")});

    // Attendance as the draft's Measurements; SEN support for SEMH and free school meals as Observations
    // (NSA has no code in the draft, so only its parent SEND stands for it).
    const QJsonObject finding = referral.value(QStringLiteral("lantern:finding")).toArray().at(0).toObject();
    QStringList measured;
    for (const QJsonValue& m : finding.value(QStringLiteral("measurement")).toArray())
        measured.append(QStringLiteral("%1 %2 %3")
                            .arg(m.toObject().value(QStringLiteral("type")).toString())
                            .arg(m.toObject().value(QStringLiteral("value")).toDouble())
                            .arg(m.toObject().value(QStringLiteral("unit")).toString()));
    EXPECT_EQ(measured,
              (QStringList{QStringLiteral("Attendance 91.5 pct"), QStringLiteral("Authorised Absences 3 pct"),
                           QStringLiteral("Unauthorised Absences 5.5 pct")}));
    QStringList observed;
    for (const QJsonValue& o : finding.value(QStringLiteral("observation")).toArray())
        observed.append(o.toObject().value(QStringLiteral("type")).toString());
    EXPECT_EQ(observed, (QStringList{QStringLiteral("SEND"), QStringLiteral("SEND.SEMH"),
                                     QStringLiteral("free-school-meals")}));
}

TEST_F(ReferralPackJsonLdTest, AWitnessesPackHoldsNoOtherChildsHarmDecisionOrName)
{
    // A concern Ola only witnessed is left out by default; the DSL includes it, as what she saw matters.
    ReferralPackRequest r = request(witnessId);
    r.include = {PackItemRef{PackItemKind::Concern, witnessedConcernId}};
    const QString folder = exportAndExtract(r, QStringLiteral("ola"));
    const QString path = folder + QStringLiteral("/referral.jsonld");
    const ToolRun validated = validateShapes(path);
    EXPECT_EQ(validated.exitCode, 0) << validated.err.toStdString();
    const QJsonObject document = readJson(path);

    // The concern is there as something Ola witnessed, with when it happened, and nothing of Kacper's.
    const QList<QJsonObject> events = ofType(document, QStringLiteral("LifeEvent"));
    ASSERT_EQ(events.size(), 2);
    const QJsonObject seen = events.at(1);
    EXPECT_EQ(seen.value(QStringLiteral("type")).toArray(),
              QJsonArray{QStringLiteral("safeguarding-concern")});
    EXPECT_EQ(involvements(seen), QStringList{QStringLiteral("WIT")});
    EXPECT_EQ(seen.value(QStringLiteral("lantern:childRole")).toString(), QStringLiteral("witness"));
    EXPECT_FALSE(seen.contains(QStringLiteral("lantern:categoryOfHarm")));
    EXPECT_FALSE(seen.contains(QStringLiteral("lantern:account")));
    EXPECT_TRUE(byId(document, QStringLiteral("_:referral"))
                    .value(QStringLiteral("lantern:categoryOfHarm"))
                    .toArray()
                    .isEmpty());
    // Ola is in Year 5: still a primary-school Service.
    EXPECT_EQ(ofType(document, QStringLiteral("Service")).at(0).value(QStringLiteral("type")).toArray(),
              QJsonArray{QStringLiteral("primary-school")});

    // Anywhere in the JSON-LD: not his name, his UPN, his category of harm, its factor code, the decision,
    // nor the account of what happened to him.
    const QStringList his{s("Kacper"),
                          s("Wiśniewski"),
                          otherUpn,
                          QStringLiteral("physical-abuse"),
                          s("Physical abuse"),
                          QStringLiteral("18C"),
                          QStringLiteral("referral-to-childrens-social-care"),
                          s("Bruising")};
    const QString text = QString::fromUtf8(fileBytes(path));
    for (const QString& other : his + QStringList{s("Marek"), s("climbing frame")})
        EXPECT_FALSE(text.contains(other)) << other.toStdString();

    // Nor in referral.json or referral.pdf, which come from the same minimised content: his name is replaced
    // by his role, his category and the decision are not there.
    const QString json = QString::fromUtf8(fileBytes(folder + QStringLiteral("/referral.json")));
    const ToolRun pdf =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              folder + QStringLiteral("/referral.pdf"), QStringLiteral("-")});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    const QString printed = pdf.out.normalized(QString::NormalizationForm_C);
    for (const QString& other : his) {
        EXPECT_FALSE(json.contains(other)) << "referral.json: " << other.toStdString();
        EXPECT_FALSE(printed.contains(other)) << "referral.pdf: " << other.toStdString();
    }
    EXPECT_TRUE(json.contains(s("Ola"))); // the pack is about her

    // In referral.json the concern says she was a witness, carries no categories, and says his name was
    // replaced; schema v2 holds it to that.
    const QString jsonPath = folder + QStringLiteral("/referral.json");
    const ToolRun v2 = validateV2(jsonPath);
    EXPECT_EQ(v2.exitCode, 0) << v2.err.toStdString();
    QJsonObject referral = readJson(jsonPath);
    QJsonArray concerns = referral.value(QStringLiteral("concerns")).toArray();
    ASSERT_EQ(concerns.size(), 1);
    QJsonObject witnessed = concerns.at(0).toObject();
    EXPECT_EQ(witnessed.value(QStringLiteral("child_role")).toString(), QStringLiteral("witness"));
    EXPECT_TRUE(witnessed.value(QStringLiteral("categories")).toArray().isEmpty());
    EXPECT_TRUE(witnessed.value(QStringLiteral("redacted")).toBool());
    EXPECT_TRUE(referral.value(QStringLiteral("minimisation"))
                    .toObject()
                    .value(QStringLiteral("names_of_other_children_redacted"))
                    .toBool());
    witnessed.insert(
        QStringLiteral("categories"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("physical-abuse")},
                               {QStringLiteral("label"), s("Physical abuse by an adult")},
                               {QStringLiteral("group"), s("Abuse and neglect")},
                               {QStringLiteral("cin_factor_codes"), QJsonArray{QStringLiteral("18C")}}}});
    concerns.replace(0, witnessed);
    referral.insert(QStringLiteral("concerns"), concerns);
    const QString leaked = m_temp.path(QStringLiteral("leaked.json"));
    writeJson(leaked, referral);
    EXPECT_NE(validateV2(leaked).exitCode, 0) << "schema v2 accepted another child's category on a witness";
}

TEST_F(ReferralPackJsonLdTest, TheShapeCheckRejectsAMalformedDocument)
{
    const QString folder = exportAndExtract(request(pupilId), QStringLiteral("zoe"));
    const QJsonObject good = readJson(folder + QStringLiteral("/referral.jsonld"));
    ASSERT_EQ(validateShapes(folder + QStringLiteral("/referral.jsonld")).exitCode, 0);

    const auto withEntity = [&good](const QString& id, const std::function<void(QJsonObject&)>& change) {
        QJsonArray graph = good.value(QStringLiteral("@graph")).toArray();
        for (qsizetype i = 0; i < graph.size(); ++i) {
            QJsonObject entity = graph.at(i).toObject();
            if (entity.value(QStringLiteral("@id")).toString() == id) {
                change(entity);
                graph.replace(i, entity);
            }
        }
        QJsonObject document = good;
        document.insert(QStringLiteral("@graph"), graph);
        return document;
    };
    const QList<std::pair<const char*, QJsonObject>> malformed{
        {"an identifier without its system",
         withEntity(QStringLiteral("_:child"),
                    [](QJsonObject& child) {
                        QJsonArray ids = child.value(QStringLiteral("identifier")).toArray();
                        QJsonObject first = ids.at(0).toObject();
                        first.remove(QStringLiteral("system"));
                        ids.replace(0, first);
                        child.insert(QStringLiteral("identifier"), ids);
                    })},
        {"an entity the drafts do not have", withEntity(QStringLiteral("_:child"),
                                                        [](QJsonObject& child) {
                                                            child.insert(QStringLiteral("@type"),
                                                                         QStringLiteral("Pupil"));
                                                        })},
        {"a life event type outside the code list",
         withEntity(QStringLiteral("_:referral"),
                    [](QJsonObject& event) {
                        event.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("chat")});
                    })},
        {"a life event about nobody",
         withEntity(QStringLiteral("_:referral"),
                    [](QJsonObject& event) { event.insert(QStringLiteral("subjectPerson"), QJsonArray{}); })},
        {"an undeclared term outside Lantern's namespace",
         withEntity(QStringLiteral("_:referral"),
                    [](QJsonObject& event) { event.insert(QStringLiteral("reason"), QStringLiteral("x")); })},
        {"no @context",
         [&good] {
             QJsonObject document = good;
             document.remove(QStringLiteral("@context"));
             return document;
         }()},
    };
    for (const auto& [what, document] : malformed) {
        const QString path = m_temp.path(QStringLiteral("malformed.jsonld"));
        writeJson(path, document);
        EXPECT_NE(validateShapes(path).exitCode, 0) << what;
    }
}

TEST_F(ReferralPackJsonLdTest, SectionsLeftOutOfThePackAreLeftOutOfTheJsonLdToo)
{
    ReferralPackRequest r = request(pupilId);
    r.sections = {ReferralSection::Chronology, ReferralSection::Voice};
    const QString folder = exportAndExtract(r, QStringLiteral("short"));
    const QString path = folder + QStringLiteral("/referral.jsonld");
    EXPECT_EQ(validateShapes(path).exitCode, 0);
    const QJsonObject document = readJson(path);
    EXPECT_EQ(ofType(document, QStringLiteral("Person")).size(), 1); // the child, without her family
    EXPECT_FALSE(byId(document, QStringLiteral("_:child")).contains(QStringLiteral("relatedPerson")));
    EXPECT_EQ(ofType(document, QStringLiteral("LifeEvent")).size(), 1); // the referral, no concerns
    EXPECT_TRUE(ofType(document, QStringLiteral("ServiceEpisode")).isEmpty());
    const QString text = QString::fromUtf8(fileBytes(path));
    EXPECT_FALSE(text.contains(QStringLiteral("07700 900001"))); // the mother's telephone
    EXPECT_FALSE(text.contains(QStringLiteral("Measurement")));
}

TEST_F(ReferralPackJsonLdTest, HouseholdMembersArePeopleRelatedToTheChild)
{
    // The household as the Family tab records it (read into the content by the pack's reader; built here).
    ReferralPackDraft draft = ReferralPackBuilder(dsl()).draft(request(pupilId));
    HouseholdMember partner;
    partner.id = 7;
    partner.pupilId = pupilId;
    partner.current.name = s("Dan Smith");
    partner.current.relationship = s("Mother's partner");
    partner.current.needsInterpreter = false;
    HouseholdMember unborn;
    unborn.id = 8;
    unborn.pupilId = pupilId;
    unborn.current.name = s("Unborn baby");
    unborn.current.relationship = s("Sister");
    unborn.current.expectedDeliveryDate = QDate(2027, 2, 14);
    draft.content.household = {partner, unborn};

    const QString path = m_temp.path(QStringLiteral("household.jsonld"));
    writeJson(path, ReferralPackJsonLd::build(draft.content, draft.packId));
    const ToolRun validated = validateShapes(path);
    EXPECT_EQ(validated.exitCode, 0) << validated.err.toStdString();
    const QJsonObject document = readJson(path);
    const QJsonObject baby = byId(document, QStringLiteral("_:household-8"));
    EXPECT_EQ(baby.value(QStringLiteral("lantern:expectedDeliveryDate")).toString(),
              QStringLiteral("2027-02-14"));
    EXPECT_FALSE(baby.contains(QStringLiteral("dateOfBirth")));
    QStringList related;
    for (const QJsonValue& r :
         byId(document, QStringLiteral("_:child")).value(QStringLiteral("relatedPerson")).toArray())
        related.append(r.toObject().value(QStringLiteral("lantern:relationship")).toString() +
                       QLatin1Char('=') +
                       r.toObject().value(QStringLiteral("relationship")).toArray().at(0).toString());
    // A partner has no certain RoleCode: the words only.
    EXPECT_EQ(related,
              (QStringList{s("Mother=MTH"), s("sibling=SIB"), s("Mother's partner="), s("Sister=SIS")}));
}

TEST_F(ReferralPackJsonLdTest, TheV2SchemaAcceptsAnOverrideOfEveryPreflightCheck)
{
    // A receiver's validator must not reject a pack whose DSL proceeded past a check the schema forgot.
    const QJsonObject schema =
        readJson(QStringLiteral(LANTERN_SOURCE_DIR "/resources/schema/referral-pack-v2.schema.json"));
    const QJsonArray codes = schema.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("preflight"))
                                 .toObject()
                                 .value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("overrides"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toObject()
                                 .value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toObject()
                                 .value(QStringLiteral("enum"))
                                 .toArray();
    ReferralPackRequest bare;
    bare.pupilId = pupilId;
    bare.from = QDate(2025, 1, 1);
    bare.to = QDate(2025, 6, 30);
    bare.basis = SharingBasis{};
    bare.ask = FamilyHelpRequest{}; // family help, safe to go home not answered, no consent
    QStringList found;
    for (const PreflightIssue& issue : ReferralPreflight::evaluate(bare, false, false))
        found.append(issue.code);
    bare.ask.reset();
    for (const PreflightIssue& issue : ReferralPreflight::evaluate(bare, false, false))
        if (!found.contains(issue.code))
            found.append(issue.code);
    EXPECT_EQ(found.size(), 8) << found.join(QLatin1Char(' ')).toStdString();
    for (const QString& code : found)
        EXPECT_TRUE(codes.contains(code)) << code.toStdString();
}

TEST_F(ReferralPackJsonLdTest, CodesAreMappedToTheDraftsOnlyWhereTheMappingIsCertain)
{
    // DfE sex U covers both "not known" and "indeterminate", which PDS tells apart.
    EXPECT_EQ(ReferralPackJsonLd::sexCode(QStringLiteral("M")), QStringLiteral("1"));
    EXPECT_TRUE(ReferralPackJsonLd::sexCode(QStringLiteral("U")).isEmpty());
    // Gypsy/Roma and "any other ethnic group" each straddle two ONS categories; their extended codes do not.
    EXPECT_EQ(ReferralPackJsonLd::ethnicityCode(QStringLiteral("WENG")), QStringLiteral("13"));
    EXPECT_EQ(ReferralPackJsonLd::ethnicityCode(QStringLiteral("WIRT")), QStringLiteral("15"));
    EXPECT_TRUE(ReferralPackJsonLd::ethnicityCode(QStringLiteral("WROM")).isEmpty());
    EXPECT_EQ(ReferralPackJsonLd::ethnicityCode(QStringLiteral("WROR")), QStringLiteral("16"));
    EXPECT_TRUE(ReferralPackJsonLd::ethnicityCode(QStringLiteral("OOTH")).isEmpty());
    EXPECT_EQ(ReferralPackJsonLd::ethnicityCode(QStringLiteral("OARA")), QStringLiteral("18"));
    EXPECT_TRUE(ReferralPackJsonLd::ethnicityCode(QStringLiteral("REFU")).isEmpty());
    EXPECT_EQ(ReferralPackJsonLd::sendObservationType(QStringLiteral("ASD")), QStringLiteral("SEND.ASC"));
    EXPECT_TRUE(ReferralPackJsonLd::sendObservationType(QStringLiteral("DS")).isEmpty());
    EXPECT_EQ(ReferralPackJsonLd::schoolServiceType(QStringLiteral("R")), QStringLiteral("primary-school"));
    EXPECT_EQ(ReferralPackJsonLd::schoolServiceType(QStringLiteral("Year 9")), QStringLiteral("high-school"));
    EXPECT_EQ(ReferralPackJsonLd::schoolServiceType(QString()),
              QStringLiteral("learning-education-employment"));
    EXPECT_EQ(ReferralPackJson::accuracyIndicator(PartialDate::month(2026, 9)), QStringLiteral("UAA"));
}

} // namespace
