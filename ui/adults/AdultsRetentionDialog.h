#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace lantern {

class AdultsRetentionModel;
class MessageSeam;
class Vault;

// Retention of the adults register: states the school's rule, lists the adults the user may see whose records
// are past it (model/adults/AdultRetention.h), and deletes one adult's records after the person confirms —
// the model leaves a tombstone in the audit chain. Delete (the key, on the list) and Alt+D ask first; a
// refusal is shown on the error line and nothing is deleted. Escape or Close closes.
class AdultsRetentionDialog : public QDialog {
    Q_OBJECT
public:
    AdultsRetentionDialog(Vault& vault, MessageSeam& messages, QWidget* parent = nullptr);

    bool selectAdult(qint64 adultId);
    // Asks for confirmation, then deletes the selected adult's records. True when they were deleted.
    bool deleteSelected();

    AdultsRetentionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* ruleLabel() const { return m_rule; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* statusLabel() const { return m_status; }
    QString errorText() const;

Q_SIGNALS:
    // An adult's records were deleted (the register page reloads).
    void recordsDeleted(qint64 adultId);

private:
    void reload(int rowToSelect);
    void updateButtons();
    int selectedRow() const;

    Vault& m_vault;
    MessageSeam& m_messages;
    AdultsRetentionModel* m_model = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_listLabel = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace lantern
