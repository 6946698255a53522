#include "export/PdfWriter.h"

#include "core/Error.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <memory>

using namespace lantern;

namespace {

[[maybe_unused]] const auto* const g_gui = test::useOffscreenGui("PdfWriterTest");

const QString kMarking = QStringLiteral("OFFICIAL-SENSITIVE");

QString run(const QString& program, const QStringList& args)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        ADD_FAILURE() << program.toStdString() << " not found (poppler-utils; see scripts/install-deps.sh)";
        return {};
    }
    QProcess process;
    process.start(path, args);
    process.waitForFinished(60000);
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ": "
                                     << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// What poppler (the tools a receiving team's viewer is built on) reads from a PDF.
struct Reading {
    QString info;      // pdfinfo
    QStringList pages; // pdftotext -layout, one string per page, NFC
    QString boxes;     // pdftotext -bbox: every word with its box
    QString fonts;     // pdffonts
    int pageCount() const { return static_cast<int>(pages.size()); }
    QString all() const { return pages.join(QLatin1Char('\n')); }
    // The 1-based page on which `text` first appears, 0 if nowhere.
    int pageOf(const QString& text) const
    {
        for (int i = 0; i < pageCount(); ++i) {
            if (pages[i].contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }
};

Reading read(const QByteArray& pdf)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("out.pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    // A copy to look at: LANTERN_PDF_SAMPLE=/tmp/sample.pdf ./PdfWriterTest
    if (const QString sample = qEnvironmentVariable("LANTERN_PDF_SAMPLE"); !sample.isEmpty()) {
        QFile::remove(sample);
        QFile::copy(path, sample);
    }
    Reading reading;
    reading.info = run(QStringLiteral("pdfinfo"), {path});
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    reading.pages = text.normalized(QString::NormalizationForm_C).split(QLatin1Char('\f'));
    if (!reading.pages.isEmpty() && reading.pages.back().trimmed().isEmpty()) {
        reading.pages.removeLast(); // pdftotext ends every page, the last one too, with a form feed
    }
    reading.fonts = run(QStringLiteral("pdffonts"), {path});
    reading.boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    return reading;
}

int infoPages(const Reading& reading)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(reading.info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString infoField(const Reading& reading, const QString& field)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^%1:[ \\t]*(.*)$").arg(field), QRegularExpression::MultilineOption)
            .match(reading.info);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString longParagraph()
{
    QStringList sentences;
    for (int i = 1; i <= 70; ++i) {
        sentences << QStringLiteral(
                         "Sentence%1 of the account: the class teacher noticed that the child arrived "
                         "without a coat again and said she had not had breakfast.")
                         .arg(i, 2, 10, QLatin1Char('0'));
    }
    return sentences.join(QLatin1Char(' '));
}

QString longUrl()
{
    return QStringLiteral("https://example.org/safeguarding/referrals/") + QString(180, QLatin1Char('x')) +
           QStringLiteral("/end-of-url");
}

PrintDocument sampleDocument()
{
    PrintDocument doc;
    doc.title = QStringLiteral("Referral to children's social care");
    doc.subtitle = QStringLiteral("Zoë Łukasiewicz · Year 6 · Riverside Primary School");
    doc.protectiveMarking = kMarking;
    doc.producedAt = QStringLiteral("14 March 2025 at 10:32");
    doc.heading(QStringLiteral("1. The child"))
        .keyValues({{QStringLiteral("Name"), QStringLiteral("Zoë Łukasiewicz")},
                    {QStringLiteral("Date of birth"), QStringLiteral("3 May 2014")},
                    {QStringLiteral("Parent or carer"), QStringLiteral("Nguyễn Văn An (father)")},
                    {QStringLiteral("Other adult in the home"), QStringLiteral("محمد (uncle)")},
                    {QStringLiteral("Address"), QStringLiteral("12 Canal Street\nRiverside\nRV1 2AB")}})
        .heading(QStringLiteral("2. What has happened"))
        .paragraph(longParagraph())
        .heading(QStringLiteral("What the child said"), 2)
        .quote(QStringLiteral("Quoted line one, as she said it.\nQuoted line two, on its own line."))
        .paragraph(QStringLiteral("Further reading: ") + longUrl())
        .bullets({QStringLiteral("Bullet item alpha: no coat on three occasions this month."),
                  QStringLiteral("Bullet item beta: asked for food at breakfast club.")});

    PrintTable table;
    table.headers = {QStringLiteral("Date"), QStringLiteral("Recorded by"), QStringLiteral("Entry")};
    for (int i = 1; i <= 120; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        QString entry = QStringLiteral("Entry%1start ").arg(n);
        // Every seventh row runs over several lines, so rows have different heights.
        entry += i % 7 == 0
                     ? QStringLiteral("Concern raised by the class teacher about a bruise on the forearm; "
                                      "the child said she fell in the park. Parents informed. ")
                     : QStringLiteral("Attendance checked. ");
        entry += QStringLiteral("Entry%1end").arg(n);
        table.rows.push_back({QStringLiteral("%1/01/2025").arg((i % 28) + 1, 2, 10, QLatin1Char('0')),
                              QStringLiteral("Author%1").arg(n), entry});
    }
    doc.heading(QStringLiteral("3. Chronology")).table(table);
    return doc;
}

TEST(PdfWriterTest, SampleReferralIsA4WithSeveralPages)
{
    const Reading reading = read(PdfWriter::toPdf(sampleDocument()));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x (842|841\\.\\d+) pts \\(A4\\)"))
            .match(reading.info)
            .hasMatch())
        << reading.info.toStdString();
    EXPECT_GT(infoPages(reading), 2);
    EXPECT_EQ(reading.pageCount(), infoPages(reading));
}

TEST(PdfWriterTest, EveryHeadingAndNameCanBeExtracted)
{
    const Reading reading = read(PdfWriter::toPdf(sampleDocument()));
    const QString all = reading.all();
    for (const QString& text :
         {QStringLiteral("Referral to children's social care"), QStringLiteral("1. The child"),
          QStringLiteral("2. What has happened"), QStringLiteral("What the child said"),
          QStringLiteral("3. Chronology"), QStringLiteral("Zoë Łukasiewicz"), QStringLiteral("Nguyễn Văn An"),
          QStringLiteral("Bullet item alpha"), QStringLiteral("Bullet item beta")}) {
        EXPECT_TRUE(all.contains(text)) << text.toStdString();
    }
    // Arabic is drawn shaped, and the PDF maps each shaped glyph to its Unicode presentation form (U+FExx),
    // as PDF text usually is; compatibility normalisation (what viewers' search does) gives the letters back.
    EXPECT_TRUE(all.normalized(QString::NormalizationForm_KC).contains(QStringLiteral("محمد")));
}

TEST(PdfWriterTest, EveryPageHasTheMarkingTwiceAndPageXOfY)
{
    const Reading reading = read(PdfWriter::toPdf(sampleDocument()));
    const int pages = reading.pageCount();
    ASSERT_GT(pages, 2);
    for (int i = 0; i < pages; ++i) {
        const QString& page = reading.pages[i];
        EXPECT_GE(page.count(kMarking), 2) << "page " << i + 1;
        EXPECT_TRUE(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages))) << "page " << i + 1;
        EXPECT_TRUE(page.contains(QStringLiteral("Produced 14 March 2025 at 10:32"))) << "page " << i + 1;
        // The marking is the first and the last thing on the page.
        EXPECT_TRUE(page.trimmed().startsWith(kMarking)) << "page " << i + 1;
        EXPECT_TRUE(page.trimmed().endsWith(kMarking)) << "page " << i + 1;
    }
}

TEST(PdfWriterTest, TableRepeatsItsHeaderAndNeverSplitsARow)
{
    const Reading reading = read(PdfWriter::toPdf(sampleDocument()));
    const int firstPage = reading.pageOf(QStringLiteral("Entry001start"));
    const int lastPage = reading.pageOf(QStringLiteral("Entry120end"));
    ASSERT_GT(firstPage, 0);
    ASSERT_GT(lastPage, firstPage) << "the 120-row table should span pages";
    for (int page = firstPage; page <= lastPage; ++page) {
        EXPECT_TRUE(reading.pages[page - 1].contains(QStringLiteral("Recorded by"))) << "page " << page;
    }
    for (int i = 1; i <= 120; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        const int start = reading.pageOf(QStringLiteral("Entry%1start").arg(n));
        EXPECT_GT(start, 0) << "row " << i;
        EXPECT_EQ(reading.pageOf(QStringLiteral("Entry%1end").arg(n)), start) << "row " << i;
        EXPECT_EQ(reading.pageOf(QStringLiteral("Author%1").arg(n)), start) << "row " << i;
    }
}

TEST(PdfWriterTest, LongParagraphFlowsAcrossPagesInOrder)
{
    const Reading reading = read(PdfWriter::toPdf(sampleDocument()));
    const int first = reading.pageOf(QStringLiteral("Sentence01"));
    const int last = reading.pageOf(QStringLiteral("Sentence70"));
    ASSERT_GT(first, 0);
    EXPECT_GT(last, first);
    const QString all = reading.all();
    qsizetype previous = -1;
    for (int i = 1; i <= 70; ++i) {
        const qsizetype at = all.indexOf(QStringLiteral("Sentence%1 ").arg(i, 2, 10, QLatin1Char('0')));
        EXPECT_GT(at, previous) << "sentence " << i;
        previous = at;
    }
}

TEST(PdfWriterTest, LongUrlWrapsInsideTheMargins)
{
    const Reading reading = read(PdfWriter::toPdf(sampleDocument()));
    // The URL is broken over lines, and nothing is lost.
    QString joined = reading.all();
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(joined.contains(longUrl()));
    // No word on any page reaches past the 20 mm right margin (595 pt − 56.7 pt).
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\""));
    int words = 0;
    for (auto it = word.globalMatch(reading.boxes); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ++words;
        EXPECT_GE(match.captured(1).toDouble(), 56.0);
        EXPECT_LE(match.captured(2).toDouble(), 539.5);
    }
    EXPECT_GT(words, 1000);
}

TEST(PdfWriterTest, QuoteKeepsItsLineBreaks)
{
    const Reading reading = read(PdfWriter::toPdf(sampleDocument()));
    const QString all = reading.all();
    const qsizetype one = all.indexOf(QStringLiteral("Quoted line one, as she said it."));
    const qsizetype two = all.indexOf(QStringLiteral("Quoted line two, on its own line."));
    ASSERT_GE(one, 0);
    ASSERT_GT(two, one);
    EXPECT_TRUE(all.mid(one, two - one).contains(QLatin1Char('\n')));
}

TEST(PdfWriterTest, MetadataHoldsOnlyTheTitleAndCreator)
{
    const QByteArray pdf = PdfWriter::toPdf(sampleDocument());
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    const Reading reading = read(pdf);
    EXPECT_EQ(infoField(reading, QStringLiteral("Title")),
              QStringLiteral("Referral to children's social care"));
    EXPECT_TRUE(infoField(reading, QStringLiteral("Creator")).startsWith(QStringLiteral("Lantern")));
    EXPECT_TRUE(infoField(reading, QStringLiteral("Subject")).isEmpty());
    EXPECT_TRUE(infoField(reading, QStringLiteral("Keywords")).isEmpty());
    EXPECT_TRUE(infoField(reading, QStringLiteral("Author")).isEmpty());
}

TEST(PdfWriterTest, WritesToADeviceAndReportsThePageCount)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    const int pages = PdfWriter::write(sampleDocument(), buffer);
    EXPECT_EQ(infoPages(read(bytes)), pages);
}

TEST(PdfWriterTest, EmptyTableShowsItsHeaderAndANote)
{
    PrintDocument doc;
    doc.title = QStringLiteral("Governors' report");
    doc.protectiveMarking = kMarking;
    PrintTable table;
    table.headers = {QStringLiteral("Category"), QStringLiteral("Number of concerns")};
    doc.heading(QStringLiteral("Concerns this term")).table(table);
    const Reading reading = read(PdfWriter::toPdf(doc));
    ASSERT_EQ(reading.pageCount(), 1);
    EXPECT_TRUE(reading.pages[0].contains(QStringLiteral("Number of concerns")));
    EXPECT_TRUE(reading.pages[0].contains(QStringLiteral("None recorded.")));
    EXPECT_TRUE(reading.pages[0].contains(QStringLiteral("Page 1 of 1")));
}

TEST(PdfWriterTest, ARowTallerThanAPageBreaksBetweenLinesWithTheHeaderRepeated)
{
    QStringList lines;
    for (int i = 1; i <= 150; ++i) {
        lines << QStringLiteral("TallLine%1").arg(i, 3, 10, QLatin1Char('0'));
    }
    PrintDocument doc;
    doc.title = QStringLiteral("Chronology");
    doc.protectiveMarking = kMarking;
    PrintTable table;
    table.headers = {QStringLiteral("When"), QStringLiteral("What happened")};
    table.columnWeights = {1, 4};
    table.rows = {{QStringLiteral("Before"), QStringLiteral("Short row")},
                  {QStringLiteral("Long"), lines.join(QLatin1Char('\n'))},
                  {QStringLiteral("After"), QStringLiteral("Last row")}};
    doc.table(table);
    const Reading reading = read(PdfWriter::toPdf(doc));
    ASSERT_GE(reading.pageCount(), 2);
    const QString all = reading.all();
    for (const QString& line : lines) {
        EXPECT_TRUE(all.contains(line)) << line.toStdString();
    }
    for (int page = reading.pageOf(QStringLiteral("TallLine001"));
         page <= reading.pageOf(QStringLiteral("Last row")); ++page) {
        EXPECT_TRUE(reading.pages[page - 1].contains(QStringLiteral("What happened"))) << "page " << page;
    }
}

TEST(PdfWriterTest, RejectsATableRowWithTheWrongNumberOfCells)
{
    PrintDocument doc;
    doc.table({QStringLiteral("Date"), QStringLiteral("Entry")},
              {{QStringLiteral("1/1/2025"), QStringLiteral("ok")}, {QStringLiteral("2/1/2025")}});
    try {
        PdfWriter::toPdf(doc);
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
        EXPECT_TRUE(error.message().contains(QStringLiteral("row 2"))) << error.message().toStdString();
    }
}

TEST(PdfWriterTest, RejectsAHeadingLevelOtherThanOneOrTwo)
{
    PrintDocument doc;
    doc.heading(QStringLiteral("Deep"), 3);
    EXPECT_THROW(PdfWriter::toPdf(doc), Error);
}

TEST(PdfWriterTest, PrintsWithDejaVuSans)
{
    EXPECT_EQ(PdfWriter::fontFamily(), QStringLiteral("DejaVu Sans"));
    // Embedded (so it prints the same everywhere) and with a ToUnicode map (so text can be copied).
    const Reading reading = read(PdfWriter::toPdf(sampleDocument()));
    const QRegularExpression embedded(
        QStringLiteral("DejaVuSans\\S*\\s+\\S+( \\S+)?\\s+\\S+\\s+yes\\s+\\S+\\s+yes"));
    EXPECT_TRUE(embedded.match(reading.fonts).hasMatch()) << reading.fonts.toStdString();
}

} // namespace
