#include "import/RosterReader.h"

#include "import/CsvRosterReader.h"
#include "import/CtfReader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace lantern {

RosterReader::RosterReader(QIODevice& device, const QDate& today)
    : m_input(device)
    , m_today(today)
{}

std::optional<RosterProblem> RosterReader::fatalProblem() const
{
    // Bad bytes are the root cause of whatever the parser then tripped over, so they are what to report.
    if (m_input.problem())
        return m_input.problem();
    return m_fatal;
}

void RosterReader::fail(qint64 line, const QString& message)
{
    if (!m_fatal)
        m_fatal = RosterProblem{line, message};
}

void RosterReader::note(const QString& text)
{
    if (!m_notes.contains(text))
        m_notes.append(text);
}

RosterFormat RosterReader::detect(const QString& fileName, const QByteArray& start)
{
    if (QFileInfo(fileName).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0)
        return RosterFormat::Ctf;
    QByteArray text = start;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.trimmed();
    return text.startsWith("<?xml") || text.startsWith("<CTfile") ? RosterFormat::Ctf : RosterFormat::Csv;
}

std::unique_ptr<RosterReader> RosterReader::create(RosterFormat format, QIODevice& device, const QDate& today)
{
    if (format == RosterFormat::Ctf)
        return std::make_unique<CtfReader>(device, today);
    return std::make_unique<CsvRosterReader>(device, today);
}

ParsedDate parseIsoDate(const QString& field, const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = iso.match(text);
    if (!match.hasMatch())
        return {{},
                QStringLiteral("%1 \u201C%2\u201D is not a date in the form YYYY-MM-DD.").arg(field, text)};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return {{}, QStringLiteral("%1 \u201C%2\u201D is not a real date.").arg(field, text)};
    return {date, {}};
}

ParsedDate parseRosterDate(const QString& field, const QString& text)
{
    static const QRegularExpression british(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QRegularExpressionMatch match = british.match(text);
    if (!match.hasMatch()) {
        ParsedDate iso = parseIsoDate(field, text);
        if (!iso.date.isValid() && !iso.problem.contains(QLatin1String("real date")))
            iso.problem = QStringLiteral("%1 \u201C%2\u201D is not a date: use DD/MM/YYYY or YYYY-MM-DD.")
                              .arg(field, text);
        return iso;
    }
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    if (!date.isValid())
        return {{}, QStringLiteral("%1 \u201C%2\u201D is not a real date.").arg(field, text)};
    return {date, {}};
}

std::optional<bool> parseRosterBool(const QString& text)
{
    const QString value = text.trimmed().toLower();
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                 QStringLiteral("1"), QStringLiteral("t")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                QStringLiteral("0"), QStringLiteral("f")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

} // namespace lantern
