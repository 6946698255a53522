// Vault, user and key commands (the foundation's administration surface).
#include "Command.h"
#include "core/Error.h"
#include "vault/LockFile.h"
#include "vault/UserAdministration.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"

namespace lantern::cli {

namespace {

Role requiredRole(const QCommandLineParser& parser)
{
    const QString name = requiredOption(parser, QStringLiteral("role"));
    const std::optional<Role> role = roleFromName(name);
    if (!role || *role == Role::Recovery)
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("Unknown role \"%1\": use dsl, deputy, head, staff, admin, chair or governor.")
                .arg(name));
    return *role;
}

int init(Context& context, const QCommandLineParser& parser)
{
    const QString folder = vaultArgument(parser);
    Vault::NewUser dsl{requiredOption(parser, QStringLiteral("user")),
                       requiredOption(parser, QStringLiteral("name")), Role::Dsl};
    SecureBytes password = context.passwords.readNew(QStringLiteral("New password for %1").arg(dsl.username));
    auto vault = Vault::create(folder, dsl, password, context.clock);
    context.out << "Created the vault " << vault->paths().folder() << " with " << dsl.displayName << " ("
                << dsl.username << ") as its designated safeguarding lead.\n"
                << "Next: make a recovery key for the school safe with `lantern-cli recovery-key "
                << vault->paths().folder() << " --as " << dsl.username << "`.\n";
    return Success;
}

int userAdd(Context& context, const QCommandLineParser& parser)
{
    Vault::NewUser user{requiredOption(parser, QStringLiteral("user")),
                        requiredOption(parser, QStringLiteral("name")), requiredRole(parser)};
    auto vault = unlockAs(context, parser);
    SecureBytes password =
        context.passwords.readNew(QStringLiteral("New password for %1").arg(user.username));
    vault->addUser(user, password);
    context.out << "Added " << user.displayName << " (" << user.username << ") as "
                << roleTitle(user.role).toLower() << ".\n";
    return Success;
}

int userPasswd(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    const QString target =
        parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user")) : vault->user().username;
    SecureBytes password = context.passwords.readNew(QStringLiteral("New password for %1").arg(target));
    vault->changePassword(target, password);
    context.out << "The password for " << target << " has been changed.\n";
    return Success;
}

int userRemove(Context& context, const QCommandLineParser& parser)
{
    const QString target = requiredOption(parser, QStringLiteral("user"));
    auto vault = unlockAs(context, parser);
    vault->removeUser(target);
    context.out << "Removed " << target << "'s key slot and disabled the account.\n";
    const bool rotate =
        parser.isSet(QStringLiteral("rotate")) ||
        (!parser.isSet(QStringLiteral("no-rotate")) &&
         context.passwords.confirm(QStringLiteral("Rotate the master key now, so that an old copy "
                                                  "of keyslots.json opens nothing?"),
                                   false));
    if (rotate) {
        vault->rotateMasterKey();
        context.out << "Rotated the master key: " << target << "'s old key slot opens nothing now.\n";
    } else {
        context.out << "The master key was not rotated. If " << target
                    << " could have copied keyslots.json, run "
                    << "`lantern-cli rotate-key " << vault->paths().folder() << " --as "
                    << vault->user().username << "`.\n";
    }
    return Success;
}

int userEnable(Context& context, const QCommandLineParser& parser)
{
    const QString target = requiredOption(parser, QStringLiteral("user"));
    auto vault = unlockAs(context, parser);
    SecureBytes password = context.passwords.readNew(QStringLiteral("New password for %1").arg(target));
    vault->enableUser(target, password);
    context.out << target << " can sign in again with the new password.\n";
    return Success;
}

int userRole(Context& context, const QCommandLineParser& parser)
{
    const QString target = requiredOption(parser, QStringLiteral("user"));
    const Role role = requiredRole(parser);
    auto vault = unlockAs(context, parser);
    UserAdministration(*vault).changeRole(target, role);
    context.out << target << " is now " << roleTitle(role).toLower() << ".\n";
    return Success;
}

int userGrant(Context& context, const QCommandLineParser& parser)
{
    const QString target = requiredOption(parser, QStringLiteral("user"));
    auto vault = unlockAs(context, parser);
    const QList<Compartment> granted = vault->grantKeys(target);
    if (granted.isEmpty()) {
        context.out << target << " already holds every key you hold that their role reads.\n";
        return Success;
    }
    QStringList titles;
    for (Compartment each : granted)
        titles.append(compartmentTitle(each));
    context.out << target << " can now read " << titles.join(QStringLiteral(", ")) << ".\n";
    return Success;
}

// Shows, or with --headteacher changes, whether the school lets the headteacher read case records.
int caseAccess(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    if (!vault->holds(Compartment::Cases))
        throw Error(
            ErrorKind::PermissionDenied,
            QStringLiteral("Only the DSL team hold the case key: this session cannot read or change who "
                           "reads pupils' case records."));
    if (parser.isSet(QStringLiteral("headteacher"))) {
        const QString choice = parser.value(QStringLiteral("headteacher"));
        if (choice != QLatin1String("yes") && choice != QLatin1String("no"))
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("--headteacher: \"%1\" is neither yes nor no.").arg(choice.left(32)));
        const bool allowed = choice == QLatin1String("yes");
        const QStringList changed = vault->setHeadteacherReadsCases(allowed);
        if (!changed.isEmpty())
            context.out << (allowed ? "Gave the case key to: " : "Took the case key back from: ")
                        << changed.join(QStringLiteral(", ")) << ".\n";
        if (!allowed && !changed.isEmpty())
            context.out << "A copy of keyslots.json made before now still opens the case records: renew "
                           "the keys (lantern-cli rotate-key) if one may have been kept.\n";
    }
    context.out << "The headteacher "
                << (vault->headteacherReadsCases() ? "reads (but does not write or export)" : "does not read")
                << " pupils' case records.\n";
    return Success;
}

int userList(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    for (const User& user : vault->users())
        context.out << user.username.leftJustified(20) << roleName(user.role).leftJustified(10)
                    << (user.enabled ? "active    " : "disabled  ") << user.displayName << "\n";
    return Success;
}

int recoveryKey(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    const QString key = vault->createRecoveryKey();
    context.out
        << "Recovery key for " << vault->paths().folder() << ":\n\n    " << key << "\n\n"
        << "Print or write this down now and keep it in the school safe. It is shown only this once;\n"
        << "any earlier recovery key no longer works. Unlock with it using --as recovery.\n";
    return Success;
}

int rotateKey(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    vault->rotateMasterKey();
    context.out << "Rotated the directory's key and every compartment key you hold; every key slot granted "
                   "them was re-issued.\n";
    return Success;
}

int lockClear(Context& context, const QCommandLineParser& parser)
{
    const VaultPaths paths(vaultArgument(parser));
    // Refuses, naming the holder, if that process is still running.
    const QString cleared = LockFile::clearStale(paths.lock());
    if (!cleared.isEmpty())
        context.out << cleared << "\n";
    context.out << "The vault is not locked by any running Lantern now.\n";
    return Success;
}

const CommandGroup group([](CommandRegistry& registry) {
    registry.add({{QStringLiteral("init")},
                  QStringLiteral("Create a vault with its first DSL (built beside VAULT and moved into place "
                                 "only when complete)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(option("user", "The first DSL's username.", "NAME"));
                      p.addOption(option("name", "The first DSL's name as people know it.", "DISPLAY NAME"));
                  },
                  init});
    registry.add({{QStringLiteral("user"), QStringLiteral("add")},
                  QStringLiteral("Add a user with their own key slot."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("user", "The new user's username.", "NAME"));
                      p.addOption(option("name", "The new user's name as people know it.", "DISPLAY NAME"));
                      p.addOption(
                          option("role", "dsl, deputy, head, staff, admin, chair or governor.", "ROLE"));
                  },
                  userAdd});
    registry.add({{QStringLiteral("user"), QStringLiteral("passwd")},
                  QStringLiteral("Change your password, or reset another user's."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("user", "Whose password to reset (default: your own).", "NAME"));
                  },
                  userPasswd});
    registry.add({{QStringLiteral("user"), QStringLiteral("remove")},
                  QStringLiteral("Remove a user's key slot, then offer a key rotation."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("user", "The user to remove.", "NAME"));
                      p.addOption(option("rotate", "Rotate the master key without asking."));
                      p.addOption(option("no-rotate", "Do not rotate the master key."));
                  },
                  userRemove});
    registry.add({{QStringLiteral("user"), QStringLiteral("disable")},
                  QStringLiteral("Disable a user (the same as user remove): their key slot goes."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("user", "The user to disable.", "NAME"));
                      p.addOption(option("rotate", "Rotate the master key without asking."));
                      p.addOption(option("no-rotate", "Do not rotate the master key."));
                  },
                  userRemove});
    registry.add({{QStringLiteral("user"), QStringLiteral("enable")},
                  QStringLiteral("Let a disabled user sign in again, with a new password."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("user", "The user to enable.", "NAME"));
                  },
                  userEnable});
    registry.add({{QStringLiteral("user"), QStringLiteral("role")},
                  QStringLiteral("Change a user's role."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) {
                      p.addOption(asOption());
                      p.addOption(option("user", "Whose role to change.", "NAME"));
                      p.addOption(
                          option("role", "dsl, deputy, head, staff, admin, chair or governor.", "ROLE"));
                  },
                  userRole});
    registry.add(
        {{QStringLiteral("user"), QStringLiteral("grant")},
         QStringLiteral("Give a user (or \"recovery\") the keys you hold that their role reads, e.g. "
                        "a new chair of governors the headteacher compartment."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("user", "Who to give the keys to.", "NAME"));
         },
         userGrant});
    registry.add(
        {{QStringLiteral("case-access")},
         QStringLiteral("Show, or as a DSL change, whether the headteacher reads pupils' case records (the "
                        "school's choice)."),
         QStringLiteral("VAULT"),
         [](QCommandLineParser& p) {
             p.addOption(asOption());
             p.addOption(option("headteacher",
                                "yes: give every headteacher the case key, to read; no: take it "
                                "back.",
                                "yes|no"));
         },
         caseAccess});
    registry.add({{QStringLiteral("user"), QStringLiteral("list")},
                  QStringLiteral("List the vault's users."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) { p.addOption(asOption()); },
                  userList});
    registry.add({{QStringLiteral("recovery-key")},
                  QStringLiteral("Make a printable recovery key (replaces any earlier one)."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) { p.addOption(asOption()); },
                  recoveryKey});
    registry.add({{QStringLiteral("rotate-key")},
                  QStringLiteral("Re-key the vault and re-issue every key slot."),
                  QStringLiteral("VAULT"),
                  [](QCommandLineParser& p) { p.addOption(asOption()); },
                  rotateKey});
    registry.add({{QStringLiteral("lock"), QStringLiteral("clear")},
                  QStringLiteral("Clear a stale lock: one left by a Lantern that stopped, or an empty one."),
                  QStringLiteral("VAULT"),
                  nullptr,
                  lockClear});
});

} // namespace

} // namespace lantern::cli
