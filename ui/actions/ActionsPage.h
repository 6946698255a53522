#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lantern {

class ActionsModel;
class EndActionDialog;
class NewActionDialog;
class Vault;
struct Action;
struct UiServices;

// "My actions": the signed-in person's open actions, overdue first (each says so in words, not only in
// colour), with New action…, Done… and Cancel…. Rules stay in ActionRepository; the page lists, asks and
// shows what happened. A line above the list says how many are open and overdue, and after a change what was
// done, where a screen reader reads it.
class ActionsPage : public QWidget {
    Q_OBJECT
public:
    ActionsPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);

    ActionsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* doneButton() const { return m_done; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* confirmationLabel() const { return m_confirmation; }
    int overdueCount() const;

    // The dialogs, opened (window-modal) and returned; nullptr when no action is selected to end.
    NewActionDialog* newAction();
    EndActionDialog* markDone();
    EndActionDialog* cancelAction();
    void reload();

private:
    const Action* selectedAction() const;
    void updateButtons();
    void confirm(const QString& text);

    Vault& m_vault;
    const UiServices& m_services;
    ActionsModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_confirmation = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lantern
