#pragma once

#include "core/Clock.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

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

} // namespace lantern::test
