#include "common/ActionButton.h"

#include <QPushButton>

namespace lantern {

QPushButton* actionButton(const QString& text, const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return button;
}

} // namespace lantern
