#include "roster/RosterImportPage.h"

#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/TableSupport.h"
#include "core/Error.h"
#include "roster/RosterImportModels.h"
#include "vault/Vault.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <exception>

namespace lantern {

// One check or import: the importer the worker runs, and the page's cancel request. Shared with the worker
// so that it outlives the page's pointer to it. The importer forgets a cancel() made before its run starts,
// so the worker passes the request on at every progress report as well.
struct RosterImportPage::Job {
    explicit Job(Vault& vault)
        : importer(vault)
    {}
    RosterImporter importer;
    std::atomic<bool> cancelRequested{false};
};

RosterImportPage::RosterImportPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
{
    setObjectName(QStringLiteral("rosterImportPage"));

    auto* heading = new QLabel(tr("Roster import"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* explain =
        new QLabel(tr("Import the school roll from a Common Transfer File (.xml) or a CSV exported "
                      "from the management information system. Check the file first: nothing is "
                      "written until you choose Import."),
                   this);
    explain->setWordWrap(true);

    auto* source = new QGroupBox(tr("File"), this);
    auto* form = new QFormLayout(source);
    m_path = new QLineEdit(source);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("Roster file"));
    m_choose = new QPushButton(tr("C&hoose…"), source);
    m_choose->setObjectName(QStringLiteral("chooseImportFile"));
    m_choose->setAccessibleName(tr("Choose a roster file"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);
    auto* pathLabel = new QLabel(tr("&Roster file:"), source);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_full = new QRadioButton(tr("&Full roll: pupils not in the file are marked as left"), source);
    m_full->setObjectName(QStringLiteral("importFull"));
    m_full->setAccessibleName(tr("Full roll"));
    m_full->setChecked(true);
    m_partial = new QRadioButton(tr("&Partial: change only the pupils the file names"), source);
    m_partial->setObjectName(QStringLiteral("importPartial"));
    m_partial->setAccessibleName(tr("Partial file"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_full);
    kinds->addButton(m_partial);
    auto* kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_full);
    kindColumn->addWidget(m_partial);
    form->addRow(tr("The file holds:"), kindColumn);

    m_check = new QPushButton(tr("&Check file"), source);
    m_check->setObjectName(QStringLiteral("checkImportFile"));
    m_check->setAccessibleName(tr("Check file"));
    form->addRow(QString(), m_check);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setAccessibleName(tr("Cancel"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setAccessibleName(tr("Import status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* report = new QGroupBox(tr("Report"), this);
    m_counts = new QLabel(report);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setAccessibleName(tr("Counts"));
    m_notes = new QLabel(report);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setAccessibleName(tr("Notes on the file"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setProperty("lanternData", true); // the model's words about the file
    m_rejections = new ImportRejectionModel(this);
    m_changes = new ImportChangeModel(this);
    m_rejectedTable =
        makeRecordTable(QStringLiteral("rejectedRows"), tr("Rejected rows"), m_rejections, report);
    m_changeTable = makeRecordTable(QStringLiteral("importChanges"), tr("Changes"), m_changes, report);
    auto* rejectedLabel = new QLabel(tr("Rejected rows:"), report);
    rejectedLabel->setBuddy(m_rejectedTable);
    auto* changesLabel = new QLabel(tr("Changes to the roll:"), report);
    changesLabel->setBuddy(m_changeTable);
    m_validOnly = new QCheckBox(tr("Import only the &valid rows"), report);
    m_validOnly->setObjectName(QStringLiteral("importValidOnly"));
    m_validOnly->setAccessibleName(tr("Import only the valid rows"));
    m_import = new QPushButton(tr("&Import"), report);
    m_import->setObjectName(QStringLiteral("startImport"));
    m_import->setAccessibleName(tr("Import"));
    auto* reportLayout = new QVBoxLayout(report);
    reportLayout->addWidget(m_counts);
    reportLayout->addWidget(m_notes);
    reportLayout->addWidget(rejectedLabel);
    reportLayout->addWidget(m_rejectedTable, 1);
    reportLayout->addWidget(changesLabel);
    reportLayout->addWidget(m_changeTable, 2);
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_validOnly);
    importRow->addStretch(1);
    importRow->addWidget(m_import);
    reportLayout->addLayout(importRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addWidget(source);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(report, 1);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RosterImportPage::finished);
    connect(m_choose, &QPushButton::clicked, this, &RosterImportPage::chooseFile);
    connect(m_check, &QPushButton::clicked, this, &RosterImportPage::checkFile);
    connect(m_import, &QPushButton::clicked, this, &RosterImportPage::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &RosterImportPage::cancel);
    connect(m_validOnly, &QCheckBox::toggled, this, &RosterImportPage::updateButtons);
    // A report is about one file read one way: changing either makes it stale.
    connect(m_path, &QLineEdit::textEdited, this, &RosterImportPage::clearReport);
    connect(m_full, &QRadioButton::toggled, this, &RosterImportPage::clearReport);
    connect(m_path, &QLineEdit::returnPressed, this, &RosterImportPage::checkFile);

    setBusy(false);
    clearReport();
}

RosterImportPage::~RosterImportPage()
{
    if (m_job) {
        m_job->cancelRequested = true;
        m_job->importer.cancel();
    }
    m_watcher->waitForFinished();
}

void RosterImportPage::chooseFile()
{
    const QString path = m_services.files.existingFile(this, tr("Choose a roster file"),
                                                       QFileInfo(m_path->text()).absolutePath());
    if (path.isEmpty())
        return;
    m_path->setText(path);
    clearReport();
}

void RosterImportPage::checkFile()
{
    if (isBusy())
        return;
    const QString path = m_path->text().trimmed();
    clearReport();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a file to check first."));
        m_path->setFocus();
        return;
    }
    const ImportKind kind = m_partial->isChecked() ? ImportKind::Partial : ImportKind::Full;
    m_checking = true;
    m_status->setText(tr("Checking the file…"));
    start([path, kind](RosterImporter& importer) {
        Outcome outcome;
        outcome.plan = importer.plan(path, kind);
        return outcome;
    });
}

void RosterImportPage::startImport()
{
    const bool validOnly = m_validOnly->isChecked();
    if (isBusy() || !m_plan || !m_plan->canApply(validOnly))
        return;
    const ImportPlan& plan = *m_plan;
    QString text = tr("Add %1 new pupils, update %2 and mark %3 as left?")
                       .arg(plan.added.size())
                       .arg(plan.changed.size())
                       .arg(plan.left.size());
    if (!plan.rejected.isEmpty())
        text += QLatin1Char(' ') + tr("The %1 rejected rows will be left out.").arg(plan.rejected.size());
    if (!m_services.messages.confirm(this, tr("Import the roster"), text, tr("Import")))
        return;
    // Most likely the wrong file (an empty export, one year group): asked again, on its own, naming how
    // many children would be marked as left.
    const bool leaversConfirmed = plan.needsLeaverConfirmation();
    if (leaversConfirmed &&
        !m_services.messages.confirm(this, tr("Mark pupils as left?"),
                                     plan.leaverWarning() + QLatin1Char(' ') +
                                         tr("Check that the file is the whole roll, not an empty export or "
                                            "one year group. Their records are kept."),
                                     tr("Mark %1 as left").arg(plan.left.size())))
        return;
    m_checking = false;
    m_status->setText(tr("Importing…"));
    const ImportPlan copy = plan;
    start([copy, validOnly, leaversConfirmed](RosterImporter& importer) {
        Outcome outcome;
        outcome.result = importer.apply(copy, validOnly, leaversConfirmed);
        return outcome;
    });
}

void RosterImportPage::cancel()
{
    if (!m_job)
        return;
    m_job->cancelRequested = true;
    m_job->importer.cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

bool RosterImportPage::isBusy() const
{
    return m_job != nullptr;
}

QString RosterImportPage::statusText() const
{
    return m_status->text();
}

QString RosterImportPage::countsText() const
{
    return m_counts->text();
}

void RosterImportPage::start(std::function<Outcome(RosterImporter&)> work)
{
    auto job = std::make_shared<Job>(m_vault);
    ImportProgress hook = m_hook;
    job->importer.setProgress([this, raw = job.get(), hook](qint64 read, qint64 total) {
        if (hook)
            hook(read, total);
        if (raw->cancelRequested)
            raw->importer.cancel();
        // The page outlives the worker (its destructor waits), and a queued call to a deleted page is
        // dropped.
        QMetaObject::invokeMethod(
            this, [this, read, total]() { setProgress(read, total); }, Qt::QueuedConnection);
    });
    m_job = job;
    setBusy(true);
    m_watcher->setFuture(QtConcurrent::run([job, work = std::move(work)]() {
        Outcome outcome;
        try {
            outcome = work(job->importer);
        } catch (const Error& error) {
            outcome.error = error.message();
        } catch (const std::exception& error) {
            outcome.error = QString::fromLocal8Bit(error.what());
        }
        return outcome;
    }));
}

void RosterImportPage::finished()
{
    const Outcome outcome = m_watcher->result();
    m_job.reset();
    setBusy(false);
    if (!outcome.error.isEmpty()) {
        m_plan.reset();
        m_status->setText(
            (m_checking ? tr("The file could not be checked: %1") : tr("Nothing was imported: %1"))
                .arg(outcome.error));
        m_services.messages.warning(this, tr("Roster import"), m_status->text());
    } else if (outcome.plan) {
        showPlan(*outcome.plan);
    } else if (outcome.result) {
        showResult(*outcome.result);
    }
    updateButtons();
}

void RosterImportPage::showPlan(const ImportPlan& plan)
{
    if (plan.cancelled) {
        m_status->setText(tr("Check cancelled. Nothing was imported."));
        return;
    }
    m_plan = plan;
    m_counts->setText(tr("New: %1    Changed: %2    Leaving: %3    Unchanged: %4    Rejected: %5")
                          .arg(plan.added.size())
                          .arg(plan.changed.size())
                          .arg(plan.left.size())
                          .arg(plan.unchanged)
                          .arg(plan.rejected.size()));
    m_notes->setText(plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!plan.notes.isEmpty());
    m_rejections->setRejections(plan.rejected);
    m_changes->setPlan(plan);
    if (plan.fileProblem) {
        const QString problem =
            plan.fileProblem->line > 0
                ? tr("line %1: %2").arg(plan.fileProblem->line).arg(plan.fileProblem->message)
                : plan.fileProblem->message;
        m_status->setText(tr("This file cannot be imported (%1). Nothing was written.").arg(problem));
    } else if (!plan.rejected.isEmpty()) {
        m_status->setText(
            tr("Rejected rows: %1 (listed below). Fix the file and check it again, or tick \"Import only the "
               "valid rows\".")
                .arg(plan.rejected.size()));
    } else if (plan.needsLeaverConfirmation()) {
        m_status->setText(plan.leaverWarning() + QLatin1Char(' ') +
                          tr("Check it is the right file; importing it asks you to confirm the leavers."));
    } else {
        m_status->setText(tr("The file is ready to import."));
    }
}

void RosterImportPage::showResult(const ImportResult& result)
{
    switch (result.outcome) {
    case ImportOutcome::Applied:
        m_plan.reset(); // the roll has changed: the report no longer describes what an import would do
        m_status->setText(tr("Imported: %1 added, %2 changed, %3 marked as left, %4 rows left out.")
                              .arg(result.added)
                              .arg(result.changed)
                              .arg(result.left)
                              .arg(result.skipped));
        break;
    case ImportOutcome::Cancelled:
        m_status->setText(tr("Import cancelled. Nothing was written."));
        break;
    case ImportOutcome::Refused:
        m_status->setText(tr("Nothing was imported: the file has rejected rows."));
        break;
    }
}

void RosterImportPage::clearReport()
{
    m_plan.reset();
    m_counts->setText(tr("Check a file to see what would change."));
    m_notes->clear();
    m_notes->hide();
    m_rejections->setRejections({});
    m_changes->clear();
    m_status->clear();
    updateButtons();
}

void RosterImportPage::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_path->setEnabled(!busy);
    m_choose->setEnabled(!busy);
    m_full->setEnabled(!busy);
    m_partial->setEnabled(!busy);
    m_check->setEnabled(!busy);
    m_validOnly->setEnabled(!busy);
    if (busy)
        m_cancel->setFocus(); // Escape-free keyboard path: the focused button cancels with Space
    updateButtons();
}

void RosterImportPage::updateButtons()
{
    const bool ready = !isBusy() && m_plan && m_plan->canApply(m_validOnly->isChecked());
    m_import->setEnabled(ready);
}

void RosterImportPage::setProgress(qint64 read, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0); // size unknown: a busy indicator
        return;
    }
    m_progress->setRange(0, 100);
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(read * 100 / total, 0, 100)));
}

} // namespace lantern
