#pragma once

#include "export/ReferralPack.h"
#include "export/ReferralPreflight.h"
#include "referral/ExportProgress.h"

#include <QHash>
#include <QMap>
#include <QWizardPage>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace lantern {

class ClipboardGuard;
class PackPreview;
class PrintSeam;
class ReferralPupilFinder;
class ReferralWizard;

// The referral wizard's steps, one QWizardPage each (referral/ReferralWizard.h). Each step reads and writes
// its own part of the request; the wizard assembles the whole.

// 1. Which child.
class ReferralPupilPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralPupilPage(ReferralWizard& wizard);
    // Chooses the child at once (opened from their record); false when they cannot be read.
    bool preselect(qint64 pupilId);
    bool isComplete() const override;
    ReferralPupilFinder* finder() const { return m_finder; }

private:
    ReferralWizard& m_wizard;
    ReferralPupilFinder* m_finder = nullptr;
};

// 2. The period the pack covers (default the last twelve months) and to whom it goes.
class ReferralPeriodPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralPeriodPage(ReferralWizard& wizard);
    bool isComplete() const override;
    void apply(ReferralPackRequest& request) const;

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* toWhomEdit() const { return m_toWhom; }
    QLineEdit* localAuthorityEdit() const { return m_localAuthority; }
    QComboBox* agencyCombo() const { return m_agency; }

private:
    void update();

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_toWhom = nullptr;
    QLineEdit* m_localAuthority = nullptr;
    QComboBox* m_agency = nullptr;
    QLabel* m_error = nullptr;
    QString m_lastAgencyName; // what choosing an agency last wrote into "To whom"
};

// 3. What goes in, and the DSL's own words.
class ReferralSectionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralSectionsPage(ReferralWizard& wizard);
    bool isComplete() const override;
    void apply(ReferralPackRequest& request) const;

    QCheckBox* sectionCheck(ReferralSection section) const { return m_sections.value(section); }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPlainTextEdit* worriedEdit() const { return m_worried; }
    QPlainTextEdit* workingWellEdit() const { return m_workingWell; }
    QPlainTextEdit* needsToHappenEdit() const { return m_needsToHappen; }
    QPlainTextEdit* actionsEdit() const { return m_actions; }

private:
    QMap<ReferralSection, QCheckBox*> m_sections;
    QPlainTextEdit* m_reason = nullptr;
    QPlainTextEdit* m_worried = nullptr;
    QPlainTextEdit* m_workingWell = nullptr;
    QPlainTextEdit* m_needsToHappen = nullptr;
    QPlainTextEdit* m_actions = nullptr;
};

// 4. The basis for sharing: the lawful basis (prefilled, editable), the family's consent (given, refused or
// not sought, and by whom or why not) and whether the parents know.
class ReferralBasisPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralBasisPage(ReferralWizard& wizard);
    void apply(ReferralPackRequest& request) const;

    // The wording the lawful basis starts with; the DSL may change it.
    static QString defaultLawfulBasis();

    QPlainTextEdit* lawfulBasisEdit() const { return m_lawfulBasis; }
    QPlainTextEdit* conditionEdit() const { return m_condition; }
    QRadioButton* consentGivenButton() const { return m_consentGiven; }
    QRadioButton* consentRefusedButton() const { return m_consentRefused; }
    QRadioButton* consentNotSoughtButton() const { return m_consentNo; }
    QDateEdit* consentDateEdit() const { return m_consentDate; }
    QLineEdit* consentByEdit() const { return m_consentBy; }
    QPlainTextEdit* consentReasonEdit() const { return m_consentReason; }
    QRadioButton* parentsAwareButton() const { return m_parentsYes; }
    QRadioButton* parentsNotAwareButton() const { return m_parentsNo; }
    QPlainTextEdit* parentsReasonEdit() const { return m_parentsReason; }

private:
    void update();

    QPlainTextEdit* m_lawfulBasis = nullptr;
    QPlainTextEdit* m_condition = nullptr;
    QRadioButton* m_consentGiven = nullptr;
    QRadioButton* m_consentRefused = nullptr;
    QRadioButton* m_consentNo = nullptr;
    QDateEdit* m_consentDate = nullptr;
    QLineEdit* m_consentBy = nullptr;
    QPlainTextEdit* m_consentReason = nullptr;
    QRadioButton* m_parentsYes = nullptr;
    QRadioButton* m_parentsNo = nullptr;
    QPlainTextEdit* m_parentsReason = nullptr;
};

// 5. Preflight: every finding with how to fix it, or a reason to proceed. Next stays disabled until each
// finding is fixed (it is gone when the page is shown again) or has a reason.
class ReferralPreflightPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralPreflightPage(ReferralWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    void apply(ReferralPackRequest& request) const;

    // Runs ReferralPreflight::check again over the request as it stands.
    void recheck();
    QList<PreflightIssue> issues() const { return m_issues; }
    QLineEdit* reasonEdit(const QString& code) const { return m_reasonEdits.value(code); }
    QPushButton* fixButton(const QString& code) const { return m_fixButtons.value(code); }
    QString errorText() const;

    // Said to the DSL for each finding: what is missing, and where to fix it.
    static QString findingText(const PreflightIssue& issue);
    static QString fixHint(const QString& code);
    static int fixPage(const QString& code);

private:
    void rebuild();

    ReferralWizard& m_wizard;
    QList<PreflightIssue> m_issues;
    bool m_checked = false;
    QHash<QString, QString> m_reasons; // kept by code while the DSL goes back and forth
    QHash<QString, QLineEdit*> m_reasonEdits;
    QHash<QString, QPushButton*> m_fixButtons;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
};

// 6. Preview of the printed pack, drafted from the record (nothing is written).
class ReferralPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralPreviewPage(ReferralWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

    PackPreview* preview() const { return m_preview; }
    int pageCount() const { return m_pages; }
    QString errorText() const;

private:
    ReferralWizard& m_wizard;
    PackPreview* m_preview = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_error = nullptr;
    bool m_ready = false;
    int m_pages = 0;
};

// 7. Export: where to and whether to encrypt (on by default), progress with cancel; then the manifest hash
// and, for an encrypted pack, the generated passphrase, shown this once, to copy or print and read out by
// phone.
class ReferralExportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReferralExportPage(ReferralWizard& wizard);
    ~ReferralExportPage() override;
    bool isComplete() const override;

    // Checks the form and starts the export; false (with the reason shown by the field) when refused.
    bool startExport();
    bool isExporting() const;
    bool isExported() const { return m_exported; }
    void cancelAndWait();
    void setProgressHook(PackProgress hook);

    QString errorText() const;
    QString manifestSha256() const { return m_sha256; }
    QString resultText() const;
    // The passphrase as shown (empty for an unencrypted pack, before the export and once the page is left).
    QString passphraseText() const;
    // Printing the passphrase sheet goes through this (tests pass a recorder; default: the print dialog).
    void setPrintSeam(PrintSeam* seam) { m_print = seam; }

    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* chooseButton() const { return m_choose; }
    QCheckBox* encryptCheck() const { return m_encrypt; }
    QLabel* unencryptedWarning() const { return m_plainWarning; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* copyPassphraseButton() const { return m_copyPassphrase; }
    QPushButton* printPassphraseButton() const { return m_printPassphrase; }
    ClipboardGuard& clipboard() const { return *m_clipboard; }
    ExportProgress* progress() const { return m_progress; }

private:
    void choosePath();
    void updateEncryption();
    void showError(const QString& message, QWidget* field);
    void setFormEnabled(bool enabled);
    void onFinished(const ExportOutcome& outcome);
    void copyPassphrase();
    void printPassphrase();
    void forgetPassphrase();

    ReferralWizard& m_wizard;
    QLineEdit* m_path = nullptr;
    QPushButton* m_choose = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QLabel* m_encryptHint = nullptr;
    QLabel* m_plainWarning = nullptr;
    QWidget* m_passphraseBox = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLabel* m_passphraseWords = nullptr;
    QPushButton* m_copyPassphrase = nullptr;
    QPushButton* m_printPassphrase = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    std::unique_ptr<PrintSeam> m_defaultPrint;
    PrintSeam* m_print = nullptr;
    std::shared_ptr<SecureBytes> m_secret;
    QString m_savedPath;
    QPushButton* m_export = nullptr;
    QLabel* m_error = nullptr;
    ExportProgress* m_progress = nullptr;
    QWidget* m_result = nullptr;
    QLabel* m_hashLabel = nullptr;
    QLabel* m_recorded = nullptr;
    QString m_sha256;
    bool m_exported = false;
    bool m_encrypted = false;
};

} // namespace lantern
