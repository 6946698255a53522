#include "common/SecretEdit.h"

#include <QLineEdit>

namespace lantern {

QLineEdit* secretEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    // Keep the text out of input-method prediction and the undo history.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

SecureBytes takeSecret(QLineEdit* edit)
{
    QString text = edit->text();
    QByteArray utf8 = text.toUtf8();
    SecureBytes secret = SecureBytes::fromUtf8(utf8);
    wipeBytes(utf8);
    text.fill(QChar(u'\0'));
    edit->clear();
    return secret;
}

} // namespace lantern
