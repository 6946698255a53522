#include "admin/StaffKeyDialog.h"

#include "calendar/UkTime.h"
#include "common/FileChooser.h"
#include "common/FormDialog.h"
#include "common/SecretEdit.h"
#include "submit/SubmissionProfiles.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {

// The key the user holds now, if any: the newest one not revoked.
std::optional<EnrolledKey> currentKey(Vault& vault, const QString& username)
{
    try {
        for (const EnrolledKey& key : StaffEnrolment(vault).keys()) {
            if (key.username == username && !key.revokedAt)
                return key;
        }
    } catch (const Error&) {
        // Not the DSL: the page offers the dialog to nobody else, and enrol() would refuse anyway.
    }
    return std::nullopt;
}

QString storedInbox(Vault& vault)
{
    try {
        return SubmissionProfiles(vault).inbox();
    } catch (const Error&) {
        return {}; // as above
    }
}

QString cleanFolder(const QString& typed)
{
    return typed.trimmed().isEmpty() ? QString()
                                     : QDir::cleanPath(QFileInfo(typed.trimmed()).absoluteFilePath());
}

} // namespace

StaffKeyDialog::StaffKeyDialog(Vault& vault, const User& staff, const UiServices& services, QWidget* parent)
    : UserChangeDialog(tr("Give %1 a staff key").arg(staff.displayName), tr("&Create the key"), parent)
    , m_vault(vault)
    , m_staff(staff)
    , m_services(services)
{
    setObjectName(QStringLiteral("staffKeyDialog"));
    setMinimumWidth(560);

    auto* explain = new QLabel(
        tr("Lantern writes %1's staff key and the school's submission profile into a folder for you to hand "
           "to them: on a USB stick, or in their home folder. With it, their own Lantern can send concerns "
           "to the safeguarding team, sealed so that they cannot read them back; nothing in it opens the "
           "vault.\n\nTheir key is protected by a password they choose. Ask %1 to type it now, twice; "
           "nobody else needs to know it.")
            .arg(staff.displayName),
        this);
    explain->setObjectName(QStringLiteral("staffKeyExplanation"));
    explain->setWordWrap(true);
    form()->addRow(explain);

    if (const std::optional<EnrolledKey> key = currentKey(vault, staff.username)) {
        m_warning = new QLabel(
            tr("%1 already has a staff key, given on %2. A new key replaces it: concerns signed with the old "
               "key are refused from then on, so they must use the new folder.")
                .arg(staff.displayName,
                     QLocale().toString(toUkLocal(key->enrolledAt).date(), QLocale::LongFormat)),
            this);
        m_warning->setObjectName(QStringLiteral("staffKeyReplaces"));
        m_warning->setWordWrap(true);
        m_warning->setFrameShape(QFrame::StyledPanel);
        m_warning->setMargin(8);
        m_warning->setAccessibleName(m_warning->text());
        form()->addRow(m_warning);
    }

    const QString inbox = storedInbox(vault);
    m_inbox = new QLineEdit(QDir::toNativeSeparators(inbox), this);
    m_inbox->setObjectName(QStringLiteral("staffKeyInbox"));
    m_inbox->setAccessibleName(tr("Shared inbox folder"));
    m_inbox->setPlaceholderText(tr("The shared folder staff concerns are written into"));
    form()->addRow(tr("Shared &inbox:"),
                   folderField(m_inbox, tr("&Browse…"), QStringLiteral("staffKeyBrowseInbox"),
                               tr("The shared inbox folder")));

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("staffKeyFolder"));
    m_folder->setAccessibleName(tr("Folder to hand over"));
    m_folder->setPlaceholderText(tr("On a USB stick, or in their home folder"));
    form()->addRow(tr("&Folder to hand over:"),
                   folderField(m_folder, tr("Bro&wse…"), QStringLiteral("staffKeyBrowseFolder"),
                               tr("The folder to write %1's staff key into").arg(staff.displayName)));

    m_password = secretEdit(this);
    m_password->setObjectName(QStringLiteral("userPassword"));
    m_password->setAccessibleName(tr("Password for the staff key, typed by %1").arg(staff.displayName));
    m_password->setPlaceholderText(tr("%1 types it: at least 10 characters").arg(staff.displayName));
    m_again = secretEdit(this);
    m_again->setObjectName(QStringLiteral("userPasswordAgain"));
    m_again->setAccessibleName(tr("The same password again"));
    form()->addRow(tr("Their &password:"), m_password);
    form()->addRow(tr("&Again:"), m_again);

    (inbox.isEmpty() ? m_inbox : m_folder)->setFocus();
}

QWidget* StaffKeyDialog::folderField(QLineEdit* edit, const QString& browseText, const QString& browseName,
                                     const QString& caption)
{
    auto* field = new QWidget(this);
    auto* browse = new QPushButton(browseText, field);
    browse->setObjectName(browseName);
    browse->setAccessibleName(caption);
    connect(browse, &QPushButton::clicked, this, [this, edit, caption] {
        const QString start = edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text().trimmed();
        const QString chosen = m_services.files.existingFolder(this, caption, start);
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    auto* row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return field;
}

QString StaffKeyDialog::replacementWarning() const
{
    return m_warning ? m_warning->text() : QString();
}

QString StaffKeyDialog::fingerprint() const
{
    return m_fingerprint ? m_fingerprint->text() : QString();
}

void StaffKeyDialog::submit()
{
    // Both password fields are emptied whatever happens next.
    std::optional<SecureBytes> password = takeNewPassword(m_password, m_again);
    if (!password)
        return;
    const QString folder = cleanFolder(m_folder->text());
    if (folder.isEmpty()) {
        showError(tr("Choose the folder to write %1's staff key into, then type the password again.")
                      .arg(m_staff.displayName),
                  m_folder);
        return;
    }
    const QString inbox = cleanFolder(m_inbox->text());
    const bool newInbox = inbox != storedInbox(m_vault);
    auto secret = std::make_shared<SecureBytes>(std::move(*password));
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    Vault* vault = &m_vault;
    run([vault, username = m_staff.username, inbox, newInbox, folder, secret, outcome] {
        if (newInbox)
            SubmissionProfiles(*vault).setInbox(inbox);
        outcome->enrolment = StaffEnrolment(*vault).enrol(username, *secret, folder);
        // What the staff member will see: the fingerprint of the profile as written.
        outcome->fingerprint = SubmissionProfile::load(outcome->enrolment.profileFile).fingerprint();
    });
}

void StaffKeyDialog::changeSucceeded()
{
    const Outcome& outcome = *m_outcome;
    showOutcome(outcomeView(outcome));
    Q_EMIT keyCreated(tr("%1 has a new staff key in %2. The school's fingerprint is %3.")
                          .arg(m_staff.displayName,
                               QDir::toNativeSeparators(QFileInfo(outcome.enrolment.keyFile).absolutePath()),
                               outcome.fingerprint));
}

QWidget* StaffKeyDialog::outcomeView(const Outcome& outcome)
{
    auto* view = new QWidget(this);
    view->setObjectName(QStringLiteral("staffKeyOutcome"));
    auto* done = new QLabel(tr("%1's staff key is ready. Give them the folder with these two files in it; it "
                               "holds the names and year groups of the children on roll, so hand it over "
                               "in person.")
                                .arg(m_staff.displayName),
                            view);
    done->setWordWrap(true);

    auto* files = new QFormLayout;
    files->addRow(tr("Their staff key:"),
                  makeDataLabel(QDir::toNativeSeparators(outcome.enrolment.keyFile), view));
    files->addRow(tr("The school's profile:"),
                  makeDataLabel(QDir::toNativeSeparators(outcome.enrolment.profileFile), view));
    m_fingerprint = makeDataLabel(outcome.fingerprint, view);
    m_fingerprint->setObjectName(QStringLiteral("staffKeyFingerprint"));
    m_fingerprint->setAccessibleName(tr("The school's key fingerprint"));
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(fixed.pointSizeF() * 1.2);
    m_fingerprint->setFont(fixed);
    m_fingerprint->setWordWrap(false); // read out in one go: never broken across lines
    files->addRow(new QLabel(tr("School's key fingerprint:"), view));
    files->addRow(m_fingerprint);

    auto* readOut = new QLabel(
        tr("Read the fingerprint out to %1 now. The first time they send a concern, their Lantern shows the "
           "school's key fingerprint: they check that it matches what you read, so they know their concerns "
           "can be opened only by this school's vault.")
            .arg(m_staff.displayName),
        view);
    readOut->setObjectName(QStringLiteral("staffKeyReadOut"));
    readOut->setWordWrap(true);

    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(done);
    layout->addLayout(files);
    layout->addWidget(readOut);
    if (!outcome.enrolment.revokedKeyIds.isEmpty()) {
        auto* revoked =
            new QLabel(tr("Their old key no longer works: concerns signed with it are refused."), view);
        revoked->setObjectName(QStringLiteral("staffKeyRevoked"));
        revoked->setWordWrap(true);
        layout->addWidget(revoked);
    }
    return view;
}

} // namespace lantern
