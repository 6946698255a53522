#pragma once

#include <QStringList>

namespace lantern {

// The vaults opened on this computer, most recent first, and the staff key folder last used, kept in
// QSettings by folder path only: no usernames,
// no school names, nothing from inside a vault (DESIGN.md §3: no case data in settings).
class RecentVaults {
public:
    static constexpr int maximum = 8;

    QStringList folders() const;
    void remember(const QString& folder);
    void forget(const QString& folder);

    // The staff key folder last used on this computer (the start of the next "Send a concern as staff…").
    QString staffFolder() const;
    void rememberStaffFolder(const QString& folder);
};

} // namespace lantern
