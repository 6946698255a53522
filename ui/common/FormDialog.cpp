#include "common/FormDialog.h"

#include "common/MessageSeam.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QShortcut>

namespace lantern {

FormDialog::FormDialog(MessageSeam& messages, QWidget* parent)
    : QDialog(parent)
    , m_messages(messages)
{
    // A shortcut rather than keyPressEvent: the text boxes take plain Enter for a new line and would never
    // pass Ctrl+Enter on, but shortcuts are offered first.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this]() { save(); });
    }
}

bool FormDialog::requestDiscard()
{
    if (hasInput() &&
        !m_messages.confirm(this, tr("Discard what you wrote?"), discardQuestion(), tr("Discard")))
        return false;
    m_closingConfirmed = true;
    reject();
    return true;
}

void FormDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        requestDiscard();
        return;
    }
    // Plain Enter never "presses" a button behind the person's back: only Ctrl+Enter saves.
    if (enter)
        return;
    QDialog::keyPressEvent(event);
}

void FormDialog::closeEvent(QCloseEvent* event)
{
    if (m_closingConfirmed || !isVisible() || !hasInput()) {
        QDialog::closeEvent(event);
        return;
    }
    if (m_messages.confirm(this, tr("Discard what you wrote?"), discardQuestion(), tr("Discard"))) {
        m_closingConfirmed = true;
        QDialog::closeEvent(event);
    } else {
        event->ignore();
    }
}

QLabel* makeFieldError(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setProperty("lanternData", true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->hide();
    return label;
}

void setFieldError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QLabel* makeDataLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setProperty("lanternData", true);
    return label;
}

} // namespace lantern
