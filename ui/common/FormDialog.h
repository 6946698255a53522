#pragma once

#include <QDialog>
#include <QString>

class QLabel;

namespace lantern {

class MessageSeam;

// The shared base of the dialogs where someone writes at length (the concern form, the DSL's triage):
// Ctrl+Enter saves; Escape, Cancel and the window's close button ask before throwing away anything typed
// (through MessageSeam, so tests can answer); reject() itself never asks, because the idle lock rejects every
// open dialog and must not be held up by a question.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    FormDialog(MessageSeam& messages, QWidget* parent);

    // Escape / Cancel: closes at once when nothing was typed, otherwise only if the person confirms.
    // Returns true when the dialog closed.
    bool requestDiscard();

protected:
    virtual bool hasInput() const = 0;
    virtual void save() = 0;
    virtual QString discardQuestion() const = 0;

    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    MessageSeam& messages() const { return m_messages; }

private:
    MessageSeam& m_messages;
    bool m_closingConfirmed = false;
};

// What every form shares, dialogs or pages alike.

// An error shown under the field it is about: the model's own message (already translated by the model,
// ModelText, so not translated again), in the palette's error colour, hidden while there is none. Forms find
// the field from the error's identifier (Error::field()), never from its text.
QLabel* makeFieldError(QWidget* parent, const QString& objectName);
void setFieldError(QLabel* label, const QString& message);

// A label that shows data (names, dates, what was written) rather than interface text: selectable, plain
// text, and skipped by the translation test.
QLabel* makeDataLabel(const QString& text, QWidget* parent);

} // namespace lantern
