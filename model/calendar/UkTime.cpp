#include "calendar/UkTime.h"

#include "calendar/PartialDate.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace lantern {

namespace {

const QTimeZone& ukZone()
{
    // Falls back to UTC only if the system has no time zone data, which would be a broken installation.
    static const QTimeZone zone = [] {
        QTimeZone london(QByteArrayLiteral("Europe/London"));
        return london.isValid() ? london : QTimeZone::utc();
    }();
    return zone;
}

} // namespace

QDate ukToday(const Clock& clock)
{
    return toUkLocal(clock.nowUtc()).date();
}

QDateTime toUkLocal(const QDateTime& utc)
{
    return utc.toTimeZone(ukZone());
}

QDateTime fromUkLocal(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, ukZone()).toUTC();
}

QDateTime parseDateTime(const QString& text, const QString& field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.endsWith(QLatin1Char('Z'))) {
        const QDateTime utc = fromIsoUtc(trimmed);
        if (utc.isValid())
            return utc;
    }
    static const QRegularExpression local(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch match = local.match(trimmed);
    if (match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
        if (date.isValid() && time.isValid())
            return fromUkLocal(date, time);
    }
    throw Error(ErrorKind::InvalidInput,
                ModelText::tr("The %1 \"%2\" is not a date and time: write it as YYYY-MM-DD HH:MM (UK time).")
                    .arg(field, text));
}

QDate parseDate(const QString& text, const QString& field)
{
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("The %1 \"%2\" is not a date: write it as YYYY-MM-DD.").arg(field, text));
    return date;
}

QString isoDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

std::optional<QString> isoDate(const std::optional<QDate>& date)
{
    if (!date)
        return std::nullopt;
    return isoDate(*date);
}

std::optional<QDate> optionalDate(const std::optional<QString>& stored)
{
    if (!stored)
        return std::nullopt;
    return QDate::fromString(*stored, QStringLiteral("yyyy-MM-dd"));
}

} // namespace lantern
