#pragma once

#include "export/ReferralPack.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace lantern {

class PackItemsModel;
class ReferralWizard;

// The wizard's "What goes in" step: every concern, decision, voice entry and chronology entry of the period,
// each ticked in or out (PackMinimiser decides the defaults and what may never go in; the model says so in
// each row). Space ticks the selected row.
class ReferralItemsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralItemsPage(ReferralWizard& wizard);
    void initializePage() override;
    void apply(ReferralPackRequest& request) const;

    PackItemsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* defaultsButton() const { return m_defaults; }
    QString summaryText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSummary();

    ReferralWizard& m_wizard;
    PackItemsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_defaults = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lantern
