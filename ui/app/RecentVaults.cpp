#include "app/RecentVaults.h"

#include <QDir>
#include <QSettings>

namespace lantern {

namespace {

const QString key = QStringLiteral("vaults/recent");
const QString staffKey = QStringLiteral("staff/keyFolder");

QString cleaned(const QString& folder)
{
    return QDir::cleanPath(QDir(folder).absolutePath());
}

} // namespace

QStringList RecentVaults::folders() const
{
    return QSettings().value(key).toStringList();
}

void RecentVaults::remember(const QString& folder)
{
    QStringList list = folders();
    const QString path = cleaned(folder);
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maximum)
        list.removeLast();
    QSettings().setValue(key, list);
}

void RecentVaults::forget(const QString& folder)
{
    QStringList list = folders();
    list.removeAll(cleaned(folder));
    QSettings().setValue(key, list);
}

QString RecentVaults::staffFolder() const
{
    return QSettings().value(staffKey).toString();
}

void RecentVaults::rememberStaffFolder(const QString& folder)
{
    QSettings().setValue(staffKey, cleaned(folder));
}

} // namespace lantern
