// Reading the audit log as a DSL does before an inspection: filters by who, what, which child and when; the
// CSV export; and that looking and exporting leave entries of their own.
#include "records/AuditViewer.h"

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "records/DecisionRepository.h"
#include "reference/Csv.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/TestPupils.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

class AuditViewerTest : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        // Eleven children, so that pupil 1 and pupil 11 can be told apart.
        for (int i = 1; i <= 11; ++i)
            m_pupils.append(insertPupil(QStringLiteral("Child%1").arg(i)));
        amy = m_pupils.at(0);
        ben = m_pupils.at(1);
        eleventh = m_pupils.at(10);
        ASSERT_EQ(eleventh, 11);
    }

    qint64 insertPupil(const QString& forename)
    {
        return addTestPupil(dsl(), TestPupil(forename, QStringLiteral("Test")));
    }

    qint64 recordConcern(const QList<qint64>& children)
    {
        NewConcern concern;
        concern.occurred = PartialDate::parse(QStringLiteral("2026-11-24"), QStringLiteral("When"));
        for (qint64 child : children)
            concern.children.append(
                {child, concern.children.isEmpty() ? ChildRole::Subject : ChildRole::Witness, {}, {}});
        concern.categoryIds = {QStringLiteral("child-on-child-physical")};
        concern.account = QStringLiteral("Pushed over at break.");
        return ConcernRepository(as(QStringLiteral("deputy"))).record(concern);
    }

    qint64 addManualChronology(qint64 pupilId)
    {
        ManualChronologyEntry entry;
        entry.when = PartialDate::parse(QStringLiteral("2026-10"), QStringLiteral("When"));
        entry.type = ChronologyTypes::manual().first().id;
        entry.summary = QStringLiteral("Moved house");
        entry.source = QStringLiteral("Parent");
        return ChronologyRepository(dsl()).addManual(pupilId, entry);
    }

    // A day's worth of casework about Amy and Ben, and a note about the eleventh child.
    void recordCasework()
    {
        m_both = recordConcern({amy, ben});
        m_benOnly = recordConcern({ben});
        ConcernRepository(dsl()).get(m_both);
        NewDecision decision;
        decision.outcome = QStringLiteral("monitor");
        decision.reasons = QStringLiteral("First incident; watch at break times");
        decision.parentsInformed = ParentsInformed::Yes;
        DecisionRepository(dsl()).add(m_both, decision);
        ChronologyRepository(dsl()).entries(amy);
        addManualChronology(amy);
        addManualChronology(eleventh);
    }

    void appendRaw(const QString& action, const QString& details)
    {
        Transaction transaction(dsl().database());
        dsl().audit().append(QStringLiteral("dsl"), action, QStringLiteral("note"), QStringLiteral("1"),
                             details);
        transaction.commit();
    }

    static QStringList actionsOf(const QList<AuditEntry>& entries)
    {
        QStringList actions;
        for (const AuditEntry& entry : entries)
            actions.append(entry.action + QLatin1Char(' ') + entry.objectType + QLatin1Char(' ') +
                           entry.objectId);
        return actions;
    }

    QList<AuditEntry> search(const AuditQuery& query) { return AuditViewer(dsl()).search(query); }

    QList<qint64> m_pupils;
    qint64 amy = 0;
    qint64 ben = 0;
    qint64 eleventh = 0;
    qint64 m_both = 0;
    qint64 m_benOnly = 0;
};

TEST_F(AuditViewerTest, PupilFilterFindsEveryRecordAboutTheChildAndNothingElse)
{
    recordCasework();
    AuditQuery query;
    query.pupilId = amy;
    const QStringList found = actionsOf(search(query));
    const QString both = QString::number(m_both);
    EXPECT_TRUE(found.contains(QStringLiteral("concern.add concern ") + both))
        << found.join(u'\n').toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("concern.view concern ") + both));
    EXPECT_TRUE(found.contains(QStringLiteral("decision.add decision 1")));
    EXPECT_TRUE(found.contains(QStringLiteral("chronology.view pupil %1").arg(amy)));
    EXPECT_EQ(found.filter(QStringLiteral("chronology.add")).size(), 1); // Amy's, not the eleventh child's
    EXPECT_FALSE(found.contains(QStringLiteral("concern.add concern %1").arg(m_benOnly)));
    EXPECT_TRUE(found.filter(QStringLiteral("user.")).isEmpty());
    EXPECT_TRUE(found.filter(QStringLiteral("audit.")).isEmpty());

    query.pupilId = ben;
    const QStringList forBen = actionsOf(search(query));
    EXPECT_TRUE(forBen.contains(QStringLiteral("concern.add concern ") + both));
    EXPECT_TRUE(forBen.contains(QStringLiteral("concern.add concern %1").arg(m_benOnly)));
    EXPECT_TRUE(forBen.filter(QStringLiteral("chronology.")).isEmpty());

    // The eleventh child: its place on the roll and the note about it, nothing about pupil 1.
    query.pupilId = eleventh;
    const QStringList forEleventh = actionsOf(search(query));
    ASSERT_EQ(forEleventh.size(), 2) << forEleventh.join(u'\n').toStdString();
    EXPECT_TRUE(forEleventh.contains(QStringLiteral("pupil.add pupil %1").arg(eleventh)));
    EXPECT_EQ(forEleventh.filter(QStringLiteral("chronology.add")).size(), 1);
}

TEST_F(AuditViewerTest, ConcernAndDecisionEntriesNameTheirChildren)
{
    recordCasework();
    AuditQuery query;
    query.action = QStringLiteral("concern.add");
    const QList<AuditEntry> added = search(query);
    ASSERT_EQ(added.size(), 2);
    EXPECT_TRUE(added.at(0).details.endsWith(QStringLiteral("; pupil %1, pupil %2").arg(amy).arg(ben)))
        << added.at(0).details.toStdString();
    EXPECT_TRUE(added.at(1).details.endsWith(QStringLiteral("; pupil %1").arg(ben)));
    query.action = QStringLiteral("decision.add");
    const QList<AuditEntry> decided = search(query);
    ASSERT_EQ(decided.size(), 1);
    EXPECT_EQ(decided.first().details,
              QStringLiteral("concern %1; pupil %2, pupil %3").arg(m_both).arg(amy).arg(ben));
}

TEST_F(AuditViewerTest, FiltersByUserAndActionTogether)
{
    recordCasework();
    AuditQuery query;
    query.actor = QStringLiteral("deputy");
    const QList<AuditEntry> byDeputy = search(query);
    ASSERT_FALSE(byDeputy.isEmpty());
    for (const AuditEntry& entry : byDeputy)
        EXPECT_EQ(entry.actor, QStringLiteral("deputy"));

    query.action = QStringLiteral("concern.add");
    EXPECT_EQ(search(query).size(), 2);
    query.actor = QStringLiteral("dsl");
    EXPECT_TRUE(search(query).isEmpty());

    AuditQuery users;
    users.action = QStringLiteral("user.");
    const QList<AuditEntry> userEntries = search(users);
    EXPECT_EQ(userEntries.size(), 6); // the first DSL and the five others the fixture adds
    EXPECT_TRUE(AuditViewer(dsl()).actions().contains(QStringLiteral("concern.add")));
    EXPECT_TRUE(AuditViewer(dsl()).actors().contains(QStringLiteral("deputy")));
}

TEST_F(AuditViewerTest, DatesAreWholeDaysInEngland)
{
    // 23:30 UTC on 10 June 2027 is already 11 June in England (BST).
    m_clock.set(QDateTime(QDate(2027, 6, 10), QTime(23, 30), Qt::UTC));
    appendRaw(QStringLiteral("note.late"), QStringLiteral("late on the 10th UTC"));
    m_clock.set(QDateTime(QDate(2027, 6, 10), QTime(22, 30), Qt::UTC).addDays(1));
    appendRaw(QStringLiteral("note.next"), QStringLiteral("23:30 on the 11th in England"));

    AuditQuery query;
    query.action = QStringLiteral("note.");
    query.from = QDate(2027, 6, 11);
    query.to = QDate(2027, 6, 11);
    EXPECT_EQ(actionsOf(search(query)),
              (QStringList{QStringLiteral("note.late note 1"), QStringLiteral("note.next note 1")}));
    query.from = QDate(2027, 6, 10);
    query.to = QDate(2027, 6, 10);
    EXPECT_TRUE(search(query).isEmpty());
    query.from = QDate(2027, 6, 12);
    query.to = QDate(2027, 6, 11);
    try {
        search(query);
        FAIL() << "an upside-down range was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::InvalidInput);
    }
}

TEST_F(AuditViewerTest, LookingIsItselfAudited)
{
    AuditQuery query;
    query.actor = QStringLiteral("staff");
    query.pupilId = amy;
    AuditViewer(dsl()).search(query);
    const QList<AuditEntry> recorded = auditEntries(dsl(), QStringLiteral("audit.view"));
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.first().actor, QStringLiteral("dsl"));
    EXPECT_EQ(recorded.first().details, QStringLiteral("actor staff; pupil 1; 0 entries"));
}

TEST_F(AuditViewerTest, OnlyTheSafeguardingLeadsMayReadTheLog)
{
    for (const char* name : {"staff", "admin", "head"}) {
        try {
            AuditViewer(as(QString::fromLatin1(name))).search({});
            FAIL() << name << " read the audit log";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::PermissionDenied);
        }
        EXPECT_THROW(AuditViewer(as(QString::fromLatin1(name))).actions(), Error);
    }
    EXPECT_NO_THROW(AuditViewer(as(QStringLiteral("deputy"))).search({}));
    AuditFilter views;
    views.actionPrefix = QStringLiteral("audit.view");
    EXPECT_EQ(dsl().audit().entries(views).size(), 1); // the deputy's
}

TEST_F(AuditViewerTest, ExportIsSafeCsvAndIsAudited)
{
    appendRaw(QStringLiteral("note.formula"), QStringLiteral("=HYPERLINK(\"http://evil\")"));
    appendRaw(QStringLiteral("note.text"), QStringLiteral("Zoë said \"no\", twice\nthen left"));
    appendRaw(QStringLiteral("note.minus"), QStringLiteral("-1+1"));
    const QString path = m_temp.path(QStringLiteral("audit.csv"));
    AuditQuery query;
    query.action = QStringLiteral("note.");
    EXPECT_EQ(AuditViewer(dsl()).exportCsv(query, path), 3);

    const QByteArray bytes = readWholeFile(path);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    const QList<CsvRecord> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), path);
    ASSERT_EQ(rows.size(), 4);
    const QStringList header = rows.at(0).fields;
    EXPECT_EQ(header.first(), QStringLiteral("seq"));
    const auto details = header.indexOf(QStringLiteral("details"));
    const auto name = header.indexOf(QStringLiteral("actor_name"));
    ASSERT_GE(details, 0);
    EXPECT_EQ(rows.at(1).fields.at(details), QStringLiteral("'=HYPERLINK(\"http://evil\")"));
    EXPECT_EQ(rows.at(2).fields.at(details), QStringLiteral("Zoë said \"no\", twice\nthen left"));
    EXPECT_EQ(rows.at(3).fields.at(details), QStringLiteral("'-1+1"));
    EXPECT_EQ(rows.at(1).fields.at(name), QStringLiteral("Amira Haddad"));

    const QList<AuditEntry> recorded = auditEntries(dsl(), QStringLiteral("audit.export"));
    ASSERT_EQ(recorded.size(), 1);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    EXPECT_TRUE(recorded.first().details.contains(sha)) << recorded.first().details.toStdString();
    EXPECT_TRUE(recorded.first().details.contains(QStringLiteral("3 entries")));
    EXPECT_TRUE(recorded.first().details.contains(path));
}

TEST_F(AuditViewerTest, RefusedExportWritesNothingAndRecordsNothing)
{
    const QString path = m_temp.path(QStringLiteral("audit.csv"));
    EXPECT_THROW(AuditViewer(as(QStringLiteral("admin"))).exportCsv({}, path), Error);
    EXPECT_FALSE(QFile::exists(path));
    AuditFilter exports;
    exports.actionPrefix = QStringLiteral("audit.export");
    EXPECT_TRUE(dsl().audit().entries(exports).isEmpty());
}

TEST_F(AuditViewerTest, CsvReportsProgressAndKeepsEveryEntry)
{
    AuditExtract extract;
    for (int i = 1; i <= 2500; ++i) {
        AuditEntry entry;
        entry.seq = i;
        entry.atUtc = fixedNow();
        entry.action = QStringLiteral("x");
        extract.entries.append(entry);
    }
    QList<qint64> reported;
    const QByteArray csv = AuditViewer::csv(extract, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 2500);
        reported.append(done);
    });
    EXPECT_EQ(reported, (QList<qint64>{1000, 2000, 2500}));
    EXPECT_EQ(csv.count("\r\n"), 2501);
}

} // namespace
