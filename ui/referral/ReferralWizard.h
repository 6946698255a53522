#pragma once

#include "common/UiServices.h"
#include "export/PackArchive.h"
#include "export/ReferralPack.h"

#include <QWizard>

namespace lantern {

class ReferralBasisPage;
class ReferralExportPage;
class ReferralItemsPage;
class ReferralRequestPage;
class ReferralPeriodPage;
class ReferralPreflightPage;
class ReferralPreviewPage;
class ReferralPupilPage;
class ReferralSectionsPage;
class Vault;

// The referral pack wizard (docs/REFERRAL-PACK.md): which child, the period and to whom, which items of the
// period go in, the sections and the DSL's own words, what is asked for, the basis for sharing, the preflight (each finding fixed or passed with a stated reason),
// a preview of the printed pack and the export with progress. The export records the Referral on the child's
// record and the audit chain (ReferralPackBuilder::exportPack).
//
// Only for roles with Permission::Export (the model refuses the rest). Opened from the Referrals page, or
// from a child's record with the child already chosen (pupilId).
//
// The export runs on a worker thread that uses the Vault. The main window rejects every dialog before it
// destroys the Vault at lock; reject() and the destructor therefore cancel a running export and wait for the
// worker to return, so the Vault always outlives it and a locked vault never gets a half-made pack.
class ReferralWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        PupilPageId,
        PeriodPageId,
        ItemsPageId,
        SectionsPageId,
        RequestPageId,
        BasisPageId,
        PreflightPageId,
        PreviewPageId,
        ExportPageId
    };

    ReferralWizard(Vault& vault, const UiServices& services, qint64 pupilId = 0, QWidget* parent = nullptr);
    ~ReferralWizard() override;

    // The request as the pages stand now.
    ReferralPackRequest request() const;
    qint64 pupilId() const;
    QString pupilName() const;
    bool isExporting() const;

    // Goes back page by page to `pageId` (the preflight's "fix it" buttons). Does nothing going forward.
    void goBackTo(int pageId);

    // For tests: see ExportProgress::setProgressHook.
    void setProgressHook(PackProgress hook);

    Vault& vault() const { return m_vault; }
    const UiServices& services() const { return m_services; }

    ReferralPupilPage* pupilPage() const { return m_pupilPage; }
    ReferralPeriodPage* periodPage() const { return m_periodPage; }
    ReferralItemsPage* itemsPage() const { return m_itemsPage; }
    ReferralSectionsPage* sectionsPage() const { return m_sectionsPage; }
    ReferralRequestPage* requestPage() const { return m_requestPage; }
    ReferralBasisPage* basisPage() const { return m_basisPage; }
    ReferralPreflightPage* preflightPage() const { return m_preflightPage; }
    ReferralPreviewPage* previewPage() const { return m_previewPage; }
    ReferralExportPage* exportPage() const { return m_exportPage; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // A pack was written and the referral recorded.
    void referralRecorded(qint64 pupilId, qint64 referralId);

private:
    Vault& m_vault;
    const UiServices& m_services;
    ReferralPupilPage* m_pupilPage = nullptr;
    ReferralPeriodPage* m_periodPage = nullptr;
    ReferralItemsPage* m_itemsPage = nullptr;
    ReferralSectionsPage* m_sectionsPage = nullptr;
    ReferralRequestPage* m_requestPage = nullptr;
    ReferralBasisPage* m_basisPage = nullptr;
    ReferralPreflightPage* m_preflightPage = nullptr;
    ReferralPreviewPage* m_previewPage = nullptr;
    ReferralExportPage* m_exportPage = nullptr;
};

// Opens the referral wizard over `parent`, window-modal and deleted when closed, for `pupilId` (0: the DSL
// chooses the child first). The main window's lock rejects it like any dialog, which cancels a running export
// before the Vault goes. Used by the Referrals page and a child's record.
ReferralWizard* openReferralWizard(Vault& vault, const UiServices& services, qint64 pupilId, QWidget* parent);

} // namespace lantern
