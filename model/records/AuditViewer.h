#pragma once

#include "audit/AuditLog.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace lantern {

class Vault;

// What a person looks for in the audit log. Empty fields match every entry.
struct AuditQuery {
    QString actor;                 // a username exactly ("recovery" for the recovery key)
    QString action;                // an action ("pupil.view") or the start of one ("user.")
    std::optional<qint64> pupilId; // entries about this pupil or any of their records (see AuditViewer)
    std::optional<QDate> from;     // the first day, in England, inclusive
    std::optional<QDate> to;       // the last day, inclusive

    // "actor amira; action user.; pupil 12; from 2026-01-05; to 2026-01-09", or "everything".
    QString describe() const;
};

// The matching entries of an export, with what a reader needs beside them: each actor's name.
struct AuditExtract {
    AuditQuery query;
    QList<AuditEntry> entries;
    QHash<QString, QString> actorNames; // username → display name
};

// Reading the audit log for a person: the filtered list behind the audit page and `lantern-cli audit list`,
// and the CSV export an inspection asks for. Needs Permission::ViewAuditLog; looking and exporting are
// audited themselves ("audit.view", "audit.export").
//
// The pupil filter. An entry is about pupil N when
// - its object is the pupil (object_type "pupil", object_id N), or it links another pupil to N ("pupil.link"
//   with "pupil N" in its details);
// - its object is one of N's records and its details name the pupil as "pupil N" — chronology, voice,
//   involvement, meeting, plan, referral (its pack disclosure too), information-sharing ("sharing") and
//   attachment entries always have; concern and decision entries
//   have since the audit viewer was added (a concern's entries name every child in it);
// - or its object is a concern that names N in any version, a decision on such a concern, or an attachment
//   kept with N or with such a concern — found in the records themselves, so entries written before their
//   details named the pupil are found too.
class AuditViewer {
public:
    // Reports progress while the CSV is built: rows done and the total.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit AuditViewer(Vault& vault);

    // The matching entries, oldest first; audited as "audit.view" with the query and the number found.
    QList<AuditEntry> search(const AuditQuery& query);

    // An export in three steps, so that an interface can build the CSV away from the database: select (no
    // audit entry yet), turn into CSV (touches nothing), then save, which writes the file the person chose
    // and records "audit.export" with the query, the number of entries, the file's SHA-256 and where it went.
    AuditExtract selectForExport(const AuditQuery& query);
    // RFC 4180 CSV in UTF-8 with a byte-order mark: seq, time_uk, at_utc, actor, actor_name, action,
    // object_type, object_id, details, prev_hash, hash. Cells that a spreadsheet would run as a formula are
    // quoted with an apostrophe.
    static QByteArray csv(const AuditExtract& extract, const Progress& progress = {});
    void saveExport(const AuditExtract& extract, const QByteArray& csv, const QString& path);
    // All three at once (the command line); returns the number of entries written.
    qint64 exportCsv(const AuditQuery& query, const QString& path);

    // What the filters can offer: the actions and the actors that occur in the log, sorted.
    QStringList actions();
    QStringList actors();

private:
    QList<AuditEntry> matching(const AuditQuery& query);

    Vault& m_vault;
};

} // namespace lantern
