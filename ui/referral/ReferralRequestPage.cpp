#include "referral/ReferralRequestPage.h"

#include "referral/ReferralWizard.h"
#include "referral/WizardFields.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lantern {

using namespace wizardfields;

ReferralRequestPage::ReferralRequestPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
{
    setObjectName(QStringLiteral("referralRequestPage"));
    setTitle(tr("What you are asking for"));
    setSubTitle(tr("The front door reads this first: the service, how soon, and whether the child can go home "
                   "safely today."));

    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceRequested"));
    m_service->setAccessibleName(tr("Service asked for"));
    for (const ServiceRequested service : allServicesRequested())
        m_service->addItem(serviceRequestedLabel(service), static_cast<int>(service));
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("urgency"));
    m_urgency->setAccessibleName(tr("How soon"));
    for (const RequestUrgency urgency : allRequestUrgencies())
        m_urgency->addItem(requestUrgencyLabel(urgency), static_cast<int>(urgency));
    m_urgency->setCurrentIndex(m_urgency->findData(static_cast<int>(RequestUrgency::Routine)));

    auto* home = new QGroupBox(tr("Is the child safe to go home today?"), this);
    m_safe = new QRadioButton(tr("&Yes"), home);
    m_safe->setObjectName(QStringLiteral("safeToGoHome"));
    m_safe->setAccessibleName(tr("Yes, safe to go home today"));
    m_notSafe = new QRadioButton(tr("N&o"), home);
    m_notSafe->setObjectName(QStringLiteral("notSafeToGoHome"));
    m_notSafe->setAccessibleName(tr("No, not safe to go home today"));
    auto* group = new QButtonGroup(home);
    group->addButton(m_safe);
    group->addButton(m_notSafe);
    m_safeDetail = textBox(home, "safeToGoHomeDetail", tr("Why not, or what has been arranged"), 2);
    m_safeDetail->setPlaceholderText(tr("Why not, or what has been arranged"));
    auto* homeLayout = new QVBoxLayout(home);
    auto* homeRow = new QHBoxLayout;
    homeRow->addWidget(m_safe);
    homeRow->addWidget(m_notSafe);
    homeRow->addStretch(1);
    homeLayout->addLayout(homeRow);
    homeLayout->addWidget(m_safeDetail);

    m_parentsViews = textBox(this, "parentsViews", tr("The parents' or carers' views"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Service asked for:"), m_service);
    form->addRow(tr("&How soon:"), m_urgency);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(home);
    auto* views = new QFormLayout;
    views->setRowWrapPolicy(QFormLayout::WrapLongRows);
    views->addRow(tr("&Parents' or carers' views:"), m_parentsViews);
    layout->addLayout(views);
    layout->addStretch(1);
}

void ReferralRequestPage::apply(ReferralPackRequest& request) const
{
    FamilyHelpRequest ask;
    ask.service = static_cast<ServiceRequested>(m_service->currentData().toInt());
    ask.urgency = static_cast<RequestUrgency>(m_urgency->currentData().toInt());
    if (m_safe->isChecked())
        ask.safeToGoHome = true;
    else if (m_notSafe->isChecked())
        ask.safeToGoHome = false;
    ask.safeToGoHomeDetail = plain(m_safeDetail);
    request.ask = ask;
    request.parentsViews = plain(m_parentsViews);
}

} // namespace lantern
