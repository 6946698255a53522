#include "referral/ReferralsPage.h"

#include "calendar/UkTime.h"
#include "core/Error.h"
#include "records/ReferralRepository.h"
#include "referral/ReferralPupilFinder.h"
#include "referral/ReferralWizard.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lantern {

namespace {

QString ukDateTime(const QDateTime& utc)
{
    return QLocale().toString(toUkLocal(utc), QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

ReferralsPage::ReferralsPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
{
    setObjectName(QStringLiteral("referralsPage"));

    auto* heading = new QLabel(tr("Referrals"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_new = new QPushButton(tr("&New referral pack…"), this);
    m_new->setObjectName(QStringLiteral("newReferralPack"));
    m_new->setAccessibleName(tr("New referral pack"));
    connect(m_new, &QPushButton::clicked, this, &ReferralsPage::newReferral);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ReferralsPage::newReferral);

    m_finder = new ReferralPupilFinder(vault, this);

    m_heading = new QLabel(tr("Choose a child to see the referrals made for them."), this);
    m_heading->setObjectName(QStringLiteral("referralsHeading"));
    m_heading->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("referralsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("referralsTable"));
    m_table->setAccessibleName(tr("Referrals made"));
    m_table->setHorizontalHeaderLabels(
        {tr("Referred"), tr("To whom"), tr("How"), tr("Acknowledged"), tr("Outcome")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_finder);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_finder, &ReferralPupilFinder::pupilChanged, this, &ReferralsPage::showReferrals);
    m_finder->search(QString());
}

void ReferralsPage::showReferrals(qint64 pupilId)
{
    m_table->setRowCount(0);
    m_error->hide();
    if (pupilId == 0) {
        m_heading->setText(tr("Choose a child to see the referrals made for them."));
        return;
    }
    try {
        const QList<Referral> referrals = ReferralRepository(m_vault).referrals(pupilId);
        m_heading->setText(referrals.isEmpty()
                               ? tr("No referrals have been made for %1.").arg(m_finder->pupilName())
                               : tr("Referrals made for %1, most recent first:").arg(m_finder->pupilName()));
        m_table->setRowCount(static_cast<int>(referrals.size()));
        for (int row = 0; row < referrals.size(); ++row) {
            const Referral& referral = referrals.at(row);
            const auto set = [this, row](int column, const QString& text) {
                auto* item = new QTableWidgetItem(text);
                item->setToolTip(text);
                m_table->setItem(row, column, item);
            };
            set(ReferredColumn, ukDateTime(referral.referredAt));
            set(ToWhomColumn, referral.toWhom);
            set(MethodColumn, referralMethodLabel(referral.method));
            set(AcknowledgedColumn,
                referral.acknowledgedAt ? ukDateTime(*referral.acknowledgedAt) : tr("Not yet"));
            set(OutcomeColumn, referral.outcome.isEmpty() ? tr("Awaited") : referral.outcome);
        }
        m_table->resizeRowsToContents();
    } catch (const Error& error) {
        m_error->setText(error.message());
        m_error->show();
    }
}

ReferralWizard* ReferralsPage::newReferral()
{
    ReferralWizard* wizard = openReferralWizard(m_vault, m_services, m_finder->pupilId(), this);
    connect(wizard, &ReferralWizard::referralRecorded, this, [this](qint64 pupilId, qint64) {
        if (m_finder->pupilId() == pupilId)
            showReferrals(pupilId);
    });
    return wizard;
}

} // namespace lantern
