#pragma once

#include "common/FormDialog.h"
#include "common/UiServices.h"
#include "records/Concern.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace lantern {

class BodyMapWidget;
class Vault;

// Triage: the DSL reads a new concern (its current version: children, categories, account, the child's
// words, body-map marks) and records the decision on it (DecisionRepository::add) — outcome, reasons, who
// was consulted, whether the parents were told and if not why not, and an optional review date. The model
// then moves the concern to "triaged" and writes the chronology entries; the inbox no longer lists it.
//
// Opening the dialog reads the concern, which is audited ("concern.view"). "Why not" is enabled and marked
// required only while the answer about the parents is "no" or "not yet".
class TriageDialog : public FormDialog {
    Q_OBJECT
public:
    TriageDialog(Vault& vault, const UiServices& services, qint64 concernId, QWidget* parent = nullptr);
    ~TriageDialog() override;

    // False when the concern could not be read (the reason is in loadError()); the dialog then shows only
    // that.
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    const Concern& concern() const { return m_concern; }

    // Records the decision; returns its id, or 0 when it was refused (the error is shown by its field).
    qint64 recordDecision();
    // The error shown under a field, by its identifier (DecisionField::reasons, …); the error under the form
    // for "".
    QString fieldError(const QString& field) const;
    // The concern as shown, in plain text (for tests and screen readers alike).
    QString concernText() const;

    QComboBox* outcomeCombo() const { return m_outcome; }
    QPlainTextEdit* reasonsEdit() const { return m_reasons; }
    QLineEdit* consultedEdit() const { return m_consulted; }
    QComboBox* parentsCombo() const { return m_parents; }
    QPlainTextEdit* parentsReasonEdit() const { return m_parentsReason; }
    QCheckBox* reviewCheck() const { return m_hasReview; }
    QDateEdit* reviewDateEdit() const { return m_review; }

Q_SIGNALS:
    void decided(qint64 concernId, qint64 decisionId);

protected:
    bool hasInput() const override;
    void save() override;
    QString discardQuestion() const override;

private:
    QWidget* buildConcernView(QWidget* parent);
    QWidget* buildDecisionForm(QWidget* parent);
    QString concernHtml() const;
    void updateParents();
    void clearErrors();
    // Beside the field with the identifier `field` (Error::field()), focusing its input; under the form
    // when it is no field of this form.
    void showError(const QString& field, const QString& message);

    Vault& m_vault;
    const UiServices& m_services;
    qint64 m_concernId = 0;
    Concern m_concern;
    bool m_loaded = false;
    QString m_loadError;

    QTextBrowser* m_concernView = nullptr;
    BodyMapWidget* m_bodyMap = nullptr;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_reasons = nullptr;
    QLineEdit* m_consulted = nullptr;
    QComboBox* m_parents = nullptr;
    QLabel* m_parentsReasonLabel = nullptr;
    QPlainTextEdit* m_parentsReason = nullptr;
    QCheckBox* m_hasReview = nullptr;
    QDateEdit* m_review = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_cancel = nullptr;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QWidget*> m_fields;
    QLabel* m_generalError = nullptr;
    bool m_edited = false;
    qint64 m_decisionId = 0;
};

} // namespace lantern
