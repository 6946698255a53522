#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lantern::test {

// Tools other than Lantern that check what it writes, as a receiving team would: python3-jsonschema,
// 7-Zip and poppler's pdftotext (scripts/install-deps.sh installs them). A missing tool fails the test that
// asked for it, naming the tool.
struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString& program, const QStringList& args);
// python3-jsonschema's Draft 2020-12 validator: `schemaFile` is a file name under resources/schema/.
ToolRun validateJson(const QString& schemaFile, const QString& jsonPath);
// Extracts a pack with 7-Zip into `folder`.
ToolRun extractPack(const QString& pack, const QString& folder, const QString& passphrase = {});
// The text of a PDF as pdftotext reads it (UTF-8, NFC; -layout keeps columns apart).
QString pdfText(const QString& pdfPath, bool layout = false);
QJsonObject readJsonFile(const QString& path);

} // namespace lantern::test
