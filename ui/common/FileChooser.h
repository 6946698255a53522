#pragma once

#include <QString>

class QWidget;

namespace lantern {

// File and folder dialogs behind an interface, so that GUI tests can answer them ("next path") instead of a
// person. An empty result means the person cancelled.
class FileChooser {
public:
    virtual ~FileChooser() = default;

    // An existing folder, e.g. a vault NAME.lantern/.
    virtual QString existingFolder(QWidget* parent, const QString& caption, const QString& startIn) = 0;
    // A path for something new (a new vault folder, an export); the caller adds any suffix it needs.
    virtual QString newPath(QWidget* parent, const QString& caption, const QString& startIn) = 0;
    // An existing file to read (an attachment).
    virtual QString existingFile(QWidget* parent, const QString& caption, const QString& startIn) = 0;
};

// The real thing: the platform's file dialogs through QFileDialog.
class DialogFileChooser final : public FileChooser {
public:
    QString existingFolder(QWidget* parent, const QString& caption, const QString& startIn) override;
    QString newPath(QWidget* parent, const QString& caption, const QString& startIn) override;
    QString existingFile(QWidget* parent, const QString& caption, const QString& startIn) override;
};

} // namespace lantern
