#pragma once

#include "common/FormDialog.h"
#include "common/UiServices.h"
#include "submit/StaffSubmitter.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace lantern {

class BodyMapWidget;
class CategoryPicker;
class PartialDateEdit;
class PupilPicker;
class Vault;

// "Record a concern": what any adult in school writes down when they are worried about a child
// (ConcernRepository::record). Every input is reachable by Tab in reading order and has a mnemonic;
// Ctrl+Enter records; Escape asks before throwing away anything typed.
//
// The draft lives only in this dialog's widgets — never in QSettings, never in an autosave file — so an idle
// lock (which rejects every dialog) or a crash leaves nothing of it on disk. When it happened is entered
// with its precision and is separate from when it is recorded, which is the vault clock's time at saving.
//
// The model checks the content; its message names the field ("Account: …") and appears under that field,
// which then takes the focus. Attachments (DSL team only: AttachmentRepository needs WritePupilRecords) are
// chosen here and stored once the concern exists, with the concern as their owner.
class ConcernForm : public FormDialog {
    Q_OBJECT
public:
    ConcernForm(Vault& vault, const UiServices& services, QWidget* parent = nullptr);
    // Submission mode, on a staff member's computer without a vault (lantern --submit): the same form, but
    // the children are chosen from the submission profile's roster or typed, and "Send" seals the concern
    // into the school's inbox through `submitter` (model/submit) instead of recording it. No attachments: a
    // paper note goes to the DSL by hand.
    ConcernForm(StaffSubmitter& submitter, const UiServices& services, QWidget* parent = nullptr);
    ~ConcernForm() override;

    bool isSubmissionMode() const { return m_submitter != nullptr; }
    // Submission mode: seals and sends what is in the form. Returns the receipt, or nothing when it was
    // refused (the error is shown beside its field and nothing is written).
    std::optional<SubmissionReceipt> submitConcern();

    // Records what is in the form. Returns the new concern's id, or 0 when the model refused it (the error
    // is shown beside its field and nothing is stored).
    qint64 recordConcern();
    qint64 recordedId() const { return m_recordedId; }
    // The error shown under a field, by its identifier (ConcernField::account, …); "" for others, and the
    // error under the form for "".
    QString fieldError(const QString& field) const;
    // Asks for a file (FileChooser) and adds it to the list to attach.
    void chooseAttachment();
    QStringList attachmentPaths() const { return m_attachments; }

    PupilPicker* pupilPicker() const { return m_picker; }
    PartialDateEdit* whenEdit() const { return m_when; }
    QLineEdit* locationEdit() const { return m_location; }
    CategoryPicker* categoryPicker() const { return m_categories; }
    QPlainTextEdit* accountEdit() const { return m_account; }
    QPlainTextEdit* childWordsEdit() const { return m_words; }
    BodyMapWidget* bodyMap() const { return m_bodyMap; }
    QPlainTextEdit* immediateActionEdit() const { return m_action; }

Q_SIGNALS:
    void recorded(qint64 concernId);
    void submitted(const lantern::SubmissionReceipt& receipt);

protected:
    bool hasInput() const override;
    void save() override;
    QString discardQuestion() const override;

private:
    ConcernForm(Vault* vault, StaffSubmitter* submitter, const UiServices& services, QWidget* parent);
    void buildAttachments(QWidget* parent);
    void showRecordedAt();
    void clearErrors();
    // Shows `message` beside the field with the identifier `field` (Error::field()) and focuses its input;
    // under the form when the field is empty or not one of this form's.
    void showError(const QString& field, const QString& message);
    QStringList attachFiles(qint64 concernId);
    // What the form says, with the children as named in it.
    template <typename Child> ConcernContentOf<Child> content(QList<Child> children) const;

    Vault* m_vault = nullptr;              // null in submission mode
    StaffSubmitter* m_submitter = nullptr; // null when recording into a vault
    const UiServices& m_services;
    PupilPicker* m_picker = nullptr;
    PartialDateEdit* m_when = nullptr;
    QLabel* m_recordedAt = nullptr;
    QLineEdit* m_location = nullptr;
    CategoryPicker* m_categories = nullptr;
    QPlainTextEdit* m_account = nullptr;
    QPlainTextEdit* m_words = nullptr;
    BodyMapWidget* m_bodyMap = nullptr;
    QPlainTextEdit* m_action = nullptr;
    QListWidget* m_attachmentList = nullptr;
    QPushButton* m_addFile = nullptr;
    QPushButton* m_removeFile = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_clockTimer = nullptr;
    QHash<QString, QLabel*> m_errors;  // by field identifier (ConcernField)
    QHash<QString, QWidget*> m_fields; // the input each field identifier points at
    QLabel* m_generalError = nullptr;
    QStringList m_attachments;
    bool m_edited = false;
    qint64 m_recordedId = 0;
    bool m_sent = false; // submission mode: sealed and written
};

// "Record a concern…" on a page: the button (Alt+R) and Ctrl+N anywhere in the window, both calling `open`
// (which opens a ConcernForm).
QPushButton* makeRecordConcernButton(QWidget* page, const std::function<void()>& open);

} // namespace lantern
