#include "adults/AdultConcernRepository.h"

#include "adults/AdultsAccess.h"
#include "adults/AdultsStore.h"
#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "storage/Database.h"
#include "text/PlainText.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern {

namespace {

// `ukNow`: now as the school means it (UK wall-clock time).
AdultConcernContent checkedContent(const AdultConcernContent& content, const QDateTime& ukNow)
{
    AdultConcernContent checked = content;
    if (!content.occurred.isValid())
        throw Error(ErrorKind::InvalidInput, AdultConcernField::occurred,
                    ModelText::tr("When it happened: give a date, even approximate."));
    if (content.occurred.isLaterThan(ukNow))
        throw Error(ErrorKind::InvalidInput, AdultConcernField::occurred,
                    ModelText::tr("When it happened: %1 is in the future.").arg(content.occurred.display()));
    checked.account =
        checkedText(tidy(content.account), AdultConcernField::account, ModelText::tr("What happened"), 30000);
    if (checked.account.isEmpty())
        throw Error(ErrorKind::InvalidInput, AdultConcernField::account,
                    ModelText::tr("What happened: describe what was seen or heard, as facts."));
    checked.response =
        checkedText(tidy(content.response), AdultConcernField::account, ModelText::tr("Response"), 10000);
    checked.reporterName = checkedText(tidy(content.reporterName).simplified(), AdultConcernField::reportedBy,
                                       ModelText::tr("Reported by"), 200);
    return checked;
}

// The entry a concern named by name and role belongs to: the one entry with that name (folded) and role, or a
// new one.
qint64 matchOrAddByName(Database& db, const AdultSubject& subject, const QString& at, const QString& by)
{
    const AdultDetails details = adults::checkedDetails({subject.name, subject.role, std::nullopt});
    const QString key = TextServices::searchKey(details.name);
    Statement query(db,
                    QByteArray(QByteArrayLiteral("SELECT a.id, v.name FROM adults a JOIN adult_versions v "
                                                 "ON v.adult_id = a.id AND v.version = (SELECT MAX(version) "
                                                 "FROM adult_versions WHERE adult_id = a.id) WHERE NOT ") +
                               adults::kIsHeadteacherSql + " AND v.role_in_school = :role;")
                        .constData());
    query.bind(":role", adultRoleName(details.role));
    QList<qint64> matches;
    while (query.step()) {
        if (TextServices::searchKey(query.text(1)) == key)
            matches.append(query.integer(0));
    }
    if (matches.size() == 1)
        return matches.first();

    Statement insert(db, "INSERT INTO adults (is_headteacher, added_at, added_by) VALUES (0, :at, :by);");
    insert.bind(":at", at).bind(":by", by);
    insert.run();
    const qint64 id = db.lastInsertId();
    adults::insertFirstDetails(db, id, details, at, by);
    return id;
}

// The headteacher's entry (the latest one for a headteacher who has not left), made if there is none.
qint64 headteacherEntry(Database& db, const AdultSubject& subject, const QString& at, const QString& by)
{
    Statement query(
        db, QByteArray(QByteArrayLiteral("SELECT a.id FROM adults a JOIN adult_versions v "
                                         "ON v.adult_id = a.id AND v.version = (SELECT MAX(version) "
                                         "FROM adult_versions WHERE adult_id = a.id) WHERE ") +
                       adults::kIsHeadteacherSql + " AND v.left_on IS NULL ORDER BY a.id DESC LIMIT 1;")
                .constData());
    if (query.step())
        return query.integer(0);
    AdultDetails details{tidy(subject.name).simplified(), AdultRole::Staff, std::nullopt};
    if (details.name.isEmpty())
        details.name = QStringLiteral("Headteacher");
    Statement insert(db, "INSERT INTO adults (is_headteacher, added_at, added_by) VALUES (1, :at, :by);");
    insert.bind(":at", at).bind(":by", by);
    insert.run();
    const qint64 id = db.lastInsertId();
    adults::insertFirstDetails(db, id, details, at, by);
    return id;
}

QString displayName(Vault& vault, const QString& username)
{
    const std::optional<User> user = vault.findUser(username);
    return user ? user->displayName : username;
}

} // namespace

AdultConcernRepository::AdultConcernRepository(Vault& vault)
    : m_vault(vault)
{}

qint64 AdultConcernRepository::record(const ReportedAdultConcern& concern)
{
    const User& user = m_vault.user();
    requirePermission(user, Permission::RecordAdultConcern);
    const bool keeper = adults::canKeepRegister(user) || adults::canKeepHeadteacher(user);
    const QString source = concern.source.trimmed();
    if (source != QLatin1String("direct") && source != QLatin1String("submission"))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Source: \"%1\" is not one of direct, submission.").arg(concern.source));

    QString reporter = concern.reporterUsername.trimmed();
    // No username and no name: the signed-in user reported it. A keeper may name a reporter who has no
    // account.
    if (reporter.isEmpty() && (!keeper || tidy(concern.content.reporterName).isEmpty()))
        reporter = user.username;
    if (!keeper) {
        if (!reporter.isEmpty() && reporter != user.username)
            throw Error(ErrorKind::PermissionDenied,
                        ModelText::tr("A concern can be recorded only in your own name."));
        reporter = user.username;
    }
    if (!reporter.isEmpty() && !m_vault.findUser(reporter))
        throw Error(ErrorKind::InvalidInput, AdultConcernField::reportedBy,
                    ModelText::tr("Reported by: there is no user \"%1\".").arg(reporter));

    AdultConcernContent content = checkedContent(concern.content, toUkLocal(m_vault.clock().nowUtc()));
    if (content.reporterName.isEmpty()) {
        if (reporter.isEmpty())
            throw Error(ErrorKind::InvalidInput, AdultConcernField::reportedBy,
                        ModelText::tr("Reported by: give the reporter's name."));
        content.reporterName = displayName(m_vault, reporter);
    }

    // Keys, not code: a concern is written only into a store this session holds the key of, never into one
    // the wrong people could read with the stock sqlcipher shell.
    // A concern about anyone but the headteacher belongs in the adults register, where the headteacher and
    // the DSL team read it, never in the headteacher store, where only the chair would. The chair names the
    // headteacher's entry by flag or by its number (which requireVisibleAdult below checks is hers).
    const bool aboutHeadteacher = concern.adult.isHeadteacher;
    const bool byChairsEntryNumber = concern.adult.adultId.has_value() && adults::canKeepHeadteacher(user) &&
                                     !adults::canKeepRegister(user);
    const Compartment store =
        aboutHeadteacher || byChairsEntryNumber ? Compartment::Headteacher : Compartment::Adults;
    if (!m_vault.holds(store))
        throw Error(ErrorKind::PermissionDenied,
                    aboutHeadteacher
                        ? ModelText::tr("A concern about the headteacher is kept where only the chair of "
                                        "governors can read it, and this session does not hold that key: "
                                        "give it to the chair of governors, or send it through Lantern "
                                        "Submit.")
                        : ModelText::tr("The chair of governors keeps only concerns about the headteacher: a "
                                        "concern about another adult goes to the headteacher or the DSL."));

    Database& db = m_vault.database();
    const QString now = adults::nowIso(m_vault);
    Transaction transaction(db);
    qint64 adultId = 0;
    if (concern.adult.adultId) {
        // Naming an entry by id is for those who can see it; anyone else names the adult.
        adultId = adults::requireVisibleAdult(m_vault, *concern.adult.adultId).id;
    } else if (concern.adult.isHeadteacher) {
        adultId = headteacherEntry(db, concern.adult, now, user.username);
    } else {
        adultId = matchOrAddByName(db, concern.adult, now, user.username);
    }

    Statement insert(db, "INSERT INTO adult_concerns (adult_id, recorded_at, recorded_by, reporter_username, "
                         "source) VALUES (:adult, :at, :by, :reporter, :source);");
    insert.bind(":adult", adultId)
        .bind(":at", now)
        .bind(":by", user.username)
        .bind(":reporter", reporter.isEmpty() ? std::optional<QString>() : std::optional<QString>(reporter))
        .bind(":source", source);
    insert.run();
    const qint64 id = db.lastInsertId();
    adults::concernVersions(db).create(id, {1, content, {}, {}, {}}, user.username, now);
    m_vault.audit().append(user.username, QStringLiteral("adult.concern.add"),
                           QStringLiteral("adult-concern"), QString::number(id),
                           QStringLiteral("version 1; source %1").arg(source));
    transaction.commit();
    return id;
}

int AdultConcernRepository::amend(qint64 concernId, const AdultConcernChanges& changes, const QString& reason)
{
    adults::requireRegisterAccess(m_vault.user());
    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    const QString now = adults::nowIso(m_vault);

    Transaction transaction(db);
    adults::requireVisibleConcern(m_vault, concernId);
    const auto amended = adults::concernVersions(db).amend(
        concernId, reason,
        [&](const AdultConcernVersion& current) {
            AdultConcernContent next = current.content;
            next.occurred = changes.occurred.value_or(next.occurred);
            next.account = changes.account.value_or(next.account);
            next.response = changes.response.value_or(next.response);
            next.reporterName = changes.reporterName.value_or(next.reporterName);
            next.selfReport = changes.selfReport.value_or(next.selfReport);
            next.reporterWithheld = changes.reporterWithheld.value_or(next.reporterWithheld);
            AdultConcernVersion result = current;
            result.content = checkedContent(next, toUkLocal(m_vault.clock().nowUtc()));
            if (result.content.reporterName.isEmpty())
                result.content.reporterName = current.content.reporterName;
            return result;
        },
        actor, now);
    const int version = amended.current.version;
    m_vault.audit().append(actor, QStringLiteral("adult.concern.amend"), QStringLiteral("adult-concern"),
                           QString::number(concernId), QStringLiteral("version %1").arg(version));
    transaction.commit();
    return version;
}

qint64 AdultConcernRepository::review(qint64 concernId, const QDate& reviewedOn, const QString& notes)
{
    adults::requireRegisterAccess(m_vault.user());
    if (!reviewedOn.isValid())
        throw Error(ErrorKind::InvalidInput, AdultConcernField::reviewedOn,
                    ModelText::tr("Reviewed on: give the date of the review."));
    if (reviewedOn > ukToday(m_vault.clock()))
        throw Error(
            ErrorKind::InvalidInput, AdultConcernField::reviewedOn,
            ModelText::tr("Reviewed on: %1 is in the future.").arg(TextServices::formatDate(reviewedOn)));
    const QString text = tidy(notes);
    if (text.isEmpty())
        throw Error(ErrorKind::InvalidInput, AdultConcernField::reviewNotes,
                    ModelText::tr("Review notes: say what the review found and what follows."));
    Database& db = m_vault.database();
    const QString actor = m_vault.user().username;
    Transaction transaction(db);
    adults::requireVisibleConcern(m_vault, concernId);
    Statement insert(db, "INSERT INTO adult_concern_reviews (concern_id, reviewer, reviewed_on, notes, "
                         "recorded_at) VALUES (:id, :by, :on, :notes, :at);");
    insert.bind(":id", concernId)
        .bind(":by", actor)
        .bind(":on", isoDate(reviewedOn))
        .bind(":notes", text)
        .bind(":at", adults::nowIso(m_vault));
    insert.run();
    const qint64 id = db.lastInsertId();
    m_vault.audit().append(actor, QStringLiteral("adult.concern.review"), QStringLiteral("adult-concern"),
                           QString::number(concernId), QStringLiteral("review %1").arg(id));
    transaction.commit();
    return id;
}

} // namespace lantern
