#pragma once

#include "pupils/RecordTab.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace lantern {

class ChronologyTab;
class ConcernHistoryTab;
class DocumentsTab;
class FamilyTab;
class PageHost;
class PlansTab;
class ConcernForm;
class ReferralWizard;
class Vault;
class VoiceTab;
struct UiServices;

// A pupil's record: a header with who the child is (names, date of birth and age, UPN with "Copy", NHS
// number, year and registration group, flags) and tabs for the chronology, concerns, the child's voice,
// plans and agencies, family and documents. Opening it reads the pupil (audited "pupil.view"); each tab
// reads its records the first time it is shown.
class PupilRecordPage : public QWidget {
    Q_OBJECT
public:
    PupilRecordPage(Vault& vault, const UiServices& services, PageHost* host, qint64 pupilId,
                    std::function<void(qint64)> openPupil, QWidget* parent = nullptr);
    ~PupilRecordPage() override;

    // False when the pupil could not be read (the reason was shown).
    bool isValid() const { return m_valid; }
    qint64 pupilId() const { return m_context->pupil.id; }
    const Pupil& pupil() const { return m_context->pupil; }

    QTabWidget* tabs() const { return m_tabs; }
    ChronologyTab* chronologyTab() const { return m_chronology; }
    ConcernHistoryTab* concernsTab() const { return m_concerns; }
    VoiceTab* voiceTab() const { return m_voice; }
    PlansTab* plansTab() const { return m_plans; }
    FamilyTab* familyTab() const { return m_family; }
    DocumentsTab* documentsTab() const { return m_documents; }
    // "New referral pack…": null for roles that may not export.
    QPushButton* referralButton() const { return m_refer; }
    QPushButton* concernButton() const { return m_newConcern; }
    void copyUpn();
    // Opens the referral wizard for this child (referral/ReferralWizard.h); the chronology is read again once
    // the referral is recorded, as it gains the referral's entry.
    ReferralWizard* newReferral();
    // The concern form with this child already named as its subject (the DSL may add others).
    ConcernForm* newConcern();

Q_SIGNALS:
    void backRequested();

private:
    QWidget* buildHeader();

    std::unique_ptr<RecordContext> m_context;
    bool m_valid = false;
    QTabWidget* m_tabs = nullptr;
    ChronologyTab* m_chronology = nullptr;
    ConcernHistoryTab* m_concerns = nullptr;
    VoiceTab* m_voice = nullptr;
    PlansTab* m_plans = nullptr;
    FamilyTab* m_family = nullptr;
    DocumentsTab* m_documents = nullptr;
    QLabel* m_copied = nullptr;
    QPushButton* m_refer = nullptr;
    QPushButton* m_newConcern = nullptr;
};

} // namespace lantern
