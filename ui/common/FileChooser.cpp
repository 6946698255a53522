#include "common/FileChooser.h"

#include <QFileDialog>

namespace lantern {

QString DialogFileChooser::existingFolder(QWidget* parent, const QString& caption, const QString& startIn)
{
    return QFileDialog::getExistingDirectory(parent, caption, startIn, QFileDialog::ShowDirsOnly);
}

QString DialogFileChooser::newPath(QWidget* parent, const QString& caption, const QString& startIn)
{
    // A vault is a folder, but the person names it as they would a file; Vault::create makes the folder.
    return QFileDialog::getSaveFileName(parent, caption, startIn, QString(), nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString DialogFileChooser::existingFile(QWidget* parent, const QString& caption, const QString& startIn)
{
    return QFileDialog::getOpenFileName(parent, caption, startIn);
}

} // namespace lantern
