// main() for the GUI tests: a QApplication on the offscreen platform with a throw-away configuration folder,
// so that tests never read or write the real settings (recent vaults, idle timeout).
#include <QApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Test discovery runs the binary without ctest's environment; it still must not need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("LANTERN_TEST_CHEAP_KDF"))
        qputenv("LANTERN_TEST_CHEAP_KDF", "1");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lantern"));
    QApplication::setApplicationName(QStringLiteral("LanternTest"));
    return RUN_ALL_TESTS();
}
