#pragma once

#include <QString>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace lantern::wizardfields {

// The referral wizard's field helpers, shared by its pages.

// A text box for a few sentences: Tab leaves it (keyboard users move on rather than type a tab), and it is
// named for screen readers.
QPlainTextEdit* textBox(QWidget* parent, const char* objectName, const QString& accessibleName, int lines = 3);
// A hidden label for a page's error, in the error colour, shown by setting its text and showing it.
QLabel* errorLabel(QWidget* parent, const char* objectName);
// A label showing data (a hash, a name), not interface text: selectable, and skipped by the translation test.
QLabel* dataLabel(QWidget* parent, const char* objectName);
// What a text box holds, trimmed.
QString plain(const QPlainTextEdit* edit);

} // namespace lantern::wizardfields
