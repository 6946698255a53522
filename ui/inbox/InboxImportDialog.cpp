#include "inbox/InboxImportDialog.h"

#include "common/FormDialog.h"
#include "common/TableSupport.h"
#include "core/Error.h"
#include "inbox/ChooseChildDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace lantern {

namespace {

using Result = InboxFileOutcome::Result;

QString resultTitle(Result result)
{
    switch (result) {
    case Result::Imported:
        return InboxImportModel::tr("Imported");
    case Result::AlreadyImported:
        return InboxImportModel::tr("Imported (finished)");
    case Result::Rejected:
        return InboxImportModel::tr("Rejected");
    case Result::Held:
        return InboxImportModel::tr("Held in the inbox");
    }
    return {};
}

QString details(const InboxFileOutcome& outcome)
{
    if (outcome.result == Result::Rejected || outcome.result == Result::Held)
        return outcome.reason; // the model's own words
    if (outcome.recordType == QLatin1String("concern"))
        return InboxImportModel::tr("Concern %1, from %2").arg(outcome.recordId).arg(outcome.submittedBy);
    return InboxImportModel::tr("Concern about an adult, from %1 (in the adults register)")
        .arg(outcome.submittedBy);
}

} // namespace

// --- InboxImportModel -------------------------------------------------------------------------------------

InboxImportModel::InboxImportModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InboxImportModel::append(const InboxFileOutcome& outcome)
{
    const int row = static_cast<int>(m_outcomes.size());
    beginInsertRows(QModelIndex(), row, row);
    m_outcomes.append(outcome);
    endInsertRows();
}

void InboxImportModel::replace(int row, const InboxFileOutcome& outcome)
{
    m_outcomes[row] = outcome;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int InboxImportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outcomes.size());
}

int InboxImportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxImportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxFileOutcome& outcome = m_outcomes.at(index.row());
    if (role == RawRole)
        return static_cast<int>(outcome.result);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return outcome.fileName;
    case ResultColumn:
        return resultTitle(outcome.result);
    case DetailsColumn:
        return details(outcome);
    default:
        return {};
    }
}

QVariant InboxImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ResultColumn:
        return tr("Result");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

// --- InboxImportDialog ------------------------------------------------------------------------------------

InboxImportDialog::InboxImportDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_importer(vault)
    , m_model(new InboxImportModel(this))
{
    setObjectName(QStringLiteral("inboxImportDialog"));
    setWindowTitle(tr("Import staff submissions"));
    setAccessibleName(tr("Import staff submissions"));
    resize(900, 480);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Files imported so far"));

    m_table = makeRecordTable(QStringLiteral("importResults"), tr("What became of each file"), m_model, this);
    m_table->setWordWrap(true); // a reason can be long
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_choose = new QPushButton(tr("C&hoose child…"), this);
    m_choose->setObjectName(QStringLiteral("chooseChild"));
    m_choose->setAccessibleName(tr("Choose the child a held concern means"));
    m_choose->setAutoDefault(false);
    m_choose->setEnabled(false);
    connect(m_choose, &QPushButton::clicked, this, &InboxImportDialog::chooseChild);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxImportDialog::updateChooseButton);
    connect(m_table, &QAbstractItemView::activated, this, &InboxImportDialog::chooseChild);

    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopImport"));
    m_stop->setAccessibleName(tr("Stop after the current file"));
    m_stop->setAutoDefault(false);
    connect(m_stop, &QPushButton::clicked, this, &InboxImportDialog::stop);
    m_close = new QPushButton(tr("&Close"), this);
    m_close->setObjectName(QStringLiteral("closeImport"));
    m_close->setAccessibleName(tr("Close the import"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_choose);
    setTabOrder(m_choose, m_stop);
    setTabOrder(m_stop, m_close);
}

InboxImportDialog::~InboxImportDialog() = default;

void InboxImportDialog::start()
{
    if (m_running)
        return;
    try {
        m_importer.begin();
    } catch (const Error& error) {
        m_status->setText(error.message());
        m_progress->hide();
        m_stop->setEnabled(false);
        m_close->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_running = true;
    m_progress->setRange(0, qMax(1, m_importer.total()));
    m_progress->setValue(0);
    m_status->setText(tr("Importing %n file(s)…", nullptr, m_importer.total()));
    m_stop->setEnabled(true);
    m_stop->setFocus(Qt::OtherFocusReason);
    QTimer::singleShot(0, this, &InboxImportDialog::step);
}

void InboxImportDialog::step()
{
    if (!m_running)
        return;
    if (m_importer.atEnd()) {
        finishRun();
        return;
    }
    try {
        m_model->append(m_importer.importNext());
        m_table->resizeColumnToContents(InboxImportModel::FileColumn);
        m_table->resizeColumnToContents(InboxImportModel::ResultColumn);
    } catch (const Error& error) {
        // The vault itself failed (a full disk, damage): stop and say so; the files not reached stay put.
        finishRun(error.message());
        return;
    }
    m_progress->setValue(m_importer.done());
    QTimer::singleShot(0, this, &InboxImportDialog::step);
}

void InboxImportDialog::runToEnd()
{
    while (m_running && !m_importer.atEnd())
        step();
    if (m_running)
        finishRun();
}

void InboxImportDialog::stop()
{
    if (m_running)
        finishRun();
}

void InboxImportDialog::finishRun(const QString& problem)
{
    m_running = false;
    QString message = problem;
    try {
        m_importer.finish();
    } catch (const Error& error) {
        message = error.message();
    }
    m_status->setText(message.isEmpty() ? summary() : message + QLatin1Char('\n') + summary());
    m_stop->setEnabled(false);
    updateChooseButton();
    m_close->setFocus(Qt::OtherFocusReason);
    Q_EMIT importFinished(importedCount());
}

int InboxImportDialog::selectedChoosableRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (m_running || !current.isValid())
        return -1;
    const InboxFileOutcome& outcome = m_model->outcomes().at(current.row());
    return outcome.result == Result::Held && !outcome.unmatched.isEmpty() ? current.row() : -1;
}

void InboxImportDialog::updateChooseButton()
{
    m_choose->setEnabled(selectedChoosableRow() >= 0);
}

ChooseChildDialog* InboxImportDialog::chooseChild()
{
    const int row = selectedChoosableRow();
    if (row < 0)
        return nullptr;
    auto* dialog = new ChooseChildDialog(m_vault, m_model->outcomes().at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row]() {
        m_model->replace(row, dialog->outcome());
        m_status->setText(summary());
        updateChooseButton();
        Q_EMIT importFinished(importedCount());
    });
    connect(dialog, &QDialog::finished, this, [this]() { m_table->setFocus(Qt::OtherFocusReason); });
    dialog->open();
    return dialog;
}

int InboxImportDialog::importedCount() const
{
    const QList<InboxFileOutcome>& outcomes = m_model->outcomes();
    return static_cast<int>(
        std::count_if(outcomes.cbegin(), outcomes.cend(), [](const InboxFileOutcome& outcome) {
            return outcome.result == Result::Imported || outcome.result == Result::AlreadyImported;
        }));
}

QString InboxImportDialog::summary() const
{
    const QList<InboxFileOutcome>& outcomes = m_model->outcomes();
    const auto count = [&outcomes](Result result) {
        return std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [result](const InboxFileOutcome& outcome) { return outcome.result == result; });
    };
    return tr("%1 of %2 file(s) done: %3 imported, %4 rejected (moved to rejected/), %5 held in the inbox.")
        .arg(m_model->rowCount())
        .arg(m_importer.total())
        .arg(importedCount())
        .arg(count(Result::Rejected))
        .arg(count(Result::Held));
}

void InboxImportDialog::reject()
{
    stop(); // an idle lock rejects every dialog: the run's summary still reaches the audit chain
    QDialog::reject();
}

} // namespace lantern
