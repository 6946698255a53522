#include "inbox/InboxReceiptsPage.h"

#include "common/FormDialog.h"
#include "common/TableSupport.h"
#include "concern/ConcernForm.h"
#include "core/Error.h"
#include "inbox/InboxModel.h"
#include "records/ConcernRepository.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace lantern {

ReceiptsPage::ReceiptsPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
    , m_model(new ReceiptsModel(this))
{
    setObjectName(QStringLiteral("receiptsPage"));

    auto* heading = new QLabel(tr("My concerns"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* explain = new QLabel(
        tr("If you are worried about a child, record it now, as facts, and tell the DSL in person if the "
           "child "
           "may be at risk of immediate harm. Once recorded, a concern can be read only by the safeguarding "
           "team; below you can see that yours arrived and whether it has been seen."),
        this);
    explain->setWordWrap(true);

    QPushButton* record = makeRecordConcernButton(this, [this]() { openConcernForm(); });

    m_thanks = new QLabel(this);
    m_thanks->setObjectName(QStringLiteral("receiptThanks"));
    m_thanks->setWordWrap(true);
    m_thanks->hide();
    m_error = makeFieldError(this, QStringLiteral("receiptsError"));

    m_table = makeRecordTable(QStringLiteral("receiptsTable"), tr("Concerns you recorded"), m_model, this);

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(explain);
    layout->addWidget(m_thanks);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    setFocusProxy(record);
    refresh();
}

void ReceiptsPage::refresh()
{
    try {
        QList<ConcernReceipt> receipts = ConcernRepository(m_vault).receipts();
        std::reverse(receipts.begin(), receipts.end()); // newest first
        m_model->setReceipts(std::move(receipts));
        setFieldError(m_error, QString());
    } catch (const Error& error) {
        m_model->setReceipts({});
        setFieldError(m_error, error.message());
    }
}

ConcernForm* ReceiptsPage::openConcernForm()
{
    auto* form = new ConcernForm(m_vault, m_services, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ConcernForm::recorded, this, [this](qint64 concernId) {
        refresh();
        m_thanks->setText(
            tr("Thank you. Concern %1 was recorded and is with the safeguarding team.").arg(concernId));
        m_thanks->show();
    });
    form->open();
    return form;
}

} // namespace lantern
