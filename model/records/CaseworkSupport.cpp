#include "records/CaseworkSupport.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/PartialDate.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace lantern::casework {

namespace {

void requireRow(Database& db, const char* sql, qint64 id, const QString& what)
{
    Statement query(db, sql);
    query.bind(":id", id);
    if (!query.step())
        throw Error(ErrorKind::NotFound, QStringLiteral("There is no %1 with id %2.").arg(what).arg(id));
}

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

void requirePupil(Database& db, qint64 pupilId)
{
    requireRow(db, "SELECT 1 FROM pupils WHERE id = :id;", pupilId, QStringLiteral("pupil"));
}

void requireConcern(Database& db, qint64 concernId)
{
    requireRow(db, "SELECT 1 FROM concerns WHERE id = :id;", concernId, QStringLiteral("concern"));
}

void requireAgency(Database& db, qint64 agencyId)
{
    requireRow(db, "SELECT 1 FROM agencies WHERE id = :id;", agencyId, QStringLiteral("agency"));
}

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
    throw Error(
        ErrorKind::InvalidInput,
        QStringLiteral("The %1 \"%2\" is not a date and time: write it as YYYY-MM-DD HH:MM (UK time).")
            .arg(field, text));
}

QDate parseDate(const QString& text, const QString& field)
{
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("The %1 \"%2\" is not a date: write it as YYYY-MM-DD.").arg(field, text));
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

QString tidy(const QString& text)
{
    return TextServices::normalizeForStorage(text).trimmed();
}

QString excerpt(const QString& text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), length);
    if (cut < length / 2)
        cut = length;
    return simple.left(cut) + QStringLiteral("…");
}

QString displayNameOf(Vault& vault, const QString& username)
{
    const std::optional<User> user = vault.findUser(username);
    return user ? user->displayName + QStringLiteral(" (") + username + QLatin1Char(')') : username;
}

QString pupilsOfConcern(Database& db, qint64 concernId)
{
    Statement query(
        db, "SELECT DISTINCT pupil_id FROM concern_children WHERE concern_id = :id ORDER BY pupil_id;");
    query.bind(":id", concernId);
    QStringList pupils;
    while (query.step())
        pupils.append(QStringLiteral("pupil %1").arg(query.integer(0)));
    return pupils.join(QStringLiteral(", "));
}

void auditView(Vault& vault, const QString& action, const QString& objectType, const QString& objectId,
               const QString& details)
{
    Transaction transaction(vault.database());
    vault.audit().append(vault.user().username, action, objectType, objectId, details);
    transaction.commit();
}

} // namespace lantern::casework
