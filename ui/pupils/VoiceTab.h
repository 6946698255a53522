#pragma once

#include "pupils/RecordTab.h"
#include "records/VoiceEntry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lantern {

class PartialDateEdit;

// Adding what the child said, drew or showed: when (with precision), how it was heard, the words verbatim,
// adaptations made, wishes and feelings, and whether the child was told what happens next. Saving calls the
// commit function; a refusal (which names the field) is shown in the dialog, which stays open.
class VoiceDialog : public QDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const VoiceContent& content)>;

    VoiceDialog(const QDate& today, Commit commit, QWidget* parent = nullptr);

    VoiceContent content() const;
    QString errorText() const;
    void accept() override;

    PartialDateEdit* whenEdit() const { return m_when; }
    QComboBox* methodCombo() const { return m_method; }
    QPlainTextEdit* wordsEdit() const { return m_words; }
    QPlainTextEdit* adaptationsEdit() const { return m_adaptations; }
    QPlainTextEdit* wishesEdit() const { return m_wishes; }
    QCheckBox* toldCheck() const { return m_told; }

private:
    Commit m_commit;
    PartialDateEdit* m_when = nullptr;
    QComboBox* m_method = nullptr;
    QPlainTextEdit* m_words = nullptr;
    QPlainTextEdit* m_adaptations = nullptr;
    QPlainTextEdit* m_wishes = nullptr;
    QCheckBox* m_told = nullptr;
    QLabel* m_error = nullptr;
};

// The Child's voice tab: every entry, most recently captured first, and "Add…".
class VoiceTab : public RecordTab {
    Q_OBJECT
public:
    explicit VoiceTab(RecordContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QDialog* add();

protected:
    void load() override;

private:
    RecordTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_add = nullptr;
    QList<VoiceEntry> m_entries;
};

} // namespace lantern
