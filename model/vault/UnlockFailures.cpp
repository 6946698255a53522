#include "vault/UnlockFailures.h"

#include "core/AtomicFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lantern {

UnlockFailures::UnlockFailures(QString path)
    : m_path(std::move(path))
{}

UnlockFailures::Summary UnlockFailures::read() const
{
    Summary summary;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    const QJsonArray attempts =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("attempts")).toArray();
    for (const QJsonValue& attempt : attempts)
        summary.attempts.append(attempt.toString());
    summary.count = static_cast<int>(summary.attempts.size());
    return summary;
}

void UnlockFailures::record(const QDateTime& atUtc, const QString& username, const QString& reason)
{
    QJsonArray attempts;
    for (const QString& attempt : read().attempts)
        attempts.append(attempt);
    // Keep the file small even under a long guessing attack; the count of dropped attempts is not lost.
    if (attempts.size() >= 1000)
        attempts.removeFirst();
    attempts.append(
        QStringLiteral("%1 %2 (%3)").arg(atUtc.toUTC().toString(Qt::ISODate), username.left(64), reason));
    QJsonObject root;
    root.insert(QStringLiteral("attempts"), attempts);
    writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void UnlockFailures::clear()
{
    QFile::remove(m_path);
}

} // namespace lantern
