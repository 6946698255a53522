#pragma once

#include "export/ReferralPack.h"

#include <QWizardPage>

class QComboBox;
class QPlainTextEdit;
class QRadioButton;

namespace lantern {

class ReferralWizard;

// The wizard's "What you are asking for" step: the service and how soon, whether the child is safe to go home
// today, and the parents' views. Left unanswered, the preflight says so.
class ReferralRequestPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralRequestPage(ReferralWizard& wizard);
    void apply(ReferralPackRequest& request) const;

    QComboBox* serviceCombo() const { return m_service; }
    QComboBox* urgencyCombo() const { return m_urgency; }
    QRadioButton* safeButton() const { return m_safe; }
    QRadioButton* notSafeButton() const { return m_notSafe; }
    QPlainTextEdit* safeDetailEdit() const { return m_safeDetail; }
    QPlainTextEdit* parentsViewsEdit() const { return m_parentsViews; }

private:
    QComboBox* m_service = nullptr;
    QComboBox* m_urgency = nullptr;
    QRadioButton* m_safe = nullptr;
    QRadioButton* m_notSafe = nullptr;
    QPlainTextEdit* m_safeDetail = nullptr;
    QPlainTextEdit* m_parentsViews = nullptr;
};

} // namespace lantern
