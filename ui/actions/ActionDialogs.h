#pragma once

#include "common/FormDialog.h"
#include "users/User.h"

#include <QDate>
#include <QList>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lantern {

class PupilPicker;
class Vault;

// "New action…": the child (found with the shared PupilPicker), what is to be done, the day it is due
// (typed as dd/mm/yyyy) and who in the DSL team it is for (the signed-in person first chosen). Ctrl+Enter or
// Save calls the commit function (the repository's add); a refusal is shown under the form and the field it
// names takes the focus, with what was typed kept.
class NewActionDialog : public FormDialog {
    Q_OBJECT
public:
    struct Input {
        qint64 pupilId = 0;
        QString what;
        QDate dueOn;
        QString assignee;
    };
    using Commit = std::function<void(const Input& input)>;

    NewActionDialog(Vault& vault, const QList<User>& team, const QDate& today, Commit commit,
                    MessageSeam& messages, QWidget* parent = nullptr);

    PupilPicker* picker() const { return m_picker; }
    QPlainTextEdit* whatEdit() const { return m_what; }
    QLineEdit* dueEdit() const { return m_due; }
    QComboBox* assigneeCombo() const { return m_assignee; }
    QPushButton* saveButton() const { return m_save; }
    QString errorText() const;

    // "25/11/2026", "25/11/26", "2026-11-25": the day typed, or nullopt when it is not a date.
    static std::optional<QDate> parseDay(const QString& typed);

    void save() override;

protected:
    bool hasInput() const override;
    QString discardQuestion() const override;

private:
    void showError(const QString& text, QWidget* focus);

    Commit m_commit;
    PupilPicker* m_picker = nullptr;
    QPlainTextEdit* m_what = nullptr;
    QLineEdit* m_due = nullptr;
    QComboBox* m_assignee = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

// Done… or Cancel… on an action: what it was, and a note (optional, for Done: it goes into the child's
// chronology with the action) or the reason (required, for Cancel).
class EndActionDialog : public FormDialog {
    Q_OBJECT
public:
    enum class Ending { Done, Cancelled };
    using Commit = std::function<void(const QString& text)>;

    EndActionDialog(Ending ending, const QString& description, Commit commit, MessageSeam& messages,
                    QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* confirmButton() const { return m_confirm; }
    QString errorText() const;

    void save() override;

protected:
    bool hasInput() const override;
    QString discardQuestion() const override;

private:
    Commit m_commit;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace lantern
