#pragma once

#include "common/UiServices.h"
#include "records/Meeting.h"
#include "records/PlanRepository.h"
#include "records/ReferralRepository.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace lantern {

class OverviewTable;
class PageHost;
class Vault;

// Referrals across children that wait for an acknowledgement, an outcome or a follow-up, with the child,
// when, to whom, how and how many days since. Enter opens the referral on the Referrals page. Read each time
// it is shown (ReferralRepository::awaiting, audited), so it is never stale and nothing is read until looked
// at.
class ReferralsOverview : public QWidget {
    Q_OBJECT
public:
    enum Column {
        WaitingColumn,
        ChildColumn,
        ReferredColumn,
        ToWhomColumn,
        MethodColumn,
        AgeColumn,
        ColumnCount
    };

    ReferralsOverview(Vault& vault, const UiServices& services, PageHost& host, QWidget* parent = nullptr);

    void refresh();
    // Opens the current row's referral (Enter); false when there is none.
    bool openCurrent();

    OverviewTable* table() const { return m_table; }
    QLabel* heading() const { return m_heading; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Vault& m_vault;
    const UiServices& m_services;
    PageHost& m_host;
    QLabel* m_heading = nullptr;
    OverviewTable* m_table = nullptr;
    QList<AwaitingReferral> m_rows;
};

// The caseload: children on child protection, child in need, family help and care plans, and children looked
// after, with the plan, its start, the lead practitioner and the next meeting recorded (a review or a
// conference). Enter opens the child's record. Read each time it is shown (PlanRepository::caseload and
// MeetingRepository::upcoming, audited).
class CaseloadView : public QWidget {
    Q_OBJECT
public:
    enum Column { ChildColumn, PlanColumn, StartedColumn, LeadColumn, NextMeetingColumn, ColumnCount };

    CaseloadView(Vault& vault, PageHost& host, QWidget* parent = nullptr);

    void refresh();
    bool openCurrent();

    OverviewTable* table() const { return m_table; }
    QLabel* heading() const { return m_heading; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Vault& m_vault;
    PageHost& m_host;
    QLabel* m_heading = nullptr;
    OverviewTable* m_table = nullptr;
};

// The "Overview" page: the referrals waiting and the caseload, one tab each (Ctrl+Tab or Alt+R / Alt+C).
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    OverviewPage(Vault& vault, const UiServices& services, PageHost& host, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    ReferralsOverview* referrals() const { return m_referrals; }
    CaseloadView* caseload() const { return m_caseload; }

private:
    QTabWidget* m_tabs = nullptr;
    ReferralsOverview* m_referrals = nullptr;
    CaseloadView* m_caseload = nullptr;
};

} // namespace lantern
