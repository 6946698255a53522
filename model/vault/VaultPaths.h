#pragma once

#include "users/Compartments.h"

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
    // The store of each compartment (vault/VaultStores.h): directory.db, cases.db, adults.db, headteacher.db.
    QString store(Compartment compartment) const
    {
        return file(compartmentName(compartment) + QStringLiteral(".db"));
    }
    QString directory() const { return store(Compartment::Directory); }
    // A store being made by the split of a vault from before compartments (vault/VaultSplit.h).
    QString splitting(Compartment compartment) const
    {
        return store(compartment) + QStringLiteral(".splitting");
    }
    // A complete copy of the directory under a new master key, present only while a key rotation is under
    // way.
    // A complete copy of a compartment's store under its new key, only while that key is being rotated.
    QString rotatedStore(Compartment compartment) const
    {
        return store(compartment) + QStringLiteral(".rotating");
    }
    QString rotatedDirectory() const { return file(QStringLiteral("directory.db.rotating")); }
    // The one store of a vault made before compartments (keyslots.json format 1 and 2), until it is split.
    QString legacyRecords() const { return file(QStringLiteral("records.db")); }
    QString rotatedLegacyRecords() const { return file(QStringLiteral("records.db.rotating")); }
    QString keySlots() const { return file(QStringLiteral("keyslots.json")); }
    QString lock() const { return file(QStringLiteral("lantern.lock")); }
    // Failed unlocks are counted here, outside the encrypted file, until the next successful unlock.
    QString unlockFailures() const { return file(QStringLiteral("unlock-failures.json")); }

private:
    QString file(const QString& name) const { return m_folder + QLatin1Char('/') + name; }

    QString m_folder;
};

} // namespace lantern
