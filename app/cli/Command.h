#pragma once

#include "PasswordSource.h"
#include "calendar/PartialDate.h"
#include "records/Concern.h"
#include "users/Permissions.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace lantern {
class Clock;
class Vault;
} // namespace lantern

namespace lantern::cli {

// Exit codes, as documented in `lantern-cli --help` and docs/CLI.md.
enum ExitCode { Success = 0, UsageOrInput = 1, AuthFailed = 2, DamagedData = 3, OtherFailure = 4 };

struct Context {
    QTextStream& out;
    QTextStream& err;
    PasswordSource& passwords;
    const Clock& clock;
};

// One lantern-cli command ("init", "user add", …): its words, a one-line summary, its options and what it
// does.
struct Command {
    QStringList words;
    QString summary;
    QString arguments; // positional arguments as shown in --help, e.g. "VAULT"
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(Context&, const QCommandLineParser&)> run;
};

class CommandRegistry {
public:
    static CommandRegistry& instance();
    void add(Command command);
    const QList<Command>& commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

// Registers a set of commands at start-up (one per source file of commands).
struct CommandGroup {
    explicit CommandGroup(const std::function<void(CommandRegistry&)>& registerAll)
    {
        registerAll(CommandRegistry::instance());
    }
};

// Helpers shared by the commands.
QString requiredOption(const QCommandLineParser& parser, const QString& name);
QString vaultArgument(const QCommandLineParser& parser);
// Unlocks VAULT as the user named by --as (asking for the password, or the recovery key when --as recovery).
std::unique_ptr<Vault> unlockAs(Context& context, const QCommandLineParser& parser);
// The same for a vault folder given otherwise than as the first argument (a restored backup).
std::unique_ptr<Vault> unlockFolderAs(Context& context, const QString& vault, const QString& user);
QCommandLineOption asOption();
// An option named in Latin-1, as the commands spell their options; with a valueName it takes a value.
QCommandLineOption option(const char* name, const char* description, const char* valueName = nullptr);
QString optionValue(const QCommandLineParser& parser, const char* name);
bool isOptionSet(const QCommandLineParser& parser, const char* name);
// A record's number typed after --NAME (required): `--NAME: "TEXT" is not a record number.` otherwise.
qint64 recordNumberOption(const QCommandLineParser& parser, const char* name);
// The id of the pupil with this UPN. Checks `needed` first, so a refused user learns nothing, not even
// whether the UPN is on the roll.
qint64 pupilIdByUpn(Vault& vault, const QString& typed, Permission needed);
// Dates typed after an option: the one parser every command uses. `field` names what is wrong in an error
// message (default "--NAME"). A day is YYYY-MM-DD; anything else, an empty value included, is refused with
// `FIELD: "TEXT" is not a date; write it as YYYY-MM-DD.`
std::optional<QDate> dateOption(const QCommandLineParser& parser, const char* name,
                                const QString& field = {});
// As dateOption, for an option that must be given (its absence is named as requiredOption names it).
QDate requiredDateOption(const QCommandLineParser& parser, const char* name, const QString& field = {});
// When something happened, to the precision known ("2026", "2026-03", "2026-03-05", "2026-03-05T14:03"),
// with PartialDate's own messages; std::nullopt when the option is not given.
std::optional<PartialDate> partialDateOption(const QCommandLineParser& parser, const char* name,
                                             const QString& field = {});
PartialDate requiredPartialDateOption(const QCommandLineParser& parser, const char* name,
                                      const QString& field = {});
// --occurred (required): when it happened, to the precision known ("2026-03", "2026-03-05T14:03"); errors
// name the field as the concern form does.
PartialDate occurredOption(const QCommandLineParser& parser);
// Free text about a case (an account, a child's words, notes): registered as --NAME TEXT and --NAME-file
// PATH. The file form keeps the text out of the process's command line (/proc/PID/cmdline, `ps`) and the
// shell's history; PATH "-" is standard input: the password lines first, then everything after them is the
// text.
void addCaseTextOption(QCommandLineParser& parser, const char* name, const char* description);
// The text given for NAME, from --NAME-file or (with a warning on standard error that it was visible to other
// processes and is in the shell's history) --NAME; std::nullopt if neither was given. A command calls it only
// after unlocking (the passwords come first on standard input). UTF-8; one final line break is dropped.
std::optional<QString> caseText(Context& context, const QCommandLineParser& parser, const char* name);
// Whether any --NAME-file option was given "-" (standard input): a command that reads more secrets after
// unlocking reads them before such text.
bool readsCaseTextFromStandardInput(const QCommandLineParser& parser);
// As caseText, for text that must be given: Error(InvalidInput) naming both forms when it is not, or is
// blank.
QString requiredCaseText(Context& context, const QCommandLineParser& parser, const char* name);
// A child's part in a concern as typed after --role: subject, alleged-harmer or witness.
ChildRole childRoleOption(const QString& typed);

} // namespace lantern::cli
