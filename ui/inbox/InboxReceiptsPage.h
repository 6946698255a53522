#pragma once

#include "common/UiServices.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace lantern {

class ConcernForm;
class ReceiptsModel;
class Vault;

// "My concerns", for staff and others who record concerns but do not read records: "Record a concern…"
// (Ctrl+N) and the receipts of what they recorded — a reference, when, and whether the DSL has seen it. It
// never shows the inbox or any concern's content, including their own once it is recorded.
class ReceiptsPage : public QWidget {
    Q_OBJECT
public:
    ReceiptsPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);

    void refresh();
    ConcernForm* openConcernForm();
    ReceiptsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    Vault& m_vault;
    const UiServices& m_services;
    ReceiptsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_thanks = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lantern
