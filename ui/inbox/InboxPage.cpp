#include "inbox/InboxPage.h"

#include "common/FormDialog.h"
#include "common/TableSupport.h"
#include "concern/ConcernForm.h"
#include "core/Error.h"
#include "inbox/InboxImportDialog.h"
#include "inbox/InboxModel.h"
#include "inbox/TriageDialog.h"
#include "records/ConcernRepository.h"
#include "vault/Vault.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

InboxPage::InboxPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
    , m_model(new InboxModel(this))
{
    setObjectName(QStringLiteral("inboxPage"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("inboxHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto* explain = new QLabel(tr("New concerns waiting for triage, oldest first. Select one and press Enter "
                                  "to read it and record a decision."),
                               this);
    explain->setWordWrap(true);

    m_record = makeRecordConcernButton(this, [this]() { openConcernForm(); });

    m_triage = new QPushButton(tr("&Triage…"), this);
    m_triage->setObjectName(QStringLiteral("triageButton"));
    m_triage->setAccessibleName(tr("Triage the selected concern"));
    connect(m_triage, &QPushButton::clicked, this, [this]() { triageSelected(); });

    m_import = new QPushButton(tr("Import staff &submissions…"), this);
    m_import->setObjectName(QStringLiteral("importSubmissionsButton"));
    m_import->setAccessibleName(tr("Import concerns staff sent to the inbox folder"));
    connect(m_import, &QPushButton::clicked, this, [this]() { importStaffSubmissions(); });

    auto* refreshAction = new QAction(tr("Refresh the inbox"), this);
    refreshAction->setObjectName(QStringLiteral("actionRefreshInbox"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &InboxPage::refresh);
    addAction(refreshAction);

    m_table = makeRecordTable(QStringLiteral("inboxTable"), tr("Concerns waiting for triage"), m_model, this);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Dates and names keep their width; the children and the categories share what is left.
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::ChildrenColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::CategoriesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openTriage(m_model->concernId(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPage::updateState);

    m_empty =
        new QLabel(tr("Nothing is waiting. New concerns appear here as soon as they are recorded."), this);
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_error = makeFieldError(this, QStringLiteral("inboxError"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_triage);
    top->addWidget(m_import);
    top->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(explain);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    setTabOrder(m_table, m_triage);
    setTabOrder(m_triage, m_import);
    setTabOrder(m_import, m_record);
    setFocusProxy(m_table);

    refresh();
}

int InboxPage::count() const
{
    return m_model->rowCount();
}

QString InboxPage::title() const
{
    return count() == 0 ? tr("Inbox") : tr("Inbox (%1)").arg(count());
}

void InboxPage::refresh()
{
    const qint64 selected = m_model->concernId(m_table->currentIndex().row());
    try {
        QList<ConcernSummary> concerns = ConcernRepository(m_vault).inbox();
        QHash<QString, QString> names;
        for (const ConcernSummary& concern : std::as_const(concerns)) {
            if (names.contains(concern.recordedBy))
                continue;
            const std::optional<User> user = m_vault.findUser(concern.recordedBy);
            names.insert(concern.recordedBy, user ? user->displayName : concern.recordedBy);
        }
        m_model->setConcerns(std::move(concerns), std::move(names));
        setFieldError(m_error, QString());
    } catch (const Error& error) {
        m_model->setConcerns({});
        setFieldError(m_error, error.message());
    }
    const int row = qMax(0, m_model->rowOf(selected));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    updateState();
}

void InboxPage::updateState()
{
    const QString heading = title();
    m_heading->setText(heading);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_triage->setEnabled(m_model->rowCount() > 0);
    if (windowTitle() != heading) {
        setWindowTitle(heading);
        Q_EMIT titleChanged(heading);
    }
}

ConcernForm* InboxPage::openConcernForm()
{
    auto* form = new ConcernForm(m_vault, m_services, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ConcernForm::recorded, this, [this](qint64 concernId) {
        refresh();
        const int row = m_model->rowOf(concernId);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
    });
    connect(form, &QDialog::finished, this, &InboxPage::returnFocusToList);
    form->open();
    return form;
}

TriageDialog* InboxPage::openTriage(qint64 concernId)
{
    if (concernId <= 0)
        return nullptr;
    auto* dialog = new TriageDialog(m_vault, m_services, concernId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TriageDialog::decided, this, [this]() { refresh(); });
    connect(dialog, &QDialog::finished, this, &InboxPage::returnFocusToList);
    dialog->open();
    return dialog;
}

InboxImportDialog* InboxPage::importStaffSubmissions()
{
    auto* dialog = new InboxImportDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InboxImportDialog::importFinished, this, [this]() { refresh(); });
    connect(dialog, &QDialog::finished, this, &InboxPage::returnFocusToList);
    dialog->open();
    dialog->start();
    return dialog;
}

// After a dialog the keyboard user carries on from the list, with the row they worked on current.
void InboxPage::returnFocusToList()
{
    window()->activateWindow();
    m_table->setFocus(Qt::OtherFocusReason);
}

TriageDialog* InboxPage::triageSelected()
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? openTriage(m_model->concernId(current.row())) : nullptr;
}

} // namespace lantern
