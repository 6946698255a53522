#include "overview/OverviewPage.h"

#include "calendar/UkTime.h"
#include "core/Error.h"
#include "overview/OverviewNavigation.h"
#include "overview/OverviewTable.h"
#include "records/MeetingRepository.h"
#include "vault/Vault.h"

#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

namespace {

QString ukDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
}

// A heading over a table, read out with it, and the table below; the heading also carries errors.
QLabel* addHeadedTable(QWidget* owner, OverviewTable* table, const QString& objectName)
{
    auto* heading = new QLabel(owner);
    heading->setObjectName(objectName);
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(table->view(), 1);
    owner->setFocusProxy(table->view());
    return heading;
}

QString waitingWords(const AwaitingReferral& row, const QDate& today)
{
    switch (row.waitingFor) {
    case ReferralWait::FollowUp:
        if (!row.overdue)
            return ReferralsOverview::tr("Follow-up due today");
        return ReferralsOverview::tr("Follow-up overdue since %1 (days overdue: %2)")
            .arg(ukDate(*row.referral.followUpOn))
            .arg(row.referral.followUpOn->daysTo(today));
    case ReferralWait::Acknowledgement:
        return ReferralsOverview::tr("Awaiting acknowledgement");
    case ReferralWait::Outcome:
        return ReferralsOverview::tr("Awaiting outcome");
    }
    return {};
}

} // namespace

ReferralsOverview::ReferralsOverview(Vault& vault, const UiServices& services, PageHost& host,
                                     QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
    , m_host(host)
{
    m_table = new OverviewTable(
        QStringLiteral("referralsWaitingTable"), tr("Referrals waiting"),
        {tr("Waiting for"), tr("Child"), tr("Referred"), tr("To whom"), tr("How"), tr("Age (days)")}, this);
    m_heading = addHeadedTable(this, m_table, QStringLiteral("referralsWaitingHeading"));
    connect(m_table->view(), &QTableView::activated, this, [this]() { openCurrent(); });
}

void ReferralsOverview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReferralsOverview::refresh()
{
    m_table->clear();
    m_rows.clear();
    try {
        m_rows = ReferralRepository(m_vault).awaiting();
    } catch (const Error& error) {
        m_heading->setText(error.message());
        return;
    }
    const QDate today = ukToday(m_services.clock);
    for (int row = 0; row < m_rows.size(); ++row) {
        const AwaitingReferral& waiting = m_rows.at(row);
        const QDateTime referred = toUkLocal(waiting.referral.referredAt);
        // Sorting by "Waiting for" keeps the model's order: follow-ups due, then acknowledgement, outcome.
        m_table->addRow(waiting.referral.pupilId, row,
                        {waitingWords(waiting, today), waiting.pupilName,
                         QLocale().toString(referred, QStringLiteral("dd/MM/yyyy HH:mm")),
                         waiting.referral.toWhom, referralMethodLabel(waiting.referral.method),
                         QString::number(waiting.ageDays)},
                        {row, {}, referred, {}, {}, waiting.ageDays});
    }
    m_table->finish(WaitingColumn);
    m_heading->setText(m_rows.isEmpty()
                           ? tr("No referral is waiting for an acknowledgement, an outcome or a follow-up.")
                           : tr("Referrals waiting for an acknowledgement, an outcome or a follow-up: %1. "
                                "Enter opens the referral.")
                                 .arg(m_rows.size()));
}

bool ReferralsOverview::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return false;
    const Referral& referral = m_rows.at(row).referral;
    return overview::openChildReferral(m_host, m_vault, referral.pupilId, referral.referredAt,
                                       referral.toWhom);
}

CaseloadView::CaseloadView(Vault& vault, PageHost& host, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_host(host)
{
    m_table = new OverviewTable(
        QStringLiteral("caseloadTable"), tr("Caseload"),
        {tr("Child"), tr("Plan or status"), tr("Started"), tr("Lead practitioner"), tr("Next meeting")},
        this);
    m_heading = addHeadedTable(this, m_table, QStringLiteral("caseloadHeading"));
    connect(m_table->view(), &QTableView::activated, this, [this]() { openCurrent(); });
}

void CaseloadView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void CaseloadView::refresh()
{
    m_table->clear();
    QList<CaseloadEntry> caseload;
    QHash<qint64, Meeting> nextMeeting; // the soonest from today, by child
    try {
        caseload = PlanRepository(m_vault).caseload();
        for (const Meeting& meeting : MeetingRepository(m_vault).upcoming())
            if (!nextMeeting.contains(meeting.pupilId))
                nextMeeting.insert(meeting.pupilId, meeting);
    } catch (const Error& error) {
        m_heading->setText(error.message());
        return;
    }
    QSet<qint64> children;
    for (int row = 0; row < caseload.size(); ++row) {
        const CaseloadEntry& entry = caseload.at(row);
        children.insert(entry.pupilId);
        QString plan =
            entry.plan ? planTypeLabel(entry.plan->type) : tr("Looked after (no care plan recorded)");
        if (entry.lookedAfter && !entry.responsibleAuthority.isEmpty())
            plan += tr("; looked after by %1").arg(entry.responsibleAuthority);
        const auto meeting = nextMeeting.constFind(entry.pupilId);
        const QString next = meeting == nextMeeting.cend()
                                 ? tr("None recorded")
                                 : tr("%1, %2").arg(meetingTypeLabel(meeting->type), ukDate(meeting->heldOn));
        // Sorting by "Plan or status" keeps the model's order: child protection first.
        m_table->addRow(
            entry.pupilId, row,
            {entry.pupilName, plan, entry.plan ? ukDate(entry.plan->startedOn) : QString(),
             entry.plan ? entry.plan->leadPractitioner : QString(), next},
            {{},
             row,
             entry.plan ? QVariant(entry.plan->startedOn) : QVariant(QDate()),
             {},
             meeting == nextMeeting.cend() ? QVariant(QDate(9999, 12, 31)) : QVariant(meeting->heldOn)});
    }
    m_table->finish(PlanColumn);
    m_heading->setText(caseload.isEmpty()
                           ? tr("No child has an open plan or is looked after.")
                           : tr("Children on a plan or looked after: %1. Enter opens the child's record.")
                                 .arg(children.size()));
}

bool CaseloadView::openCurrent()
{
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid())
        return false;
    return overview::openChildRecord(m_host, current.data(OverviewTable::PupilIdRole).toLongLong());
}

OverviewPage::OverviewPage(Vault& vault, const UiServices& services, PageHost& host, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(tr("<h2>Overview</h2>"), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("overviewTabs"));
    m_tabs->setAccessibleName(tr("Overview across children"));
    m_referrals = new ReferralsOverview(vault, services, host, m_tabs);
    m_referrals->setObjectName(QStringLiteral("referralsOverview"));
    m_caseload = new CaseloadView(vault, host, m_tabs);
    m_caseload->setObjectName(QStringLiteral("caseloadView"));
    m_tabs->addTab(m_referrals, tr("&Referrals waiting"));
    m_tabs->addTab(m_caseload, tr("&Caseload"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);
}

} // namespace lantern
