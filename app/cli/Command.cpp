#include "Command.h"

#include "core/Error.h"
#include "records/ConcernValidator.h"
#include "records/PupilDirectory.h"
#include "reference/Upn.h"
#include "vault/BackupSettings.h"
#include "vault/Vault.h"

#include <QFile>
#include <QStringDecoder>
#include <algorithm>

namespace lantern::cli {

CommandRegistry& CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
}

QString requiredOption(const QCommandLineParser& parser, const QString& name)
{
    const QString value = parser.value(name);
    if (value.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput, QStringLiteral("The option --%1 is required.").arg(name));
    return value;
}

QString vaultArgument(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        throw Error(ErrorKind::InvalidInput, QStringLiteral("Name the vault folder (NAME.lantern)."));
    return positional.first();
}

QCommandLineOption asOption()
{
    return QCommandLineOption(
        QStringLiteral("as"),
        QStringLiteral("The user to unlock the vault as (\"recovery\" for the recovery key)."),
        QStringLiteral("USER"));
}

std::unique_ptr<Vault> unlockAs(Context& context, const QCommandLineParser& parser)
{
    return unlockFolderAs(context, vaultArgument(parser), requiredOption(parser, QStringLiteral("as")));
}

std::unique_ptr<Vault> unlockFolderAs(Context& context, const QString& vault, const QString& user)
{
    if (user == QLatin1String("recovery")) {
        SecureBytes typed = context.passwords.read(QStringLiteral("Recovery key"));
        const QString text = QString::fromUtf8(reinterpret_cast<const char*>(typed.data()),
                                               static_cast<qsizetype>(typed.size()));
        return Vault::unlockWithRecoveryKey(vault, text, context.clock);
    }
    SecureBytes password = context.passwords.read(QStringLiteral("Password for %1").arg(user));
    std::unique_ptr<Vault> unlocked = Vault::unlock(vault, user, password, context.clock);
    // What a DSL must be told at unlock (a recovery key made or replaced by someone else).
    for (const QString& notice : unlocked->noticesSinceLastUnlock())
        context.err << "lantern-cli: notice: " << notice << "\n";
    if (unlocked->user().role == Role::Dsl) {
        if (const std::optional<QString> overdue = BackupSettings(*unlocked).overdueWarning())
            context.err << "lantern-cli: warning: " << *overdue << "\n";
    }
    context.err.flush();
    return unlocked;
}

QCommandLineOption option(const char* name, const char* description, const char* valueName)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                          QString::fromLatin1(valueName))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

QString optionValue(const QCommandLineParser& parser, const char* name)
{
    return parser.value(QString::fromLatin1(name));
}

bool isOptionSet(const QCommandLineParser& parser, const char* name)
{
    return parser.isSet(QString::fromLatin1(name));
}

namespace {

// Far more than any account or note: a cap so that a device or a huge file named by mistake is refused before
// it fills memory.
constexpr qint64 caseTextLimit = 1024 * 1024;

QByteArray readCaseTextFile(const QString& path, const QString& option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
                    QStringLiteral("%1: could not read %2: %3.").arg(option, path, file.errorString()));
    const QByteArray bytes = file.read(caseTextLimit + 1);
    if (bytes.size() > caseTextLimit)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("%1: %2 is larger than %3 KiB; nothing was saved.")
                        .arg(option, path)
                        .arg(caseTextLimit / 1024));
    return bytes;
}

} // namespace

void addCaseTextOption(QCommandLineParser& parser, const char* name, const char* description)
{
    parser.addOption(option(name, description, "TEXT"));
    const QString fileOption = QString::fromLatin1(name) + QStringLiteral("-file");
    parser.addOption(QCommandLineOption(
        fileOption,
        QStringLiteral("As --%1, from a file (- for standard input, after the password lines), unseen by "
                       "other processes and the shell's history; --%1 warns that it is not.")
            .arg(QString::fromLatin1(name)),
        QStringLiteral("PATH")));
}

std::optional<QString> caseText(Context& context, const QCommandLineParser& parser, const char* name)
{
    const QString argumentOption = QString::fromLatin1(name);
    const QString fileOption = argumentOption + QStringLiteral("-file");
    const bool fromArgument = parser.isSet(argumentOption);
    const bool fromFile = parser.isSet(fileOption);
    if (fromArgument && fromFile)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("Give --%1 or --%2, not both.").arg(argumentOption, fileOption));
    if (fromArgument) {
        context.err << "lantern-cli: warning: the text of --" << argumentOption
                    << " was visible to other processes on this computer and is in your shell's history; "
                       "use --"
                    << fileOption << " PATH (or - for standard input) instead.\n";
        context.err.flush();
        return parser.value(argumentOption);
    }
    if (!fromFile)
        return std::nullopt;
    const QString path = parser.value(fileOption);
    const QString shown = QStringLiteral("--") + fileOption;
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        // The secrets come first on standard input: reading the text before them would take a password as
        // case text.
        if (!context.passwords.interactive() && context.passwords.secretsRead() == 0)
            throw Error(ErrorKind::Internal,
                        QStringLiteral("%1 -: read before the password (a bug in lantern-cli).").arg(shown));
        if (context.passwords.interactive()) {
            context.err << "Type the text for " << shown << "; end it with Ctrl-D on a line of its own.\n";
            context.err.flush();
        }
        bytes = context.passwords.readRest(caseTextLimit, shown);
    } else {
        bytes = readCaseTextFile(path, shown);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("%1: the text is not UTF-8; save it as UTF-8 and try again.").arg(shown));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(text.endsWith(QStringLiteral("\r\n")) ? 2 : 1);
    return text;
}

bool readsCaseTextFromStandardInput(const QCommandLineParser& parser)
{
    const QStringList names = parser.optionNames();
    return std::any_of(names.cbegin(), names.cend(), [&parser](const QString& name) {
        return name.endsWith(QLatin1String("-file")) && parser.value(name) == QLatin1String("-");
    });
}

QString requiredCaseText(Context& context, const QCommandLineParser& parser, const char* name)
{
    const std::optional<QString> text = caseText(context, parser, name);
    if (!text || text->trimmed().isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("The option --%1 (or --%1-file) is required.").arg(QString::fromLatin1(name)));
    return *text;
}

qint64 recordNumberOption(const QCommandLineParser& parser, const char* name)
{
    const QString option = QString::fromLatin1(name);
    const QString text = requiredOption(parser, option);
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok || number <= 0)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--%1: \"%2\" is not a record number.").arg(option, text));
    return number;
}

qint64 pupilIdByUpn(Vault& vault, const QString& typed, Permission needed)
{
    const std::optional<qint64> id = PupilDirectory(vault).idByUpn(typed, needed);
    if (!id)
        throw Error(ErrorKind::NotFound, QStringLiteral("No pupil has the UPN %1.").arg(normalizeUpn(typed)));
    return *id;
}

namespace {

QString fieldName(const char* name, const QString& field)
{
    return field.isEmpty() ? QStringLiteral("--") + QString::fromLatin1(name) : field;
}

QDate parseDay(const QString& typed, const QString& field)
{
    const QString text = typed.trimmed();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("%1: \"%2\" is not a date; write it as YYYY-MM-DD.").arg(field, text.left(64)));
    return date;
}

} // namespace

std::optional<QDate> dateOption(const QCommandLineParser& parser, const char* name, const QString& field)
{
    if (!isOptionSet(parser, name))
        return std::nullopt;
    return parseDay(optionValue(parser, name), fieldName(name, field));
}

QDate requiredDateOption(const QCommandLineParser& parser, const char* name, const QString& field)
{
    return parseDay(requiredOption(parser, QString::fromLatin1(name)), fieldName(name, field));
}

std::optional<PartialDate> partialDateOption(const QCommandLineParser& parser, const char* name,
                                             const QString& field)
{
    if (!isOptionSet(parser, name))
        return std::nullopt;
    return PartialDate::parse(optionValue(parser, name), fieldName(name, field));
}

PartialDate requiredPartialDateOption(const QCommandLineParser& parser, const char* name,
                                      const QString& field)
{
    return PartialDate::parse(requiredOption(parser, QString::fromLatin1(name)), fieldName(name, field));
}

PartialDate occurredOption(const QCommandLineParser& parser)
{
    return requiredPartialDateOption(parser, "occurred", ConcernValidator::occurredField());
}

ChildRole childRoleOption(const QString& typed)
{
    const std::optional<ChildRole> role = childRoleFromName(typed);
    if (!role)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--role: \"%1\" is not a role; use subject, alleged-harmer or witness.")
                        .arg(typed.left(64)));
    return *role;
}

} // namespace lantern::cli
