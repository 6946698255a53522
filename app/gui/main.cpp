// lantern: the desktop client. Everything but start-up lives in lantern_ui.
#include "app/AllFeatures.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/UnlockWidget.h"
#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/UiServices.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ProcessHardening.h"
#include "text/TextServices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

using namespace lantern;

int main(int argc, char* argv[])
{
    disableCoreDumps(); // before anything decrypted can exist
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lantern"));
    QApplication::setOrganizationName(QStringLiteral("Lantern"));
    QApplication::setApplicationVersion(QStringLiteral(LANTERN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lantern.Lantern"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lantern.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Safeguarding records for designated safeguarding leads."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("vault"),
                                 QStringLiteral("A vault folder to open (NAME.lantern)."),
                                 QStringLiteral("[VAULT]"));
    // For documentation and release checks: draws the first screen into PATH (PNG) and exits.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the window to PATH and exit."),
                                  QStringLiteral("PATH"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    // A staff member's Lantern: no vault, only the folder the DSL gave them at enrolment.
    QCommandLineOption submit(QStringLiteral("submit"),
                              QStringLiteral("Send a concern to the DSL, using the staff key folder FOLDER."),
                              QStringLiteral("FOLDER"));
    parser.addOption(submit);
    parser.process(app);

    try {
        TextServices::ensureAvailable();
    } catch (const Error& error) {
        QMessageBox::critical(nullptr, QStringLiteral("Lantern"), error.message());
        return 4;
    }

    DialogFileChooser files;
    DialogMessages messages;
    const UiServices services{SystemClock::instance(), files, messages};
    MainWindow window(services);
    registerAllFeatures(window);
    if (parser.isSet(submit)) {
        window.openStaffWindow(parser.value(submit));
        return QApplication::exec();
    }
    if (!parser.positionalArguments().isEmpty())
        window.unlockWidget()->setVaultFolder(parser.positionalArguments().constFirst());
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(600, &window, [&window, path]() {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                std::fprintf(stderr, "lantern: could not write %s\n", qPrintable(path));
            QApplication::exit(saved ? 0 : 4);
        });
    }
    return QApplication::exec();
}
