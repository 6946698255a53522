#include "referral/ReferralWizard.h"

#include "referral/ReferralItemsPage.h"
#include "referral/ReferralPupilFinder.h"
#include "referral/ReferralRequestPage.h"
#include "referral/ReferralWizardSteps.h"
#include "vault/Vault.h"

namespace lantern {

ReferralWizard::ReferralWizard(Vault& vault, const UiServices& services, qint64 pupilId, QWidget* parent)
    : QWizard(parent)
    , m_vault(vault)
    , m_services(services)
{
    setObjectName(QStringLiteral("referralWizard"));
    setWindowTitle(tr("New referral pack"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoDefaultButton, false);
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});

    m_pupilPage = new ReferralPupilPage(*this);
    m_periodPage = new ReferralPeriodPage(*this);
    m_itemsPage = new ReferralItemsPage(*this);
    m_sectionsPage = new ReferralSectionsPage(*this);
    m_requestPage = new ReferralRequestPage(*this);
    m_basisPage = new ReferralBasisPage(*this);
    m_preflightPage = new ReferralPreflightPage(*this);
    m_previewPage = new ReferralPreviewPage(*this);
    m_exportPage = new ReferralExportPage(*this);
    setPage(PupilPageId, m_pupilPage);
    setPage(PeriodPageId, m_periodPage);
    setPage(ItemsPageId, m_itemsPage);
    setPage(SectionsPageId, m_sectionsPage);
    setPage(RequestPageId, m_requestPage);
    setPage(BasisPageId, m_basisPage);
    setPage(PreflightPageId, m_preflightPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ExportPageId, m_exportPage);

    // Opened from a child's record: the child is chosen, and the wizard starts at the period.
    if (pupilId != 0 && m_pupilPage->preselect(pupilId))
        setStartId(PeriodPageId);
    resize(860, 680);
}

ReferralWizard::~ReferralWizard()
{
    m_exportPage->cancelAndWait();
}

ReferralPackRequest ReferralWizard::request() const
{
    ReferralPackRequest request;
    request.pupilId = pupilId();
    m_periodPage->apply(request);
    m_itemsPage->apply(request);
    m_sectionsPage->apply(request);
    m_requestPage->apply(request);
    m_basisPage->apply(request);
    m_preflightPage->apply(request);
    return request;
}

qint64 ReferralWizard::pupilId() const
{
    return m_pupilPage->finder()->pupilId();
}

QString ReferralWizard::pupilName() const
{
    return m_pupilPage->finder()->pupilName();
}

bool ReferralWizard::isExporting() const
{
    return m_exportPage->isExporting();
}

void ReferralWizard::goBackTo(int pageId)
{
    while (currentId() > pageId && visitedIds().contains(pageId))
        back();
}

void ReferralWizard::setProgressHook(PackProgress hook)
{
    m_exportPage->setProgressHook(std::move(hook));
}

// Cancel, Escape, closing the window and the main window's lock all come here. A running export is cancelled
// and waited for before the dialog goes, because the lock destroys the Vault the worker is using as soon as
// this returns.
void ReferralWizard::reject()
{
    m_exportPage->cancelAndWait();
    QWizard::reject();
}

ReferralWizard* openReferralWizard(Vault& vault, const UiServices& services, qint64 pupilId, QWidget* parent)
{
    auto* wizard = new ReferralWizard(vault, services, pupilId, parent);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

} // namespace lantern
