#pragma once

#include <QDir>
#include <QString>

namespace lantern {

// Where each file of a vault folder NAME.lantern/ lives.
class VaultPaths {
public:
    explicit VaultPaths(const QString& folder)
        : m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
    {}

    // The folder a user named, with ".lantern" added if they left it off.
    static QString withSuffix(const QString& folder)
    {
        QString cleaned = QDir::cleanPath(folder);
        return cleaned.endsWith(QStringLiteral(".lantern")) ? cleaned : cleaned + QStringLiteral(".lantern");
    }

    const QString& folder() const { return m_folder; }
    QString records() const { return file(QStringLiteral("records.db")); }
    QString recordsJournal() const { return file(QStringLiteral("records.db-journal")); }
    // A complete copy under a new master key, present only while a key rotation is under way.
    QString rotatedRecords() const { return file(QStringLiteral("records.db.rotating")); }
    QString keySlots() const { return file(QStringLiteral("keyslots.json")); }
    QString lock() const { return file(QStringLiteral("lantern.lock")); }
    // Failed unlocks are counted here, outside the encrypted file, until the next successful unlock.
    QString unlockFailures() const { return file(QStringLiteral("unlock-failures.json")); }

private:
    QString file(const QString& name) const { return m_folder + QLatin1Char('/') + name; }

    QString m_folder;
};

} // namespace lantern
