#pragma once

#include "common/UiServices.h"
#include "records/AuditViewer.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lantern {

class AuditTableModel;
class PupilSearchModel;
class Vault;

// The "Audit log" page, for the safeguarding leads (Permission::ViewAuditLog): every entry, newest first,
// narrowed by user, action, pupil and days; "Verify chain" names the first broken link; "Export CSV…" writes
// what is shown to a file the person chooses, for an inspection.
//
// Looking is audited, so the log is read when the page is first shown and when the person presses "Show
// entries" — not at unlock, when every page is built. The CSV is built on a worker thread with a progress
// bar; reading the entries and writing the file (with its audit entry) stay on this thread with the Vault.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);
    ~AuditPage() override;

    // Reads the entries that match the filters now set (one "audit.view" entry).
    void applyFilters();
    // Looks up the pupil typed in the pupil field and offers the matches.
    void findPupil();
    void verifyChain();
    // Asks where to save (FileChooser) and exports the entries shown. Returns false if cancelled or refused.
    bool exportCsv();
    bool isExporting() const { return m_export.isRunning(); }

    AuditTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    AuditQuery query() const { return m_query; }
    QString countText() const;
    QString chainStatus() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::optional<AuditQuery> queryFromFilters();
    void finishExport();

    Vault& m_vault;
    UiServices m_services;
    AuditViewer m_viewer;
    AuditQuery m_query;
    bool m_loaded = false;
    QString m_exportPath;
    AuditExtract m_pending;
    QFutureWatcher<QByteArray> m_export;

    QComboBox* m_actor = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_pupilSearch = nullptr;
    QComboBox* m_pupil = nullptr;
    PupilSearchModel* m_pupils = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_apply = nullptr;
    AuditTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_chain = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace lantern
