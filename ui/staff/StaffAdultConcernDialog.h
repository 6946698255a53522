#pragma once

#include "adults/AdultsRegisterDialogs.h"
#include "submit/StaffSubmitter.h"

namespace lantern {

// Staff mode's low-level concern about an adult (KCSIE): who the adult is (name and role in school; a concern
// about the headteacher is sent to the chair of governors directly, as the form says), when and what
// happened, whether it is a self-report and whether the reporter's name may be shared with the adult. "Send"
// seals it with the staff key and writes it into the school's inbox, as the concern form does for a concern
// about a child; a refusal names the field, moves the focus there and writes nothing. The register's dialog
// shape, but Enter belongs to the fields: Ctrl+Enter sends, Escape cancels.
class StaffAdultConcernDialog : public AdultsFormDialog {
    Q_OBJECT
public:
    StaffAdultConcernDialog(StaffSubmitter& submitter, const QDate& today, QWidget* parent = nullptr);

    SubmittedAdultConcern content() const;
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* roleCombo() const { return m_role; }
    PartialDateEdit* whenEdit() const { return m_when; }
    QPlainTextEdit* accountEdit() const { return m_account; }
    QCheckBox* selfReportBox() const { return m_selfReport; }
    QCheckBox* withheldBox() const { return m_withheld; }

Q_SIGNALS:
    void submitted(const lantern::SubmissionReceipt& receipt);

protected:
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void send();

    StaffSubmitter& m_submitter;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    PartialDateEdit* m_when = nullptr;
    QPlainTextEdit* m_account = nullptr;
    QCheckBox* m_selfReport = nullptr;
    QCheckBox* m_withheld = nullptr;
};

} // namespace lantern
