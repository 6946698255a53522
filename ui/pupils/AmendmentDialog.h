#pragma once

#include "records/Concern.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lantern {

class PartialDateEdit;

// Amending a concern: the version it replaces on the left, read-only, and the new one on the right, starting
// as a copy; a reason is required. Only fields that differ from the current version go into the amendment.
//
// Saving calls the commit function (the repository's amend); a refusal is shown in the dialog, which stays
// open with what was typed.
class AmendmentDialog : public QDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const ConcernChanges& changes, const QString& reason)>;

    AmendmentDialog(const ConcernVersion& current, Commit commit, QWidget* parent = nullptr);

    ConcernChanges changes() const;
    QString reason() const;
    QString errorText() const;

    PartialDateEdit* whenEdit() const { return m_when; }
    QLineEdit* locationEdit() const { return m_location; }
    QPlainTextEdit* accountEdit() const { return m_account; }
    QPlainTextEdit* wordsEdit() const { return m_words; }
    QPlainTextEdit* actionEdit() const { return m_action; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* saveButton() const { return m_save; }

    void accept() override;

private:
    void showError(const QString& text, QWidget* focus);

    ConcernVersion m_current;
    Commit m_commit;
    PartialDateEdit* m_when = nullptr;
    QLineEdit* m_location = nullptr;
    QPlainTextEdit* m_account = nullptr;
    QPlainTextEdit* m_words = nullptr;
    QPlainTextEdit* m_action = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace lantern
