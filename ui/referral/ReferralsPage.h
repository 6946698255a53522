#pragma once

#include "common/UiServices.h"
#include "records/InformationSharing.h"
#include "records/Referral.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace lantern {

class ReferralPupilFinder;
class ReferralWizard;
class ShareInformationDialog;
class Vault;

// The "Referrals" page, for the roles that may export (Permission::Export: the DSL and deputies): choose a
// child and see the referrals made for them — when, to whom, how, whether the receiving team acknowledged it
// and with what outcome — and start a new referral pack. Registered by referral/ReferralFeature.h.
//
// The model lists referrals per child (ReferralRepository::referrals, audited "referral.view"), so the list
// follows the child chosen on the left; nothing is read until a child is chosen.
//
// What was shared goes with the referrals, because a DSL asked "what have we told other agencies about this
// child, and on what basis?" looks here: under the referrals, what the selected referral's pack disclosed
// (PackDisclosureRepository, read when the referral is selected, audited "referral.disclosure.view"), and
// the information shared, received or not shared outside a pack (SharingRepository, audited
// "sharing.view"), with "Share information…" to record more. Each of those is also in the child's
// chronology.
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

    enum SharingColumn {
        SharingWhenColumn,
        SharingDirectionColumn,
        SharingMethodColumn,
        SharingWithColumn,
        SharingWhatColumn,
        SharingWhyColumn,
        SharingLawfulBasisColumn,
        SharingColumnCount
    };

    // Opens "Share information…" (window-modal, deleted when closed) for the chosen child, if any.
    ShareInformationDialog* shareInformation();
    // Opens the same dialog to amend the selected sharing record, if one is selected.
    ShareInformationDialog* amendSharing();

    ReferralPupilFinder* finder() const { return m_finder; }
    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPlainTextEdit* disclosurePanel() const { return m_disclosure; }
    QTableWidget* sharingTable() const { return m_sharing; }
    QPushButton* shareButton() const { return m_share; }
    QPushButton* amendSharingButton() const { return m_amendSharing; }

private:
    void showDisclosure();
    void showSharing(qint64 pupilId);
    void showError(const QString& message);

    Vault& m_vault;
    const UiServices& m_services;
    ReferralPupilFinder* m_finder = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QList<Referral> m_referrals; // by row of m_table
    QPlainTextEdit* m_disclosure = nullptr;
    QLabel* m_sharingHeading = nullptr;
    QTableWidget* m_sharing = nullptr;
    QPushButton* m_share = nullptr;
    QPushButton* m_amendSharing = nullptr;
    QList<SharingRecord> m_sharingRecords; // by row of m_sharing
};

} // namespace lantern
