#pragma once

#include "common/UiServices.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lantern {

class ReferralPupilFinder;
class ReferralWizard;
class Vault;

// The "Referrals" page, for the roles that may export (Permission::Export: the DSL and deputies): choose a
// child and see the referrals made for them — when, to whom, how, whether the receiving team acknowledged it
// and with what outcome — and start a new referral pack. Registered by referral/ReferralFeature.h.
//
// The model lists referrals per child (ReferralRepository::referrals, audited "referral.view"), so the list
// follows the child chosen on the left; nothing is read until a child is chosen.
class ReferralsPage : public QWidget {
    Q_OBJECT
public:
    enum Column {
        ReferredColumn,
        ToWhomColumn,
        MethodColumn,
        AcknowledgedColumn,
        OutcomeColumn,
        ColumnCount
    };

    ReferralsPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);

    // Opens the wizard (window-modal, deleted when closed) for the chosen child, if any; returns it.
    ReferralWizard* newReferral();
    // Shows the referrals of `pupilId` (0: none).
    void showReferrals(qint64 pupilId);

    ReferralPupilFinder* finder() const { return m_finder; }
    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }

private:
    Vault& m_vault;
    const UiServices& m_services;
    ReferralPupilFinder* m_finder = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace lantern
