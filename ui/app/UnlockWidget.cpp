#include "app/UnlockWidget.h"

#include "app/RecentVaults.h"
#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/SecretEdit.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "crypto/SecureBytes.h"
#include "submit/StaffSubmitter.h"
#include "text/TextServices.h"
#include "vault/LockFile.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"
#include "vault/VaultRestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QSvgWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace lantern {

struct UnlockWidget::Attempt {
    std::unique_ptr<Vault> vault;
    std::optional<Error> error;
};

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QWidget* rowOf(QWidget* main, QWidget* side)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main, 1);
    layout->addWidget(side);
    return row;
}

} // namespace

UnlockWidget::UnlockWidget(const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("unlockWidget"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("unlockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(560);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* icon = new QSvgWidget(QStringLiteral(":/icons/lantern.svg"), card);
    icon->setFixedSize(56, 56);
    auto* title = new QLabel(tr("Lantern"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle =
        new QLabel(tr("Safeguarding records for your school, encrypted on this computer."), card);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(titles, 1);

    m_forms = new QStackedWidget(card);
    m_unlockPage = buildUnlockPage();
    m_createPage = buildCreatePage();
    m_forms->addWidget(m_unlockPage);
    m_forms->addWidget(m_createPage);

    m_error = new QLabel(card);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setProperty("lanternData", true); // model messages quote what the person typed
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    m_clearLock = new QPushButton(tr("C&lear stale lock"), card);
    m_clearLock->setObjectName(QStringLiteral("clearStaleLock"));
    m_clearLock->setAccessibleName(tr("Clear stale lock"));
    m_clearLock->hide();
    connect(m_clearLock, &QPushButton::clicked, this, &UnlockWidget::clearStaleLock);

    m_progress = new QProgressBar(card);
    m_progress->setObjectName(QStringLiteral("unlockProgress"));
    m_progress->setRange(0, 0); // indeterminate: Argon2id gives no progress
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progressLabel = new QLabel(card);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    m_progress->hide();
    m_progressLabel->hide();

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(14);
    cardLayout->addLayout(header);
    cardLayout->addWidget(m_forms);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_clearLock, 0, Qt::AlignLeft);
    cardLayout->addLayout(progressRow);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(card, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Attempt>>::finished, this,
            &UnlockWidget::finishAttempt);

    reloadRecent(QString());
    reset();
}

UnlockWidget::~UnlockWidget()
{
    // A key derivation still running finishes on its own; its vault, if any, is closed with the future.
    m_watcher.disconnect(this);
}

QWidget* UnlockWidget::buildUnlockPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("unlockPage"));

    m_vault = new QComboBox(page);
    m_vault->setObjectName(QStringLiteral("vaultFolder"));
    m_vault->setAccessibleName(tr("Vault"));
    m_vault->setPlaceholderText(tr("No vault chosen"));
    m_vault->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vault->setMinimumContentsLength(24);
    m_open = new QPushButton(tr("&Open…"), page);
    m_open->setObjectName(QStringLiteral("openVault"));
    m_open->setAccessibleName(tr("Open another vault"));
    m_open->setAutoDefault(false);

    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = secretEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_recoveryKey = secretEdit(page);
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    m_recoveryKey->setPlaceholderText(tr("The groups of letters and digits printed on the recovery sheet"));
    m_useRecoveryKey = new QCheckBox(tr("Use the recovery &key"), page);
    m_useRecoveryKey->setObjectName(QStringLiteral("useRecoveryKey"));
    m_useRecoveryKey->setAccessibleName(tr("Use the recovery key"));

    m_unlock = new QPushButton(tr("&Unlock"), page);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_goCreate = new QPushButton(tr("&Create a new vault…"), page);
    m_goCreate->setObjectName(QStringLiteral("goCreate"));
    m_goCreate->setAccessibleName(tr("Create a new vault"));
    m_goCreate->setFlat(true);
    m_goCreate->setAutoDefault(false);
    m_staff = new QPushButton(tr("Send a concern as &staff…"), page);
    m_staff->setObjectName(QStringLiteral("sendAsStaff"));
    m_staff->setAccessibleName(tr("Send a concern to the DSL with your staff key"));
    m_staff->setToolTip(tr("For staff who record concerns but do not keep the records: use the folder "
                           "the DSL gave you."));
    m_staff->setFlat(true);
    m_staff->setAutoDefault(false);

    m_restore = new QPushButton(tr("Restore from a &backup…"), page);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setAccessibleName(tr("Restore a vault from a backup"));
    m_restore->setToolTip(tr("Copy a backup into a new folder and open it (the vault you use now is not "
                             "touched)."));
    m_restore->setFlat(true);
    m_restore->setAutoDefault(false);

    auto* form = new QFormLayout;
    m_unlockForm = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Vault:"), m_vault), rowOf(m_vault, m_open));
    m_usernameLabel = buddyLabel(tr("User&name:"), m_username);
    form->addRow(m_usernameLabel, m_username);
    m_passwordLabel = buddyLabel(tr("&Password:"), m_password);
    form->addRow(m_passwordLabel, m_password);
    m_recoveryKeyLabel = buddyLabel(tr("&Recovery key:"), m_recoveryKey);
    form->addRow(m_recoveryKeyLabel, m_recoveryKey);
    form->addRow(QString(), m_useRecoveryKey);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_goCreate);
    buttons->addWidget(m_staff);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    // On a row of its own: the row above is full in the longer languages.
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restore);
    restoreRow->addStretch(1);
    layout->addLayout(restoreRow);

    connect(m_open, &QPushButton::clicked, this, &UnlockWidget::chooseVault);
    connect(m_useRecoveryKey, &QCheckBox::toggled, this, &UnlockWidget::updateRecoveryMode);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockWidget::startUnlock);
    connect(m_username, &QLineEdit::returnPressed, this, &UnlockWidget::startUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockWidget::startUnlock);
    connect(m_recoveryKey, &QLineEdit::returnPressed, this, &UnlockWidget::startUnlock);
    connect(m_goCreate, &QPushButton::clicked, this, &UnlockWidget::showCreateForm);
    connect(m_staff, &QPushButton::clicked, this, &UnlockWidget::chooseStaffFolder);
    connect(m_restore, &QPushButton::clicked, this, &UnlockWidget::restoreFromBackup);
    connect(m_vault, &QComboBox::currentIndexChanged, this, &UnlockWidget::clearError);

    setTabOrderChain({m_vault, m_open, m_username, m_password, m_recoveryKey, m_useRecoveryKey, m_unlock,
                      m_goCreate, m_staff, m_restore});
    return page;
}

QWidget* UnlockWidget::buildCreatePage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("createPage"));

    auto* intro =
        new QLabel(tr("A vault is a folder that holds the school's records, encrypted. You will be its "
                      "first designated safeguarding lead and can add colleagues once it is open."),
                   page);
    intro->setWordWrap(true);

    m_newLocation = new QLineEdit(page);
    m_newLocation->setObjectName(QStringLiteral("newLocation"));
    m_newLocation->setAccessibleName(tr("Location of the new vault"));
    m_newLocation->setPlaceholderText(tr("e.g. %1").arg(
        QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("Safeguarding.lantern")))));
    m_browse = new QPushButton(tr("&Browse…"), page);
    m_browse->setObjectName(QStringLiteral("browseLocation"));
    m_browse->setAccessibleName(tr("Choose the location"));
    m_browse->setAutoDefault(false);
    m_newUsername = new QLineEdit(page);
    m_newUsername->setObjectName(QStringLiteral("newUsername"));
    m_newUsername->setAccessibleName(tr("Your username"));
    m_newUsername->setPlaceholderText(tr("lower-case, e.g. jsmith"));
    m_newUsername->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_newDisplayName = new QLineEdit(page);
    m_newDisplayName->setObjectName(QStringLiteral("newDisplayName"));
    m_newDisplayName->setAccessibleName(tr("Your name as colleagues know it"));
    m_newPassword = secretEdit(page);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setAccessibleName(tr("New password"));
    m_newPasswordAgain = secretEdit(page);
    m_newPasswordAgain->setObjectName(QStringLiteral("newPasswordAgain"));
    m_newPasswordAgain->setAccessibleName(tr("Repeat the new password"));
    auto* hint =
        new QLabel(tr("At least 10 characters. A few unrelated words together are strong and easy to "
                      "remember."),
                   page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_create = new QPushButton(tr("Create &vault"), page);
    m_create->setObjectName(QStringLiteral("createVault"));
    m_create->setAccessibleName(tr("Create vault"));
    m_create->setDefault(true);
    m_cancelCreate = new QPushButton(tr("&Cancel"), page);
    m_cancelCreate->setObjectName(QStringLiteral("cancelCreate"));
    m_cancelCreate->setAccessibleName(tr("Cancel"));
    m_cancelCreate->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Location:"), m_newLocation), rowOf(m_newLocation, m_browse));
    form->addRow(buddyLabel(tr("User&name:"), m_newUsername), m_newUsername);
    form->addRow(buddyLabel(tr("&Display name:"), m_newDisplayName), m_newDisplayName);
    form->addRow(buddyLabel(tr("&Password:"), m_newPassword), m_newPassword);
    form->addRow(buddyLabel(tr("&Repeat password:"), m_newPasswordAgain), m_newPasswordAgain);
    form->addRow(QString(), hint);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelCreate);
    buttons->addWidget(m_create);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &UnlockWidget::chooseNewLocation);
    connect(m_create, &QPushButton::clicked, this, &UnlockWidget::startCreate);
    for (QLineEdit* edit :
         {m_newLocation, m_newUsername, m_newDisplayName, m_newPassword, m_newPasswordAgain})
        connect(edit, &QLineEdit::returnPressed, this, &UnlockWidget::startCreate);
    connect(m_cancelCreate, &QPushButton::clicked, this, &UnlockWidget::reset);

    setTabOrderChain({m_newLocation, m_browse, m_newUsername, m_newDisplayName, m_newPassword,
                      m_newPasswordAgain, m_create, m_cancelCreate});
    return page;
}

void UnlockWidget::setTabOrderChain(const QList<QWidget*>& chain)
{
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void UnlockWidget::reloadRecent(const QString& select)
{
    const QSignalBlocker blocker(m_vault);
    m_vault->clear();
    for (const QString& folder : RecentVaults().folders())
        m_vault->addItem(QDir::toNativeSeparators(folder), folder);
    const int index = select.isEmpty() ? 0 : m_vault->findData(QDir::cleanPath(QDir(select).absolutePath()));
    m_vault->setCurrentIndex(m_vault->count() == 0 ? -1 : std::max(0, index));
}

void UnlockWidget::setVaultFolder(const QString& folder)
{
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    if (m_vault->findData(path) < 0)
        m_vault->insertItem(0, QDir::toNativeSeparators(path), path);
    m_vault->setCurrentIndex(m_vault->findData(path));
    reset();
}

QString UnlockWidget::vaultFolder() const
{
    return m_vault->currentData().toString();
}

QString UnlockWidget::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void UnlockWidget::reset()
{
    m_password->clear();
    m_recoveryKey->clear();
    m_newPassword->clear();
    m_newPasswordAgain->clear();
    clearError();
    showForm(m_unlockPage);
    updateRecoveryMode();
}

void UnlockWidget::showCreateForm()
{
    clearError();
    showForm(m_createPage);
    m_newLocation->setFocus();
}

void UnlockWidget::showForm(QWidget* form)
{
    // A stacked widget is as tall as its tallest page; let only the page on show count, so the card fits it.
    for (QWidget* page : {m_unlockPage, m_createPage})
        page->setSizePolicy(page == form ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            page == form ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_forms->setCurrentWidget(form);
    m_forms->updateGeometry();
}

void UnlockWidget::updateRecoveryMode()
{
    const bool recovery = m_useRecoveryKey->isChecked();
    m_unlockForm->setRowVisible(m_username, !recovery);
    m_unlockForm->setRowVisible(m_password, !recovery);
    m_unlockForm->setRowVisible(m_recoveryKey, recovery);
    if (recovery)
        m_recoveryKey->setFocus();
    else if (m_vault->currentIndex() < 0)
        m_vault->setFocus();
    else if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void UnlockWidget::chooseVault()
{
    const QString folder = m_services.files.existingFolder(
        window(), tr("Open a Lantern vault"),
        vaultFolder().isEmpty() ? QDir::homePath() : QFileInfo(vaultFolder()).path());
    if (folder.isEmpty())
        return;
    if (!QFileInfo::exists(VaultPaths(folder).keySlots())) {
        showError(tr("%1 is not a Lantern vault: choose the folder whose name ends in .lantern.")
                      .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    setVaultFolder(folder);
}

void UnlockWidget::chooseStaffFolder()
{
    const QString remembered = RecentVaults().staffFolder();
    const QString folder =
        m_services.files.existingFolder(window(), tr("The folder the DSL gave you (your staff key)"),
                                        remembered.isEmpty() ? QDir::homePath() : remembered);
    if (folder.isEmpty())
        return;
    try {
        StaffFolder::open(folder); // reads the profile and the key file; opens nothing
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    clearError();
    RecentVaults().rememberStaffFolder(folder);
    Q_EMIT staffFolderChosen(folder);
}

void UnlockWidget::restoreFromBackup()
{
    const QString backup = m_services.files.existingFolder(
        window(), tr("The backup to restore (a folder holding backup.json)"), QDir::homePath());
    if (backup.isEmpty())
        return;
    BackupManifest manifest;
    try {
        manifest = VaultRestore::check(backup); // every file against its SHA-256, before anything is copied
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    const qint64 days = manifest.madeAt.daysTo(m_services.clock.nowUtc());
    const QString age = days < 1 ? tr("made today") : tr("%n day(s) old", nullptr, static_cast<int>(days));
    if (!m_services.messages.confirm(
            window(), tr("Restore this backup?"),
            tr("This is a backup of %1, made %2 by %3 (%4); every file in it is whole.\n\nIt will be copied "
               "into a "
               "new folder of your choosing and opened there. The vault you use now, if any, is not touched: "
               "to "
               "put a backup in its place, use lantern-cli restore --replace, which first says what would be "
               "lost.")
                .arg(manifest.vaultName, TextServices::formatDateTime(manifest.madeAt), manifest.madeBy, age),
            tr("Choose where")))
        return;
    const QString target =
        m_services.files.newPath(window(), tr("Where to put the restored vault"), QDir::homePath());
    if (target.isEmpty())
        return;
    QProgressDialog progress(tr("Restoring the backup…"), tr("Cancel"), 0, 1000, window());
    progress.setObjectName(QStringLiteral("restoreProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    std::optional<QString> restored;
    try {
        restored = VaultRestore::restoreInto(backup, target, [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
            return !progress.wasCanceled();
        });
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    progress.reset();
    if (!restored) {
        showError(
            tr("Restoring was cancelled: nothing was left in %1.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    RecentVaults().remember(*restored);
    setVaultFolder(*restored);
    m_services.messages.information(window(), tr("Backup restored"),
                                    tr("The backup was restored into %1. Sign in to it to see what it holds.")
                                        .arg(QDir::toNativeSeparators(*restored)));
}

void UnlockWidget::chooseNewLocation()
{
    const QString path =
        m_services.files.newPath(window(), tr("Where to keep the new vault"), QDir::homePath());
    if (path.isEmpty())
        return;
    m_newLocation->setText(QDir::toNativeSeparators(VaultPaths::withSuffix(path)));
    m_newUsername->setFocus();
}

void UnlockWidget::startUnlock()
{
    if (m_busy)
        return;
    const QString folder = vaultFolder();
    if (folder.isEmpty()) {
        showError(tr("Choose a vault first: open one with Open…, or create a new one."));
        m_vault->setFocus();
        return;
    }
    const Clock* clock = &m_services.clock;
    if (m_useRecoveryKey->isChecked()) {
        QString typed = m_recoveryKey->text();
        m_recoveryKey->clear();
        if (typed.trimmed().isEmpty()) {
            showError(tr("Type the recovery key from the printed sheet."));
            return;
        }
        run([folder, typed, clock]() { return Vault::unlockWithRecoveryKey(folder, typed, *clock); }, folder);
        typed.fill(QChar(u'\0'));
        return;
    }
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        m_password->clear();
        showError(tr("Type your username."));
        m_username->setFocus();
        return;
    }
    auto password = std::make_shared<SecureBytes>(takeSecret(m_password));
    run([folder, username, password, clock]() { return Vault::unlock(folder, username, *password, *clock); },
        folder);
}

void UnlockWidget::startCreate()
{
    if (m_busy)
        return;
    auto password = std::make_shared<SecureBytes>(takeSecret(m_newPassword));
    const SecureBytes again = takeSecret(m_newPasswordAgain);
    const QString location = QDir::fromNativeSeparators(m_newLocation->text().trimmed());
    if (location.isEmpty()) {
        showError(tr("Choose where to keep the new vault (Location)."));
        m_newLocation->setFocus();
        return;
    }
    if (!password->equals(again)) {
        showError(tr("The two passwords are different; type the same password in both fields."));
        m_newPassword->setFocus();
        return;
    }
    const QString folder = QDir(VaultPaths::withSuffix(location)).absolutePath();
    Vault::NewUser dsl;
    dsl.username = m_newUsername->text().trimmed();
    dsl.displayName = m_newDisplayName->text().trimmed();
    dsl.role = Role::Dsl;
    const Clock* clock = &m_services.clock;
    run([folder, dsl, password, clock]() { return Vault::create(folder, dsl, *password, *clock); }, folder);
}

void UnlockWidget::run(std::function<std::unique_ptr<Vault>()> work, const QString& folder)
{
    m_attemptFolder = folder;
    clearError();
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)]() {
        auto attempt = std::make_shared<Attempt>();
        try {
            attempt->vault = work();
        } catch (const Error& error) {
            attempt->error = error;
        } catch (const std::exception& error) {
            attempt->error = Error(ErrorKind::Internal, QString::fromLocal8Bit(error.what()));
        }
        return attempt;
    }));
}

void UnlockWidget::finishAttempt()
{
    // The empty future set below reports "finished" too, once the event loop gets to it: nothing to do then.
    if (!m_busy || m_watcher.future().resultCount() == 0)
        return;
    const std::shared_ptr<Attempt> attempt = m_watcher.result();
    m_watcher.setFuture(QFuture<std::shared_ptr<Attempt>>()); // drop the future's reference to the attempt
    const bool creating = m_forms->currentWidget() == m_createPage;
    setBusy(false);
    if (attempt->vault) {
        RecentVaults().remember(m_attemptFolder);
        reloadRecent(m_attemptFolder);
        if (creating) {
            for (QLineEdit* edit : {m_newLocation, m_newUsername, m_newDisplayName})
                edit->clear();
            m_username->setText(attempt->vault->user().username);
        }
        reset();
        Q_EMIT attemptFinished(true);
        if (m_onUnlocked)
            m_onUnlocked(std::move(attempt->vault));
        return;
    }

    const Error& error = *attempt->error;
    const QString lockPath = VaultPaths(m_attemptFolder).lock();
    if (error.kind() == ErrorKind::VaultLocked && LockFile::isStale(lockPath)) {
        showError(tr("This vault was left locked by a Lantern that is no longer running (it may have stopped "
                     "unexpectedly). If nobody else has it open, clear the stale lock and unlock again."));
        m_clearLock->show();
    } else {
        showError(error.message());
    }
    if (creating)
        m_newPassword->setFocus();
    else if (m_useRecoveryKey->isChecked())
        m_recoveryKey->setFocus();
    else if (error.kind() == ErrorKind::AuthenticationFailed || error.kind() == ErrorKind::VaultLocked)
        m_password->setFocus();
    Q_EMIT attemptFinished(false);
}

void UnlockWidget::clearStaleLock()
{
    try {
        // Says what it was (left by a process that stopped, or empty), as lantern-cli lock clear does.
        const QString cleared = LockFile::clearStale(VaultPaths(vaultFolder()).lock());
        clearError();
        m_services.messages.information(window(), tr("Stale lock cleared"),
                                        (cleared.isEmpty() ? tr("The stale lock was cleared.") : cleared) +
                                            QLatin1Char(' ') + tr("You can unlock the vault now."));
        updateRecoveryMode();
    } catch (const Error& error) {
        showError(error.message());
    }
}

void UnlockWidget::showError(const QString& message)
{
    m_clearLock->hide();
    m_error->setText(message);
    m_error->show();
}

void UnlockWidget::clearError()
{
    m_error->clear();
    m_error->hide();
    m_clearLock->hide();
}

void UnlockWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_forms->setEnabled(!busy);
    m_progressLabel->setText(m_forms->currentWidget() == m_createPage ? tr("Creating the vault…")
                                                                      : tr("Unlocking…"));
    m_progressLabel->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace lantern
