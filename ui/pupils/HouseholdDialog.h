#pragma once

#include "records/Household.h"

#include <QDate>
#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lantern {

// Recording someone in the child's household, or amending them: name, relationship, date of birth or
// expected delivery date, whether they live with the child, parental responsibility, interpreter and
// language (from the DfE code list), notes; an amendment also needs its reason. Saving calls the commit
// function (the repository's add or amend); a refusal is shown in the dialog beside the field it names, which
// takes the focus, and what was typed stays.
class HouseholdDialog : public QDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const HouseholdMemberDetails& details, const QString& reason)>;

    // Which of the two dates is given: the first three entries of dateKindCombo(), in this order.
    enum class DateKind { NotKnown, DateOfBirth, ExpectedDelivery };

    // `current` empty: adding a new member; otherwise amending it (the form starts as a copy and asks why).
    HouseholdDialog(const QDate& today, const std::optional<HouseholdMemberDetails>& current, Commit commit,
                    QWidget* parent = nullptr);

    HouseholdMemberDetails details() const;
    QString reason() const;
    QString errorText() const;
    void accept() override;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* relationshipCombo() const { return m_relationship; }
    QComboBox* dateKindCombo() const { return m_dateKind; }
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* livesWithCheck() const { return m_livesWith; }
    QCheckBox* responsibilityCheck() const { return m_responsibility; }
    QCheckBox* interpreterCheck() const { return m_interpreter; }
    QComboBox* languageCombo() const { return m_language; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* saveButton() const { return m_save; }

private:
    void showError(const QString& text, QWidget* focus);
    QWidget* widgetForField(const QString& field) const;

    Commit m_commit;
    bool m_amending = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_relationship = nullptr;
    QComboBox* m_dateKind = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_livesWith = nullptr;
    QCheckBox* m_responsibility = nullptr;
    QCheckBox* m_interpreter = nullptr;
    QComboBox* m_language = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

// Removing someone from the household: who, and why (required). The member's history stays readable.
class HouseholdRemoveDialog : public QDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const QString& reason)>;

    HouseholdRemoveDialog(const QString& name, Commit commit, QWidget* parent = nullptr);

    QLineEdit* reasonEdit() const { return m_reason; }
    QString errorText() const;
    void accept() override;

private:
    Commit m_commit;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lantern
