#include "common/MessageSeam.h"

#include <QMessageBox>
#include <QPushButton>

namespace lantern {

void DialogMessages::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void DialogMessages::warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

bool DialogMessages::confirm(QWidget* parent, const QString& title, const QString& text,
                             const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* go = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel); // a stray Enter must not do the irreversible thing
    box.exec();
    return box.clickedButton() == go;
}

} // namespace lantern
