#pragma once

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace lantern {
class Vault;
}

namespace lantern::test {

// A folder under the system temp dir, removed at the end of the test.
class TempFolder {
public:
    TempFolder();
    QString path(const QString& name = {}) const;

private:
    QTemporaryDir m_dir;
};

SecureBytes secret(const char* text);
QByteArray fileBytes(const QString& path);
// Every file under `folder` with its bytes, for "nothing changed" assertions.
QMap<QString, QByteArray> snapshot(const QString& folder, const QStringList& names);
void flipByte(const QString& path, qint64 offset);

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real lantern-cli with `input` on its standard input (one password per line).
CliResult runCli(const QStringList& args, const QString& input = {},
                 const QProcessEnvironment& extraEnvironment = QProcessEnvironment());

// A fixed, recognisable moment for tests that need a clock.
QDateTime fixedNow();

// The entries of `vault`'s audit chain whose action starts with `actionPrefix`, oldest first.
QList<AuditEntry> auditEntries(Vault& vault, const QString& actionPrefix);

// For model tests that draw (a PDF page needs fonts, and fonts a QGuiApplication): gtest_main owns main(), so
// a global test environment makes the application, on the offscreen platform. Call once, at namespace scope:
// `[[maybe_unused]] const auto* const g_gui = useOffscreenGui("PdfWriterTest");`
::testing::Environment* useOffscreenGui(const char* programName);

} // namespace lantern::test
