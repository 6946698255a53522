#pragma once

#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/UiServices.h"
#include "core/Clock.h"
#include "support/TestSupport.h"
#include "vault/Vault.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <memory>

namespace lantern {
class UnlockWidget;
}

namespace lantern::test {

// Answers file dialogs from a script: each call takes the next path (empty: the person cancelled).
class ScriptedFileChooser final : public FileChooser {
public:
    QStringList nextPaths;
    QStringList captions;

    QString existingFolder(QWidget* parent, const QString& caption, const QString& startIn) override;
    QString newPath(QWidget* parent, const QString& caption, const QString& startIn) override;
    QString existingFile(QWidget* parent, const QString& caption, const QString& startIn) override;

private:
    QString next(const QString& caption);
};

// Records every message box and answers questions from a script (default: no).
class ScriptedMessages final : public MessageSeam {
public:
    struct Shown {
        QString kind; // "information", "warning", "confirm"
        QString title;
        QString text;
    };
    QList<Shown> shown;
    QList<bool> nextAnswers;

    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action) override;
};

// The seams a window needs, with a clock that moves only when a test says so.
struct GuiHarness {
    ManualClock clock{fixedNow()};
    ScriptedFileChooser files;
    ScriptedMessages messages;
    UiServices services{clock, files, messages};
};

QString passwordFor(const QString& username); // "<username> password 123", as in RecordsFixture

// A new vault at `folder` with one DSL; returned open.
std::unique_ptr<Vault> makeVault(const QString& folder, const Clock& clock,
                                 const QString& username = QStringLiteral("jsmith"),
                                 const QString& displayName = QStringLiteral("Jo Smith"));

// Waits for a key derivation on the worker thread to finish.
bool waitUntilIdle(const UnlockWidget& widget, int timeoutMs = 30000);

// Shows a top-level window and makes it active, so keyboard shortcuts and focus work offscreen.
bool showActive(QWidget& window);

// Types into, or presses a key in, whatever has the keyboard focus.
void typeText(const QString& text);
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Alt+key for a button's & mnemonic; waits out the button's animated click (it releases after 100 ms).
void pressMnemonic(Qt::Key key);

template <typename T> T* child(QWidget* root, const char* objectName)
{
    return root->findChild<T*>(QString::fromLatin1(objectName));
}

} // namespace lantern::test
