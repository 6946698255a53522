// referral.pdf as a receiving social worker reads it: text that copies exactly (no ligatures), words never
// split inside, headings never stranded at the foot of a page, the body map drawn with its numbered marks,
// contact notes, looked-after and kinship status, the attendance period, and only words a person uses — no
// internal values, no usernames. Read with poppler's pdftotext, not Lantern's code.
#include "export/PdfWriter.h"
#include "export/ReferralPackBuilder.h"
#include "export/ReferralPackPrint.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "records/DecisionRepository.h"
#include "records/Household.h"
#include "records/HouseholdRepository.h"
#include "records/PupilRepository.h"
#include "records/SchoolRepository.h"
#include "records/VoiceRepository.h"
#include "reference/Upn.h"
#include "support/RecordsFixture.h"
#include "text/TextServices.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace lantern;
using namespace lantern::test;

namespace {

[[maybe_unused]] const auto* const g_gui = test::useOffscreenGui("ReferralPackPdfTest");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString run(const QString& program, const QStringList& args)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        ADD_FAILURE() << program.toStdString() << " not found (see scripts/install-deps.sh)";
        return {};
    }
    QProcess process;
    process.start(path, args);
    process.waitForFinished(120000);
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ": "
                                     << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A word pdftotext found, with its box (points, from the top left of the page).
struct Word {
    QString text;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    int page = 0;
};

// What poppler reads from a PDF: the text of each page (reading order, as a copy and paste gives it) and
// every word with its box.
struct PdfReading {
    QStringList pages;
    QList<Word> words;

    QString all() const { return pages.join(QLatin1Char('\n')); }
    int pageOf(const QString& text) const
    {
        for (qsizetype i = 0; i < pages.size(); ++i)
            if (pages.at(i).contains(text))
                return static_cast<int>(i) + 1;
        return 0;
    }
    QStringList wordTexts() const
    {
        QStringList texts;
        for (const Word& word : words)
            texts.append(word.text);
        return texts;
    }
};

PdfReading readPdf(const QString& path)
{
    PdfReading reading;
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    reading.pages = text.normalized(QString::NormalizationForm_C).split(QLatin1Char('\f'));
    if (!reading.pages.isEmpty() && reading.pages.last().trimmed().isEmpty())
        reading.pages.removeLast();
    const QString boxes =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    static const QRegularExpression pageStart(QStringLiteral("<page "));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const QStringList pageTexts = boxes.split(pageStart);
    for (qsizetype p = 1; p < pageTexts.size(); ++p)
        for (auto it = word.globalMatch(pageTexts.at(p)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString wordText = m.captured(5);
            wordText.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
                .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
            reading.words.append({wordText.normalized(QString::NormalizationForm_C), m.captured(1).toDouble(),
                                  m.captured(2).toDouble(), m.captured(3).toDouble(),
                                  m.captured(4).toDouble(), static_cast<int>(p)});
        }
    return reading;
}

PdfReading readPdf(const QByteArray& pdf, const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    // A copy to look at: LANTERN_PRINT_SAMPLE=/tmp/print.pdf ./lantern_model_tests --gtest_filter=…
    if (const QString sample = qEnvironmentVariable("LANTERN_PRINT_SAMPLE"); !sample.isEmpty()) {
        QFile::remove(sample);
        QFile::copy(path, sample);
    }
    return readPdf(path);
}

class ReferralPackPdfTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        Vault& vault = dsl();
        SchoolRepository school(vault);
        SchoolDetails details;
        details.name = s("Oakfield Primary School (synthetic)");
        details.urn = QStringLiteral("999001");
        details.laCode = QStringLiteral("999");
        details.laName = s("Demo Borough");
        // "ffi": drawn as one ligature glyph, it used to paste as "oﬃce".
        details.email = QStringLiteral("office@oakfield.example");
        school.setDetails(details);

        PupilRepository pupils(vault);
        Pupil child;
        child.upn = makeUpn(999, 2001, 19, 7);
        child.legalForename = s("Zoë");
        child.legalSurname = s("Nguyễn");
        child.dateOfBirth = QDate(2017, 4, 1);
        child.sex = QStringLiteral("F");
        child.lookedAfter = true;
        child.responsibleAuthority = s("Demo Borough Council");
        child.kinshipCare = QStringLiteral("KI");
        child.yearGroup = QStringLiteral("4");
        pupilId = pupils.add(child);
        Contact aunt;
        aunt.pupilId = pupilId;
        aunt.name = s("Lan Nguyễn");
        aunt.relationship = QStringLiteral("Aunt");
        aunt.parentalResponsibility = false;
        aunt.livesWithChild = true;
        aunt.email = QStringLiteral("lan.nguyen@example.org");
        aunt.notes = s("Kinship carer since March; works nights, so call after 4 pm.");
        pupils.addContact(aunt);
        HouseholdMemberDetails cousin;
        cousin.name = s("Minh Trần");
        cousin.relationship = s("Cousin");
        cousin.dateOfBirth = QDate(2012, 8, 30);
        cousin.livesWithChild = true;
        HouseholdRepository(vault).add(pupilId, cousin);

        NewConcern concern;
        concern.occurred = PartialDate::day(QDate(2026, 11, 2));
        concern.location = s("Classroom");
        concern.children = {{pupilId, ChildRole::Subject, {}, {}}};
        concern.categoryIds = {QStringLiteral("physical-abuse")};
        concern.account = s("Bruising seen on the left forearm and the back of the right shoulder.");
        concern.childWords = s("I fell off the trampoline.");
        concern.bodyMap = {
            {BodyMapMark::Side::Front, 0.25, 0.45, s("Three round bruises, thumb-sized")},
            {BodyMapMark::Side::Back, 0.7, 0.2, s("Yellowing bruise across the shoulder blade")}};
        const qint64 concernId = ConcernRepository(vault).record(concern);
        NewDecision decision;
        decision.outcome = QStringLiteral("referral-to-childrens-social-care");
        decision.reasons = s("Unexplained bruising with an account that does not fit.");
        decision.parentsInformed = ParentsInformed::NotYet;
        decision.parentsNotInformedReason = s("Social care to advise first.");
        DecisionRepository(vault).add(concernId, decision);

        VoiceContent voice;
        voice.captured = PartialDate::day(QDate(2026, 11, 3));
        voice.method = QStringLiteral("conversation");
        voice.words = s("I like living with auntie.");
        VoiceRepository(vault).add(pupilId, voice);

        ManualChronologyEntry loss;
        loss.when = PartialDate::month(2026, 6);
        loss.type = QStringLiteral("bereavement");
        loss.summary = s("Grandmother died.");
        loss.source = s("Aunt");
        ChronologyRepository(vault).addManual(pupilId, loss);
    }

    ReferralPackRequest request() const
    {
        ReferralPackRequest r;
        r.pupilId = pupilId;
        r.from = QDate(2026, 1, 1);
        r.to = QDate(2026, 11, 25);
        r.narrative.reason = s("Unexplained bruising.");
        r.basis.lawfulBasis = s("UK GDPR Article 6(1)(e) public task (Education Act 2002 s175)");
        r.narrative.worried = s("Bruising that the account does not explain.");
        r.basis.consent = ConsentDecision{
            ConsentOutcome::NotSought, std::nullopt, {}, s("Seeking consent could place the child at risk.")};
        r.ask = FamilyHelpRequest{ServiceRequested::Section47Enquiry, RequestUrgency::Today, false,
                                  s("Aunt's partner collects her today.")};
        r.recipient = Recipient{s("Children's front door"), s("Demo Borough Council")};
        r.basis.parentsAware = ParentsAwareDecision{false, s("Social care to advise first.")};
        r.attendance = AttendanceFigures{88.0, 4.0, 8.0, s("School MIS")};
        return r;
    }

    // Exports the pack (unencrypted, so the files can be read), returning referral.pdf as poppler reads it
    // and the pack id from referral.json.
    PdfReading exportAndRead(QString* packId = nullptr)
    {
        const QString folder = m_temp.path(QStringLiteral("pack"));
        QDir().mkpath(folder);
        const QString zip = m_temp.path(QStringLiteral("referral.zip"));
        EXPECT_EQ(ReferralPackBuilder(dsl()).exportPack(zip, request(), PackProtection::Unencrypted).status,
                  PackWriteStatus::Written);
        run(QStringLiteral("7z"),
            {QStringLiteral("x"), QStringLiteral("-y"), QStringLiteral("-o") + folder, zip});
        if (packId)
            *packId = QJsonDocument::fromJson(fileBytes(folder + QStringLiteral("/referral.json")))
                          .object()
                          .value(QStringLiteral("pack_id"))
                          .toString();
        // A copy to look at: LANTERN_REFERRAL_PDF_SAMPLE=/tmp/referral.pdf ./lantern_model_tests …
        if (const QString sample = qEnvironmentVariable("LANTERN_REFERRAL_PDF_SAMPLE"); !sample.isEmpty()) {
            QFile::remove(sample);
            QFile::copy(folder + QStringLiteral("/referral.pdf"), sample);
        }
        return readPdf(folder + QStringLiteral("/referral.pdf"));
    }

    qint64 pupilId = 0;
};

TEST_F(ReferralPackPdfTest, CopiedTextHasNoLigaturesSoThePackIdAndEmailPasteExactly)
{
    QString packId;
    const PdfReading pdf = exportAndRead(&packId);
    const QString all = pdf.all();
    ASSERT_FALSE(packId.isEmpty());
    EXPECT_TRUE(all.contains(packId)) << packId.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("office@oakfield.example")));
    // U+FB00–U+FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
    EXPECT_FALSE(all.contains(QRegularExpression(QStringLiteral("[\\x{FB00}-\\x{FB06}]"))));
}

TEST_F(ReferralPackPdfTest, NoWordIsSplitInsideItself)
{
    const PdfReading pdf = exportAndRead();
    const QStringList words = pdf.wordTexts();
    // Narrow columns: the contacts' "Parental responsibility" header, the chronology's type column, the
    // contact's email address.
    for (const QString& word : {QStringLiteral("responsibility"), QStringLiteral("Bereavement"),
                                QStringLiteral("lan.nguyen@example.org"),
                                QStringLiteral("office@oakfield.example"), QStringLiteral("Relationship")})
        EXPECT_TRUE(words.contains(word)) << word.toStdString() << " is split or missing";
    for (const QString& fragment : {QStringLiteral("responsibilit"), QStringLiteral("Bereaveme")})
        EXPECT_FALSE(words.contains(fragment)) << fragment.toStdString();
}

TEST_F(ReferralPackPdfTest, TheBodyMapIsDrawnWithNumberedMarksAtTheirPlacesAndNumberedNotes)
{
    const PdfReading pdf = exportAndRead();
    const QString all = pdf.all();
    EXPECT_TRUE(all.contains(QStringLiteral("Body map")));
    EXPECT_TRUE(all.contains(QStringLiteral("Three round bruises, thumb-sized")));
    EXPECT_TRUE(all.contains(QStringLiteral("Yellowing bruise across the shoulder blade")));
    // The outline's labels, and the marks' numbers drawn between them and the notes table's header.
    const Word* front = nullptr;
    const Word* back = nullptr;
    const Word* markHeader = nullptr;
    for (const Word& word : pdf.words) {
        if (word.text == QLatin1String("Front") && !front)
            front = &word;
        else if (word.text == QLatin1String("Back") && !back)
            back = &word;
        else if (word.text == QLatin1String("Mark") && front && !markHeader)
            markHeader = &word;
    }
    ASSERT_TRUE(front && back && markHeader);
    ASSERT_EQ(front->page, markHeader->page);
    EXPECT_GT(back->xMin, front->xMax); // the back view is to the right of the front view
    const Word* one = nullptr;
    const Word* two = nullptr;
    for (const Word& word : pdf.words)
        if (word.page == front->page && word.yMin > front->yMax && word.yMax < markHeader->yMin) {
            if (word.text == QLatin1String("1"))
                one = &word;
            if (word.text == QLatin1String("2"))
                two = &word;
        }
    ASSERT_TRUE(one && two) << "the numbered marks are not on the outline";
    // Mark 1 (front, a quarter across, 45 % down) is under the front label, left of its centre; mark 2 (back,
    // 70 % across, 20 % down) under the back label, right of its centre, and higher than mark 1.
    const double frontCentre = (front->xMin + front->xMax) / 2;
    const double backCentre = (back->xMin + back->xMax) / 2;
    EXPECT_LT(one->xMax, frontCentre);
    EXPECT_GT(one->xMin, frontCentre - 60);
    EXPECT_GT(two->xMin, backCentre);
    EXPECT_LT(two->xMax, backCentre + 60);
    EXPECT_LT(two->yMax, one->yMin);
}

TEST_F(ReferralPackPdfTest, ContactNotesKinshipLookedAfterAndTheAttendancePeriodArePrinted)
{
    const PdfReading pdf = exportAndRead();
    QString all = pdf.all();
    all.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(all.contains(s("Kinship carer since March; works nights, so call after 4 pm.")));
    EXPECT_TRUE(all.contains(QStringLiteral("Kinship identified (informal arrangements)")));
    EXPECT_TRUE(all.contains(QStringLiteral("Yes, by Demo Borough Council")));
    EXPECT_TRUE(all.contains(TextServices::formatDate(QDate(2026, 1, 1)) + QStringLiteral(" to ") +
                             TextServices::formatDate(QDate(2026, 11, 25))));
    const int attendance = pdf.pageOf(QStringLiteral("Authorised absence"));
    ASSERT_GT(attendance, 0);
    EXPECT_TRUE(pdf.pages.at(attendance - 1).contains(QStringLiteral("Period")));
    // The household recorded on the Family tab.
    EXPECT_TRUE(all.contains(s("Minh Trần")));
    EXPECT_TRUE(all.contains(TextServices::formatDate(QDate(2012, 8, 30))));
}

TEST_F(ReferralPackPdfTest, OnlyHumanWordsNoInternalValuesOrUsernames)
{
    const PdfReading pdf = exportAndRead();
    const QString all = pdf.all();
    // The fixture's DSL is "Amira Haddad", username "dsl".
    EXPECT_TRUE(all.contains(QStringLiteral("Amira Haddad")));
    EXPECT_FALSE(all.contains(QStringLiteral("(dsl)"))) << all.toStdString();
    for (const char* internal :
         {"not-yet", "subject", "open", "new", "triaged", "referral-to-childrens-social-care",
          "physical-abuse", "bereavement", "conversation", "KI", "ND"})
        EXPECT_FALSE(
            all.contains(QRegularExpression(QStringLiteral("(^|[\\s:(])%1($|[\\s,.;)])").arg(s(internal)))))
            << internal;
    EXPECT_TRUE(all.contains(QStringLiteral("Not yet")));
    // The chronology names the concern a decision was on by its date, not by Lantern's id for it.
    EXPECT_FALSE(all.contains(QStringLiteral("Decision on concern")));
    EXPECT_TRUE(all.simplified().contains(QStringLiteral("Decision on the concern of 2 November 2026")));
    EXPECT_TRUE(all.contains(QStringLiteral("This child is the one the concern is about")));
}

// The v2 request and content as the PDF prints them, from content built in memory (the household is read
// from the Family tab, the minimisation from PackMinimiser; here they are given directly).
TEST(ReferralPackPdfContentTest, TheRequestConsentHouseholdMinimisationAndTheChildsWordsArePrinted)
{
    ReferralPackContent content;
    content.producedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
    content.producedByUsername = QStringLiteral("dsl");
    content.producedByName = s("Amira Haddad");
    content.producedByRole = QStringLiteral("DSL");
    content.userNames.insert(QStringLiteral("dsl"), s("Amira Haddad"));
    content.pupil.legalForename = s("Zoë");
    content.pupil.legalSurname = s("Nguyễn");
    content.pupil.dateOfBirth = QDate(2017, 4, 1);
    ReferralPackRequest& r = content.request;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 11, 25);
    r.ask = FamilyHelpRequest{ServiceRequested::Section17Assessment, RequestUrgency::Within24Hours, true,
                              s("Mother collects her; she is aware of the referral.")};
    r.recipient = Recipient{s("Early Help Hub"), s("Northshire County Council")};
    r.basis.consent = ConsentDecision{ConsentOutcome::Refused, QDate(2026, 11, 20), s("Father"),
                                      s("Said the school should mind its own business.")};
    r.parentsViews = s("Mother agrees the family needs help with money and housing.");
    HouseholdMember baby;
    baby.current.name = s("Unborn baby");
    baby.current.relationship = s("Unborn sibling");
    baby.current.expectedDeliveryDate = QDate(2027, 2, 14);
    HouseholdMember stepfather;
    stepfather.current.name = s("Marek Kowalski");
    stepfather.current.relationship = s("Mother's partner");
    stepfather.current.dateOfBirth = QDate(1990, 5, 6);
    stepfather.current.livesWithChild = true;
    stepfather.current.parentalResponsibility = false;
    stepfather.current.needsInterpreter = true;
    stepfather.current.language = QStringLiteral("OTH");
    content.household = {baby, stepfather};
    ChronologyEntry entry;
    entry.id = 7;
    entry.when = PartialDate::day(QDate(2026, 11, 2));
    entry.type = QStringLiteral("other");
    entry.summary = s("Upset after play with [another child, Year 6].");
    entry.childWords = s("He said I'm not allowed to tell.");
    content.chronology = {entry};
    content.minimisation.listed = 11;
    content.minimisation.included = 8;
    content.minimisation.leftOutConcerns = 3;
    content.minimisation.includedKeys = {PackItemRef{PackItemKind::Chronology, 7}.key()};
    content.minimisation.redactedKeys = {PackItemRef{PackItemKind::Chronology, 7}.key()};

    TempFolder temp;
    const PdfReading pdf =
        readPdf(PdfWriter::toPdf(ReferralPackPrint::build(content, {}, QStringLiteral("id"))),
                temp.path(QStringLiteral("v2.pdf")));
    QString all = pdf.all();
    all.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const QString& expected :
         QStringList{QStringLiteral("Child in need assessment (section 17)"),
                     QStringLiteral("Within 24 hours"),
                     s("Yes: Mother collects her; she is aware of the referral."),
                     QStringLiteral("Early Help Hub"),
                     QStringLiteral("Northshire County Council"),
                     QStringLiteral("Refused"),
                     QStringLiteral("Father"),
                     TextServices::formatDate(QDate(2026, 11, 20)),
                     s("Said the school should mind its own business."),
                     s("Mother agrees the family needs help with money and housing."),
                     s("Unborn baby"),
                     QStringLiteral("Expected"),
                     TextServices::formatDate(QDate(2027, 2, 14)),
                     s("Marek Kowalski"),
                     s("Mother's partner"),
                     QStringLiteral("Yes, Other than English"),
                     content.minimisation.statement(),
                     s("\u201CHe said I'm not allowed to tell.\u201D"),
                     QStringLiteral("Names of other children replaced"),
                     s("[another child, Year 6]")})
        EXPECT_TRUE(all.contains(expected)) << expected.toStdString();
    // The statement is near the top: on page 1, before the child's details.
    EXPECT_EQ(pdf.pageOf(QStringLiteral("left out")), 1);
    EXPECT_LT(all.indexOf(content.minimisation.statement().left(20)),
              all.indexOf(QStringLiteral("Legal name")));
}

// A concern the child only saw: the categories and the body map describe another child's harm, so neither is
// printed in this child's pack (the account, already redacted by the minimiser, is).
TEST(ReferralPackPdfContentTest, AWitnessedConcernPrintsNoCategoriesAndNoBodyMap)
{
    ReferralPackContent content;
    content.producedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
    content.pupil.legalForename = s("Ben");
    content.pupil.legalSurname = s("Okoro");
    content.request.from = QDate(2026, 1, 1);
    content.request.to = QDate(2026, 11, 25);
    PackConcern witnessed;
    witnessed.role = ChildRole::Witness;
    witnessed.concern.id = 4;
    witnessed.concern.current.occurred = PartialDate::day(QDate(2026, 10, 5));
    witnessed.concern.current.categoryIds = {QStringLiteral("child-on-child-physical")};
    witnessed.concern.current.account =
        s("[alleged harmer, Year 6] pushed [another child, Year 6]; Ben saw it.");
    witnessed.concern.current.bodyMap = {{BodyMapMark::Side::Front, 0.5, 0.5, s("Graze on the knee")}};
    content.concerns = {witnessed};

    TempFolder temp;
    const PdfReading pdf =
        readPdf(PdfWriter::toPdf(ReferralPackPrint::build(content, {}, QStringLiteral("id"))),
                temp.path(QStringLiteral("witness.pdf")));
    const QString all = pdf.all().simplified();
    EXPECT_TRUE(all.contains(s("Ben saw it.")));
    EXPECT_TRUE(all.contains(QStringLiteral("This child saw or heard it")));
    EXPECT_FALSE(all.contains(QStringLiteral("Body map")));
    EXPECT_FALSE(all.contains(QStringLiteral("Graze on the knee")));
    EXPECT_FALSE(all.contains(QStringLiteral("Physical"))) << all.toStdString();
}

// An address too long for its column breaks only where it can without changing what it says — after "/" or
// "-", before "." or "@" — and nothing is lost.
TEST(ReferralPackPdfLayoutTest, ALongEmailBreaksOnlyAtItsPunctuation)
{
    const QString address =
        QStringLiteral("safeguarding.front-door.referrals@an-example-county-council.gov.uk");
    PrintDocument doc;
    doc.title = QStringLiteral("Addresses");
    PrintTable table;
    table.headers = {QStringLiteral("Team"), QStringLiteral("Email"), QStringLiteral("Notes")};
    table.columnWeights = {2, 1, 4};
    table.rows = {{QStringLiteral("Front door"), address, QStringLiteral("Monday to Friday")}};
    doc.table(table);
    TempFolder temp;
    const PdfReading pdf = readPdf(PdfWriter::toPdf(doc), temp.path(QStringLiteral("email.pdf")));
    // The pieces are the words in the Email column, top to bottom.
    double left = 0;
    double right = 0;
    for (const Word& word : pdf.words) {
        if (word.text == QLatin1String("Email"))
            left = word.xMin - 1;
        if (word.text == QLatin1String("Notes"))
            right = word.xMin;
    }
    QStringList pieces;
    for (const Word& word : pdf.words)
        if (word.xMin >= left && word.xMax <= right && word.text != QLatin1String("Email"))
            pieces.append(word.text);
    ASSERT_GT(pieces.size(), 1) << "the address should need more than one line";
    EXPECT_EQ(pieces.join(QString()), address);
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
        const QChar before = pieces.at(i).back();
        const QChar after = pieces.at(i + 1).front();
        EXPECT_TRUE(before == QLatin1Char('/') || before == QLatin1Char('-') || after == QLatin1Char('.') ||
                    after == QLatin1Char('@'))
            << pieces.at(i).toStdString() << " | " << pieces.at(i + 1).toStdString();
    }
}

// Wherever a line ends, an address or hyphenated word that fits on a line is never split across two (Qt's
// own line breaking would break after its hyphen): it moves to the next line whole.
TEST(ReferralPackPdfLayoutTest, AWordThatFitsOnALineIsNeverSplitAtItsHyphen)
{
    const QString address = QStringLiteral("deputy.dsl@lantern-demo.example");
    PrintDocument doc;
    doc.title = QStringLiteral("Line ends");
    for (int words = 1; words <= 30; ++words) {
        QStringList filler;
        for (int i = 0; i < words; ++i)
            filler.append(QStringLiteral("word"));
        doc.paragraph(filler.join(QLatin1Char(' ')) + QStringLiteral(" ") + address +
                      QStringLiteral(" and a one-bedroom flat"));
    }
    TempFolder temp;
    const PdfReading pdf = readPdf(PdfWriter::toPdf(doc), temp.path(QStringLiteral("ends.pdf")));
    EXPECT_EQ(pdf.wordTexts().count(address), 30);
    EXPECT_EQ(pdf.wordTexts().count(QStringLiteral("one-bedroom")), 30);
}

// A heading, or a section heading with its first subsection, never ends a page: wherever the content above
// leaves it, what follows the heading starts on the same page.
TEST(ReferralPackPdfLayoutTest, AHeadingIsNeverLeftAtTheFootOfAPage)
{
    TempFolder temp;
    for (int filler = 20; filler <= 60; ++filler) {
        PrintDocument doc;
        doc.title = QStringLiteral("Keep with next");
        doc.protectiveMarking = QStringLiteral("OFFICIAL-SENSITIVE");
        for (int i = 0; i < filler; ++i)
            doc.paragraph(QStringLiteral("Filler line %1.").arg(i));
        PrintTable table;
        table.headers = {QStringLiteral("When"), QStringLiteral("What happened")};
        table.columnWeights = {1, 4};
        QStringList tall;
        for (int i = 0; i < 6; ++i)
            tall.append(QStringLiteral("FirstRowLine%1").arg(i));
        table.rows = {{QStringLiteral("Monday"), tall.join(QLatin1Char('\n'))}};
        doc.heading(QStringLiteral("SectionAlpha")).table(table);
        doc.heading(QStringLiteral("SectionBeta")).heading(QStringLiteral("SubsectionBeta"), 2);
        doc.keyValues(
            {{QStringLiteral("Label"),
              tall.join(QLatin1Char('\n')).replace(QStringLiteral("First"), QStringLiteral("Second"))}});
        const PdfReading pdf =
            readPdf(PdfWriter::toPdf(doc), temp.path(QStringLiteral("keep%1.pdf").arg(filler)));
        EXPECT_EQ(pdf.pageOf(QStringLiteral("SectionAlpha")), pdf.pageOf(QStringLiteral("FirstRowLine0")))
            << filler << " filler paragraphs";
        EXPECT_EQ(pdf.pageOf(QStringLiteral("SectionBeta")), pdf.pageOf(QStringLiteral("SubsectionBeta")))
            << filler << " filler paragraphs";
        EXPECT_EQ(pdf.pageOf(QStringLiteral("SubsectionBeta")), pdf.pageOf(QStringLiteral("SecondRowLine0")))
            << filler << " filler paragraphs";
    }
}

} // namespace
