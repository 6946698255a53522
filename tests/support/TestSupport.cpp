#include "support/TestSupport.h"

#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <cstring>
#include <gtest/gtest.h>
#include <stdexcept>

namespace lantern::test {

TempFolder::TempFolder()
    : m_dir(QDir::tempPath() + QStringLiteral("/lantern-test-XXXXXX"))
{
    if (!m_dir.isValid())
        throw std::runtime_error("could not create a temporary folder");
}

QString TempFolder::path(const QString& name) const
{
    return name.isEmpty() ? m_dir.path() : m_dir.filePath(name);
}

SecureBytes secret(const char* text)
{
    return SecureBytes(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QMap<QString, QByteArray> snapshot(const QString& folder, const QStringList& names)
{
    QMap<QString, QByteArray> bytes;
    for (const QString& name : names)
        bytes.insert(name, fileBytes(folder + QLatin1Char('/') + name));
    return bytes;
}

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        throw std::runtime_error("could not open the file to damage it");
    file.seek(offset);
    char byte = 0;
    file.getChar(&byte);
    file.seek(offset);
    file.putChar(static_cast<char>(byte ^ 0x5a));
}

CliResult runCli(const QStringList& args, const QString& input, const QProcessEnvironment& extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANTERN_TEST_CHEAP_KDF"), QStringLiteral("1"));
    for (const QString& key : extraEnvironment.keys())
        environment.insert(key, extraEnvironment.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LANTERN_CLI_PATH), args);
    process.write(input.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(120000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
}

namespace {

class OffscreenGuiEnvironment : public ::testing::Environment {
public:
    explicit OffscreenGuiEnvironment(const char* programName)
        : m_name(programName)
    {}
    void SetUp() override
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        m_argv[0] = m_name.data();
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }
    void TearDown() override { m_app.reset(); }

private:
    QByteArray m_name;
    int m_argc = 1;
    char* m_argv[2] = {nullptr, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
};

} // namespace

QList<AuditEntry> auditEntries(Vault& vault, const QString& actionPrefix)
{
    AuditFilter filter;
    filter.actionPrefix = actionPrefix;
    return vault.audit().entries(filter);
}

::testing::Environment* useOffscreenGui(const char* programName)
{
    // Several test files of the model tier ask for it; one process has one application.
    static ::testing::Environment* const environment =
        ::testing::AddGlobalTestEnvironment(new OffscreenGuiEnvironment(programName));
    return environment;
}

} // namespace lantern::test
