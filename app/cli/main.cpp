// lantern-cli: the administrators' and scripts' door to the same model the desktop client uses.
#include "Command.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ProcessHardening.h"

#include <QGuiApplication>
#include <cstdio>

using namespace lantern;
using namespace lantern::cli;

namespace {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
    case ErrorKind::NotFound:
        return UsageOrInput;
    case ErrorKind::AuthenticationFailed:
    case ErrorKind::PermissionDenied:
        return AuthFailed;
    case ErrorKind::Damaged:
        return DamagedData;
    default:
        return OtherFailure;
    }
}

void printOverview(QTextStream& out)
{
    out << "Usage: lantern-cli COMMAND [options]\n\nCommands:\n";
    for (const Command& command : CommandRegistry::instance().commands())
        out << "  " << QString(command.words.join(QLatin1Char(' ')) + QLatin1Char(' ')).leftJustified(22)
            << command.summary << "\n";
    out << "\nRun `lantern-cli COMMAND --help` for a command's options.\n"
           "Passwords are read from the terminal without echo, or one per line from standard input.\n"
           "Case text (an account, a child's words, notes) is best given as --NAME-file PATH, or\n"
           "--NAME-file - to read it from standard input after the password lines: the argument form\n"
           "--NAME TEXT is seen by other processes (ps, /proc) and kept in the shell's history.\n"
           "Exit codes: 0 success, 1 usage or invalid input, 2 authentication failed or not permitted,\n"
           "3 damaged or tampered data, 4 any other failure (vault in use, I/O, disk full).\n";
}

// The command whose words start the argument list, longest match first ("user add" before "user").
const Command* findCommand(const QStringList& args, int& wordsUsed)
{
    const Command* best = nullptr;
    wordsUsed = 0;
    for (const Command& command : CommandRegistry::instance().commands()) {
        const auto count = command.words.size();
        if (count <= wordsUsed || args.size() < count + 1)
            continue;
        if (args.mid(1, count) == command.words) {
            best = &command;
            wordsUsed = static_cast<int>(count);
        }
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    disableCoreDumps();
    // A GUI application object (never a window) because printing a PDF needs Qt's font machinery; the
    // offscreen platform lets it run on a server or over SSH without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lantern-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LANTERN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        printOverview(out);
        return args.size() < 2 ? UsageOrInput : Success;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out << "lantern-cli " << LANTERN_VERSION << "\n";
        return Success;
    }

    int wordsUsed = 0;
    const Command* command = findCommand(args, wordsUsed);
    if (!command) {
        err << "lantern-cli: unknown command \"" << args.mid(1, 2).join(QLatin1Char(' ')) << "\".\n\n";
        err.flush();
        printOverview(out);
        return UsageOrInput;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    if (!command->arguments.isEmpty())
        parser.addPositionalArgument(command->arguments, QString());
    if (command->addOptions)
        command->addOptions(parser);
    QStringList commandArgs{QStringLiteral("lantern-cli ") + command->words.join(QLatin1Char(' '))};
    commandArgs += args.mid(1 + wordsUsed);
    if (!parser.parse(commandArgs)) {
        err << "lantern-cli: " << parser.errorText() << "\n";
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }

    PasswordSource passwords;
    Context context{out, err, passwords, SystemClock::instance()};
    try {
        const int code = command->run(context, parser);
        out.flush();
        return code;
    } catch (const Error& error) {
        out.flush();
        err << "lantern-cli: " << error.message() << "\n";
        return exitCodeFor(error.kind());
    } catch (const std::exception& error) {
        out.flush();
        err << "lantern-cli: unexpected failure: " << error.what() << "\n";
        return OtherFailure;
    }
}
