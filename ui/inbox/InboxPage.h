#pragma once

#include "common/UiServices.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lantern {

class ConcernForm;
class InboxImportDialog;
class InboxModel;
class TriageDialog;
class Vault;

// The DSL team's first page: new concerns waiting for triage, oldest first, with the count in the page's
// title ("Inbox (3)"). "Record a concern…" (Ctrl+N) opens the form; Enter (or a double click) on a row opens
// triage. Dialogs open window-modal and without a nested event loop, so an idle lock can close them.
class InboxPage : public QWidget {
    Q_OBJECT
public:
    InboxPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);

    // Reads the inbox again (audited "concern.inbox.view") and updates the title.
    void refresh();
    int count() const;
    QString title() const;

    ConcernForm* openConcernForm();
    TriageDialog* openTriage(qint64 concernId);
    // Triage for the selected row; nullptr when none is selected.
    TriageDialog* triageSelected();
    // "Import staff submissions…": opens the import (InboxImportDialog) and starts it; the inbox is read
    // again when it finishes.
    InboxImportDialog* importStaffSubmissions();

    InboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void titleChanged(const QString& title);

private:
    void updateState();
    void returnFocusToList();

    Vault& m_vault;
    const UiServices& m_services;
    InboxModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_triage = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace lantern
