#pragma once

#include "adults/Adult.h"

#include <QDialog>
#include <QHash>
#include <QLatin1String>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace lantern {

class PartialDateEdit;

// The adults register's dialogs share one shape: a form, an error line and Save / Cancel. Saving calls the
// dialog's commit (a model call); a refusal is shown in the dialog, which stays open with what was typed.
class AdultsFormDialog : public QDialog {
    Q_OBJECT
public:
    QString errorText() const;
    QPushButton* saveButton() const { return m_save; }
    void accept() override;

protected:
    AdultsFormDialog(const QString& objectName, const QString& title, QWidget* parent);
    // Adds the buttons and error line under the form; call at the end of the subclass's constructor.
    void finish(std::function<void()> commit, const QString& saveText);
    QFormLayout* form() const { return m_form; }
    // The input a refusal about `field` (its identifier, Error::field(): AdultField::name, …) focuses.
    void mapField(QLatin1String field, QWidget* input) { m_fields.insert(QString(field), input); }
    QPlainTextEdit* textEdit(const char* objectName, const QString& accessibleName, const QString& text = {});
    // The adult's role in school: staff, supply, volunteer, contractor (object name "adultRole").
    QComboBox* adultRoleCombo(AdultRole role);

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    std::function<void()> m_commit;
    QHash<QString, QWidget*> m_fields; // by field identifier
};

// Recording a low-level concern about an adult, or amending one (then the current version fills the form and
// a reason is required). The commit receives the content and, for an amendment, the reason.
class AdultConcernDialog : public AdultsFormDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const AdultConcernContent& content, const QString& reason)>;

    // Recording: `reporterName` is the signed-in user's name, offered as the reporter.
    AdultConcernDialog(const QString& adultName, const QString& reporterName, const QDate& today,
                       Commit commit, QWidget* parent = nullptr);
    // Amending `current`.
    AdultConcernDialog(const QString& adultName, const AdultConcernVersion& current, const QDate& today,
                       Commit commit, QWidget* parent = nullptr);

    AdultConcernContent content() const;
    PartialDateEdit* whenEdit() const { return m_when; }
    QPlainTextEdit* accountEdit() const { return m_account; }
    QPlainTextEdit* responseEdit() const { return m_response; }
    QLineEdit* reporterEdit() const { return m_reporter; }
    QCheckBox* selfReportBox() const { return m_selfReport; }
    QCheckBox* withheldBox() const { return m_withheld; }
    QLineEdit* reasonEdit() const { return m_reason; }

private:
    void build(const QString& adultName, const AdultConcernContent& content, const QDate& today,
               bool amending, Commit commit);

    PartialDateEdit* m_when = nullptr;
    QPlainTextEdit* m_account = nullptr;
    QPlainTextEdit* m_response = nullptr;
    QLineEdit* m_reporter = nullptr;
    QCheckBox* m_selfReport = nullptr;
    QCheckBox* m_withheld = nullptr;
    QLineEdit* m_reason = nullptr;
};

// A review of one concern by the signed-in headteacher or DSL: the date and notes.
class AdultReviewDialog : public AdultsFormDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const QDate& reviewedOn, const QString& notes)>;
    AdultReviewDialog(const QDate& today, Commit commit, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

private:
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

// A consultation with the LADO about an adult's concerns not yet considered: date, LADO, advice, outcome.
class LadoConsultationDialog : public AdultsFormDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const NewLadoConsultation& consultation)>;
    LadoConsultationDialog(const QString& adultName, int concernCount, const QDate& today, Commit commit,
                           QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* ladoEdit() const { return m_lado; }
    QPlainTextEdit* adviceEdit() const { return m_advice; }
    QComboBox* outcomeCombo() const { return m_outcome; }

private:
    QDateEdit* m_date = nullptr;
    QLineEdit* m_lado = nullptr;
    QPlainTextEdit* m_advice = nullptr;
    QComboBox* m_outcome = nullptr;
};

// The register's settings: pattern threshold and period, retention after leaving.
class AdultsSettingsDialog : public AdultsFormDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const AdultsRegisterSettings& settings)>;
    AdultsSettingsDialog(const AdultsRegisterSettings& current, Commit commit, QWidget* parent = nullptr);

    QSpinBox* thresholdSpin() const { return m_threshold; }
    QSpinBox* periodSpin() const { return m_period; }
    QSpinBox* retentionSpin() const { return m_retention; }

private:
    QSpinBox* m_threshold = nullptr;
    QSpinBox* m_period = nullptr;
    QSpinBox* m_retention = nullptr;
};

// An adult's entry: name, role in school, and (for an amendment) the leaving date and a reason.
class AdultDetailsDialog : public AdultsFormDialog {
    Q_OBJECT
public:
    using Commit = std::function<void(const AdultDetails& details, const QString& reason)>;
    // Adding a new adult.
    AdultDetailsDialog(Commit commit, QWidget* parent = nullptr);
    // Amending `current` (e.g. recording that they left).
    AdultDetailsDialog(const AdultDetails& current, const QDate& today, Commit commit,
                       QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* roleCombo() const { return m_role; }
    QCheckBox* leftBox() const { return m_left; }
    QDateEdit* leftEdit() const { return m_leftOn; }
    QLineEdit* reasonEdit() const { return m_reason; }

private:
    void build(const AdultDetails& details, const QDate& today, bool amending, Commit commit);

    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_left = nullptr;
    QDateEdit* m_leftOn = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace lantern
