#include "referral/WizardFields.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace lantern::wizardfields {

namespace {

const char* const ErrorStyle = "color: #a4262c;";

} // namespace

QPlainTextEdit* textBox(QWidget* parent, const char* objectName, const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 12);
    edit->setMaximumHeight(lineHeight * (lines + 2) + 12);
    return edit;
}

QLabel* errorLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QString::fromLatin1(ErrorStyle));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLabel* dataLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setProperty("lanternData", true);
    return label;
}

QString plain(const QPlainTextEdit* edit)
{
    return edit->toPlainText().trimmed();
}

} // namespace lantern::wizardfields
