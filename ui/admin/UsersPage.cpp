#include "admin/UsersPage.h"

#include "admin/StaffKeyDialog.h"
#include "admin/UserDialogs.h"
#include "admin/UserListModel.h"
#include "common/ActionButton.h"
#include "common/MessageSeam.h"
#include "common/RoleText.h"
#include "common/TableSupport.h"
#include "core/Error.h"
#include "submit/StaffEnrolment.h"
#include "users/UserRules.h"
#include "vault/UserAdministration.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

namespace {

// Enables the button when the rules allow it; otherwise the tooltip says why.
void allowIf(QPushButton* button, bool applicable, const std::optional<Error>& refusal)
{
    button->setEnabled(applicable && !refusal);
    button->setToolTip(applicable && refusal ? refusal->message() : QString());
}

} // namespace

UsersPage::UsersPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
{
    setObjectName(QStringLiteral("usersPage"));
    const bool recovery = vault.user().role == Role::Recovery;

    auto* heading = new QLabel(tr("Users"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    if (recovery) {
        auto* banner =
            new QLabel(tr("You opened this vault with the recovery key. Choose the person who forgot "
                          "their password and reset it; they sign in with the new password. Then "
                          "lock the vault (Ctrl+L) and put the recovery key back in the safe."),
                       this);
        banner->setObjectName(QStringLiteral("recoveryBanner"));
        banner->setWordWrap(true);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setMargin(8);
        banner->setAccessibleName(tr("Recovery session"));
        layout->addWidget(banner);
    }

    m_model = new UserListModel(this);
    m_table = makeRecordTable(QStringLiteral("userTable"), tr("Users"), m_model, this);
    layout->addWidget(m_table, 1);

    m_add = actionButton(tr("&Add user…"), "userAdd", this);
    m_reset = actionButton(tr("&Reset password…"), "userResetPassword", this);
    m_disable = actionButton(tr("&Disable"), "userDisable", this);
    m_enable = actionButton(tr("&Enable…"), "userEnable", this);
    m_role = actionButton(tr("Change r&ole…"), "userChangeRole", this);
    m_staffKey = actionButton(tr("Staff &key…"), "userStaffKey", this);
    m_staffKey->setAccessibleName(tr("Give a staff key"));
    m_grantKeys = actionButton(tr("&Give keys…"), "userGrantKeys", this);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::disableUser);
    connect(m_enable, &QPushButton::clicked, this, &UsersPage::enableUser);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_staffKey, &QPushButton::clicked, this, &UsersPage::giveStaffKey);
    connect(m_grantKeys, &QPushButton::clicked, this, &UsersPage::giveKeys);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_reset, m_disable, m_enable, m_role, m_staffKey, m_grantKeys})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // The school's choice about the case key is a DSL's, made with the key in hand (Vault.h).
    if (vault.user().role == Role::Dsl && vault.holds(Compartment::Cases)) {
        m_headReadsCases =
            new QCheckBox(tr("The &headteacher reads pupils' case records (reading only)"), this);
        m_headReadsCases->setObjectName(QStringLiteral("headteacherReadsCases"));
        m_headReadsCases->setAccessibleName(tr("The headteacher reads pupils' case records"));
        m_headReadsCases->setChecked(vault.headteacherReadsCases());
        connect(m_headReadsCases, &QCheckBox::clicked, this, &UsersPage::setHeadteacherReadsCases);
        layout->addWidget(m_headReadsCases);
    }

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Last change"));
    layout->addWidget(m_status);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::updateActions);
    reload();

    if (recovery) {
        for (const User& user : m_model->users()) {
            if (user.role == Role::Dsl && user.enabled) {
                selectUser(user.username);
                break;
            }
        }
        setFocusProxy(m_reset);
    } else {
        setFocusProxy(m_table);
    }
}

QString UsersPage::statusText() const
{
    return m_status->text();
}

bool UsersPage::selectUser(const QString& username)
{
    const QList<User>& users = m_model->users();
    for (int row = 0; row < users.size(); ++row) {
        if (users.at(row).username == username) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(m_model->index(row, 0));
            updateActions();
            return true;
        }
    }
    return false;
}

std::optional<User> UsersPage::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->users().size())
        return std::nullopt;
    return m_model->users().at(current.row());
}

QList<Role> UsersPage::rolesOnOffer() const
{
    QList<Role> roles;
    for (const Role role :
         {Role::Dsl, Role::Deputy, Role::Head, Role::Staff, Role::Admin, Role::Chair, Role::Governor}) {
        if (!userRules::refuseAdd(m_vault.user(), role))
            roles.append(role);
    }
    return roles;
}

void UsersPage::reload(const QString& select)
{
    const QString keep = select.isEmpty() && selected() ? selected()->username : select;
    try {
        QList<User> users = m_vault.users();
        QHash<QString, QList<Compartment>> keys;
        for (const User& user : users)
            keys.insert(user.username, m_vault.keysHeldBy(user.username));
        m_model->setUsers(std::move(users), std::move(keys));
    } catch (const Error& error) {
        setStatus(error.message());
    }
    if (keep.isEmpty() || !selectUser(keep)) {
        if (m_model->rowCount() > 0)
            selectUser(m_model->users().constFirst().username);
    }
    updateActions();
}

void UsersPage::updateActions()
{
    const User& actor = m_vault.user();
    const std::optional<User> user = selected();
    const QList<User>& everyone = m_model->users();
    allowIf(m_add, true, userRules::refuseAdd(actor, Role::Staff));
    if (!user) {
        for (QPushButton* button : {m_reset, m_disable, m_enable, m_role, m_staffKey, m_grantKeys})
            allowIf(button, false, std::nullopt);
        return;
    }
    QList<Compartment> grantable;
    try {
        grantable = m_vault.grantableTo(user->username);
    } catch (const Error&) {
        grantable.clear();
    }
    m_grantKeys->setEnabled(!grantable.isEmpty());
    m_grantKeys->setToolTip(
        !user->enabled ? QString()
        : grantable.isEmpty()
            ? tr("You hold no key that %1's role reads and their key slot lacks.").arg(user->username)
            : tr("Give %1 the keys of: %2").arg(user->username, UserListModel::keysText(grantable)));
    allowIf(m_reset, user->enabled, userRules::refusePasswordReset(actor, *user));
    allowIf(m_disable, user->enabled, userRules::refuseDisable(actor, *user, everyone));
    allowIf(m_enable, !user->enabled, userRules::refuseEnable(actor, *user));
    // Whether any change of role is possible: ask about one that grants no access (the rules for giving a
    // role that reads pupil records are applied again to the role chosen in the dialog).
    std::optional<Error> roleRefusal = userRules::refuseRoleChange(
        actor, *user, user->role == Role::Staff ? Role::Governor : Role::Staff, everyone);
    allowIf(m_role, true, roleRefusal);
    allowIf(m_staffKey, true, refuseStaffKey(actor, *user));
}

void UsersPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

UserChangeDialog* UsersPage::show(UserChangeDialog* dialog, const QString& select, const QString& done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, select] { reload(select); });
    connect(dialog, &QDialog::accepted, this, [this, done] { setStatus(done); });
    dialog->open();
    return dialog;
}

UserChangeDialog* UsersPage::addUser()
{
    if (!m_add->isEnabled())
        return nullptr;
    Vault* vault = &m_vault;
    auto* dialog = new NewUserDialog(
        rolesOnOffer(),
        [vault](const User& user, const SecureBytes& password) {
            vault->addUser({user.username, user.displayName, user.role}, password);
        },
        this);
    auto* username = dialog->usernameEdit();
    connect(dialog, &QDialog::accepted, this, [this, username] {
        const QString name = username->text().trimmed();
        reload(name);
        setStatus(tr("Added %1. They sign in with the password you set.").arg(name));
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

UserChangeDialog* UsersPage::resetPassword()
{
    const std::optional<User> user = selected();
    if (!user || !m_reset->isEnabled())
        return nullptr;
    Vault* vault = &m_vault;
    const QString username = user->username;
    const bool own = username == m_vault.user().username;
    auto* dialog = new NewPasswordDialog(
        own ? tr("Change your password") : tr("Reset password"), tr("&Set password"),
        own ? tr("Choose a new password for %1 (%2).").arg(user->displayName, username)
            : tr("Set a new password for %1 (%2). Tell them in person; the old password stops working.")
                  .arg(user->displayName, username),
        [vault, username](const SecureBytes& password) { vault->changePassword(username, password); }, this);
    return show(dialog, username, tr("%1's password was changed.").arg(username));
}

UserChangeDialog* UsersPage::enableUser()
{
    const std::optional<User> user = selected();
    if (!user || !m_enable->isEnabled())
        return nullptr;
    Vault* vault = &m_vault;
    const QString username = user->username;
    auto* dialog = new NewPasswordDialog(
        tr("Enable %1").arg(username), tr("&Enable"),
        tr("%1 (%2) can sign in again with this new password. Tell them in person.")
            .arg(user->displayName, username),
        [vault, username](const SecureBytes& password) { vault->enableUser(username, password); }, this);
    return show(dialog, username, tr("%1 can sign in again.").arg(username));
}

UserChangeDialog* UsersPage::changeRole()
{
    const std::optional<User> user = selected();
    if (!user || !m_role->isEnabled())
        return nullptr;
    Vault* vault = &m_vault;
    const QString username = user->username;
    auto* dialog = new RoleDialog(
        *user, rolesOnOffer(),
        [vault, username](Role role) { UserAdministration(*vault).changeRole(username, role); }, this);
    return show(dialog, username, tr("%1's role was changed.").arg(username));
}

StaffKeyDialog* UsersPage::giveStaffKey()
{
    const std::optional<User> user = selected();
    if (!user || !m_staffKey->isEnabled())
        return nullptr;
    auto* dialog = new StaffKeyDialog(m_vault, *user, m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StaffKeyDialog::keyCreated, this, &UsersPage::setStatus);
    connect(dialog, &QDialog::finished, this, [this, username = user->username] { reload(username); });
    dialog->open();
    return dialog;
}

void UsersPage::disableUser()
{
    const std::optional<User> user = selected();
    if (!user || !m_disable->isEnabled())
        return;
    if (!m_services.messages.confirm(
            window(), tr("Disable %1?").arg(user->username),
            tr("%1 (%2) will no longer be able to sign in: their key slot is removed. Their name stays in "
               "the records and the audit log. You can enable the account again later with a new password.")
                .arg(user->displayName, user->username),
            tr("Disable")))
        return;
    try {
        m_vault.removeUser(user->username);
    } catch (const Error& error) {
        m_services.messages.warning(window(), tr("Not disabled"), error.message());
        reload(user->username);
        return;
    }
    reload(user->username);
    setStatus(tr("%1 is disabled.").arg(user->username));
    offerRotation(
        tr("If %1 could have copied the vault's key file, rotate the master key now: the whole vault "
           "is re-encrypted and every other user's key slot re-issued, so an old copy opens nothing. "
           "This can take a while for a large vault.")
            .arg(user->username),
        tr("%1 is disabled and the master key was rotated.").arg(user->username));
}

void UsersPage::giveKeys()
{
    const std::optional<User> user = selected();
    if (!user || !m_grantKeys->isEnabled())
        return;
    QList<Compartment> grantable;
    try {
        grantable = m_vault.grantableTo(user->username);
    } catch (const Error& error) {
        m_services.messages.warning(window(), tr("Keys not given"), error.message());
        return;
    }
    if (grantable.isEmpty())
        return;
    QStringList titles;
    for (const Compartment compartment : grantable)
        titles.append(compartmentTitle(compartment));
    if (!m_services.messages.confirm(window(), tr("Give %1 keys?").arg(user->username),
                                     tr("%1 (%2, %3) will be able to open %4 from their next sign-in.")
                                         .arg(user->displayName, user->username, roleDisplayTitle(user->role),
                                              titles.join(tr(" and "))),
                                     tr("Give keys")))
        return;
    QList<Compartment> granted;
    try {
        granted = m_vault.grantKeys(user->username);
    } catch (const Error& error) {
        m_services.messages.warning(window(), tr("Keys not given"), error.message());
        reload(user->username);
        return;
    }
    reload(user->username);
    setStatus(
        granted.isEmpty()
            ? tr("%1 already holds every key you could give.").arg(user->username)
            : tr("%1 was given the keys of: %2.").arg(user->username, UserListModel::keysText(granted)));
}

void UsersPage::setHeadteacherReadsCases(bool allowed)
{
    const QString question =
        allowed
            ? tr("Every headteacher in this vault will hold the key to pupils' case records from their next "
                 "sign-in, and read them (not add, amend or export). Each record they open is in the audit "
                 "log.")
            : tr("The case key will be taken out of every headteacher's key slot: from their next sign-in "
                 "they no longer read pupils' case records.");
    bool done = m_services.messages.confirm(
        window(),
        allowed ? tr("Let the headteacher read case records?") : tr("Stop the headteacher reading?"),
        question, allowed ? tr("Let them read") : tr("Take the key back"));
    QStringList changed;
    if (done) {
        try {
            changed = m_vault.setHeadteacherReadsCases(allowed);
        } catch (const Error& error) {
            m_services.messages.warning(window(), tr("Nothing was changed"), error.message());
            done = false;
        }
    }
    const QSignalBlocker blocker(m_headReadsCases);
    m_headReadsCases->setChecked(m_vault.headteacherReadsCases());
    if (!done)
        return;
    reload(selected() ? selected()->username : QString());
    const QString who = changed.isEmpty() ? tr("no one yet") : changed.join(QStringLiteral(", "));
    setStatus(
        allowed
            ? tr("The headteacher reads case records: the case key was given to %1.").arg(who)
            : tr("The headteacher no longer reads case records: the case key was taken from %1.").arg(who));
    if (!allowed && !changed.isEmpty())
        offerRotation(tr("If %1 could have copied the vault's key file while they held the case key, rotate "
                         "the keys now: the vault is re-encrypted under new keys and every key slot "
                         "re-issued, so an old copy opens nothing. This can take a while for a large vault.")
                          .arg(who),
                      tr("The headteacher no longer reads case records, and the keys were rotated."));
}

void UsersPage::offerRotation(const QString& why, const QString& done)
{
    if (!m_services.messages.confirm(window(), tr("Rotate the master key?"), why, tr("Rotate now")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_vault.rotateMasterKey();
        setStatus(done);
    } catch (const Error& error) {
        m_services.messages.warning(window(), tr("The master key was not rotated"), error.message());
    }
    QApplication::restoreOverrideCursor();
}

} // namespace lantern
