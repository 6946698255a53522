#include "records/PupilDirectory.h"

#include "audit/AuditLog.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "records/Pupil.h"
#include "reference/Upn.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace {

// The names the school uses: preferred, else legal (as Pupil::displayName).
QString displayNameOf(const QString& legalForename, const QString& legalSurname,
                      const QString& preferredForename, const QString& preferredSurname)
{
    return (preferredForename.isEmpty() ? legalForename : preferredForename) + QLatin1Char(' ') +
           (preferredSurname.isEmpty() ? legalSurname : preferredSurname);
}

// Only the three columns the directory shows leave the database.
const char* const selectPupils = "SELECT id, legal_forename, legal_surname, preferred_forename, "
                                 "preferred_surname, year_group FROM pupils";
const char* const onRollCondition = "(leaving_date IS NULL OR leaving_date > :today)";

// A search also reads what ranks a child and, for the roles allowed it, what tells two children apart.
const char* const selectForSearch =
    "SELECT id, legal_forename, legal_surname, preferred_forename, preferred_surname, year_group, "
    "legal_middle_names, date_of_birth, reg_group FROM pupils";

DirectoryPupil readPupil(const Statement& row)
{
    DirectoryPupil pupil;
    pupil.id = row.integer(0);
    pupil.displayName = displayNameOf(row.text(1), row.text(2), row.text(3), row.text(4));
    pupil.yearGroup = row.text(5);
    return pupil;
}

} // namespace

DirectoryPupil directoryEntryOf(const Pupil& pupil)
{
    DirectoryPupil entry;
    entry.id = pupil.id;
    entry.displayName = pupil.displayName();
    entry.yearGroup = pupil.yearGroup;
    entry.details = DirectoryPupil::Details{pupil.legalName(), pupil.dateOfBirth, pupil.registrationGroup};
    return entry;
}

void rankDirectoryPupils(QList<DirectoryPupil>& found, const QString& typed,
                         const QList<QStringList>& namesOfEach)
{
    QList<std::pair<DirectoryPupil, QStringList>> rows;
    for (qsizetype i = 0; i < found.size(); ++i)
        rows.append({found.at(i), namesOfEach.value(i)});
    const QList<NameMatch> kinds = PupilRanking(typed).rank(rows, [](const auto& row) { return row.second; });
    found.clear();
    QStringList byName;
    QStringList byNameAndYear;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        DirectoryPupil pupil = rows.at(i).first;
        pupil.match = kinds.at(i);
        byName.append(pupil.displayName);
        byNameAndYear.append(pupil.displayName + QLatin1Char(' ') + yearGroupLabel(pupil.yearGroup));
        found.append(pupil);
    }
    const QList<int> sameName = sameNameCounts(byName);
    const QList<int> sameNameInYear = sameNameCounts(byNameAndYear);
    for (qsizetype i = 0; i < found.size(); ++i) {
        found[i].sameName = sameName.at(i);
        found[i].sameNameInYear = sameNameInYear.at(i);
    }
}

PupilDirectory::PupilDirectory(Vault& vault)
    : m_vault(vault)
{}

QList<DirectoryPupil> PupilDirectory::search(const QString& text, int limit)
{
    requirePermission(m_vault.user(), Permission::RecordConcern);
    const QStringList words = TextServices::searchTokens(TextServices::normalizeForStorage(text));
    if (words.isEmpty() || limit <= 0)
        return {};

    QByteArray sql = QByteArray(selectForSearch) + " WHERE 1";
    const bool includeLeavers = hasPermission(m_vault.user(), Permission::ReadPupilRecords);
    if (!includeLeavers)
        sql += " AND " + QByteArray(onRollCondition);
    for (qsizetype i = 0; i < words.size(); ++i)
        sql += " AND (' ' || search_key) LIKE :w" + QByteArray::number(i) + " ESCAPE '\\'";
    // No LIMIT here: the best matches may sort late in the roll, so ranking comes before cutting.
    sql += " ORDER BY sort_key, id;";

    Database& db = m_vault.database();
    Statement query = db.prepare(sql.constData());
    if (!includeLeavers)
        query.bind(":today", ukToday(m_vault.clock()).toString(Qt::ISODate));
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString escaped = words[i];
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QByteArray name = ":w" + QByteArray::number(i);
        query.bind(name.constData(), QString(QStringLiteral("% ") + escaped + QLatin1Char('%')));
    }
    const bool mayReadRecords = includeLeavers; // the same permission: ReadPupilRecords
    QList<DirectoryPupil> found;
    QList<QStringList> names;
    while (query.step()) {
        Pupil named; // the names as stored: what ranks the child, and their legal name
        named.legalForename = query.text(1);
        named.legalSurname = query.text(2);
        named.preferredForename = query.text(3);
        named.preferredSurname = query.text(4);
        named.legalMiddleNames = query.text(6);
        DirectoryPupil pupil = readPupil(query);
        if (mayReadRecords)
            pupil.details = DirectoryPupil::Details{
                named.legalName(), QDate::fromString(query.text(7), Qt::ISODate), query.text(8)};
        found.append(pupil);
        names.append(rankedNamesOf(named));
    }
    rankDirectoryPupils(found, text, names);
    if (found.size() > limit)
        found.resize(limit);

    // What was typed stays out of the entry (it may be a child's name); the count says what was shown.
    Transaction transaction(db);
    m_vault.audit().append(m_vault.user().username, QStringLiteral("pupil.directory.view"),
                           QStringLiteral("pupil"), QStringLiteral("directory"),
                           QStringLiteral("%1 shown").arg(found.size()));
    transaction.commit();
    return found;
}

std::optional<qint64> PupilDirectory::idByUpn(const QString& upn, Permission needed)
{
    requirePermission(m_vault.user(), needed);
    const QString normalized = normalizeUpn(upn);
    if (normalized.isEmpty())
        return std::nullopt;
    Statement query(m_vault.database(), "SELECT id FROM pupils WHERE upn = :upn;");
    query.bind(":upn", normalized);
    if (!query.step())
        return std::nullopt;
    return query.integer(0);
}

std::optional<DirectoryPupil> PupilDirectory::findByUpn(const QString& upn, Permission needed)
{
    requirePermission(m_vault.user(), needed);
    requirePermission(m_vault.user(), Permission::ReadPupilRecords);
    const std::optional<qint64> id = idByUpn(upn, needed);
    if (!id)
        return std::nullopt;
    Statement query(m_vault.database(), "SELECT legal_forename, legal_surname, preferred_forename, "
                                        "preferred_surname, year_group FROM pupils WHERE id = :id;");
    query.bind(":id", *id);
    if (!query.step())
        return std::nullopt;
    DirectoryPupil pupil;
    pupil.id = *id;
    pupil.displayName = displayNameOf(query.text(0), query.text(1), query.text(2), query.text(3));
    pupil.yearGroup = query.text(4);
    return pupil;
}

QList<DirectoryPupil> PupilDirectory::onRollToday()
{
    requirePermission(m_vault.user(), Permission::Export);
    return wholeRoll(false);
}

QList<DirectoryPupil> PupilDirectory::everyone()
{
    requirePermission(m_vault.user(), Permission::WritePupilRecords);
    return wholeRoll(true);
}

QList<DirectoryPupil> PupilDirectory::wholeRoll(bool includeLeavers)
{
    QByteArray sql = selectPupils;
    if (!includeLeavers)
        sql += " WHERE " + QByteArray(onRollCondition);
    sql += " ORDER BY sort_key, id;";
    Statement query(m_vault.database(), sql.constData());
    if (!includeLeavers)
        query.bind(":today", ukToday(m_vault.clock()).toString(Qt::ISODate));
    QList<DirectoryPupil> pupils;
    while (query.step())
        pupils.append(readPupil(query));
    return pupils;
}

} // namespace lantern
