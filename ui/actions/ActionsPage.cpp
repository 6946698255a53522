#include "actions/ActionsPage.h"

#include "actions/ActionDialogs.h"
#include "actions/ActionsModel.h"
#include "calendar/UkTime.h"
#include "common/ActionButton.h"
#include "common/FormDialog.h"
#include "common/MessageSeam.h"
#include "common/TableSupport.h"
#include "common/UiServices.h"
#include "core/Error.h"
#include "records/ActionRepository.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

ActionsPage::ActionsPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
{
    setObjectName(QStringLiteral("actionsPage"));
    m_model = new ActionsModel(this);

    auto* heading = new QLabel(tr("<b>My actions</b>"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("actionsSummary"));
    m_summary->setWordWrap(true);
    m_confirmation = new QLabel(this);
    m_confirmation->setObjectName(QStringLiteral("actionsConfirmation"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::PlainText);
    m_confirmation->hide();

    m_table = makeRecordTable(QStringLiteral("actionsTable"), tr("My open actions"), m_model, this);
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::WhatColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Overdue actions come first and say so in the Status column"));

    m_new = actionButton(tr("&New action…"), "actionNew", this);
    m_done = actionButton(tr("&Done…"), "actionDone", this);
    m_cancel = actionButton(tr("Can&cel action…"), "actionCancel", this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_done);
    setTabOrder(m_done, m_cancel);
    setFocusProxy(m_table);

    connect(m_new, &QPushButton::clicked, this, [this] { newAction(); });
    connect(m_done, &QPushButton::clicked, this, [this] { markDone(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelAction(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsPage::updateButtons);
    reload();
}

int ActionsPage::overdueCount() const
{
    return m_model->overdueCount();
}

void ActionsPage::reload()
{
    QList<Action> actions;
    try {
        actions = ActionRepository(m_vault).openFor(m_vault.user().username);
    } catch (const Error& error) {
        m_services.messages.warning(this, tr("My actions"), error.message());
    }
    m_model->setActions(actions, ukToday(m_services.clock));
    const int overdue = m_model->overdueCount();
    const int open = static_cast<int>(actions.size());
    QString summary;
    if (open == 0)
        summary = tr("You have no open actions.");
    else if (overdue == 0)
        summary = open == 1 ? tr("You have 1 open action; it is not overdue.")
                            : tr("You have %1 open actions; none is overdue.").arg(open);
    else
        summary = (open == 1 ? tr("You have 1 open action") : tr("You have %1 open actions").arg(open)) +
                  (overdue == 1 ? tr("; 1 is overdue, listed first.")
                                : tr("; %1 are overdue, listed first.").arg(overdue));
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

const Action* ActionsPage::selectedAction() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->action(rows.first().row());
}

void ActionsPage::updateButtons()
{
    const bool selected = selectedAction() != nullptr;
    m_done->setEnabled(selected);
    m_cancel->setEnabled(selected);
}

void ActionsPage::confirm(const QString& text)
{
    m_confirmation->setText(text);
    m_confirmation->setAccessibleName(text);
    m_confirmation->show();
}

NewActionDialog* ActionsPage::newAction()
{
    QList<User> team;
    try {
        team = ActionRepository(m_vault).assignees();
    } catch (const Error& error) {
        m_services.messages.warning(this, tr("New action"), error.message());
        return nullptr;
    }
    Vault& vault = m_vault;
    auto* dialog = new NewActionDialog(
        vault, team, ukToday(m_services.clock),
        [&vault](const NewActionDialog::Input& input) {
            ActionRepository(vault).add(input.pupilId, input.what, input.dueOn, input.assignee);
        },
        m_services.messages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString assignee = dialog->assigneeCombo()->currentText();
        reload();
        confirm(tr("Action saved for %1.").arg(assignee));
    });
    dialog->open();
    return dialog;
}

EndActionDialog* ActionsPage::markDone()
{
    const Action* action = selectedAction();
    if (!action)
        return nullptr;
    const qint64 id = action->id;
    const QString child = action->pupilName;
    Vault& vault = m_vault;
    auto* dialog = new EndActionDialog(
        EndActionDialog::Ending::Done, QStringLiteral("%1: %2").arg(child, action->what),
        [&vault, id](const QString& note) { ActionRepository(vault).complete(id, note); },
        m_services.messages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, child] {
        reload();
        confirm(tr("Action done; it is in %1's chronology.").arg(child));
        m_table->setFocus();
    });
    dialog->open();
    return dialog;
}

EndActionDialog* ActionsPage::cancelAction()
{
    const Action* action = selectedAction();
    if (!action)
        return nullptr;
    const qint64 id = action->id;
    Vault& vault = m_vault;
    auto* dialog = new EndActionDialog(
        EndActionDialog::Ending::Cancelled, QStringLiteral("%1: %2").arg(action->pupilName, action->what),
        [&vault, id](const QString& reason) { ActionRepository(vault).cancel(id, reason); },
        m_services.messages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        confirm(tr("Action cancelled."));
        m_table->setFocus();
    });
    dialog->open();
    return dialog;
}

} // namespace lantern
