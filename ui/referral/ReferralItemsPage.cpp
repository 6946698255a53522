#include "referral/ReferralItemsPage.h"

#include "core/Error.h"
#include "export/ReferralPackReader.h"
#include "referral/PackItemsModel.h"
#include "referral/ReferralWizard.h"
#include "referral/WizardFields.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

ReferralItemsPage::ReferralItemsPage(ReferralWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("referralItemsPage"));
    setTitle(tr("What goes in the pack"));
    setSubTitle(tr("Share only what the receiving team needs. Items about this child are in; where the child was "
                   "a witness, or is said to have caused harm, the item is out unless you tick it. Other "
                   "children's names are replaced by their role and year group."));

    m_model = new PackItemsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("packItems"));
    m_table->setAccessibleName(tr("Items of the period"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PackItemsModel::SummaryColumn, QHeaderView::Stretch);

    m_defaults = new QPushButton(tr("Back to the &defaults"), this);
    m_defaults->setObjectName(QStringLiteral("packItemsDefaults"));
    m_defaults->setAccessibleName(tr("Back to the defaults: this child's items in, the rest out"));
    m_summary = wizardfields::dataLabel(this, "packItemsSummary");
    m_summary->setProperty("lanternData", false);
    m_error = wizardfields::errorLabel(this, "packItemsError");

    auto* row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_defaults);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_defaults, &QPushButton::clicked, m_model, &PackItemsModel::resetToDefaults);
    connect(m_model, &PackItemsModel::choicesChanged, this, &ReferralItemsPage::updateSummary);
    m_table->installEventFilter(this);
}

// Space ticks or unticks the selected row wherever in the row the keyboard is (Enter stays the wizard's Next).
bool ReferralItemsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space && m_table->currentIndex().isValid()) {
        const QModelIndex box = m_table->currentIndex().siblingAtColumn(PackItemsModel::InPackColumn);
        const bool in = box.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_model->setData(box, in ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

void ReferralItemsPage::initializePage()
{
    m_error->hide();
    ReferralPackRequest request = m_wizard.request();
    request.include.clear();
    request.leaveOut.clear();
    try {
        m_model->setItems(ReferralPackReader(m_wizard.vault()).items(request));
    } catch (const Error& error) {
        m_model->setItems({});
        m_error->setText(error.message());
        m_error->show();
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, PackItemsModel::InPackColumn));
}

void ReferralItemsPage::apply(ReferralPackRequest& request) const
{
    m_model->applyChoices(request);
}

QString ReferralItemsPage::summaryText() const
{
    return m_summary->text();
}

void ReferralItemsPage::updateSummary()
{
    QString text = tr("%1 in the pack, %2 left out.").arg(m_model->includedCount()).arg(m_model->leftOutCount());
    if (m_model->redactedCount() > 0)
        text += QLatin1Char(' ') + tr("Other children's names will be replaced in %n of them.", nullptr,
                                      m_model->redactedCount());
    m_summary->setText(text);
}

} // namespace lantern
