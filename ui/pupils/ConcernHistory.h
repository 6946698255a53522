#pragma once

#include "pupils/RecordTab.h"
#include "records/Concern.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lantern {

// One version of a concern as plain text for reading: when, where, categories, children, the account, the
// child's words (quoted, verbatim), the immediate action.
QString concernVersionText(const ConcernVersion& version);
// "Neglect, Physical abuse" from category ids (an unknown id is shown as itself).
QString concernCategoryText(const QStringList& categoryIds);

// The Concerns tab: this child's concerns with status and categories; the selected one's current version
// beside the list; "History…" for every version and "Amend…" to add one.
class ConcernHistoryTab : public RecordTab {
    Q_OBJECT
public:
    explicit ConcernHistoryTab(RecordContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QPlainTextEdit* detail() const { return m_detail; }
    // Both open a non-modal-loop dialog (QDialog::open) and return it; nullptr with nothing selected.
    QDialog* showHistory();
    QDialog* amend();
    void selectConcern(qint64 concernId);

protected:
    void load() override;

private:
    void showSelected();

    RecordTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_amend = nullptr;
    std::optional<Concern> m_selected;
};

// Every version of a concern, oldest first: who changed it, when and why, and what it said then.
class ConcernHistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConcernHistoryDialog(const Concern& concern, QWidget* parent = nullptr);

    QTableView* versions() const { return m_versions; }
    QPlainTextEdit* detail() const { return m_detail; }

private:
    Concern m_concern;
    RecordTableModel* m_model = nullptr;
    QTableView* m_versions = nullptr;
    QPlainTextEdit* m_detail = nullptr;
};

} // namespace lantern
