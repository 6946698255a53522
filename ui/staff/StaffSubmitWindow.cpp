#include "staff/StaffSubmitWindow.h"

#include "calendar/UkTime.h"
#include "common/FormDialog.h"
#include "common/IdleLock.h"
#include "common/SecretEdit.h"
#include "concern/ConcernForm.h"
#include "core/Error.h"
#include "staff/StaffAdultConcernDialog.h"
#include "submit/StaffReceiptBook.h"
#include "text/TextServices.h"

#include <QCloseEvent>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lantern {

struct StaffSubmitWindow::Attempt {
    std::unique_ptr<StaffSigningKey> key;
    QString error;
};

StaffSubmitWindow::StaffSubmitWindow(const QString& folder, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("staffSubmitWindow"));
    setWindowTitle(tr("Lantern — send a concern to the DSL"));
    resize(720, 520);
    QString problem;
    try {
        m_folder = StaffFolder::open(folder);
    } catch (const Error& error) {
        problem = error.message();
    }

    auto* heading = new QLabel(m_folder ? tr("Send a concern to %1").arg(m_folder->profile.schoolName)
                                        : tr("Send a concern to the DSL"),
                               this);
    heading->setObjectName(QStringLiteral("staffHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    auto* explain =
        new QLabel(tr("What you write is sealed so that only the DSL's Lantern can open it. Once "
                      "sent, you cannot read it back here; its receipt is kept, sealed to your key, "
                      "with what the DSL team's Lantern said of it."),
                   this);
    explain->setWordWrap(true);

    auto* details = new QFormLayout;
    if (m_folder) {
        const StaffKeyFile& key = m_folder->key;
        details->addRow(tr("You are:"),
                        makeDataLabel(tr("%1 (%2)").arg(key.displayName, key.username), this));
        auto* fingerprint = makeDataLabel(m_folder->profile.fingerprint(), this);
        fingerprint->setObjectName(QStringLiteral("schoolFingerprint"));
        fingerprint->setAccessibleName(tr("The school's key fingerprint"));
        fingerprint->setToolTip(tr("The DSL can read theirs out to you: the two must match."));
        details->addRow(tr("School's key fingerprint:"), fingerprint);
        details->addRow(tr("Inbox:"), makeDataLabel(QDir::toNativeSeparators(m_folder->profile.inbox), this));
    }

    m_password = secretEdit(this);
    m_password->setObjectName(QStringLiteral("staffKeyPassword"));
    m_password->setAccessibleName(tr("Your staff key password"));
    auto* passwordLabel = new QLabel(tr("Staff key &password:"), this);
    passwordLabel->setBuddy(m_password);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockStaffKey"));
    m_unlock->setAccessibleName(tr("Unlock your staff key"));
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &StaffSubmitWindow::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &StaffSubmitWindow::unlock);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("unlockProgress"));
    m_progress->setAccessibleName(tr("Checking the password"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto* unlockRow = new QHBoxLayout;
    unlockRow->addWidget(passwordLabel);
    unlockRow->addWidget(m_password, 1);
    unlockRow->addWidget(m_unlock);

    m_error = makeFieldError(this, QStringLiteral("staffError"));

    m_record = new QPushButton(tr("&Record a concern…"), this);
    m_record->setObjectName(QStringLiteral("recordSubmission"));
    m_record->setAccessibleName(tr("Record a concern to send to the DSL"));
    connect(m_record, &QPushButton::clicked, this, [this]() { openConcernForm(); });
    m_recordAdult = new QPushButton(tr("Record a low-level concern about an &adult…"), this);
    m_recordAdult->setObjectName(QStringLiteral("recordAdultSubmission"));
    m_recordAdult->setAccessibleName(tr("Record a low-level concern about an adult to send to the school"));
    connect(m_recordAdult, &QPushButton::clicked, this, [this]() { openAdultConcernForm(); });
    m_lock = new QPushButton(tr("&Lock"), this);
    m_lock->setObjectName(QStringLiteral("lockStaffKey"));
    m_lock->setAccessibleName(tr("Lock your staff key"));
    connect(m_lock, &QPushButton::clicked, this, &StaffSubmitWindow::lock);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_record);
    actions->addWidget(m_recordAdult);
    actions->addStretch(1);
    actions->addWidget(m_lock);

    m_receipts = new QListWidget(this);
    m_receipts->setObjectName(QStringLiteral("submissionReceipts"));
    m_receipts->setAccessibleName(tr("Receipts of the concerns you sent"));
    auto* receiptsLabel = new QLabel(tr("R&eceipts of concerns sent from here:"), this);
    receiptsLabel->setBuddy(m_receipts);
    m_checkReplies = new QPushButton(tr("Check for replies"), this);
    m_checkReplies->setObjectName(QStringLiteral("checkReplies"));
    m_checkReplies->setAccessibleName(tr("Check for replies from the DSL team"));
    m_checkReplies->setShortcut(QKeySequence::Refresh);
    m_checkReplies->setToolTip(tr("Look in the inbox for what the DSL team's Lantern said of each (F5)."));
    connect(m_checkReplies, &QPushButton::clicked, this, &StaffSubmitWindow::showReceipts);
    auto* receiptsRow = new QHBoxLayout;
    receiptsRow->addWidget(receiptsLabel, 1);
    receiptsRow->addWidget(m_checkReplies);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addLayout(details);
    layout->addLayout(unlockRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addLayout(receiptsRow);
    layout->addWidget(m_receipts, 1);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_record);
    setTabOrder(m_record, m_recordAdult);
    setTabOrder(m_recordAdult, m_lock);
    setTabOrder(m_lock, m_checkReplies);
    setTabOrder(m_checkReplies, m_receipts);

    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Attempt>>::finished, this,
            &StaffSubmitWindow::finishUnlock);
    m_idle = new IdleLock(services.clock, this);
    m_idle->setTimeout(IdleLock::timeoutFromSettings());
    connect(m_idle, &IdleLock::idle, this, &StaffSubmitWindow::lock);
    if (!m_folder)
        showError(problem);
    updateState();
}

StaffSubmitWindow::~StaffSubmitWindow()
{
    m_watcher.waitForFinished();
}

bool StaffSubmitWindow::isBusy() const
{
    return m_unlocking;
}

void StaffSubmitWindow::unlock()
{
    if (!m_folder || isUnlocked() || isBusy())
        return;
    auto password = std::make_shared<SecureBytes>(takeSecret(m_password));
    showError(QString());
    m_unlocking = true;
    m_watcher.setFuture(QtConcurrent::run([key = m_folder->key, password]() {
        auto attempt = std::make_shared<Attempt>();
        try {
            attempt->key = std::make_unique<StaffSigningKey>(key.unlock(*password));
        } catch (const Error& error) {
            attempt->error = error.message();
        }
        return attempt;
    }));
    updateState();
}

void StaffSubmitWindow::finishUnlock()
{
    // Clearing the watcher's future below announces "finished" once more, with no result.
    if (!m_unlocking || m_watcher.future().resultCount() == 0)
        return;
    m_unlocking = false;
    const std::shared_ptr<Attempt> attempt = m_watcher.result();
    m_watcher.setFuture(QFuture<std::shared_ptr<Attempt>>()); // the key lives on only in m_key
    bool rosterSealedToKey = true;
    if (attempt->key) {
        // The roster is sealed to the staff key: its names exist in memory only while the key is unlocked.
        try {
            rosterSealedToKey = m_folder->profile.openRoster(*attempt->key);
        } catch (const Error& error) {
            attempt->error = error.message();
            attempt->key.reset();
        }
    }
    if (attempt->key) {
        m_key = std::move(attempt->key);
        m_submitter = std::make_unique<StaffSubmitter>(m_folder->profile, *m_key, m_services.clock);
        m_book = std::make_unique<StaffReceiptBook>(m_folder->path, *m_key);
        m_submitter->setReceiptBook(m_book.get());
        m_idle->setArmed(true);
        if (!rosterSealedToKey)
            showError(tr("The school's list of children was not sealed to your key (it was published before "
                         "you were enrolled): type each child's name and year group, and ask the DSL for a "
                         "new key folder."));
    } else {
        showError(attempt->error);
    }
    updateState();
    if (isUnlocked() && errorText().isEmpty())
        showReceipts();
    (isUnlocked() ? static_cast<QWidget*>(m_record) : m_password)->setFocus(Qt::OtherFocusReason);
    Q_EMIT unlockFinished(isUnlocked());
}

void StaffSubmitWindow::lock()
{
    if (m_form)
        m_form->reject(); // never asks: what was typed is thrown away with the key
    if (m_adultForm)
        m_adultForm->reject();
    m_idle->setArmed(false);
    m_submitter.reset();
    m_book.reset();
    m_receipts->clear(); // read again with the key
    m_key.reset();       // SecureBytes wipes the secret key
    if (m_folder && m_folder->profile.sealedRoster)
        m_folder->profile.roster.clear(); // opened again with the key
    updateState();
    m_password->setFocus(Qt::OtherFocusReason);
}

ConcernForm* StaffSubmitWindow::openConcernForm()
{
    if (!m_submitter || m_adultForm)
        return nullptr;
    if (m_form)
        return m_form;
    m_form = new ConcernForm(*m_submitter, m_services, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &ConcernForm::submitted, this, &StaffSubmitWindow::addReceipt);
    connect(m_form, &QDialog::finished, this, [this]() {
        m_form = nullptr;
        updateState();
        m_record->setFocus(Qt::OtherFocusReason);
    });
    m_form->open();
    return m_form;
}

StaffAdultConcernDialog* StaffSubmitWindow::openAdultConcernForm()
{
    if (!m_submitter || m_form)
        return nullptr;
    if (m_adultForm)
        return m_adultForm;
    m_adultForm = new StaffAdultConcernDialog(*m_submitter, ukToday(m_services.clock), this);
    m_adultForm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_adultForm, &StaffAdultConcernDialog::submitted, this, &StaffSubmitWindow::addReceipt);
    connect(m_adultForm, &QDialog::finished, this, [this]() {
        m_adultForm = nullptr;
        updateState();
        m_recordAdult->setFocus(Qt::OtherFocusReason);
    });
    m_adultForm->open();
    updateState();
    return m_adultForm;
}

void StaffSubmitWindow::addReceipt(const SubmissionReceipt& receipt)
{
    if (receipt.notKept.isEmpty()) {
        showReceipts();
    } else {
        appendReceipt(receipt, tr("Not yet received by the DSL team."));
        showError(tr("Sent. Its receipt could not be kept in your folder (%1): write down the receipt "
                     "number %2.")
                      .arg(receipt.notKept, receipt.submissionId));
    }
    for (int row = 0; row < m_receipts->count(); ++row) {
        if (m_receipts->item(row)->data(Qt::UserRole).toString() == receipt.submissionId)
            m_receipts->setCurrentRow(row);
    }
    Q_EMIT sent(receipt);
}

void StaffSubmitWindow::showReceipts()
{
    if (!m_book)
        return;
    m_receipts->clear();
    try {
        const QString inbox = m_submitter ? m_submitter->inbox() : m_folder->profile.inbox;
        for (const StaffReceiptBook::Sent& sent :
             m_book->withAcknowledgements(inbox, m_folder->profile.publicKey))
            appendReceipt(sent.receipt, sent.status);
    } catch (const Error& error) {
        showError(error.message());
    }
}

void StaffSubmitWindow::appendReceipt(const SubmissionReceipt& receipt, const QString& status)
{
    const QString when = TextServices::formatDateTime(receipt.createdAt);
    const QString text = receipt.kind == SubmissionPayload::adultConcernKind()
                             ? tr("Sent %1 — low-level concern about an adult — receipt %2")
                             : tr("Sent %1 — receipt %2");
    auto* item =
        new QListWidgetItem(text.arg(when, receipt.submissionId) + QLatin1Char('\n') + status, m_receipts);
    item->setData(Qt::UserRole, receipt.submissionId);
    m_receipts->setCurrentItem(item);
}

QString StaffSubmitWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QStringList StaffSubmitWindow::receipts() const
{
    QStringList texts;
    for (int i = 0; i < m_receipts->count(); ++i)
        texts.append(m_receipts->item(i)->text());
    return texts;
}

void StaffSubmitWindow::showError(const QString& message)
{
    setFieldError(m_error, message);
}

void StaffSubmitWindow::updateState()
{
    const bool busy = isBusy();
    m_password->setEnabled(m_folder && !isUnlocked() && !busy);
    m_unlock->setEnabled(m_folder && !isUnlocked() && !busy);
    m_progress->setVisible(busy);
    m_record->setEnabled(isUnlocked() && !m_form && !m_adultForm);
    m_recordAdult->setEnabled(isUnlocked() && !m_form && !m_adultForm);
    m_lock->setEnabled(isUnlocked());
    m_checkReplies->setEnabled(isUnlocked());
}

void StaffSubmitWindow::closeEvent(QCloseEvent* event)
{
    lock();
    QWidget::closeEvent(event);
}

} // namespace lantern
