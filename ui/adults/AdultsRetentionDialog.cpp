#include "adults/AdultsRetentionDialog.h"

#include "adults/AdultRetention.h"
#include "adults/AdultsRegisterModels.h"
#include "adults/AdultsSettings.h"
#include "common/FormDialog.h"
#include "common/MessageSeam.h"
#include "common/TableSupport.h"
#include "core/Error.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace lantern {

namespace {

QString ruleText(int months)
{
    const QString when =
        months == 0
            ? AdultsRetentionDialog::tr("Low-level concerns about an adult are due for deletion once "
                                        "the adult has left.")
            : AdultsRetentionDialog::tr("Low-level concerns are due for deletion %n month(s) after the "
                                        "adult leaves.",
                                        nullptr, months);
    return when + QLatin1Char(' ') +
           AdultsRetentionDialog::tr("Nothing is deleted until you delete it here. Records that a LADO "
                                     "consultation found to be an allegation or a police matter follow the "
                                     "retention for allegations and are not listed.");
}

} // namespace

AdultsRetentionDialog::AdultsRetentionDialog(Vault& vault, MessageSeam& messages, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_messages(messages)
    , m_model(new AdultsRetentionModel(this))
{
    setObjectName(QStringLiteral("adultsRetentionDialog"));
    setWindowTitle(tr("Records due for deletion"));
    resize(680, 380);

    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("adultsRetentionRule"));
    m_rule->setWordWrap(true);
    m_error = makeFieldError(this, QStringLiteral("adultsRetentionError"));
    try {
        m_rule->setText(ruleText(AdultsSettings(vault).get().retentionMonthsAfterLeaving));
    } catch (const Error& error) {
        setFieldError(m_error, error.message());
    }

    m_table = makeRecordTable(QStringLiteral("adultsRetentionTable"),
                              tr("Adults whose records are due for deletion"), m_model, this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() { updateButtons(); });
    m_listLabel = new QLabel(tr("&Adults whose records are due:"), this);
    m_listLabel->setBuddy(m_table);

    m_empty = new QLabel(tr("No records are due for deletion."), this);
    m_empty->setObjectName(QStringLiteral("adultsRetentionNothingDue"));
    m_empty->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("adultsRetentionStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("adultsRetentionClose"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setDefault(true); // a stray Enter closes; it never deletes
    m_delete = buttons->addButton(tr("&Delete records…"), QDialogButtonBox::ActionRole);
    m_delete->setObjectName(QStringLiteral("adultsRetentionDelete"));
    m_delete->setAccessibleName(tr("Delete the selected adult's records"));
    m_delete->setAutoDefault(false);
    connect(m_delete, &QPushButton::clicked, this, [this]() { deleteSelected(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The Delete key on the list does what the button does, and asks the same question.
    auto* deleteKey = new QAction(tr("Delete records"), m_table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, [this]() { deleteSelected(); });
    m_table->addAction(deleteKey);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rule);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_table, m_delete);
    setTabOrder(m_delete, m_close);

    reload(0);
}

QString AdultsRetentionDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void AdultsRetentionDialog::reload(int rowToSelect)
{
    bool listed = false;
    try {
        m_model->setDue(AdultRetention(m_vault).due()); // audited as a view
        listed = true;
    } catch (const Error& error) {
        m_model->setDue({});
        setFieldError(m_error, error.message());
    }
    const bool any = m_model->rowCount() > 0;
    m_listLabel->setVisible(any);
    m_table->setVisible(any);
    m_delete->setVisible(any);
    m_empty->setVisible(listed && !any); // never "nothing due" when the list could not be read
    if (any) {
        selectAdult(m_model->due(std::clamp(rowToSelect, 0, m_model->rowCount() - 1)).adultId);
        m_table->setFocus();
    } else {
        m_close->setFocus();
    }
    updateButtons();
}

bool AdultsRetentionDialog::selectAdult(qint64 adultId)
{
    const int row = m_model->rowOf(adultId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
    return true;
}

int AdultsRetentionDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AdultsRetentionDialog::updateButtons()
{
    m_delete->setEnabled(selectedRow() >= 0);
}

bool AdultsRetentionDialog::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const RetentionDue due = m_model->due(row);
    const QString text =
        tr("Delete everything recorded about %1: their entry in the register, %n low-level concern(s) with "
           "every version, the reviews and any LADO consultation.\n\nThis cannot be undone. The audit log "
           "keeps a record that the records were deleted and under which rule, but not who the adult was or "
           "what the concerns said.",
           nullptr, due.concernCount)
            .arg(due.name);
    if (!m_messages.confirm(this, tr("Delete %1's records?").arg(due.name), text, tr("Delete the records")))
        return false;
    try {
        AdultRetention(m_vault).remove(due.adultId);
    } catch (const Error& error) {
        setFieldError(m_error, error.message()); // nothing was deleted: the model works in one transaction
        return false;
    }
    setFieldError(m_error, QString());
    m_status->setText(tr("%1's records were deleted.").arg(due.name));
    m_status->show();
    Q_EMIT recordsDeleted(due.adultId);
    reload(row);
    return true;
}

} // namespace lantern
