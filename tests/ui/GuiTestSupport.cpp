#include "GuiTestSupport.h"

#include "app/UnlockWidget.h"

#include <QApplication>
#include <QTest>

namespace lantern::test {

QString ScriptedFileChooser::next(const QString& caption)
{
    captions.append(caption);
    return nextPaths.isEmpty() ? QString() : nextPaths.takeFirst();
}

QString ScriptedFileChooser::existingFolder(QWidget*, const QString& caption, const QString&)
{
    return next(caption);
}

QString ScriptedFileChooser::newPath(QWidget*, const QString& caption, const QString&)
{
    return next(caption);
}

QString ScriptedFileChooser::existingFile(QWidget*, const QString& caption, const QString&)
{
    return next(caption);
}

void ScriptedMessages::information(QWidget*, const QString& title, const QString& text)
{
    shown.append({QStringLiteral("information"), title, text});
}

void ScriptedMessages::warning(QWidget*, const QString& title, const QString& text)
{
    shown.append({QStringLiteral("warning"), title, text});
}

bool ScriptedMessages::confirm(QWidget*, const QString& title, const QString& text, const QString&)
{
    shown.append({QStringLiteral("confirm"), title, text});
    return nextAnswers.isEmpty() ? false : nextAnswers.takeFirst();
}

QString passwordFor(const QString& username)
{
    return username + QStringLiteral(" password 123");
}

std::unique_ptr<Vault> makeVault(const QString& folder, const Clock& clock, const QString& username,
                                 const QString& displayName)
{
    Vault::NewUser dsl;
    dsl.username = username;
    dsl.displayName = displayName;
    dsl.role = Role::Dsl;
    return Vault::create(folder, dsl, SecureBytes::fromUtf8(passwordFor(username).toUtf8()), clock);
}

bool waitUntilIdle(const UnlockWidget& widget, int timeoutMs)
{
    return QTest::qWaitFor([&widget]() { return !widget.isBusy(); }, timeoutMs);
}

bool showActive(QWidget& window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

void typeText(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void pressMnemonic(Qt::Key key)
{
    pressKey(key, Qt::AltModifier);
    QTest::qWait(200);
}

} // namespace lantern::test
