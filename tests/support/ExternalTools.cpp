#include "support/ExternalTools.h"

#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace lantern::test {

ToolRun runTool(const QString& program, const QStringList& args)
{
    ToolRun result;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        ADD_FAILURE() << program.toStdString() << " not found (see scripts/install-deps.sh)";
        return result;
    }
    QProcess process;
    process.start(path, args);
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ToolRun validateJson(const QString& schemaFile, const QString& jsonPath)
{
    return runTool(QStringLiteral("python3"),
                   {QStringLiteral("-c"),
                    QStringLiteral("import json,jsonschema,sys; "
                                   "jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).validate("
                                   "json.load(open(sys.argv[2])))"),
                    QStringLiteral(LANTERN_SOURCE_DIR "/resources/schema/") + schemaFile, jsonPath});
}

ToolRun extractPack(const QString& pack, const QString& folder, const QString& passphrase)
{
    return runTool(QStringLiteral("7z"),
                   {QStringLiteral("x"), QStringLiteral("-y"), QStringLiteral("-p") + passphrase,
                    QStringLiteral("-o") + folder, pack});
}

QString pdfText(const QString& pdfPath, bool layout)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    const ToolRun run = runTool(QStringLiteral("pdftotext"), args);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out.normalized(QString::NormalizationForm_C);
}

QJsonObject readJsonFile(const QString& path)
{
    return QJsonDocument::fromJson(fileBytes(path)).object();
}

} // namespace lantern::test
