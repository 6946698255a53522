#pragma once

#include "common/FormDialog.h"
#include "records/InformationSharing.h"

#include <QHash>
#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lantern {

// "Share information…": records information about a child shared with or received from another agency by
// phone, email or in a meeting, or a decision not to share and why (SharingRepository); or amends such a
// record, filled with its current version and asking for the reason. The labels follow what happened ("What
// was asked for", "Reason for not sharing"); the lawful basis is asked for only when the school shared.
// Every field is reached by its Alt mnemonic; Ctrl+Enter saves; a refusal from the model is shown in the
// dialog and focuses the field it names, so nothing typed is lost.
class ShareInformationDialog : public FormDialog {
    Q_OBJECT
public:
    // Receives what the form says and, when amending, the reason (empty when recording).
    using Commit = std::function<void(const SharingDetails& details, const QString& reason)>;

    // Recording: `nowUtc` is the time offered for when it happened (UK local in the form).
    ShareInformationDialog(const QString& childName, const QDateTime& nowUtc, MessageSeam& messages,
                           Commit commit, QWidget* parent = nullptr);
    // Amending `current`.
    ShareInformationDialog(const QString& childName, const SharingDetails& current, MessageSeam& messages,
                           Commit commit, QWidget* parent = nullptr);

    SharingDetails details() const;
    QString errorText() const;

    QComboBox* directionBox() const { return m_direction; }
    QComboBox* methodBox() const { return m_method; }
    QDateTimeEdit* whenEdit() const { return m_when; }
    QLineEdit* withWhomEdit() const { return m_withWhom; }
    QPlainTextEdit* whatEdit() const { return m_what; }
    QPlainTextEdit* whyEdit() const { return m_why; }
    QLineEdit* lawfulBasisEdit() const { return m_lawfulBasis; }
    QLineEdit* reasonEdit() const { return m_reason; } // amending only
    QPushButton* saveButton() const { return m_save; }

protected:
    bool hasInput() const override;
    void save() override;
    QString discardQuestion() const override;

private:
    void build(const QString& childName, const SharingDetails& content, bool amending);
    void directionChanged();

    Commit m_commit;
    QComboBox* m_direction = nullptr;
    QComboBox* m_method = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLineEdit* m_withWhom = nullptr;
    QLabel* m_whatLabel = nullptr;
    QPlainTextEdit* m_what = nullptr;
    QLabel* m_whyLabel = nullptr;
    QPlainTextEdit* m_why = nullptr;
    QLabel* m_lawfulBasisLabel = nullptr;
    QLineEdit* m_lawfulBasis = nullptr;
    QLineEdit* m_reason = nullptr;
    std::optional<SharingDetails> m_original; // amending: the version the form started from
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, QWidget*> m_fields; // the input a refusal about a field (Error::field()) focuses
};

} // namespace lantern
