#include "app/MainWindow.h"

#include "admin/BackupDialog.h"
#include "admin/BackupPanel.h"
#include "admin/VaultPage.h"
#include "app/SessionLockWatcher.h"
#include "app/UnlockWidget.h"
#include "common/ClipboardGuard.h"
#include "common/IdleLock.h"
#include "common/MessageSeam.h"
#include "common/RoleText.h"
#include "staff/StaffSubmitWindow.h"
#include "vault/BackupSettings.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

namespace lantern {

namespace {

const char* const pageIdProperty = "lanternPageId";

QString reasonName(MainWindow::LockReason reason)
{
    switch (reason) {
    case MainWindow::LockReason::Manual:
        return QStringLiteral("manual");
    case MainWindow::LockReason::Idle:
        return QStringLiteral("idle");
    case MainWindow::LockReason::SessionLocked:
        return QStringLiteral("session-locked");
    case MainWindow::LockReason::Closing:
        return QStringLiteral("closing");
    }
    return {};
}

// Owns a Vault until the event loop gets back to its outermost level (see MainWindow::lock), then locks it
// with the reason given (the "vault.lock" audit entry) and destroys it.
class DeferredVaultRelease final : public QObject {
public:
    DeferredVaultRelease(std::unique_ptr<Vault> vault, QString reason)
        : m_vault(std::move(vault))
        , m_reason(std::move(reason))
    {}
    ~DeferredVaultRelease() override { m_vault->lock(m_reason); }

private:
    std::unique_ptr<Vault> m_vault;
    QString m_reason;
};

} // namespace

MainWindow::MainWindow(const UiServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lantern"));
    resize(1100, 720);

    m_screens = new QStackedWidget(this);
    m_unlock = new UnlockWidget(m_services, m_screens);
    m_unlock->setUnlockHandler([this](std::unique_ptr<Vault> vault) { openSession(std::move(vault)); });
    m_screens->addWidget(m_unlock);
    connect(m_unlock, &UnlockWidget::staffFolderChosen, this, &MainWindow::openStaffWindow);
    setCentralWidget(m_screens);

    m_idle = new IdleLock(m_services.clock, this);
    m_idle->setTimeout(IdleLock::timeoutFromSettings());
    connect(m_idle, &IdleLock::idle, this, [this]() { lock(LockReason::Idle); });
    m_clipboard = new ClipboardGuard(m_services.clock, this);
    m_sessionWatcher = new SessionLockWatcher(this);
    connect(m_sessionWatcher, &SessionLockWatcher::sessionLocked, this,
            [this]() { lock(LockReason::SessionLocked); });

    m_statusBackup = new QLabel(this);
    m_statusBackup->setObjectName(QStringLiteral("statusBackup"));
    m_statusBackup->setContentsMargins(0, 0, 16, 0);
    statusBar()->addPermanentWidget(m_statusBackup);
    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addPermanentWidget(m_statusUser);

    buildMenus();

    registerPage(
        QStringLiteral("vault"), tr("Vault"),
        [this](Vault& vault, const UiServices& pageServices, PageHost&) -> QWidget* {
            auto* page = new VaultPage(vault, pageServices);
            if (page->backupPanel())
                connect(page->backupPanel(), &BackupPanel::backedUp, this, &MainWindow::updateState);
            return page;
        },
        1000);

    updateState();
}

StaffSubmitWindow* MainWindow::openStaffWindow(const QString& folder)
{
    delete m_staffWindow;
    m_staffWindow = new StaffSubmitWindow(folder, m_services);
    m_staffWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_staffWindow->show();
    hide(); // staff never need the vault screen; closing the staff window ends Lantern
    return m_staffWindow;
}

StaffSubmitWindow* MainWindow::staffWindow() const
{
    return m_staffWindow;
}

MainWindow::~MainWindow()
{
    // Pages refer to the vault: they go first.
    delete m_workspace;
    m_workspace = nullptr;
    m_vault.reset();
    delete m_staffWindow; // its key is wiped as it goes
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_lockAction = file->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Lock the vault now; the records leave memory until you unlock again."));
    connect(m_lockAction, &QAction::triggered, this, [this]() { lock(LockReason::Manual); });
    // Search from anywhere: the Search page (overview/SearchPage.h) takes the focus into its box.
    QAction* searchAction = file->addAction(tr("&Search records…"));
    searchAction->setObjectName(QStringLiteral("actionSearch"));
    searchAction->setShortcut(QKeySequence::Find);
    connect(searchAction, &QAction::triggered, this, [this]() {
        if (showPage(QStringLiteral("search")))
            page(QStringLiteral("search"))->setFocus(Qt::ShortcutFocusReason);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Lantern"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::registerPage(const QString& id, const QString& title, PageFactory factory, int order)
{
    RegisteredPage registered{id, title, std::move(factory), order};
    const auto position =
        std::upper_bound(m_registered.begin(), m_registered.end(), order,
                         [](int value, const RegisteredPage& page) { return value < page.order; });
    m_registered.insert(position, registered);
    if (m_vault)
        buildPage(registered);
}

void MainWindow::buildPage(const RegisteredPage& registered)
{
    QWidget* built = registered.factory(*m_vault, m_services, *this);
    if (!built)
        return;
    addPage(registered.id, registered.title, built);
    // addPage appends; keep the registered order in the list and the stack.
    if (!m_nav)
        return;
    int target = 0;
    for (const RegisteredPage& page : m_registered) {
        if (page.id == registered.id)
            break;
        if (this->page(page.id))
            ++target;
    }
    const int current = static_cast<int>(pageIds().indexOf(registered.id));
    if (current != target) {
        QListWidgetItem* item = m_nav->takeItem(current);
        m_nav->insertItem(target, item);
        m_pages->removeWidget(built);
        m_pages->insertWidget(target, built);
    }
}

bool MainWindow::addPage(const QString& id, const QString& title, QWidget* page)
{
    if (!m_workspace || this->page(id)) {
        delete page;
        return false;
    }
    page->setProperty(pageIdProperty, id);
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(page->windowTitle().isEmpty() ? title : page->windowTitle(), m_nav);
    item->setData(Qt::UserRole, id);
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
    return true;
}

void MainWindow::whenSessionOpens(std::function<void()> action)
{
    connect(this, &MainWindow::sessionOpened, this, std::move(action));
}

QWidget* MainWindow::page(const QString& id) const
{
    if (!m_pages)
        return nullptr;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->property(pageIdProperty).toString() == id)
            return m_pages->widget(i);
    }
    return nullptr;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    if (m_pages) {
        for (int i = 0; i < m_pages->count(); ++i)
            ids.append(m_pages->widget(i)->property(pageIdProperty).toString());
    }
    return ids;
}

QString MainWindow::currentPageId() const
{
    return m_pages && m_pages->currentWidget() ? m_pages->currentWidget()->property(pageIdProperty).toString()
                                               : QString();
}

bool MainWindow::setPageTitle(const QString& id, const QString& title)
{
    const auto index = pageIds().indexOf(id);
    if (index < 0 || !m_nav)
        return false;
    m_nav->item(static_cast<int>(index))->setText(title);
    return true;
}

bool MainWindow::showPage(const QString& id)
{
    const auto index = pageIds().indexOf(id);
    if (index < 0)
        return false;
    m_nav->setCurrentRow(static_cast<int>(index));
    return true;
}

void MainWindow::openSession(std::unique_ptr<Vault> vault)
{
    if (!vault)
        return;
    if (m_vault)
        lock(LockReason::Manual);
    m_vault = std::move(vault);

    m_workspace = new QWidget(m_screens);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_nav = new QListWidget(m_workspace);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMinimumWidth(180);
    m_nav->setMaximumWidth(240);
    m_nav->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_nav->setBackgroundRole(QPalette::AlternateBase);
    m_nav->setSpacing(2);
    m_pages = new QStackedWidget(m_workspace);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* outer = new QVBoxLayout(m_workspace);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // What a DSL must be told at unlock (a recovery key made or replaced by someone else), above every page
    // for the whole session.
    const QStringList notices = m_vault->noticesSinceLastUnlock();
    if (!notices.isEmpty()) {
        auto* banner = new QLabel(notices.join(QLatin1Char('\n')), m_workspace);
        banner->setObjectName(QStringLiteral("unlockNotices"));
        banner->setAccessibleName(tr("Since your last unlock"));
        banner->setWordWrap(true);
        banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setMargin(8);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        banner->setAutoFillBackground(true);
        outer->addWidget(banner);
    }
    // No good backup for a week (or ever), for whoever can make one.
    if (const std::optional<QString> overdue = BackupSettings(*m_vault).overdueWarning()) {
        auto* warning = new QLabel(*overdue, m_workspace);
        warning->setObjectName(QStringLiteral("backupWarning"));
        warning->setAccessibleName(tr("Backup warning"));
        warning->setWordWrap(true);
        warning->setFrameShape(QFrame::StyledPanel);
        warning->setMargin(8);
        warning->setBackgroundRole(QPalette::ToolTipBase);
        warning->setForegroundRole(QPalette::ToolTipText);
        warning->setAutoFillBackground(true);
        outer->addWidget(warning);
    }
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto* rule = new QFrame(m_workspace);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    for (const RegisteredPage& registered : std::as_const(m_registered))
        buildPage(registered);
    m_nav->setCurrentRow(0);

    m_screens->addWidget(m_workspace);
    m_screens->setCurrentWidget(m_workspace);
    m_idle->setTimeout(IdleLock::timeoutFromSettings());
    m_idle->setArmed(true);
    updateState();
    m_nav->setFocus();
    Q_EMIT sessionOpened();
}

void MainWindow::lock(LockReason reason)
{
    if (!m_vault || m_backingUp)
        return;
    m_idle->setArmed(false);
    backUpBeforeLocking(reason);

    // Nothing of the session may stay on screen: menus and popups first, then every dialog (which ends any
    // exec() running in a nested event loop once control gets back to it).
    while (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    m_clipboard->clearNow();

    m_screens->setCurrentWidget(m_unlock);
    QWidget* workspace = std::exchange(m_workspace, nullptr);
    m_nav = nullptr;
    m_pages = nullptr;
    m_screens->removeWidget(workspace);
    std::unique_ptr<Vault> vault = std::move(m_vault);
    if (QThread::currentThread()->loopLevel() > 1) {
        // Called inside a nested event loop (a dialog's exec(), a page's code waiting on it): the code that
        // started that loop is still on the stack and will run again when the loop ends, so its page and the
        // vault must outlive it. They are hidden and unreachable now and go when control is back in the main
        // loop; the vault is locked (and its "vault.lock" entry written) then, after the pages' worker
        // threads have finished with it.
        workspace->hide();
        workspace->deleteLater();
        (new DeferredVaultRelease(std::move(vault), reasonName(reason)))->deleteLater();
    } else {
        delete workspace; // pages, their models and everything they hold (waiting for their worker threads)
        vault->lock(reasonName(reason)); // the "vault.lock" audit entry (the model's), then wipes the master
                                         // key, closes records.db and releases the lock file
        vault.reset();
    }

    updateState();
    m_unlock->reset();
    Q_EMIT sessionLocked();
}

void MainWindow::backUpBeforeLocking(LockReason reason)
{
    // When a DSL locks or closes Lantern (not at an idle or screen lock: those must lock at once), and the
    // school has said where backups go. Not from inside another dialog's event loop.
    const Role role = m_vault->user().role;
    if ((reason != LockReason::Manual && reason != LockReason::Closing) ||
        (role != Role::Dsl && role != Role::Deputy) || QThread::currentThread()->loopLevel() > 1 ||
        BackupSettings(*m_vault).destinations().isEmpty())
        return;
    m_backingUp = true;
    BackupDialog dialog(*m_vault, true, this);
    dialog.start();
    dialog.exec();
    m_backingUp = false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    lock(LockReason::Closing);
    m_clipboard->clearNow();
    event->accept();
}

void MainWindow::showAbout()
{
    m_services.messages.information(
        this, tr("About Lantern"),
        tr("Lantern %1\n\nSafeguarding records for designated safeguarding leads in English schools. Records "
           "are "
           "kept in an encrypted vault on this computer and never leave it unless you export them.")
            .arg(QStringLiteral(LANTERN_VERSION)));
}

void MainWindow::updateState()
{
    const bool open = m_vault != nullptr;
    m_lockAction->setEnabled(open);
    if (open) {
        const User& user = m_vault->user();
        m_statusUser->setText(tr("Signed in as %1 (%2) · %3")
                                  .arg(user.displayName, user.username, roleDisplayTitle(user.role)));
        setWindowTitle(tr("%1 — Lantern").arg(QFileInfo(m_vault->paths().folder()).completeBaseName()));
        m_statusBackup->setText(BackupSettings::canBackUp(*m_vault) ? BackupSettings(*m_vault).statusLine()
                                                                    : QString());
    } else {
        m_statusBackup->clear();
        m_statusUser->setText(tr("Locked"));
        setWindowTitle(tr("Lantern"));
    }
}

} // namespace lantern
