#pragma once

#include "common/PageHost.h"
#include "common/UiServices.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace lantern {

class ClipboardGuard;
class IdleLock;
class SessionLockWatcher;
class StaffSubmitWindow;
class UnlockWidget;
class Vault;

// The application's one window. Locked, it shows the UnlockWidget; unlocked, a navigation list on the left
// and the pages on the right, and the signed-in user in the status bar.
//
// Features know it only as their PageHost (common/PageHost.h): they register a page factory once; at every
// unlock the window builds each page afresh for the signed-in user, and lock() deletes them with their models
// and then destroys the Vault, which wipes the master key — decrypted data is freed, not just hidden
// (docs/ARCHITECTURE.md). A page must therefore keep nothing from a session anywhere but in itself and its
// children.
class MainWindow : public QMainWindow, public PageHost {
    Q_OBJECT
public:
    enum class LockReason { Manual, Idle, SessionLocked, Closing };

    explicit MainWindow(const UiServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // PageHost: the built-in "vault" page has order 1000 so that it sits at the bottom, like a settings
    // entry.
    void registerPage(const QString& id, const QString& title, PageFactory factory, int order = 100) override;
    // Adds a page to the current session only (it goes at lock). False, and the page is deleted, when locked
    // or when the id is taken.
    bool addPage(const QString& id, const QString& title, QWidget* page);
    bool showPage(const QString& id) override;
    // A page may also set its windowTitle() before it is added to have it used instead of the registered
    // title.
    bool setPageTitle(const QString& id, const QString& title) override;
    QWidget* page(const QString& id) const override;
    // Connected to sessionOpened().
    void whenSessionOpens(std::function<void()> action) override;
    QStringList pageIds() const;
    QString currentPageId() const;

    // Takes an unlocked vault (from the UnlockWidget, or a test) and shows the workspace.
    void openSession(std::unique_ptr<Vault> vault);
    // Closes every dialog, clears the clipboard if it holds what Lantern copied, deletes every page and
    // destroys the Vault; then shows the unlock screen. Does nothing when already locked.
    void lock(LockReason reason = LockReason::Manual);
    bool isLocked() const { return !m_vault; }
    Vault* vault() const override { return m_vault.get(); }

    // A member of staff's Lantern (the unlock screen's "Send a concern as staff…", or `lantern --submit`):
    // the staff submission window for `folder` takes this window's place.
    StaffSubmitWindow* openStaffWindow(const QString& folder);
    StaffSubmitWindow* staffWindow() const;

    UnlockWidget* unlockWidget() const { return m_unlock; }
    IdleLock& idleLock() { return *m_idle; }
    ClipboardGuard& clipboard() override { return *m_clipboard; }
    const UiServices& services() const override { return m_services; }

Q_SIGNALS:
    void sessionOpened();
    void sessionLocked();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The backup made when a DSL locks or closes Lantern (BackupDialog, window-modal), if destinations are
    // set.
    void backUpBeforeLocking(LockReason reason);
    struct RegisteredPage {
        QString id;
        QString title;
        PageFactory factory;
        int order = 100;
    };

    void buildMenus();
    void buildPage(const RegisteredPage& registered);
    void showAbout();
    void updateState();

    UiServices m_services;
    std::unique_ptr<Vault> m_vault;
    QList<RegisteredPage> m_registered;

    QStackedWidget* m_screens = nullptr;
    UnlockWidget* m_unlock = nullptr;
    QPointer<StaffSubmitWindow> m_staffWindow; // a window of its own; deleted when closed
    QWidget* m_workspace = nullptr;            // exists only while unlocked
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;

    IdleLock* m_idle = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    SessionLockWatcher* m_sessionWatcher = nullptr;
    QAction* m_lockAction = nullptr;
    QLabel* m_statusUser = nullptr;
    QLabel* m_statusBackup = nullptr; // when the last good backup was made, for whoever can make one
    bool m_backingUp = false;         // the backup made before locking is running
};

} // namespace lantern
