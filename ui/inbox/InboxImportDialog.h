#pragma once

#include "submit/InboxImporter.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace lantern {

class ChooseChildDialog;
class Vault;

// What became of each file of an inbox import: the file, the result and why (the model's own words).
class InboxImportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, ResultColumn, DetailsColumn, ColumnCount };
    // InboxFileOutcome::Result as an int, for sorting and tests.
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit InboxImportModel(QObject* parent = nullptr);

    void append(const InboxFileOutcome& outcome);
    // A held file's new outcome, once the DSL chose the child it meant.
    void replace(int row, const InboxFileOutcome& outcome);
    const QList<InboxFileOutcome>& outcomes() const { return m_outcomes; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InboxFileOutcome> m_outcomes;
};

// "Import staff submissions" on the inbox page. Imports the inbox one file at a time from the event loop
// (InboxImporter::importNext), so the bar moves, "Stop" works and an idle lock can close the dialog between
// two files — each file is either wholly imported or untouched. Every file is listed as it is done, with
// its result and reason; the summary says how many were imported, rejected and held. A file held because the
// roll does not settle which child it means opens ChooseChildDialog ("Choose child…", or Enter on its row)
// once the run is over.
class InboxImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit InboxImportDialog(Vault& vault, QWidget* parent = nullptr);
    ~InboxImportDialog() override;

    // Lists the inbox and starts importing; a problem with the inbox itself (none set, not reachable) is
    // shown in the dialog.
    void start();
    bool isRunning() const { return m_running; }
    // Stops after the current file and writes the run's summary.
    void stop();
    // Runs the rest of the import now, without the event loop (tests).
    void runToEnd();
    // Opens the choice of child for the selected file, when it is held for want of one; else nullptr.
    ChooseChildDialog* chooseChild();

    QString summary() const;
    InboxImportModel* model() const { return m_model; }

    void reject() override;

Q_SIGNALS:
    // At the end, with how many submissions became records.
    void importFinished(int imported);

private:
    void step();
    void finishRun(const QString& problem = {});
    int importedCount() const;
    void updateChooseButton();
    // The selected row's outcome when it is held for want of a child; -1 otherwise.
    int selectedChoosableRow() const;

    Vault& m_vault;
    InboxImporter m_importer;
    InboxImportModel* m_model = nullptr;
    bool m_running = false;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace lantern
