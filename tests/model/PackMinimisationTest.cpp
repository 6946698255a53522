// Share only what is necessary (issue #14): a pack for a child who was only a witness to harm done to another
// child must not carry that child's category of harm, decision or name — in referral.json or referral.pdf
// (read back by poppler's pdftotext, not by Lantern).
#include "core/Error.h"
#include "export/PdfWriter.h"
#include "export/ReferralPackBuilder.h"
#include "export/ReferralPackReader.h"
#include "records/ConcernRepository.h"
#include "records/DecisionRepository.h"
#include "records/PupilRepository.h"
#include "records/VoiceRepository.h"
#include "reference/Upn.h"
#include "support/RecordsFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace lantern;
using namespace lantern::test;

namespace {

[[maybe_unused]] const auto* const g_gui = test::useOffscreenGui("PackMinimisationTest");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

class PackMinimisationTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        Vault& vault = dsl();
        PupilRepository pupils(vault);
        ben = pupils.add(pupil(s("Ben"), s("Okoro"), QStringLiteral("4"), 1));
        amy = pupils.add(pupil(s("Amelia"), s("Wright"), QStringLiteral("6"), 2, s("Amy")));
        cal = pupils.add(pupil(s("Callum"), s("Okoro"), QStringLiteral("6"), 3, s("Cal"))); // Ben's cousin

        // Amy was hurt by Cal; Ben saw it.
        NewConcern playground;
        playground.occurred = PartialDate::day(QDate(2026, 10, 5));
        playground.location = s("Playground, by Amy Wright's classroom");
        playground.children = {{amy, ChildRole::Subject, {}, {}},
                               {cal, ChildRole::AllegedHarmer, {}, {}},
                               {ben, ChildRole::Witness, {}, {}}};
        playground.categoryIds = {QStringLiteral("child-on-child-physical")};
        playground.account = s("Callum Okoro pushed Amy against the wall and kicked her. Ben Okoro saw it and "
                               "told Mrs Hale; Amelia Wright was crying. Cal said Amy started it.");
        playground.childWords = s("He does it every day when the teachers aren't looking.");
        witnessed = ConcernRepository(vault).record(playground);
        NewDecision forAmy;
        forAmy.outcome = QStringLiteral("referral-to-childrens-social-care");
        forAmy.reasons = s("Amy Wright has been hurt by Callum three times this term.");
        forAmy.parentsInformed = ParentsInformed::Yes;
        amyDecision = DecisionRepository(vault).add(witnessed, forAmy);

        // Ben's own concern.
        NewConcern hungry;
        hungry.occurred = PartialDate::day(QDate(2026, 11, 2));
        hungry.children = {{ben, ChildRole::Subject, {}, {}}};
        hungry.categoryIds = {QStringLiteral("neglect")};
        hungry.account = s("Ben arrived hungry again and said his cousin Callum had his breakfast.");
        own = ConcernRepository(vault).record(hungry);
        NewDecision forBen;
        forBen.outcome = QStringLiteral("monitor");
        forBen.reasons = s("Second time this month; speak to mum.");
        forBen.parentsInformed = ParentsInformed::Yes;
        benDecision = DecisionRepository(vault).add(own, forBen);

        VoiceContent voice;
        voice.captured = PartialDate::day(QDate(2026, 11, 3));
        voice.method = QStringLiteral("conversation");
        voice.words = s("I'm hungry in the mornings. Amy's mum gives her toast.");
        VoiceRepository(vault).add(ben, voice);
    }

    static Pupil pupil(const QString& forename, const QString& surname, const QString& year, int serial,
                       const QString& preferred = {})
    {
        Pupil p;
        p.upn = makeUpn(999, 2001, 40 + serial, serial);
        p.legalForename = forename;
        p.legalSurname = surname;
        p.preferredForename = preferred;
        p.dateOfBirth = QDate(2016, 1, serial);
        p.sex = QStringLiteral("M");
        p.yearGroup = year;
        return p;
    }

    ReferralPackRequest request() const
    {
        ReferralPackRequest r;
        r.pupilId = ben;
        r.from = QDate(2026, 1, 1);
        r.to = QDate(2026, 11, 25);
        r.narrative.reason = s("Neglect indicators.");
        r.narrative.worried = s("Ben is often hungry.");
        r.basis.lawfulBasis = s("UK GDPR Article 6(1)(e)");
        r.basis.consent = ConsentDecision{ConsentOutcome::Given, QDate(2026, 11, 20), s("Mother"), {}};
        r.basis.parentsAware = ParentsAwareDecision{true, {}};
        r.ask = FamilyHelpRequest{ServiceRequested::FamilyHelp, RequestUrgency::Routine, true, {}};
        return r;
    }

    // The whole pack as text: the JSON as written and the PDF as pdftotext reads it.
    QString packText(const ReferralPackRequest& r, QJsonObject* json = nullptr)
    {
        const ReferralPackDraft draft = ReferralPackBuilder(dsl()).draft(r);
        if (json)
            *json = draft.json;
        const QString pdf = m_temp.path(QStringLiteral("referral.pdf"));
        QFile file(pdf);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(PdfWriter::toPdf(draft.document));
        file.close();
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(pdftotext.waitForFinished(60000));
        EXPECT_EQ(pdftotext.exitCode(), 0) << "pdftotext (poppler-utils) is needed";
        return QString::fromUtf8(QJsonDocument(draft.json).toJson()) + QStringLiteral("\n----\n") +
               QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    }

    static void expectNoOtherChild(const QString& text)
    {
        for (const char* name : {"Amy", "Amelia", "Wright", "Callum", "Cal "})
            EXPECT_FALSE(text.contains(s(name))) << name << " in:\n" << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("18B")));
        EXPECT_FALSE(text.contains(QStringLiteral("child-on-child-physical")));
        EXPECT_FALSE(text.contains(s("Physical abuse by another child")));
        EXPECT_FALSE(text.contains(s("three times this term"))); // Amy's decision
    }

    qint64 ben = 0;
    qint64 amy = 0;
    qint64 cal = 0;
    qint64 witnessed = 0;
    qint64 own = 0;
    qint64 amyDecision = 0;
    qint64 benDecision = 0;
};

TEST_F(PackMinimisationTest, EveryItemOfThePeriodIsListedAndOnlyThisChildsAreInByDefault)
{
    const QList<PackItem> items = ReferralPackReader(dsl()).items(request());
    const auto find = [&items](PackItemKind kind, qint64 id) {
        for (const PackItem& item : items)
            if (item.ref == PackItemRef{kind, id})
                return item;
        ADD_FAILURE() << "not listed: " << PackItemRef{kind, id}.key().toStdString();
        return PackItem{};
    };
    const PackItem seen = find(PackItemKind::Concern, witnessed);
    EXPECT_FALSE(seen.included);
    EXPECT_EQ(seen.role, ChildRole::Witness);
    EXPECT_TRUE(seen.namesOtherChildren);
    EXPECT_FALSE(find(PackItemKind::Decision, amyDecision).mayInclude);
    EXPECT_TRUE(find(PackItemKind::Concern, own).included);
    EXPECT_TRUE(find(PackItemKind::Decision, benDecision).included);
    // Ben's voice names Amy: in, with her name to be replaced.
    bool voiceListed = false;
    for (const PackItem& item : items)
        if (item.ref.kind == PackItemKind::Voice) {
            voiceListed = true;
            EXPECT_TRUE(item.included);
            EXPECT_TRUE(item.namesOtherChildren);
        }
    EXPECT_TRUE(voiceListed);
    // Each concern placed a chronology entry for Ben: the witnessed one is out, his own in.
    int chronologyIn = 0;
    int chronologyOut = 0;
    for (const PackItem& item : items)
        if (item.ref.kind == PackItemKind::Chronology)
            (item.included ? chronologyIn : chronologyOut) += 1;
    EXPECT_GE(chronologyIn, 1);
    EXPECT_GE(chronologyOut, 1);
}

TEST_F(PackMinimisationTest, TheWitnessCaseCarriesNoOtherChildsHarmDecisionOrNameByDefault)
{
    QJsonObject json;
    const QString text = packText(request(), &json);
    expectNoOtherChild(text);
    // Ben's own concern is there, with its category and decision.
    const QJsonArray concerns = json.value(QStringLiteral("concerns")).toArray();
    ASSERT_EQ(concerns.size(), 1);
    EXPECT_EQ(concerns.at(0).toObject().value(QStringLiteral("id")).toInteger(), own);
    EXPECT_EQ(json.value(QStringLiteral("referral")).toObject().value(QStringLiteral("cin_factor_codes")).toArray(),
              QJsonArray{QStringLiteral("16A")});
    // His voice is there, the name in it replaced: Amy is in Year 6.
    EXPECT_TRUE(text.contains(s("[another child, Year 6]'s mum gives her toast"))) << text.toStdString();
    // The pack says what was left out and that names were replaced.
    const QJsonObject m = json.value(QStringLiteral("minimisation")).toObject();
    EXPECT_GE(m.value(QStringLiteral("items_left_out")).toInt(), 3); // the concern, its decision, its entry
    EXPECT_EQ(m.value(QStringLiteral("left_out")).toObject().value(QStringLiteral("concerns")).toInt(), 1);
    EXPECT_TRUE(m.value(QStringLiteral("names_of_other_children_redacted")).toBool());
    const QString statement = m.value(QStringLiteral("statement")).toString();
    EXPECT_TRUE(statement.contains(QStringLiteral("left out"))) << statement.toStdString();
    EXPECT_TRUE(text.contains(statement.left(40))) << "the PDF says it too";
}

TEST_F(PackMinimisationTest, AWitnessedConcernTheDslIncludesHasOtherChildrenReplacedByTheirRole)
{
    ReferralPackRequest r = request();
    r.include = {PackItemRef{PackItemKind::Concern, witnessed}};
    QJsonObject json;
    const QString text = packText(r, &json);
    expectNoOtherChild(text);
    const QJsonArray concerns = json.value(QStringLiteral("concerns")).toArray();
    ASSERT_EQ(concerns.size(), 2);
    const QJsonObject seen = concerns.at(0).toObject();
    EXPECT_EQ(seen.value(QStringLiteral("child_role")).toString(), QStringLiteral("witness"));
    EXPECT_TRUE(seen.value(QStringLiteral("categories")).toArray().isEmpty());
    EXPECT_TRUE(seen.value(QStringLiteral("redacted")).toBool());
    const QString account = seen.value(QStringLiteral("account")).toString();
    // Ben's own name (and the surname he shares with his cousin) stays; the others are their role.
    EXPECT_EQ(account, s("[another child, said to have caused harm, Year 6] pushed [another child, Year 6] "
                         "against the wall and kicked her. Ben Okoro saw it and told Mrs Hale; [another child, "
                         "Year 6] was crying. [another child, said to have caused harm, Year 6] said [another "
                         "child, Year 6] started it."))
        << account.toStdString();
    EXPECT_EQ(seen.value(QStringLiteral("location")).toString(),
              s("Playground, by [another child, Year 6]'s classroom"));
    // Amy's decision never travels, even with the concern.
    for (const QJsonValue& decision :
         json.value(QStringLiteral("actions_taken")).toObject().value(QStringLiteral("decisions")).toArray())
        EXPECT_NE(decision.toObject().value(QStringLiteral("id")).toInteger(), amyDecision);
}

TEST_F(PackMinimisationTest, AnotherChildsDecisionCannotBeIncludedAndAnUnknownItemIsNamed)
{
    ReferralPackRequest r = request();
    r.include = {PackItemRef{PackItemKind::Concern, witnessed}, PackItemRef{PackItemKind::Decision, amyDecision}};
    try {
        ReferralPackBuilder(dsl()).draft(r);
        FAIL() << "another child's decision was accepted";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("decision:%1").arg(amyDecision)))
            << error.message().toStdString();
    }
    r.include = {PackItemRef{PackItemKind::Voice, 987654}};
    try {
        ReferralPackBuilder(dsl()).draft(r);
        FAIL() << "an item outside the period was accepted";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("voice:987654"))) << error.message().toStdString();
    }
    EXPECT_THROW(PackItemRef::parse(QStringLiteral("concerns:12")), Error);
    EXPECT_EQ(PackItemRef::parse(QStringLiteral(" chronology:31 ")).key(), QStringLiteral("chronology:31"));
}

TEST_F(PackMinimisationTest, LeavingOutTheChildsOwnConcernTakesItsDecisionWithIt)
{
    ReferralPackRequest r = request();
    r.leaveOut = {PackItemRef{PackItemKind::Concern, own}};
    QJsonObject json;
    packText(r, &json);
    EXPECT_TRUE(json.value(QStringLiteral("concerns")).toArray().isEmpty());
    EXPECT_TRUE(json.value(QStringLiteral("actions_taken"))
                    .toObject()
                    .value(QStringLiteral("decisions"))
                    .toArray()
                    .isEmpty());
    const QJsonObject left =
        json.value(QStringLiteral("minimisation")).toObject().value(QStringLiteral("left_out")).toObject();
    EXPECT_EQ(left.value(QStringLiteral("concerns")).toInt(), 2);
    EXPECT_EQ(left.value(QStringLiteral("decisions")).toInt(), 2);
}

} // namespace
