#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lantern {

// Failed unlock attempts happen before anyone has the key, so they cannot be written into the encrypted audit
// chain at once. They are counted in a small plaintext file (usernames tried and times, no case data) and
// moved into the audit chain at the next successful unlock.
class UnlockFailures {
public:
    struct Summary {
        int count = 0;
        QStringList attempts; // "2026-11-25T09:14:02Z jsmith (wrong password)"
    };

    explicit UnlockFailures(QString path);

    void record(const QDateTime& atUtc, const QString& username, const QString& reason);
    Summary read() const;
    void clear();

private:
    QString m_path;
};

} // namespace lantern
