#pragma once

#include <QString>

class QPushButton;
class QWidget;

namespace lantern {

// A page's push button: `text` with its & mnemonic and any "…", an object name for tests, and the text
// without those as its accessible name.
QPushButton* actionButton(const QString& text, const char* objectName, QWidget* parent);

} // namespace lantern
