#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace lantern {

class ClipboardGuard;
class Vault;
struct UiServices;

// What a feature needs from the window that shows its pages, and nothing more: features register their pages
// through it (inbox/InboxFeature.h, pupils/PupilsFeature.h, …) and their pages reach the window only through
// it, so no feature includes app/MainWindow.h. MainWindow implements it; a test may implement it too.
//
// Pages exist only while the vault is open: a registered factory is called at every unlock, for the signed-in
// user, and the page it returns is deleted at lock with its models. A page must therefore keep nothing from a
// session anywhere but in itself and its children.
class PageHost {
public:
    // Builds one page for the open vault; may return nullptr to leave the page out (e.g. for a role that
    // would be refused everything on it). The page is parented to the window and deleted at lock.
    using PageFactory = std::function<QWidget*(Vault& vault, const UiServices& services, PageHost& host)>;

    virtual ~PageHost() = default;

    // Adds a page to the navigation, built at every unlock. Pages are listed by `order`, then by registration
    // (the built-in "Vault" page has order 1000, at the bottom). If a vault is open the page is built at
    // once.
    virtual void registerPage(const QString& id, const QString& title, PageFactory factory,
                              int order = 100) = 0;
    // Shows the page with this id; false when there is none (left out for the role, or locked).
    virtual bool showPage(const QString& id) = 0;
    // Changes a page's entry in the navigation, e.g. "Inbox (3)". False when there is no such page.
    virtual bool setPageTitle(const QString& id, const QString& title) = 0;
    // The built page with this id, or null.
    virtual QWidget* page(const QString& id) const = 0;
    // Runs `action` after every unlock, once every page is built (e.g. to start on a particular page).
    virtual void whenSessionOpens(std::function<void()> action) = 0;

    // The open vault (and through it the signed-in user); null while locked.
    virtual Vault* vault() const = 0;
    // The clock and the dialog seams every page is given.
    virtual const UiServices& services() const = 0;
    // Copies that clear themselves: what a page copies (a UPN) is cleared after 30 seconds and at lock if the
    // clipboard still holds it.
    virtual ClipboardGuard& clipboard() = 0;
};

} // namespace lantern
