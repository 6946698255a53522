#pragma once

#include <QString>

class QWidget;

namespace lantern {

// Message boxes behind an interface, so that GUI tests can see what was said and answer questions ("next
// answer") without a modal loop.
class MessageSeam {
public:
    virtual ~MessageSeam() = default;

    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    // Asks before doing something that cannot be undone. True only if the person chose `action` (the button's
    // label names what will happen, e.g. "Clear the lock"); closing the box, Escape or an idle lock mean no.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& action) = 0;
};

// The real thing: QMessageBox, window-modal to the parent.
class DialogMessages final : public MessageSeam {
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action) override;
};

} // namespace lantern
