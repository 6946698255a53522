#include "pupils/ChronologyDocument.h"

#include "text/TextServices.h"

#include <QCoreApplication>

namespace lantern {

namespace {

// Gives this file's strings a translation context lupdate can see.
class ChronologyDocumentText {
    Q_DECLARE_TR_FUNCTIONS(ChronologyDocument)
};

} // namespace

PrintDocument chronologyDocument(const Pupil& pupil, const QList<ChronologyEntry>& entries,
                                 const QString& filterDescription, const QDateTime& producedAtUtc)
{
    PrintDocument document;
    document.title = ChronologyDocumentText::tr("Chronology");
    document.subtitle = pupil.displayName();
    document.protectiveMarking = QStringLiteral("OFFICIAL-SENSITIVE");
    document.producedAt = TextServices::formatDateTime(producedAtUtc);

    std::vector<std::pair<QString, QString>> details{
        {ChronologyDocumentText::tr("Legal name"), pupil.legalName()},
        {ChronologyDocumentText::tr("Date of birth"), TextServices::formatDate(pupil.dateOfBirth)},
    };
    if (!pupil.upn.isEmpty())
        details.emplace_back(ChronologyDocumentText::tr("UPN"), pupil.upn);
    if (!pupil.yearGroup.isEmpty())
        details.emplace_back(ChronologyDocumentText::tr("Year"), pupil.yearGroup);
    details.emplace_back(ChronologyDocumentText::tr("Entries"), filterDescription);
    document.keyValues(std::move(details));

    PrintTable table;
    table.headers =
        QStringList{ChronologyDocumentText::tr("Date"), ChronologyDocumentText::tr("Type"),
                    ChronologyDocumentText::tr("What happened"), ChronologyDocumentText::tr("Source"),
                    ChronologyDocumentText::tr("Significant")};
    table.columnWeights = {1.3, 1.1, 4, 1.4, 0.8};
    table.emptyText = ChronologyDocumentText::tr("No entries match.");
    for (const ChronologyEntry& entry : entries) {
        QString what = entry.summary;
        if (!entry.childWords.isEmpty())
            what += QLatin1Char('\n') + ChronologyDocumentText::tr("In the child's words: ") + QChar(0x201C) +
                    entry.childWords + QChar(0x201D);
        if (!entry.whyItMatters.isEmpty())
            what += QLatin1Char('\n') + ChronologyDocumentText::tr("Why it matters: ") + entry.whyItMatters;
        if (!entry.effectOnChild.isEmpty())
            what +=
                QLatin1Char('\n') + ChronologyDocumentText::tr("Effect on the child: ") + entry.effectOnChild;
        if (!entry.isCurrent())
            what += QLatin1Char('\n') + ChronologyDocumentText::tr("Superseded: ") + entry.amendReason;
        table.rows.push_back(QStringList{entry.when.display(), ChronologyTypes::label(entry.type), what,
                                         entry.source,
                                         entry.significant ? ChronologyDocumentText::tr("Yes") : QString()});
    }
    document.heading(ChronologyDocumentText::tr("Entries")).table(std::move(table));
    return document;
}

} // namespace lantern
