#include "records/ChronologyFormatter.h"

#include "calendar/PartialDate.h"
#include "reference/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace lantern {

namespace {

QString oneLine(const QString& text)
{
    return text.simplified();
}

} // namespace

QString ChronologyFormatter::text(const QList<ChronologyEntry>& entries)
{
    qsizetype dateWidth = 0;
    qsizetype typeWidth = 0;
    for (const ChronologyEntry& entry : entries) {
        dateWidth = std::max(dateWidth, entry.when.display().size());
        typeWidth = std::max(typeWidth, ChronologyTypes::label(entry.type).size());
    }
    QString out;
    for (const ChronologyEntry& entry : entries) {
        QString line = entry.significant ? QStringLiteral("! ") : QStringLiteral("  ");
        line += entry.when.display().leftJustified(dateWidth) + QStringLiteral("  ");
        line += ChronologyTypes::label(entry.type).leftJustified(typeWidth) + QStringLiteral("  ");
        line += oneLine(entry.summary);
        // The child's words as they were said: quoted, line breaks kept on lines of their own.
        if (!entry.childWords.isEmpty())
            line += QStringLiteral("\n") + QString(dateWidth + typeWidth + 6, QLatin1Char(' ')) +
                    QChar(0x201C) +
                    QString(entry.childWords)
                        .replace(QLatin1Char('\n'),
                                 QLatin1Char('\n') + QString(dateWidth + typeWidth + 7, QLatin1Char(' '))) +
                    QChar(0x201D);
        if (!entry.isCurrent())
            line += QStringLiteral("  [superseded: ") + oneLine(entry.amendReason) + QLatin1Char(']');
        out += line + QLatin1Char('\n');
    }
    return out;
}

QByteArray ChronologyFormatter::json(const QList<ChronologyEntry>& entries)
{
    QJsonArray array;
    for (const ChronologyEntry& entry : entries) {
        QJsonObject object{
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("date"), entry.when.value()},
            {QStringLiteral("precision"), entry.when.precisionName()},
            {QStringLiteral("date_display"), entry.when.display()},
            {QStringLiteral("type"), entry.type},
            {QStringLiteral("type_label"), ChronologyTypes::label(entry.type)},
            {QStringLiteral("summary"), entry.summary},
            {QStringLiteral("source"), entry.source},
            {QStringLiteral("why_it_matters"), entry.whyItMatters},
            {QStringLiteral("effect_on_child"), entry.effectOnChild},
            {QStringLiteral("child_words"), entry.childWords},
            {QStringLiteral("significant"), entry.significant},
            {QStringLiteral("recorded_at"), isoUtc(entry.recordedAt)},
            {QStringLiteral("recorded_by"), entry.recordedBy},
        };
        if (!entry.isCurrent()) {
            object.insert(QStringLiteral("superseded_by"), *entry.supersededBy);
            object.insert(QStringLiteral("amend_reason"), entry.amendReason);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ChronologyFormatter::csv(const QList<ChronologyEntry>& entries)
{
    const QStringList header{QStringLiteral("date"),
                             QStringLiteral("precision"),
                             QStringLiteral("type"),
                             QStringLiteral("summary"),
                             QStringLiteral("source"),
                             QStringLiteral("why_it_matters"),
                             QStringLiteral("effect_on_child"),
                             QStringLiteral("child_words"),
                             QStringLiteral("significant"),
                             QStringLiteral("recorded_at"),
                             QStringLiteral("recorded_by"),
                             QStringLiteral("superseded_reason")};
    QList<QStringList> rows;
    rows.reserve(entries.size());
    for (const ChronologyEntry& entry : entries)
        rows.append(QStringList{entry.when.value(), entry.when.precisionName(), entry.type, entry.summary,
                                entry.source, entry.whyItMatters, entry.effectOnChild, entry.childWords,
                                entry.significant ? QStringLiteral("yes") : QStringLiteral("no"),
                                isoUtc(entry.recordedAt), entry.recordedBy,
                                entry.isCurrent() ? QString() : entry.amendReason});
    return csvDocument(header, rows);
}

QString ChronologyFormatter::csvCell(const QString& value)
{
    return lantern::csvCell(value);
}

} // namespace lantern
