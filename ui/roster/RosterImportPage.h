#pragma once

#include "common/UiServices.h"
#include "import/RosterImporter.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace lantern {

class ImportChangeModel;
class ImportRejectionModel;
class Vault;

// The "Roster import" page: choose a Common Transfer File or CSV, check it (the dry run: what would be added,
// changed and marked as left, and every rejected row with its line), then import it. Checking and importing
// run on a worker thread with progress and Cancel, so a 50 MB file does not freeze the window; a cancelled
// import writes nothing. Only for roles with Permission::ManageRoster (registerRosterPages leaves it out for
// the others).
class RosterImportPage : public QWidget {
    Q_OBJECT
public:
    RosterImportPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);
    // Cancels a running check or import and waits for it: the vault is destroyed right after the pages.
    ~RosterImportPage() override;

    void chooseFile();
    void checkFile();
    void startImport();
    void cancel();

    bool isBusy() const;
    QString statusText() const;
    QString countsText() const;
    ImportRejectionModel* rejections() const { return m_rejections; }
    ImportChangeModel* changes() const { return m_changes; }

    // For tests: called on the worker thread at every progress report, before the page looks for a cancel.
    void setWorkerProgressHook(ImportProgress hook) { m_hook = std::move(hook); }

private:
    struct Job;
    struct Outcome {
        std::optional<ImportPlan> plan;
        std::optional<ImportResult> result;
        QString error;
    };

    void start(std::function<Outcome(RosterImporter&)> work);
    void finished();
    void showPlan(const ImportPlan& plan);
    void showResult(const ImportResult& result);
    void clearReport();
    void setBusy(bool busy);
    void updateButtons();
    void setProgress(qint64 read, qint64 total);

    Vault& m_vault;
    const UiServices& m_services;
    ImportProgress m_hook;
    std::shared_ptr<Job> m_job;
    std::optional<ImportPlan> m_plan;
    bool m_checking = false; // whether the running job is the dry run or the import
    QFutureWatcher<Outcome>* m_watcher = nullptr;

    QLineEdit* m_path = nullptr;
    QPushButton* m_choose = nullptr;
    QRadioButton* m_full = nullptr;
    QRadioButton* m_partial = nullptr;
    QPushButton* m_check = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_notes = nullptr;
    ImportRejectionModel* m_rejections = nullptr;
    ImportChangeModel* m_changes = nullptr;
    QTableView* m_rejectedTable = nullptr;
    QTableView* m_changeTable = nullptr;
    QCheckBox* m_validOnly = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace lantern
