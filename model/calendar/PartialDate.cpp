#include "calendar/PartialDate.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "text/TextServices.h"

#include <QLocale>
#include <QRegularExpression>
#include <optional>

namespace lantern {

PartialDate PartialDate::year(int year)
{
    PartialDate date;
    date.m_date = QDate(year, 1, 1);
    date.m_precision = Precision::Year;
    return date;
}

PartialDate PartialDate::month(int year, int month)
{
    PartialDate date;
    date.m_date = QDate(year, month, 1);
    date.m_precision = Precision::Month;
    return date;
}

PartialDate PartialDate::day(const QDate& day)
{
    PartialDate date;
    date.m_date = day;
    date.m_precision = Precision::Day;
    return date;
}

PartialDate PartialDate::minute(const QDateTime& localDateTime)
{
    PartialDate date;
    date.m_date = localDateTime.date();
    date.m_time = QTime(localDateTime.time().hour(), localDateTime.time().minute());
    date.m_precision = Precision::Minute;
    return date;
}

PartialDate PartialDate::parse(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    const auto invalid = [&]() {
        return Error(
            ErrorKind::InvalidInput,
            ModelText::tr("%1: \"%2\" is not a date Lantern understands. Write it as 2026-03-05, "
                          "2026-03-05 14:03, or 2026-03 or 2026 when only the month or year is known.")
                .arg(field, text));
    };
    if (!match.hasMatch())
        throw invalid();
    const int y = match.captured(1).toInt();
    PartialDate result;
    if (match.captured(2).isEmpty()) {
        result = year(y);
    } else if (match.captured(3).isEmpty()) {
        const int m = match.captured(2).toInt();
        if (m < 1 || m > 12)
            throw invalid();
        result = month(y, m);
    } else {
        const QDate d(y, match.captured(2).toInt(), match.captured(3).toInt());
        if (!d.isValid())
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("%1: %2 is not a real date.").arg(field, text.trimmed()));
        if (match.captured(4).isEmpty()) {
            result = day(d);
        } else {
            const QTime t(match.captured(4).toInt(), match.captured(5).toInt());
            if (!t.isValid())
                throw Error(ErrorKind::InvalidInput,
                            ModelText::tr("%1: %2 is not a real time of day.").arg(field, text.trimmed()));
            result = minute(QDateTime(d, t));
        }
    }
    if (!result.isValid() || y < 1900)
        throw invalid();
    return result;
}

PartialDate PartialDate::fromStored(const QString& value, const QString& precision)
{
    PartialDate date = parse(value, QStringLiteral("stored date"));
    if (date.precisionName() != precision)
        throw Error(
            ErrorKind::Damaged,
            ModelText::tr("A stored date (%1) does not match its precision (%2).").arg(value, precision));
    return date;
}

QDate PartialDate::lastDay() const
{
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_date.year(), 12, 31);
    case Precision::Month:
        return QDate(m_date.year(), m_date.month(), m_date.daysInMonth());
    default:
        return m_date;
    }
}

QString PartialDate::value() const
{
    switch (m_precision) {
    case Precision::Year:
        return m_date.toString(QStringLiteral("yyyy"));
    case Precision::Month:
        return m_date.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day:
        return m_date.toString(QStringLiteral("yyyy-MM-dd"));
    case Precision::Minute:
        return m_date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') +
               m_time.toString(QStringLiteral("HH:mm"));
    }
    return {};
}

QString PartialDate::precisionName() const
{
    switch (m_precision) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Minute:
        return QStringLiteral("minute");
    }
    return {};
}

QString PartialDate::sortKey() const
{
    const QTime time = m_precision == Precision::Minute ? m_time : QTime(0, 0);
    return m_date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') +
           time.toString(QStringLiteral("HH:mm"));
}

QString PartialDate::display() const
{
    static const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_date.year());
    case Precision::Month:
        return british.toString(m_date, QStringLiteral("MMMM yyyy"));
    case Precision::Day:
        return TextServices::formatDate(m_date);
    case Precision::Minute:
        return TextServices::formatDate(m_date) + QStringLiteral(", ") +
               m_time.toString(QStringLiteral("HH:mm"));
    }
    return {};
}

bool PartialDate::isLaterThan(const QDateTime& ukNow) const
{
    const QDate today = ukNow.date();
    if (m_date != today)
        return m_date > today;
    return m_precision == Precision::Minute && m_time > QTime(ukNow.time().hour(), ukNow.time().minute());
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

namespace {

// "yyyy-MM-ddTHH:mm:ss.zzzZ", the form isoUtc writes, read field by field straight into UTC. Parsing it with
// QDateTime::fromString would go through local time first, which reads the time zone rules for every value:
// verifying the audit chain reads one per entry.
std::optional<QDateTime> parseStoredUtc(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
        text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    bool ok = true;
    const auto number = [&text, &ok](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const QChar c = text[i];
            ok = ok && c >= u'0' && c <= u'9';
            value = value * 10 + (c.unicode() - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!ok || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime fromIsoUtc(const QString& text)
{
    if (const std::optional<QDateTime> stored = parseStoredUtc(text))
        return *stored;
    QDateTime time = QDateTime::fromString(text, Qt::ISODate); // older or hand-written forms
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace lantern
